// How large report.html grows and how fast Chromium opens it, for N plans (default 2,000). The store
// is built without extraction: the corpus is run once, then its documents are copied N times under
// real county names (their division codes, parents and other periods resolve as in a run), with
// their values moved a little. Prints one JSON line. Run: npx tsx bench/report-scale.ts [--plans N]
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { writeComparison } from '../pipeline/compare/index.ts';
import { run } from '../pipeline/run.ts';
import { Store } from '../pipeline/stages/store.ts';
import { resolveJurisdiction } from '../pipeline/stages/place.ts';
import { DIVISIONS } from '../rules/data/divisions.ts';
import type { Plan } from '../model/schema.ts';
import { mulberry32 } from './generate.ts';

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const plans = arg('--plans', 2000);
const dir = mkdtempSync(join(tmpdir(), 'plan-targets-report-scale-'));
const seedDb = join(dir, 'seed.sqlite');
await run({ inputs: ['corpus'], out: join(dir, 'seed'), db: seedDb, concurrency: 1, reviews: join(dir, 'none'), log: () => {} });
const seed = new Store(seedDb);
const seedDocs = seed.documents().filter((d) => d.status === 'ok');
const seedTargets = seedDocs.map((d) => seed.targets({ doc: d.path }));
seed.close();

// county-level divisions, unique names only, in code order
const names = new Map<string, number>();
const counties: string[] = [];
for (const line of DIVISIONS.split('\n')) {
  const code = line.slice(0, 6);
  const name = line.slice(7);
  if (code.endsWith('00') || /^(?:市辖区|县)$/.test(name)) continue;
  names.set(name, (names.get(name) ?? 0) + 1);
  counties.push(name);
}
const unique = counties.filter((n) => names.get(n) === 1);
const rand = mulberry32(7);
const db = join(dir, 'plan-targets.sqlite');
const store = new Store(db);
let targets = 0;
const t0 = performance.now();
for (let i = 0; i < plans; i++) {
  const k = i % seedDocs.length;
  const d = seedDocs[k]!;
  const name = unique[Math.floor(i / 2) % unique.length]!;
  // every other copy is the same county's plan of the period before
  const shift = i % 2 === 1 ? -10 : 0;
  const docPlans = (d.plans as Plan[]).map((p) => ({ ...p, period: p.period ? ([p.period[0] + shift, p.period[1] + shift] as [number, number]) : null }));
  const ts = seedTargets[k]!.map(({ target, storeStatus }) => {
    const f = 1 + (rand() - 0.5) * 0.2;
    const value = target.value === null ? null : Number((target.value * f).toPrecision(4));
    const normalized = target.normalized && target.value ? { ...target.normalized, value: Number((target.normalized.value * f).toPrecision(4)) } : target.normalized;
    return { storeStatus, target: { ...target, value, normalized, year: target.year === null ? null : target.year + shift } };
  });
  targets += ts.length;
  store.saveDocument({
    path: `gen/${i}.txt`, file: `${i}.txt`, name: String(i),
    info: { file: `${i}.txt`, sha256: d.sha256!, format: 'text', jurisdiction: resolveJurisdiction({ name, level: 'county', parents: [] }), plans: docPlans },
    bytes: 0, rulesVersion: 'scale', reviewsSha: null, status: 'ok', stage: null, error: null, reviewError: null, targets: ts, runId: 1,
  });
}
store.close();
const storeMs = performance.now() - t0;

const out = join(dir, 'out');
const t1 = performance.now();
const { table } = await writeComparison(db, out);
const compareMs = performance.now() - t1;
const report = join(out, 'report.html');
const bytes = statSync(report).size;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const opens: number[] = [];
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const t = performance.now();
  await page.goto('file://' + report);
  await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
  opens.push(performance.now() - t);
  await page.close();
}
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
await page.goto('file://' + report);
await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
const t2 = performance.now();
await page.evaluate(() => {
  location.hash = '#/i/maternal_mortality_ratio';
});
await page.waitForFunction(() => document.body.getAttribute('data-view') === 'i');
const chartMs = performance.now() - t2;
const points = await page.locator('#indicator-chart svg g[aria-label="dot"]').last().locator('circle').count();
await browser.close();

console.log(JSON.stringify({
  plans, targets, columns: table.columns.length, rows: table.rows.length,
  store_ms: Math.round(storeMs), compare_ms: Math.round(compareMs),
  report_mb: Number((bytes / 1e6).toFixed(2)), open_ms: opens.map(Math.round), indicator_chart_ms: Math.round(chartMs), chart_points: points,
}));
