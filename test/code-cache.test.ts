// A CommonJS file loaded with V8's code cache (pipeline/code-cache.ts): what it exports is the
// same with a cache, without one, with a refused or a stale one; the cache is written once. Each
// load in a process of its own: within one, V8 reuses what it compiled and never reads the cache.
import { spawnSync } from 'node:child_process';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireWithCodeCache } from '../pipeline/code-cache.ts';
import { ROOT, scratchDirs } from './support.ts';

const fresh = scratchDirs('code-cache');

const SOURCE = `const { join } = require('node:path');
let calls = 0;
exports.sum = (xs) => { calls++; return xs.reduce((a, b) => a + b, 0); };
exports.calls = () => calls;
exports.here = join(__dirname, 'x');
`;

function setUp() {
  const dir = fresh();
  const file = join(dir, 'lib.cjs');
  writeFileSync(file, SOURCE);
  return { dir, file, cache: join(dir, 'cache') };
}

/** In a new process: load `file`, sum `xs` with it, save the cache; what it reports. */
function load(file: string, cache: string, xs: number[]): { cache: string; sum: number; here: string } {
  const script = `const { requireWithCodeCache } = await import(${JSON.stringify(join(ROOT, 'pipeline', 'code-cache.ts'))});
const lib = requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cache)});
const sum = lib.exports.sum(${JSON.stringify(xs)});
lib.save();
lib.save();
console.log(JSON.stringify({ cache: lib.cache, sum, here: lib.exports.here }));`;
  const runner = join(file, '..', `runner-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(runner, script);
  const r = spawnSync(process.execPath, ['--import', 'tsx', runner], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

type Lib = { sum: (xs: number[]) => number; calls: () => number };

describe('requireWithCodeCache', () => {
  it('compiles anew without a cache, writes one once, and the next process runs from it', () => {
    const { dir, file, cache } = setUp();
    expect(load(file, cache, [1, 2, 3])).toEqual({ cache: 'none', sum: 6, here: join(dir, 'x') });
    expect(readdirSync(cache)).toHaveLength(1);
    expect(load(file, cache, [4, 5])).toEqual({ cache: 'used', sum: 9, here: join(dir, 'x') });
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('a damaged cache is refused and the code compiled from its source, then the cache written again', () => {
    const { file, cache } = setUp();
    load(file, cache, []);
    const [name] = readdirSync(cache);
    writeFileSync(join(cache, name!), 'not a code cache');
    expect(load(file, cache, [1, 1])).toMatchObject({ cache: 'refused', sum: 2 });
    expect(load(file, cache, [1, 1])).toMatchObject({ cache: 'used', sum: 2 });
  });

  it('an edited file (V8 checks only its length) is never run from the cache of its earlier text', () => {
    const { file, cache } = setUp();
    load(file, cache, []);
    // the same length, another body
    writeFileSync(file, SOURCE.replace('a + b', 'a - b'));
    utimesSync(file, new Date(Date.UTC(2030, 0, 1)), new Date(Date.UTC(2030, 0, 1)));
    expect(load(file, cache, [5, 2])).toMatchObject({ cache: 'none', sum: -7 });
  });

  it('without a cache folder (null) nothing is read or written', () => {
    const { dir, file } = setUp();
    const lib = requireWithCodeCache<Lib>(file, null);
    expect(lib.cache).toBe('none');
    lib.save();
    expect(readdirSync(dir)).toEqual(['lib.cjs']);
    expect(lib.exports.sum([3, 4])).toBe(7);
  });

  it('a cache folder that cannot be written is no error', () => {
    const { dir, file } = setUp();
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the folder would be');
    const lib = requireWithCodeCache<Lib>(file, join(blocked, 'cache'));
    expect(() => lib.save()).not.toThrow();
    expect(lib.exports.sum([2])).toBe(2);
    expect(lib.exports.calls()).toBe(1);
  });
});
