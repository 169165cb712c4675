// The store as a research corpus: a document's identity is its path under the corpus root (never
// the working directory); a changed file keeps its old version as history; forgetting removes a
// document's current rows and outputs and nothing else.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from './cli-support.ts';
import { CORPUS, quietRun, scratchDirs } from './support.ts';
import { chooseRoot, documentKey } from '../pipeline/identity.ts';
import { Store } from '../pipeline/stages/store.ts';

const fresh = scratchDirs('corpus-store');
const PLAN = '000_8bed7d9551db38ad.txt';
const OTHER = '001_1a19cb00b77d39e6.txt';

const cwd = process.cwd();
afterEach(() => process.chdir(cwd));

function corpusIn(d: string, files = [PLAN, OTHER], sub = 'corpus'): string {
  const c = join(d, sub);
  mkdirSync(c, { recursive: true });
  for (const f of files) copyFileSync(join(CORPUS, f), join(c, f));
  return c;
}

const rows = (db: string, sql: string, ...args: unknown[]) => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all(...args) as Record<string, unknown>[];
  } finally {
    d.close();
  }
};
const docPaths = (db: string) => rows(db, 'SELECT path FROM documents ORDER BY path').map((r) => r.path);

describe('identity', () => {
  it('is the path under the corpus root: another working directory, a file or its folder, give the same rows', async () => {
    const d = fresh();
    const c = corpusIn(d);
    const out = join(d, 'out');
    const db = join(out, 'plan-targets.sqlite');
    const first = await quietRun([c], out);
    expect(first.summary.documents.map((x) => x.path)).toEqual([PLAN, OTHER]);
    mkdirSync(join(d, 'elsewhere'));
    process.chdir(join(d, 'elsewhere'));
    const again = await quietRun([relative(process.cwd(), c)], relative(process.cwd(), out));
    expect(again.summary.documents.map((x) => [x.path, x.status])).toEqual([
      [PLAN, 'unchanged'],
      [OTHER, 'unchanged'],
    ]);
    process.chdir(c);
    const oneFile = await quietRun([PLAN], out);
    expect(oneFile.summary.documents.map((x) => [x.path, x.status])).toEqual([[PLAN, 'unchanged']]);
    expect(docPaths(db)).toEqual([PLAN, OTHER]);
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).documents[0].path).toBe(PLAN);
    // readers find the file on disk through the recorded root, from any folder
    process.chdir(join(d, 'elsewhere'));
    const { loadStore } = await import('../pipeline/compare/load.ts');
    const { loadText } = await import('../pipeline/compare/context.ts');
    const doc = loadStore(db).docs.find((x) => x.path === PLAN)!;
    expect(doc.source).toBe(join(c, PLAN));
    expect(loadText(doc, out)).toEqual({ text: readFileSync(join(c, PLAN), 'utf8') });
  });

  it('survives moving the whole corpus folder', async () => {
    const d = fresh();
    const c = corpusIn(d);
    const out = join(d, 'out');
    await quietRun([c], out);
    renameSync(c, join(d, 'moved'));
    const r = await quietRun([join(d, 'moved')], out);
    expect(r.summary.documents.map((x) => [x.path, x.status])).toEqual([
      [PLAN, 'unchanged'],
      [OTHER, 'unchanged'],
    ]);
    expect(docPaths(join(out, 'plan-targets.sqlite'))).toEqual([PLAN, OTHER]);
  });

  it('a run over the parent folder keeps what a run over a subfolder stored', async () => {
    const d = fresh();
    const c = corpusIn(d, [PLAN], 'corpus/sub');
    copyFileSync(join(CORPUS, OTHER), join(d, 'corpus', OTHER));
    const out = join(d, 'out');
    await quietRun([c], out);
    const r = await quietRun([join(d, 'corpus')], out);
    expect(r.summary.documents.map((x) => [x.path, x.status])).toEqual([
      [OTHER, 'ok'],
      [`sub/${PLAN}`, 'unchanged'],
    ]);
  });

  it('chooses the root: the recorded one while inputs are inside it, else their common folder', () => {
    const d = fresh();
    const c = corpusIn(d);
    expect(chooseRoot([c], null)).toEqual({ root: c, prefix: '' });
    expect(chooseRoot([join(c, PLAN)], null)).toEqual({ root: c, prefix: '' });
    expect(chooseRoot([join(c, PLAN)], d)).toEqual({ root: d, prefix: '' });
    expect(chooseRoot([d], c)).toEqual({ root: d, prefix: 'corpus/' });
    expect(chooseRoot([c], join(d, 'gone'))).toEqual({ root: c, prefix: '' });
    expect(documentKey(c, join(c, 'a', 'b.txt'))).toBe('a/b.txt');
  });

  it('a store made before roots is migrated: rows keyed by the given path, even twice, become one document', async () => {
    const d = fresh();
    const c = corpusIn(d);
    const out = join(d, 'out');
    const db = join(out, 'plan-targets.sqlite');
    await quietRun([c], out);
    // as the old code left it, run once from `d` (relative paths) and once from elsewhere (absolute)
    const old = new Database(db);
    old.pragma('foreign_keys = OFF');
    old.exec(`DELETE FROM meta WHERE key = 'corpus_root'; UPDATE meta SET value = '1' WHERE key = 'store_version'`);
    old.prepare(`UPDATE documents SET path = 'corpus/' || path`).run();
    old.prepare(`UPDATE targets SET doc = 'corpus/' || doc`).run();
    const cols = (old.prepare('PRAGMA table_info(documents)').all() as { name: string }[]).map((x) => x.name);
    const tcols = (old.prepare('PRAGMA table_info(targets)').all() as { name: string }[]).map((x) => x.name);
    const abs = join(c, PLAN);
    old.prepare(`INSERT INTO documents (${cols.join(',')}) SELECT ${cols.map((x) => (x === 'path' ? '?' : x === 'run_id' ? 'run_id - 1' : x)).join(',')} FROM documents WHERE path = ?`).run(abs, `corpus/${PLAN}`);
    old.prepare(`INSERT INTO targets (${tcols.map((x) => `"${x}"`).join(',')}) SELECT ${tcols.map((x) => (x === 'doc' ? '?' : `"${x}"`)).join(',')} FROM targets WHERE doc = ?`).run(abs, `corpus/${PLAN}`);
    old.close();
    process.chdir(d);
    const r = await quietRun([c], out);
    expect(r.summary.documents.map((x) => [x.path, x.status])).toEqual([
      [PLAN, 'unchanged'],
      [OTHER, 'unchanged'],
    ]);
    expect(docPaths(db)).toEqual([PLAN, OTHER]);
    // the duplicate is history, not lost and not current
    expect(rows(db, 'SELECT doc FROM versions').map((x) => x.doc)).toEqual([PLAN]);
    expect(rows(db, "SELECT count(*) AS n FROM targets WHERE doc NOT IN (SELECT path FROM documents)")[0]!.n).toBe(0);
    expect(rows(db, "SELECT value FROM meta WHERE key = 'store_version'")[0]!.value).toBe('2');
  });
});

