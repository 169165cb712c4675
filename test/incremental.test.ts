// Incremental runs: only what changed is extracted again (content, review file, rules version).
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, type RunOptions, type RunSummary } from '../pipeline/run.ts';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const PLANS = ['000_8bed7d9551db38ad', '001_1a19cb00b77d39e6'];

describe('incremental runs', () => {
  let dir: string;
  let plans: string;
  let out: string;
  let reviews: string;
  const again = async (extra: Partial<RunOptions> = {}): Promise<{ summary: RunSummary; lines: string[] }> => {
    const lines: string[] = [];
    const summary = await run({
      inputs: [plans],
      out,
      db: join(out, 'plan-targets.sqlite'),
      concurrency: 1,
      inThread: true,
      reviews,
      rulesVersion: 'rules-a',
      log: (l) => lines.push(l),
      ...extra,
    });
    return { summary, lines };
  };
  /** which documents were extracted (✓) rather than found unchanged (=) */
  const extracted = (lines: string[]) => lines.filter((l) => l.startsWith('✓')).map((l) => l.split(/\s+/)[1]);
  let first: RunSummary;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-targets-incremental-'));
    plans = join(dir, 'plans');
    out = join(dir, 'out');
    reviews = join(dir, 'reviews');
    mkdirSync(plans);
    mkdirSync(reviews);
    for (const p of PLANS) copyFileSync(join(CORPUS, `${p}.txt`), join(plans, `${p}.txt`));
    first = (await again()).summary;
  }, 60_000);

  it('extracts nothing again when nothing changed, and reports the stored counts', async () => {
    const before = PLANS.map((p) => readFileSync(join(out, `${p}.targets.json`)));
    const { summary, lines } = await again();
    expect(extracted(lines)).toEqual([]);
    expect(lines.slice(0, 2)).toEqual(PLANS.map((p) => `= ${p}.txt  unchanged`));
    expect(summary.skipped).toBe(2);
    expect(summary.targets).toBe(first.targets);
    expect(summary.baselines).toBe(first.baselines);
    expect(summary.documents.map((d) => d.targets)).toEqual(first.documents.map((d) => d.targets));
    expect(PLANS.map((p) => readFileSync(join(out, `${p}.targets.json`)))).toEqual(before);
  });

  it('extracts a changed file again, and only that one', async () => {
    appendFileSync(join(plans, `${PLANS[0]}.txt`), '\n到2025年，全区妇女平均预期寿命达到80岁以上。\n');
    const { summary, lines } = await again();
    expect(extracted(lines)).toEqual([`${PLANS[0]}.txt`]);
    expect(summary.skipped).toBe(1);
    expect((await again()).summary.skipped).toBe(2);
  });

  it('extracts a document again when its review file appears, changes or goes', async () => {
    const review = join(reviews, `${PLANS[1]}.review.json`);
    writeFileSync(review, '{ "not": "a review file" }\n');
    const added = await again();
    expect(extracted(added.lines)).toEqual([`${PLANS[1]}.txt`]);
    expect(added.summary.documents[1]!.reviewError).toBeTruthy();
    // unchanged again: the stored review problem is still reported
    const same = await again();
    expect(same.summary.skipped).toBe(2);
    expect(same.summary.documents[1]!.reviewError).toBe(added.summary.documents[1]!.reviewError);
    writeFileSync(review, '{ "not": "a review file either" }\n');
    expect(extracted((await again()).lines)).toEqual([`${PLANS[1]}.txt`]);
    rmSync(review);
    const gone = await again();
    expect(extracted(gone.lines)).toEqual([`${PLANS[1]}.txt`]);
    expect(gone.summary.documents[1]!.reviewError ?? null).toBeNull();
  });

  it('extracts everything again when the rules version changes, then nothing', async () => {
    const changed = await again({ rulesVersion: 'rules-b' });
    expect(extracted(changed.lines)).toEqual(PLANS.map((p) => `${p}.txt`));
    expect((await again({ rulesVersion: 'rules-b' })).summary.skipped).toBe(2);
  });

  it('extracts again when an output is missing, or when forced', async () => {
    rmSync(join(out, `${PLANS[1]}.targets.json`));
    const missing = await again({ rulesVersion: 'rules-b' });
    expect(extracted(missing.lines)).toEqual([`${PLANS[1]}.txt`]);
    const forced = await again({ rulesVersion: 'rules-b', force: true });
    expect(extracted(forced.lines)).toEqual(PLANS.map((p) => `${p}.txt`));
  });

  it('skips unchanged documents the same way when workers are on', async () => {
    const { summary } = await again({ rulesVersion: 'rules-b', inThread: false, concurrency: 2 });
    expect(summary.skipped).toBe(2);
    expect(summary.failures).toBe(0);
  });
});
