// report.html: each table cell opens the target it shows, and progress rides on that target only,
// though an indicator table's baseline and target records share a start (the row's).
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, quietRun, scratchDirs } from './support.ts';

const tmp = scratchDirs('report-links');

/** The page's data blocks, unpacked as the browser does. */
function reportData(html: string): Record<string, any> {
  const out: Record<string, any> = {};
  for (const m of html.matchAll(/<script type="application\/json" id="(\w+)"( data-encoding="gzip-base64")?>([\s\S]*?)<\/script>/g)) {
    const body = m[2] ? gunzipSync(Buffer.from(m[3]!, 'base64')).toString() : m[3]!;
    out[m[1]!] = JSON.parse(body);
  }
  return out;
}

describe('report.html links', () => {
  it('opens the shown target from every cell, and gives progress to targets, never to baselines', async () => {
    const out = tmp();
    const plans = ['disability-tab.txt', 'health-plan.md', 'education-plan.md'].map((f) => join(ROOT, 'test', 'plans', 'tuning', f));
    const { summary } = await quietRun(plans, out, { compare: true });
    expect(summary.failures).toBe(0);
    const { data, targets } = reportData(readFileSync(join(out, 'report.html'), 'utf8'));
    const kinds: string[] = targets.dict.kinds;
    const T_KIND = 4, T_TEXT = 5, T_PROGRESS = 20;
    let cells = 0;
    for (const row of data.rows) {
      for (const [, ti, , , text] of row.c as [number, number, string | null, number, string][]) {
        cells++;
        expect(ti).toBeGreaterThanOrEqual(0);
        expect(String(text)).toContain(targets.t[ti][T_TEXT]);
        expect(kinds[targets.t[ti][T_KIND]]).not.toBe('baseline');
      }
    }
    expect(cells).toBeGreaterThan(10);
    const withProgress = targets.t.filter((t: unknown[]) => t[T_PROGRESS] !== null);
    expect(withProgress.length).toBeGreaterThan(0);
    for (const t of withProgress) expect(kinds[t[T_KIND]]).toBe('numeric');
  });
});