/** The plan with one value changed, one target statement gone and one added. */
function edit(file: string): void {
  const text = readFileSync(file, 'utf8')
    .replace('孕产妇死亡率下降到 14／10万以下', '孕产妇死亡率下降到 10／10万以下')
    .replace('适龄妇女宫颈\n\n癌筛查率达到 70％以上', '适龄妇女宫颈\n\n癌筛查工作持续推进')
    .replace('2. 妇女人均预期寿命提高至 81．3 岁左右', '2. 妇女人均预期寿命提高至 82 岁左右。妇女贫血患病率控制在 10％以下');
  writeFileSync(file, text);
}

describe('versions', () => {
  it('a changed file keeps its old version, targets and review statuses as history; history says what changed', async () => {
    const d = fresh();
    const c = corpusIn(d, [PLAN]);
    const out = join(d, 'out');
    const db = join(out, 'plan-targets.sqlite');
    const reviews = join(d, 'reviews');
    mkdirSync(reviews);
    await quietRun([c], out, { reviews });
    expect((await cli(['review', 'init', PLAN, '--out', out, '--reviews', reviews])).code).toBe(0);
    const reviewFile = join(reviews, PLAN.replace('.txt', '.review.json'));
    const r = JSON.parse(readFileSync(reviewFile, 'utf8'));
    const entry = r.entries.find((e: { was?: { indicator: string } }) => e.was?.indicator === '孕产妇死亡率');
    entry.action = 'accept';
    writeFileSync(reviewFile, JSON.stringify(r, null, 2));
    const v1 = await quietRun([c], out, { reviews, reviewer: 'wang' });
    const v1Targets = v1.summary.targets;
    edit(join(c, PLAN));
    const v2 = await quietRun([c], out, { reviews, reviewer: 'wang' });
    expect(v2.summary.documents[0]).toMatchObject({ path: PLAN, status: 'ok' });

    expect(rows(db, 'SELECT path, version FROM documents')).toEqual([{ path: PLAN, version: 2 }]);
    expect(rows(db, 'SELECT doc, version, targets FROM versions')).toEqual([{ doc: PLAN, version: 1, targets: v1Targets }]);
    // the old version's decision is queryable: its target, accepted
    const old = rows(db, "SELECT value, status FROM version_targets WHERE doc = ? AND version = 1 AND indicator_text = '孕产妇死亡率' AND kind = 'numeric'", PLAN);
    expect(old).toEqual([{ value: 14, status: 'accepted' }]);

    const h = await cli(['history', PLAN, '--out', out]);
    expect(h.code).toBe(0);
    const lines = h.out.split('\n');
    expect(lines[0]).toBe(`${PLAN}: 2 versions`);
    expect(lines[1]).toMatch(new RegExp(`^v1 {2}[0-9a-f]{12} {2}stored \\S+ {2}superseded \\S+ {2}${v1Targets} targets`));
    expect(lines[2]).toMatch(/^v2 {2}[0-9a-f]{12} {2}stored \S+ {2}current {2}\d+ targets/);
    expect(h.out).toMatch(/since v1: 1 added, 1 removed, 2 changed/);
    expect(h.out).toContain('~ 孕产妇死亡率 ≤14 (1/10万) by 2025 → ≤10 (1/10万) by 2025');
    expect(h.out).toMatch(/~ 妇女人均预期寿命 ~?81\.3岁.* → ~?82岁/);
    expect(h.out).toMatch(/\+ 妇女贫血患病率 ≤10%/);
    expect(h.out).toMatch(/- 适龄妇女宫颈癌筛查率 ≥70%/);
    const json = JSON.parse((await cli(['history', PLAN, '--out', out, '--json'])).out);
    expect(json.versions.map((v: { version: number; current: boolean }) => [v.version, v.current])).toEqual([
      [1, false],
      [2, true],
    ]);

    // the same content again (a rules change, --force) is not a new version
    await quietRun([c], out, { reviews, force: true });
    expect(rows(db, 'SELECT version FROM documents')).toEqual([{ version: 2 }]);
    expect(rows(db, 'SELECT count(*) AS n FROM versions')[0]!.n).toBe(1);
  });
});

