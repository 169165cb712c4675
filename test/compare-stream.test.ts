// The comparison read from the store in passes (stream.ts) writes the same bytes as with every target
// loaded at once, whatever the number of documents it reads per query, and whatever the options.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../pipeline/run.ts';
import { writeComparison, type WriteComparisonOptions } from '../pipeline/compare/index.ts';
import { buildStore, catalogue, normalize } from './fixtures/compare-store.ts';

const FILES = ['compare.md', 'compare.csv', 'targets.csv', 'progress.csv', 'hierarchy.csv', 'compare.xlsx', 'report.html'];
const PLANS = join(import.meta.dirname, 'fixtures', 'plans');

let dir: string;
let n = 0;

/** The outputs of one way of reading, file by file; or the one line it failed with. */
async function outputs(db: string, opts: WriteComparisonOptions): Promise<Record<string, Buffer> | string> {
  const out = join(dir, `out-${n++}`);
  try {
    await writeComparison(db, out, opts);
  } catch (err) {
    return (err as Error).message;
  }
  return Object.fromEntries(FILES.map((f) => [f, readFileSync(join(out, f))]));
}

/** Streamed in batches of one document, streamed as by default, all at once: the same bytes. */
async function expectSame(db: string, opts: WriteComparisonOptions): Promise<boolean> {
  const whole = await outputs(db, { ...opts, stream: false });
  for (const stream of [{ docs: 1 }, { docs: 2 }, true]) {
    const streamed = await outputs(db, { ...opts, stream });
    if (typeof whole === 'string') {
      expect(streamed, JSON.stringify(stream)).toBe(whole);
      continue;
    }
    expect(typeof streamed, JSON.stringify(stream)).toBe('object');
    for (const f of FILES) expect((streamed as Record<string, Buffer>)[f]!.equals(whole[f]!), `${f} ${JSON.stringify({ ...opts, stream })}`).toBe(true);
  }
  return typeof whole !== 'string';
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-targets-stream-'));
});

describe('the comparison streamed from the store', () => {
  let fixture: string;
  beforeAll(() => {
    fixture = buildStore(join(dir, 'fixture'));
    // one target read from a scan with a value OCR was unsure of: listed, not compared
    const sql = new Database(fixture);
    sql.prepare("UPDATE targets SET page = 1, box = '[1,2,3,4]', confidence = 0.2 WHERE quote = ?").run('孕产妇死亡率控制在18/10万以下');
    sql.close();
  });

  it('writes the bytes of the whole store read at once (fixture store, every option)', async () => {
    const written: boolean[] = [];
    for (const opts of [{}, { reference: '乙县' }, { year: 2025 }, { year: 2019 }, { jurisdictions: ['乙县', '甲市'] }, { reference: '甲市' }, { year: 1990 }]) {
      written.push(await expectSame(fixture, { ...opts, catalogue, normalize }));
    }
    // the last two are refused (several periods; no plan of 1990), the same way
    expect(written).toEqual([true, true, true, true, true, false, false]);
  });

  it('writes the bytes of the whole store read at once (plans run through the pipeline)', async () => {
    const out = join(dir, 'plans');
    const db = join(out, 'plan-targets.sqlite');
    await run({ inputs: [PLANS], out, db, concurrency: 1, reviews: join(out, 'no-reviews'), compare: false, log: () => {} });
    const labels = new Database(db, { readonly: true });
    const names = labels.prepare('SELECT DISTINCT jurisdiction FROM documents WHERE jurisdiction IS NOT NULL ORDER BY path').pluck().all() as string[];
    labels.close();
    expect(names.length).toBeGreaterThan(2);
    const written: boolean[] = [];
    for (const opts of [{}, { year: 2025 }, { jurisdictions: names.slice(0, 3).reverse() }, { reference: names[0]! }, { reference: names[1]!, year: 2030 }]) {
      written.push(await expectSame(db, opts));
    }
    expect(written.slice(0, 3)).toEqual([true, true, true]);
  }, 120_000);
});
