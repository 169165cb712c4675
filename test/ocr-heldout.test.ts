// The accuracy bar on scans of plans the OCR rules were never tuned on: three held-out plans of
// bench/scan-sets.ts, drawn as scans (200 dpi, turned, noise, JPEG in a PDF), OCR'd, their
// numeric targets matched against those of the text: recall ≥ 0.9, precision ≥ 0.98 over every
// record emitted. Three pages: seconds of OCR.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurePlanScan } from '../bench/ocr.ts';
import { ROOT, scratchDirs } from './support.ts';

const tmp = scratchDirs('ocr-heldout');
const PLANS = ['annual-plan.txt', 'kindergarten-news.txt', 'population-plan.txt'];

describe('scans of held-out plans', () => {
  it('give ≥ 90% of the text\'s numeric targets, and ≥ 98% of what they give is right', async () => {
    const cacheDir = tmp();
    let expected = 0;
    let found = 0;
    let matched = 0;
    const wrong: string[] = [];
    for (const plan of PLANS) {
      const r = await measurePlanScan(join(ROOT, 'test', 'plans', 'heldout', plan), { seed: 11, noise: 14, rotate: 0.5, cacheDir });
      expected += r.score.expected;
      found += r.score.found;
      matched += r.score.matched;
      for (const t of r.score.extras) wrong.push(`${plan}: ${t.source.quote} → ${t.value} ${t.unit}`);
    }
    expect(expected).toBeGreaterThanOrEqual(12);
    expect(matched / expected).toBeGreaterThanOrEqual(0.9);
    expect(wrong).toEqual([]);
    expect(matched / found).toBeGreaterThanOrEqual(0.98);
  }, 180_000);
});
