// The store's batched writer: documents committed together, a bad one failing alone.
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMP_RE } from '../pipeline/fsutil.ts';
import type { Target } from '../model/schema.ts';
import { documentRows, type StoredDocument } from '../pipeline/stages/rows.ts';
import { BatchWriter, Store } from '../pipeline/stages/store.ts';
import { CORPUS, quietRun, scratchDirs } from './support.ts';

const tmp = scratchDirs('store');

const target = (id: string, value: number): Target => ({
  id,
  kind: 'numeric',
  part: 'women',
  domain: '妇女与健康',
  section: '主要目标',
  indicator: { text: '孕产妇死亡率', id: 'maternal_mortality' },
  verb: '下降到',
  comparator: '<=',
  value,
  upper: null,
  unit: '/10万',
  direction: 'down',
  change: null,
  year: 2030,
  normalized: { value, unit: '/10万' },
  source: { line: 1, column: 1, start: 0, end: 10, quote: `孕产妇死亡率下降到${value}/10万` },
  status: 'extracted',
  rule: 'numeric.verb',
  confidence: 0.5,
});

const doc = (path: string, targets: Target[]): StoredDocument => ({
  path,
  file: path,
  name: path.replace(/\.txt$/, ''),
  info: null,
  bytes: 1,
  rulesVersion: 'r1',
  reviewsSha: null,
  status: 'ok',
  stage: null,
  error: null,
  reviewError: null,
  targets: targets.map((t) => ({ target: t, storeStatus: 'extracted' as const })),
  runId: 1,
});

const count = (store: Store, sql: string): number => (store.db.prepare(sql).get() as { n: number }).n;

