// The hash of every source file the build is made from: the build records it, and the CLI uses
// the build only while the sources still hash the same (an edited source runs through tsx).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// bin too: a changed build script makes a different build
export const SOURCE_DIRS = ['model', 'rules', 'extractors', 'pipeline', 'bench', 'bin'];

export function sourceHash(root) {
  const h = createHash('sha256');
  h.update(readFileSync(join(root, 'package.json')));
  for (const dir of SOURCE_DIRS) {
    const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|mjs|js|json)$/.test(f))
      .sort();
    for (const f of files) h.update(`${dir}/${f}\0`).update(readFileSync(join(root, dir, f)));
  }
  return h.digest('hex');
}

/**
 * Files the sources read beside themselves, `new URL('./name', import.meta.url)`: [path, name].
 * The build copies them next to its flat bundle; two with one name would collide, so that fails.
 */
export function siblingAssets(root) {
  const found = new Map();
  for (const dir of SOURCE_DIRS) {
    for (const f of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|mjs)$/.test(f)) continue;
      const text = readFileSync(join(root, dir, f), 'utf8');
      for (const m of text.matchAll(/new URL\(\s*'\.\/([^'/]+)'\s*,\s*import\.meta\.url\s*\)/g)) {
        const name = m[1];
        const from = join(root, dir, dirname(f), name);
        // a name only the build makes (the worker entry looks for ./worker.js, the compiled worker)
        if (!existsSync(from)) continue;
        if (found.has(name) && found.get(name) !== from) throw new Error(`two files named ${name} are read beside their modules: ${found.get(name)}, ${from}`);
        found.set(name, from);
      }
    }
  }
  return [...found].sort(([a], [b]) => a.localeCompare(b)).map(([name, from]) => [from, basename(name)]);
}
