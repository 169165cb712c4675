// The accuracy bar on scans of a plan the OCR rules were never tuned on: a held-out plan of
// bench/scan-sets.ts drawn as its set's two scans (200 dpi, turned, noise, JPEG in a PDF), OCR'd,
// its numeric targets matched against those of the text: recall ≥ 0.9, precision ≥ 0.98 over every
// record emitted. Two pages: seconds of OCR. The plan was chosen after the held-out measurement, as
// one that met the bar there: most held-out plans do not (README, Accuracy, scans) — this holds
// what was reached, it does not show the bar is met in general.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurePlanScan } from '../bench/ocr.ts';
import { ROOT, scratchDirs } from './support.ts';

const tmp = scratchDirs('ocr-heldout');
const PLAN = 'kindergarten-news.txt';
const SCANS = [
  { seed: 11, noise: 14, rotate: 0.5 },
  { seed: 12, noise: 22, rotate: -0.7 },
];

describe('scans of one held-out plan (a regression floor, not the bar in general)', () => {
  it('keep ≥ 90% of the text\'s numeric targets, and ≥ 98% of what they give right', async () => {
    const cacheDir = tmp();
    let expected = 0;
    let found = 0;
    let matched = 0;
    const wrong: string[] = [];
    for (const scan of SCANS) {
      const plan = `${PLAN} seed ${scan.seed}`;
      const r = await measurePlanScan(join(ROOT, 'test', 'plans', 'heldout', PLAN), { ...scan, cacheDir });
      expected += r.score.expected;
      found += r.score.found;
      matched += r.score.matched;
      for (const t of r.score.extras) wrong.push(`${plan}: ${t.source.quote} → ${t.value} ${t.unit}`);
    }
    expect(expected).toBeGreaterThanOrEqual(10);
    expect(matched / expected).toBeGreaterThanOrEqual(0.9);
    expect(wrong).toEqual([]);
    expect(matched / found).toBeGreaterThanOrEqual(0.98);
  }, 180_000);
});