describe('batched store writer', () => {
  it('commits several documents in one transaction and resolves each once committed', async () => {
    const store = new Store(join(tmp(), 's.sqlite'));
    const writer = new BatchWriter(store, 3, 1000);
    let committed = 0;
    const saves = ['a.txt', 'b.txt'].map((p) => writer.save(documentRows(doc(p, [target('t1', 10)]))).then(() => committed++));
    await new Promise((r) => setTimeout(r, 20));
    expect(committed).toBe(0); // waiting for the batch to fill or its timer
    expect(count(store, 'SELECT count(*) AS n FROM documents')).toBe(0);
    saves.push(writer.save(documentRows(doc('c.txt', [target('t1', 12)]))).then(() => committed++)); // full: goes at once
    await Promise.all(saves);
    expect(committed).toBe(3);
    expect(count(store, 'SELECT count(*) AS n FROM targets')).toBe(3);
    store.close();
  });

  it('a document the store refuses fails alone; the others of its batch are kept', async () => {
    const store = new Store(join(tmp(), 's.sqlite'));
    const writer = new BatchWriter(store, 8, 5);
    const results = await Promise.allSettled([
      writer.save(documentRows(doc('a.txt', [target('t1', 10)]))),
      // two targets with one id: the primary key refuses the document
      writer.save(documentRows(doc('bad.txt', [target('t1', 10), target('t1', 11)]))),
      writer.save(documentRows(doc('c.txt', [target('t1', 12)]))),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint failed/);
    expect(store.db.prepare('SELECT path FROM documents ORDER BY path').all()).toEqual([{ path: 'a.txt' }, { path: 'c.txt' }]);
    expect(count(store, "SELECT count(*) AS n FROM targets WHERE doc = 'bad.txt'")).toBe(0);
    store.close();
  });

  it('marks unchanged documents as seen in this run, committed by finish()', () => {
    const store = new Store(join(tmp(), 's.sqlite'));
    store.saveDocument(doc('a.txt', [target('t1', 10)]));
    const writer = new BatchWriter(store, 8, 1000);
    writer.touch('a.txt', 7);
    expect(count(store, "SELECT run_id AS n FROM documents WHERE path = 'a.txt'")).toBe(1);
    writer.finish();
    expect(count(store, "SELECT run_id AS n FROM documents WHERE path = 'a.txt'")).toBe(7);
    store.close();
  });

  it('a large run builds the readers\' indexes once, at its end; a store left without them gets them back on open', async () => {
    const file = join(tmp(), 's.sqlite');
    const store = new Store(file);
    const indexes = (s: Store) => (s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'targets_indicator'").all() as unknown[]).length;
    expect(indexes(store)).toBe(1);
    const writer = new BatchWriter(store, 1, 1000, 2);
    await writer.save(documentRows(doc('a.txt', [target('t1', 10)])));
    expect(indexes(store)).toBe(1);
    await writer.save(documentRows(doc('b.txt', [target('t1', 11)])));
    expect(indexes(store)).toBe(0); // dropped from the second document on
    await writer.save(documentRows(doc('c.txt', [target('t1', 12)])));
    writer.finish();
    expect(indexes(store)).toBe(1);
    expect(store.db.prepare("SELECT doc FROM targets WHERE indicator_id = 'maternal_mortality' ORDER BY doc").all()).toHaveLength(3);
    store.dropReaderIndexes(); // as a run killed mid-way leaves it
    store.close();
    const again = new Store(file);
    expect(indexes(again)).toBe(1);
    again.close();
  });

  it('saving a document again replaces its rows', () => {
    const store = new Store(join(tmp(), 's.sqlite'));
    store.saveDocument(doc('a.txt', [target('t1', 10), target('t2', 20)]));
    store.saveDocument(doc('a.txt', [target('t3', 30)]));
    expect(store.targets().map((t) => t.target.id)).toEqual(['t3']);
    expect(store.documents().map((d) => [d.path, d.targets])).toEqual([['a.txt', 1]]);
    store.close();
  });
});

describe('a document the store refuses in a run', () => {
  it('fails at the store stage with one line; its outputs are not published; the others are', async () => {
    const input = tmp();
    const plans = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
    for (const f of plans) copyFileSync(join(CORPUS, f), join(input, f));
    const bad = plans[1]!;
    const out = tmp();
    const real = Store.prototype.saveRows;
    Store.prototype.saveRows = function (this: Store, ...a: Parameters<Store['saveRows']>) {
      if (a[0].some((d) => d.path.endsWith(bad) && d.targets.length > 0)) throw new Error('disk I/O error');
      return real.apply(this, a);
    };
    let result;
    try {
      result = await quietRun([input], out);
    } finally {
      Store.prototype.saveRows = real;
    }
    const byName = new Map(result.summary.documents.map((d) => [d.path.split('/').at(-1), d]));
    expect(byName.get(bad)).toMatchObject({ status: 'failed', stage: 'store' });
    expect(byName.get(bad)!.message).toBe(`${bad}: disk I/O error`);
    expect(result.summary.failures).toBe(1);
    for (const f of plans) expect(existsSync(join(out, f.replace(/\.txt$/, '.targets.json')))).toBe(f !== bad);
    expect(readdirSync(out).filter((f) => TEMP_RE.test(f))).toEqual([]);
  });
});

describe('targets as stored', () => {
  it('the columns give back each target exactly, key order included', async () => {
    const input = tmp();
    for (const f of readdirSync(CORPUS).filter((f) => f.endsWith('.txt'))) copyFileSync(join(CORPUS, f), join(input, f));
    const out = tmp();
    await quietRun([input], out);
    const store = new Store(join(out, 'plan-targets.sqlite'), { readonly: true });
    try {
      for (const d of store.documents()) {
        const file = JSON.parse(readFileSync(join(out, `${d.name}.targets.json`), 'utf8')) as { targets: Target[]; baselines: Target[] };
        const stored = store.targets({ doc: d.path }).map((t) => t.target);
        expect(stored.length).toBeGreaterThan(50);
        expect(stored.map((t) => JSON.stringify(t)).sort()).toEqual([...file.targets, ...file.baselines].map((t) => JSON.stringify(t)).sort());
      }
    } finally {
      store.close();
    }
  });

  it('a store that also kept each target as JSON is migrated: the column goes, the rows stay', () => {
    const file = join(tmp(), 's.sqlite');
    const store = new Store(file);
    store.saveDocument(doc('a.txt', [target('t1', 10)]));
    store.db.exec("ALTER TABLE targets ADD COLUMN json TEXT NOT NULL DEFAULT '{}'");
    store.close();
    const again = new Store(file);
    const cols = (again.db.prepare('PRAGMA table_info(targets)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).not.toContain('json');
    expect(again.targets().map((t) => t.target)).toEqual([target('t1', 10)]);
    again.close();
  });
});

describe('streaming target reader', () => {
  it('gives the named columns of each row, by document and output order, as targets() orders them', () => {
    const store = new Store(join(tmp(), 's.sqlite'));
    store.saveDocument(doc('b.txt', [target('t2', 20), target('t1', 10)]));
    store.saveDocument(doc('a.txt', [target('t3', 30)]));
    const rows = [...store.iterateTargets(['doc', 'id', 'value', 'quote'])];
    expect(rows).toEqual([
      ['a.txt', 't3', 30, '孕产妇死亡率下降到30/10万'],
      ['b.txt', 't2', 20, '孕产妇死亡率下降到20/10万'],
      ['b.txt', 't1', 10, '孕产妇死亡率下降到10/10万'],
    ]);
    expect(rows.map((r) => r[1])).toEqual(store.targets().map((t) => t.target.id));
    store.close();
  });

  it('leaves out rejected targets unless asked, and documents that failed when okOnly', () => {
    const store = new Store(join(tmp(), 's.sqlite'));
    const a = doc('a.txt', [target('t1', 10), target('t2', 20)]);
    a.targets[1]!.storeStatus = 'rejected';
    store.saveDocument(a);
    store.saveDocument({ ...doc('f.txt', [target('t9', 90)]), status: 'failed', stage: 'extract', error: 'boom' });
    const ids = (opts: Parameters<Store['iterateTargets']>[1]) => [...store.iterateTargets(['doc', 'id', 'status'], opts)];
    expect(ids({})).toEqual([['a.txt', 't1', 'extracted'], ['f.txt', 't9', 'extracted']]);
    expect(ids({ okOnly: true })).toEqual([['a.txt', 't1', 'extracted']]);
    expect(ids({ okOnly: true, includeRejected: true })).toEqual([['a.txt', 't1', 'extracted'], ['a.txt', 't2', 'rejected']]);
    store.close();
  });

  it('reads by indicator from a store opened read-only that has no indicator index (an older store)', () => {
    const file = join(tmp(), 's.sqlite');
    const store = new Store(file);
    store.saveDocument(doc('b.txt', [target('t2', 20)]));
    store.saveDocument(doc('a.txt', [target('t1', 10)]));
    store.dropReaderIndexes();
    store.close();
    const ro = new Store(file, { readonly: true });
    expect([...ro.iterateTargets(['doc', 'id'], { byIndicator: true })]).toEqual([['a.txt', 't1'], ['b.txt', 't2']]);
    ro.close();
  });

  it('refuses a column the targets table does not have', () => {
    const store = new Store(join(tmp(), 's.sqlite'));
    expect(() => store.iterateTargets(['doc', 'nope' as never])).toThrow(/no target column nope/);
    store.close();
  });
});
