// The compiled build (bin/build.mjs → dist/, what `npm ci` makes and bin/plan-targets.mjs runs)
// and the TypeScript sources give the same results; a run over text plans loads no PDF, Word or
// HTML parser.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cli-support.ts';
import { CORPUS, FIX, ROOT, scratchDirs } from './support.ts';

const fresh = scratchDirs('build');
// directly under the project, as dist/ is: the build finds package.json and the rules one folder up
const BUILD = `.build-test-${process.pid}`;
const PLAN = '001_1a19cb00b77d39e6.txt';

beforeAll(() => {
  const r = spawnSync(process.execPath, ['bin/build.mjs', '--outdir', BUILD], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}, 120_000);
afterAll(() => rmSync(join(ROOT, BUILD), { recursive: true, force: true }));

/** The built CLI in a child process; `log`: every module it resolved, one URL a line. */
function builtCli(args: string[], cwd: string, log?: string, env: NodeJS.ProcessEnv = {}, v8Flags = false) {
  const aside = fresh();
  const hooks = join(aside, 'hooks.mjs');
  const registerHooks = join(aside, 'register.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function resolve(spec, ctx, next) { const r = await next(spec, ctx); appendFileSync(${JSON.stringify(log ?? '/dev/null')}, r.url + '\\n'); return r; }\n`,
  );
  writeFileSync(registerHooks, `import { register } from 'node:module'; register(${JSON.stringify(`file://${hooks}`)});\n`);
  // v8Flags: the V8 settings bin/plan-targets.mjs applies to its process
  const flags = v8Flags ? `(await import(${JSON.stringify(`file://${join(ROOT, 'bin', 'v8-flags.mjs')}`)})).applyV8Flags();\n` : '';
  const script = `${flags}const { main } = await import(${JSON.stringify(`file://${join(ROOT, BUILD, 'cli.js')}`)});
process.exitCode = await main(['node', 'plan-targets', ...process.argv.slice(2)]);`;
  // a file, not -e: worker threads inherit the process's flags, and --input-type is not for them
  const runner = join(aside, 'runner.mjs');
  writeFileSync(runner, script);
  return spawnSync(process.execPath, [...(log ? ['--import', registerHooks] : []), runner, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
}

const withoutTime = (s: string) => s.replace(/ in \d+\.\d s → /g, ' in … s → ');

describe('the compiled build', () => {
  it('prints, exits and writes what the sources do: one plan in-thread; every format and failure with worker threads', async () => {
    for (const files of [[join(CORPUS, PLAN)], readdirSync(FIX).map((f) => join(FIX, f))]) {
      const d = fresh();
      for (const f of files) copyFileSync(f, join(d, basename(f)));
      const args = (out: string) => ['run', d, '--out', join(d, out), '--no-compare', '--concurrency', '1', '--reviews', join(d, 'none')];
      const built = builtCli(args('built'), d);
      const sources = await cli(args('sources'));
      expect(built.status).toBe(sources.code);
      expect(built.stderr).toBe(sources.err);
      expect(withoutTime(built.stdout).replaceAll('/built', '/…')).toBe(withoutTime(sources.out).replaceAll('/sources', '/…'));
      const outputs = readdirSync(join(d, 'sources')).filter((f) => /\.(json|txt)$/.test(f));
      expect(outputs.length).toBeGreaterThan(files.length > 1 ? 12 : 1);
      for (const f of outputs) expect(readFileSync(join(d, 'built', f), 'utf8'), f).toBe(readFileSync(join(d, 'sources', f), 'utf8'));
    }
  });

  it('a run over a text plan loads no PDF, Word or HTML parser', () => {
    const d = fresh();
    copyFileSync(join(CORPUS, PLAN), join(d, 'plan.txt'));
    const log = join(d, 'modules.log');
    const r = builtCli(['run', join(d, 'plan.txt'), '--out', join(d, 'out'), '--no-compare'], d, log);
    expect(r.status, r.stderr).toBe(0);
    const loaded = readFileSync(log, 'utf8');
    expect(loaded).toContain('better-sqlite3');
    for (const heavy of ['pdf-parse', 'pdfjs-dist', 'mammoth', 'cheerio', 'exceljs']) expect(loaded, heavy).not.toContain(`/node_modules/${heavy}/`);
    // exceljs is bundled (bin/build.mjs): no chunk loaded holds it
    const chunks = [...new Set(loaded.split('\n'))].filter((u) => u.includes(`/${BUILD}/`));
    expect(chunks.length).toBeGreaterThan(1);
    for (const u of chunks) expect(readFileSync(new URL(u), 'utf8'), u).not.toContain('node_modules/exceljs/');
  });

  it('reads PDFs with pdf.js from its own bundle, compiled from a code cache after the first run, to the same outputs', () => {
    const d = fresh();
    for (const f of ['plan.pdf', 'two-pages.pdf']) copyFileSync(join(FIX, f), join(d, f));
    const cacheDir = join(ROOT, BUILD, '.v8-cache');
    rmSync(cacheDir, { recursive: true, force: true });
    const log = join(fresh(), 'modules.log');
    const outputs = (out: string) => readdirSync(join(d, out)).filter((f) => /\.(targets\.json|txt)$/.test(f)).map((f) => [f, readFileSync(join(d, out, f), 'utf8')]);
    const first = builtCli(['run', d, '--out', join(d, 'first'), '--no-compare'], d, log);
    expect(first.status, first.stderr).toBe(0);
    // the ES modules of pdf-parse and pdf.js are never loaded: the bundle (CommonJS) holds them
    const loaded = readFileSync(log, 'utf8');
    for (const heavy of ['pdf-parse', 'pdfjs-dist']) expect(loaded, heavy).not.toContain(`/node_modules/${heavy}/`);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    const second = builtCli(['run', d, '--out', join(d, 'second'), '--no-compare'], d);
    expect(second.status, second.stderr).toBe(0);
    expect(outputs('second')).toEqual(outputs('first'));
    // under the CLI's V8 flags (which V8 checks a cache against): a cache of their own, beside the other
    const tuned = builtCli(['run', d, '--out', join(d, 'tuned'), '--no-compare'], d, undefined, {}, true);
    expect(tuned.status, tuned.stderr).toBe(0);
    expect(outputs('tuned')).toEqual(outputs('first'));
    const caches = readdirSync(cacheDir);
    expect(caches).toHaveLength(2);
    const flagged = caches.find((f) => f.includes('interrupt-budget'));
    expect(flagged).toBeDefined();
    const written = statSync(join(cacheDir, flagged!)).mtimeMs;
    const again = builtCli(['run', d, '--out', join(d, 'again'), '--no-compare'], d, undefined, {}, true);
    expect(again.status, again.stderr).toBe(0);
    expect(outputs('again')).toEqual(outputs('first'));
    // read, not written again (V8 accepted it)
    expect(statSync(join(cacheDir, flagged!)).mtimeMs).toBe(written);
    // PLAN_TARGETS_CODE_CACHE=0: no cache read or written, the same outputs
    rmSync(cacheDir, { recursive: true, force: true });
    const none = builtCli(['run', d, '--out', join(d, 'none'), '--no-compare'], d, undefined, { PLAN_TARGETS_CODE_CACHE: '0' });
    expect(none.status, none.stderr).toBe(0);
    expect(existsSync(cacheDir)).toBe(false);
    expect(outputs('none')).toEqual(outputs('first'));
    expect(outputs('first').map(([f]) => f)).toEqual(expect.arrayContaining(['plan.targets.json', 'two-pages.targets.json']));
  });

  it('records the hash of the sources it was built from, and holds the files modules read beside themselves', async () => {
    const info = JSON.parse(readFileSync(join(ROOT, BUILD, 'build-info.json'), 'utf8'));
    const { sourceHash } = await import('../bin/sources.mjs');
    expect(info.sources).toBe(sourceHash(ROOT));
    expect(existsSync(join(ROOT, BUILD, 'worker.js'))).toBe(true);
    // files modules read beside themselves (the worker entry) are beside the bundle
    const { siblingAssets } = await import('../bin/sources.mjs');
    const assets = siblingAssets(ROOT).map(([, name]) => name);
    expect(assets).toEqual(expect.arrayContaining(['entry.mjs']));
    for (const name of assets) expect(existsSync(join(ROOT, BUILD, name)), name).toBe(true);
  });
});

describe('bin/plan-targets.mjs', () => {
  it('runs the sources through tsx when asked (as when there is no build, or it is older than the sources)', () => {
    const r = spawnSync(process.execPath, ['bin/plan-targets.mjs', 'doctor'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PLAN_TARGETS_SOURCES: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^[✓–] compiled build +(none in|present \(.*\); this command ran from the sources)/m);
  });
});

describe('the build stamp (bin/sources.mjs)', () => {
  it('keeps the build while the sources are as built: a touched file falls back to the hash; an edit, a new or a removed file do not match', async () => {
    const { sourceHash, sourceStamp, buildIsCurrent } = await import('../bin/sources.mjs');
    const root = fresh();
    writeFileSync(join(root, 'package.json'), '{}');
    for (const d of ['model', 'rules', 'extractors', 'pipeline', 'pipeline/stages', 'bench', 'bin', 'dist']) mkdirSync(join(root, d));
    const a = join(root, 'pipeline', 'stages', 'a.ts');
    const b = join(root, 'model', 'b.ts');
    writeFileSync(a, 'export const a = 1;\n');
    writeFileSync(b, 'export const b = 2;\n');
    const info = join(root, 'dist', 'build-info.json');
    const record = () => writeFileSync(info, JSON.stringify({ sources: sourceHash(root), stamp: sourceStamp(root) }));
    record();
    expect(buildIsCurrent(root, info)).toBe(true);
    utimesSync(b, new Date(Date.UTC(2001, 0, 1)), new Date(Date.UTC(2001, 0, 1)));
    expect(buildIsCurrent(root, info)).toBe(true);
    writeFileSync(b, 'export const b = 3;\n');
    expect(buildIsCurrent(root, info)).toBe(false);
    record();
    const c = join(root, 'pipeline', 'stages', 'c.ts');
    writeFileSync(c, 'export const c = 1;\n');
    expect(buildIsCurrent(root, info)).toBe(false);
    record();
    rmSync(c);
    expect(buildIsCurrent(root, info)).toBe(false);
    // a build recorded before stamps: the hash alone decides
    writeFileSync(info, JSON.stringify({ sources: sourceHash(root) }));
    expect(buildIsCurrent(root, info)).toBe(true);
    rmSync(info);
    expect(buildIsCurrent(root, info)).toBe(false);
  });
});
