// Targets read from scans whose value OCR was unsure of wait for a reviewer: listed in targets.csv,
// counted in compare.md and on the command line, never in a cell or a verdict.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { awaitingLine, loadInput, writeComparison } from '../pipeline/compare/index.ts';
import { buildTable } from '../pipeline/compare/table.ts';
import { AWAITS_REVIEW_TEXT } from '../pipeline/compare/records.ts';
import { OCR_REVIEW_BELOW, awaitsReview, DEFAULT_CONFIDENCE } from '../rules/confidence.ts';
import { buildStore, catalogue, normalize } from './fixtures/compare-store.ts';

describe('awaitsReview (rules/confidence.ts)', () => {
  const rule = 'numeric/level'; // measured precision 1
  it('valid: an unreviewed scan record whose doubt is under the line waits', () => {
    expect(awaitsReview('extracted', rule, 0.45, true)).toBe(true);
    expect(awaitsReview('extracted', 'table/row', DEFAULT_CONFIDENCE * 0.5, true)).toBe(true);
  });
  it('invalid: text records, reviewed records and sure scan records do not', () => {
    expect(awaitsReview('extracted', rule, 0.45, false)).toBe(false);
    expect(awaitsReview('accepted', rule, 0.1, true)).toBe(false);
    expect(awaitsReview('corrected', rule, 0.1, true)).toBe(false);
    expect(awaitsReview('extracted', rule, OCR_REVIEW_BELOW, true)).toBe(false);
    // an unmeasured rule's records are as sure as the rule at full OCR confidence
    expect(awaitsReview('extracted', 'table/row', DEFAULT_CONFIDENCE, true)).toBe(false);
  });
});

/** The fixture store with one target marked as read from page 1 of a scan at `confidence` (its rule is unmeasured: full confidence 0.5). */
function storeWithScanRecord(quote: string, confidence: number): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-targets-gate-'));
  const db = buildStore(dir);
  const sql = new Database(db);
  const n = sql.prepare("UPDATE targets SET page = 1, box = '[1,2,3,4]', confidence = ? WHERE quote = ?").run(confidence, quote).changes;
  sql.close();
  if (n !== 1) throw new Error(`no single target quoted ${quote}`);
  return { dir, db };
}

describe('the comparison keeps unsure scan records out', () => {
  const quote = '孕产妇死亡率控制在18/10万以下';
  const column = '甲市 2016—2020';

  it('a sure scan record is compared as any other', async () => {
    const { db } = storeWithScanRecord(quote, 0.45);
    const t = buildTable(await loadInput(db, { catalogue, normalize }));
    const cells = t.rows.find((r) => r.id === 'maternal_mortality')!.cells;
    expect(cells[t.columns.findIndex((c) => c.label === column)]?.text).toBe('≤18/10万 (2020)');
    expect(t.awaiting).toEqual([]);
    expect(awaitingLine(t)).toBeNull();
  });

  it('an unsure one gives no cell and no verdict, and is listed with why', async () => {
    const { dir, db } = storeWithScanRecord(quote, 0.2);
    const t = buildTable(await loadInput(db, { catalogue, normalize }));
    const cells = t.rows.find((r) => r.id === 'maternal_mortality')!.cells;
    expect(cells[t.columns.findIndex((c) => c.label === column)]).toBeNull();
    expect(t.awaiting).toEqual([{ file: 'jia-women-2016.txt', count: 1 }]);
    expect(awaitingLine(t)).toMatch(/^compare: 1 target read from scans awaits review .*jia-women-2016\.txt \(1\)$/);

    const out = join(dir, 'out');
    await writeComparison(db, out, { catalogue, normalize });
    const csv = readFileSync(join(out, 'targets.csv'), 'utf8').split('\r\n');
    const head = csv[0]!.replace(/^\ufeff/, '').split(',');
    const line = csv.find((l) => l.includes(quote))!.split(',');
    const field = (name: string) => line[head.indexOf(name)];
    expect(field('why_not_compared')).toBe(AWAITS_REVIEW_TEXT);
    expect(field('verdict')).toBe('');
    expect(field('parent_verdict')).toBe('');
    expect(readFileSync(join(out, 'compare.md'), 'utf8')).toContain('1 target read from scans waits for review (OCR unsure of the value) and is not compared: jia-women-2016.txt (1).');
    expect(readFileSync(join(out, 'compare.csv'), 'utf8')).not.toContain('≤18/10万');
  });
});
