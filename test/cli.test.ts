// The command line's contract: exit codes (0 ok, 1 a document failed, 2 usage or I/O) for every
// command, the README's commands table, and a display that keeps results and progress apart.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cli-support.ts';
import { CORPUS, ROOT, scratchDirs } from './support.ts';
import { Display, fitWidth } from '../pipeline/commands/display.ts';

const fresh = scratchDirs('cli');
const PLANS = ['000_8bed7d9551db38ad.txt', '001_1a19cb00b77d39e6.txt', '002_dfb985888ef61168.txt'];

let corpus: string;
let out: string;
let db: string;
let reviews: string;

beforeAll(async () => {
  const d = fresh();
  corpus = join(d, 'corpus');
  mkdirSync(corpus);
  for (const p of PLANS) copyFileSync(join(CORPUS, p), join(corpus, p));
  out = join(d, 'out');
  db = join(out, 'plan-targets.sqlite');
  reviews = join(d, 'reviews');
  mkdirSync(reviews);
  const r = await cli(['run', corpus, '--out', out, '--reviews', reviews, '--concurrency', '1']);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
});

/** The command words of every row of the README's commands table: `review log <document>` → ['review', 'log']. */
function readmeCommands(): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Commands$/m)[1]!.split(/^## /m)[0]!;
  const rows = section.split('\n').filter((l) => l.startsWith('| `'));
  const words: string[][] = [];
  for (const row of rows) {
    const first = row.split(/(?<!\\)\|/)[1]!;
    for (const [, code] of first.matchAll(/`([^`]+)`/g)) {
      const w: string[] = [];
      for (const t of code!.split(/\s+/)) {
        if (!/^[a-z][a-z-]*$/.test(t)) break;
        w.push(t);
      }
      words.push(w);
    }
  }
  return words;
}

describe('the README commands table', () => {
  it('names only commands that exist, each with --help (exit 0)', async () => {
    const named = readmeCommands();
    expect(named.length).toBeGreaterThanOrEqual(12);
    for (const w of named) {
      const r = await cli([...w, '--help']);
      expect(r.code, w.join(' ')).toBe(0);
      expect(r.out, w.join(' ')).toContain(`Usage: plan-targets ${w.join(' ')}`);
    }
  });

  it('lists every command the CLI has', async () => {
    const named = new Set(readmeCommands().map((w) => w[0]));
    const { buildProgram } = await import('../pipeline/cli.ts');
    const program = buildProgram({ io: { out: () => {}, err: () => {} }, exit: { code: 0 } });
    for (const c of program.commands) expect(named, c.name()).toContain(c.name());
  });

  it('states the exit codes', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/^### Exit codes$/m);
  });
});

describe('exit codes', () => {
  it('no command, an unknown command or option: 2', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['--bogus'])).code).toBe(2);
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli(['--version'])).code).toBe(0);
  });

  describe('run', () => {
    it('usage errors: 2, with one line', async () => {
      for (const args of [['run'], ['run', corpus, '--concurrency', '0'], ['run', corpus, '--concurrency', 'two'], ['run', corpus, '--bogus']]) {
        const r = await cli(args);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.err, args.join(' ')).toMatch(/^error: /);
        expect(r.out).toBe('');
      }
    });

    it('ok: 0; a document that fails: 1; an output folder that cannot be written: 2', async () => {
      const d = fresh();
      const again = await cli(['run', corpus, '--out', out, '--reviews', reviews, '--no-compare']);
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/^= 000_8bed7d9551db38ad\.txt {2}unchanged$/m);
      writeFileSync(join(d, 'nothing.txt'), 'hello\n');
      const failed = await cli(['run', join(d, 'nothing.txt'), '--out', join(d, 'out'), '--no-compare']);
      expect(failed.code).toBe(1);
      expect(failed.err).toMatch(/^✗ nothing\.txt: /m);
      expect(failed.out).toMatch(/^1 document: 0 ok, 1 failed/m);
      writeFileSync(join(d, 'a-file'), '');
      const io = await cli(['run', join(d, 'nothing.txt'), '--out', join(d, 'a-file', 'out')]);
      expect(io.code).toBe(2);
      expect(io.err.trim().split('\n')).toHaveLength(1);
    });

    it('a missing input file fails that document (1), not the run', async () => {
      const d = fresh();
      const r = await cli(['run', join(d, 'gone.txt'), '--out', join(d, 'out'), '--no-compare']);
      expect(r.code).toBe(1);
      expect(r.err).toContain('gone.txt: cannot read: no such file or folder');
    });
  });

  describe('eval', () => {
    it('scores the gold: 0', async () => {
      const r = await cli(['eval', '--gold', join(ROOT, 'test', 'gold', PLANS[1]!.replace('.txt', '.jsonl')), '--corpus', corpus]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/numeric/);
    });

    it('no gold: 2; an unreadable gold file: 2', async () => {
      expect((await cli(['eval'])).code).toBe(2);
      const d = fresh();
      writeFileSync(join(d, 'bad.jsonl'), '{not json\n');
      const r = await cli(['eval', '--gold', join(d, 'bad.jsonl'), '--corpus', corpus]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    });
  });

  describe('review', () => {
    it('init: 0, then again: 2 (never overwrites); no store and no output: 2', async () => {
      const d = fresh();
      const first = await cli(['review', 'init', PLANS[0]!, '--out', out, '--reviews', d]);
      expect(first.code).toBe(0);
      expect((await cli(['review', 'init', PLANS[0]!, '--out', out, '--reviews', d])).code).toBe(2);
      expect((await cli(['review', 'init', 'x.txt', '--out', join(d, 'none'), '--reviews', d])).code).toBe(2);
      expect((await cli(['review', 'init'])).code).toBe(2);
    });

    it('log: 0; unknown document: 2', async () => {
      expect((await cli(['review', 'log', PLANS[0]!, '--out', out])).code).toBe(0);
      expect((await cli(['review', 'log', 'nothing.txt', '--out', out])).code).toBe(2);
    });

    it('status: 0; with an invalid review file: 1; no store: 2', async () => {
      expect((await cli(['review', 'status', '--out', out, '--reviews', reviews])).code).toBe(0);
      const d = fresh();
      mkdirSync(join(d, 'c'));
      copyFileSync(join(CORPUS, PLANS[1]!), join(d, 'c', PLANS[1]!));
      mkdirSync(join(d, 'r'));
      writeFileSync(join(d, 'r', PLANS[1]!.replace('.txt', '.review.json')), '{"entries": 3}');
      // the run stores the document unreviewed, says why in one line on stderr, and exits 1
      const run = await cli(['run', join(d, 'c'), '--out', join(d, 'o'), '--reviews', join(d, 'r'), '--no-compare']);
      expect(run.code).toBe(1);
      expect(run.err.trim().split('\n')).toEqual([expect.stringMatching(/^✗ .*\.review\.json.*entries/)]);
      const again = await cli(['run', join(d, 'c'), '--out', join(d, 'o'), '--reviews', join(d, 'r'), '--no-compare']);
      expect(again.code).toBe(1);
      expect((await cli(['review', 'status', '--out', join(d, 'o'), '--reviews', join(d, 'r')])).code).toBe(1);
      expect((await cli(['review', 'status', '--out', join(d, 'none')])).code).toBe(2);
    });

    it('schema: 0', async () => {
      const d = fresh();
      expect((await cli(['review', 'schema', '--reviews', d])).code).toBe(0);
    });

    it('no subcommand: 2', async () => {
      expect((await cli(['review'])).code).toBe(2);
    });
  });

  describe('indicators', () => {
    it('0; --unmatched without a store: 2; the national figure keeps value and unit apart', async () => {
      const r = await cli(['indicators', '--out', out]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/maternal_mortality_ratio .* national <=12 \(1\/10万\)/);
      expect(r.out).not.toMatch(/121\/10万/);
      expect((await cli(['indicators', '--unmatched', '--out', join(fresh(), 'none')])).code).toBe(2);
    });
  });

  describe('compare and diff', () => {
    it('compare: 0; --year abc: 2; no store: 2', async () => {
      expect((await cli(['compare', '--out', out])).code).toBe(0);
      const bad = await cli(['compare', '--out', out, '--year', 'abc']);
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/--year/);
      expect((await cli(['compare', '--out', join(fresh(), 'none')])).code).toBe(2);
    });

    it('diff: 0; a missing argument or an unknown jurisdiction: 2', async () => {
      expect((await cli(['diff', '钟山区', '渠县', '--out', out])).code).toBe(0);
      expect((await cli(['diff', '钟山区', '--out', out])).code).toBe(2);
      expect((await cli(['diff', '钟山区', '无此县', '--out', out])).code).toBe(2);
    });
  });
});

describe('the display', () => {
  it('results on stdout, errors on stderr; --quiet prints only errors; --json one object per document', async () => {
    const d = fresh();
    copyFileSync(join(CORPUS, PLANS[0]!), join(d, 'a.txt'));
    writeFileSync(join(d, 'b.txt'), 'hello\n');
    const plain = await cli(['run', d, '--out', join(d, 'o1'), '--no-compare']);
    expect(plain.out).toMatch(/^✓ a\.txt {2}text {2}/m);
    expect(plain.out).not.toContain('✗');
    expect(plain.err).toMatch(/^✗ b\.txt: no plan found/m);
    const quiet = await cli(['run', d, '--out', join(d, 'o2'), '--no-compare', '--quiet'], { tty: true });
    expect(quiet.code).toBe(1);
    expect(quiet.out).toBe('');
    expect(quiet.err.trim().split('\n')).toEqual([expect.stringMatching(/^✗ b\.txt: no plan found/)]);
    const json = await cli(['run', d, '--out', join(d, 'o3'), '--no-compare', '--json'], { tty: true });
    expect(json.code).toBe(1);
    const objects = json.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(objects.map((o) => [o.path, o.status])).toEqual([
      ['a.txt', 'ok'],
      ['b.txt', 'failed'],
    ]);
    expect(objects[0]).toMatchObject({ file: 'a.txt', name: 'a', format: 'text', targets: expect.any(Number), stale: [] });
    expect(objects[1]).toMatchObject({ stage: 'extract', message: expect.stringContaining('no plan found') });
    expect(json.err).not.toContain('\x1b'); // no progress with --json
  });

  it('on a terminal, the progress line is cleared before every result line', async () => {
    const d = fresh();
    for (const p of PLANS) copyFileSync(join(CORPUS, p), join(d, p));
    let screen = '';
    const { main } = await import('../pipeline/cli.ts');
    // stdout and stderr on one terminal, in the order written
    const code = await main(['node', 'plan-targets', 'run', d, '--out', join(d, 'o'), '--no-compare'], {
      out: (s) => void (screen += s),
      err: (s) => void (screen += s),
      tty: true,
    });
    expect(code).toBe(0);
    // what a terminal shows: \r returns to the line start, \x1b[K erases to its end
    const lines: string[] = [''];
    for (const part of screen.split(/(\r\x1b\[K|\n)/)) {
      if (part === '\r\x1b[K') lines[lines.length - 1] = '';
      else if (part === '\n') lines.push('');
      else lines[lines.length - 1] += part;
    }
    const shown = lines.filter(Boolean);
    expect(shown.slice(0, 3).map((l) => l.slice(0, 2))).toEqual(['✓ ', '✓ ', '✓ ']);
    expect(shown[3]).toMatch(/^3 documents: 3 ok/);
    expect(shown).toHaveLength(4);
    expect(screen).toContain('[1/3] ');
  });

  it('a progress line never wraps: it is cut to the terminal width, CJK counted double', () => {
    expect(fitWidth('abc', 10)).toBe('abc');
    expect(fitWidth('妇女发展规划妇女发展规划', 10)).toBe('妇女发展…');
    let err = '';
    const display = new Display({ out: () => {}, err: (s) => void (err += s) }, true, () => 20);
    display.progress('[1/9] 一个很长的文件名一个很长的文件名.txt');
    expect(err).toBe('\r\x1b[K[1/9] 一个很长的文…'); // 19 columns: 18 and the ellipsis
  });
});

describe('doctor', () => {
  it('one screen: a line per part, what to install, exit 0 when the required parts are fine', async () => {
    const r = await cli(['doctor']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^✓ Node\.js +v\d+\.\d+\.\d+$/m);
    expect(r.out).toMatch(/^✓ SQLite \(better-sqlite3\) +native module loads, SQLite 3\./m);
    for (const part of ['compiled build', 'Chromium', 'tesseract', 'tesseract chi_sim', 'tesseract chi_tra', 'pdftoppm']) expect(r.out).toMatch(new RegExp(`^[✓–] ${part} `, 'm'));
    expect(r.out.trim().split('\n').length).toBeLessThanOrEqual(24);
    expect(r.out.trim().split('\n').pop()).toBe('ready: the required parts are fine');
    const json = JSON.parse((await cli(['doctor', '--json'])).out);
    expect(json.filter((c: { required: boolean }) => c.required).map((c: { name: string }) => c.name)).toEqual(['Node.js', 'SQLite (better-sqlite3)']);
  });

  it('a missing required part: what to do, and not ready', async () => {
    const { formatChecks, nodeCheck } = await import('../pipeline/commands/doctor.ts');
    const old = nodeCheck('18.20.1');
    expect(old).toMatchObject({ ok: false, required: true, detail: 'v18.20.1 (needs 20.19 or later)' });
    expect(nodeCheck('20.19.0').ok).toBe(true);
    expect(nodeCheck('22.1.0').ok).toBe(true);
    const lines = formatChecks([old, { name: 'pdftoppm', required: false, ok: false, detail: 'not found', fix: 'apt-get install poppler-utils' }]);
    expect(lines).toEqual([
      '✗ Node.js   v18.20.1 (needs 20.19 or later)',
      '– pdftoppm  not found',
      '',
      'to do:',
      `  Node.js (required): ${old.fix}`,
      '  pdftoppm: apt-get install poppler-utils',
      '',
      'not ready: Node.js (required)',
    ]);
  });
});