describe('forgetting', () => {
  it('forget removes the current rows and outputs in one go, keeps the review log and history, and says so', async () => {
    const d = fresh();
    const c = corpusIn(d);
    const out = join(d, 'out');
    const db = join(out, 'plan-targets.sqlite');
    await quietRun([c], out);
    edit(join(c, PLAN));
    await quietRun([c], out, { compare: true });
    // a review log entry to keep
    const s = new Store(db);
    s.saveRows([], []);
    s.db.prepare("INSERT INTO review_log (doc, target_id, action, at, entry_sha) VALUES (?, 't1', 'accept', 'now', 'x')").run(PLAN);
    s.close();
    const targetsJson = join(out, `${PLAN.replace('.txt', '')}.targets.json`);
    expect(existsSync(targetsJson)).toBe(true);

    const unknown = await cli(['forget', PLAN, 'nothing.txt', '--out', out]);
    expect(unknown.code).toBe(2);
    expect(docPaths(db)).toEqual([PLAN, OTHER]); // a typo removes nothing

    const f = await cli(['forget', join(c, PLAN), '--out', out]);
    expect(f.code).toBe(0);
    expect(f.out).toMatch(new RegExp(`^- ${PLAN} {2}forgotten: its document row, \\d+ target rows, 1 output \\(000_8bed7d9551db38ad\\.targets\\.json\\); kept 1 review log entry and 1 earlier version$`, 'm'));
    expect(docPaths(db)).toEqual([OTHER]);
    expect(rows(db, 'SELECT count(*) AS n FROM targets WHERE doc = ?', PLAN)[0]!.n).toBe(0);
    expect(rows(db, 'SELECT count(*) AS n FROM review_log WHERE doc = ?', PLAN)[0]!.n).toBe(1);
    expect(existsSync(targetsJson)).toBe(false);
    expect(readFileSync(join(out, 'compare.md'), 'utf8')).not.toContain('钟山区'); // tables written again without it
    const h = await cli(['history', PLAN, '--out', out]);
    expect(h.code).toBe(0);
    expect(h.out).toMatch(/^000_8bed7d9551db38ad\.txt: 1 version \(forgotten: no current version\)/);

    // back again: a new version after the last one
    await quietRun([c], out);
    expect(rows(db, 'SELECT version FROM documents WHERE path = ?', PLAN)).toEqual([{ version: 2 }]);
  });

  it('run --prune forgets documents whose files are gone; without it they stay', async () => {
    const d = fresh();
    const c = corpusIn(d);
    const out = join(d, 'out');
    const db = join(out, 'plan-targets.sqlite');
    await quietRun([c], out);
    rmSync(join(c, OTHER));
    await quietRun([c], out);
    expect(docPaths(db)).toEqual([PLAN, OTHER]);
    const r = await cli(['run', c, '--out', out, '--prune', '--no-compare', '--reviews', join(d, 'none')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^- ${OTHER} {2}forgotten: its document row, \\d+ target rows, 1 output`, 'm'));
    expect(r.out).toMatch(/1 forgotten in/);
    expect(docPaths(db)).toEqual([PLAN]);
    expect(existsSync(join(out, `${OTHER.replace('.txt', '')}.targets.json`))).toBe(false);
  });

  it('history, forget and doctor: usage 2, ok 0', async () => {
    expect((await cli(['history'])).code).toBe(2);
    expect((await cli(['forget'])).code).toBe(2);
    expect((await cli(['history', 'x.txt', '--out', join(fresh(), 'none')])).code).toBe(2);
    expect((await cli(['forget', 'x.txt', '--out', join(fresh(), 'none')])).code).toBe(2);
    expect((await cli(['doctor', '--bogus'])).code).toBe(2);
  });
});
