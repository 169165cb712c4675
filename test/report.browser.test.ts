// report.html in headless Chromium (Debian's chromium, see .ci/run): it renders offline,
// the table has the expected rows, filters work, and a click shows the cell's source in context.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeComparison } from '../pipeline/compare/index.ts';
import { run } from '../pipeline/run.ts';
import { buildStore, catalogue, normalize } from './fixtures/compare-store.ts';
import { browserSuite, hasChromium, launchChromium } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page and records what must not happen: script errors, dialogs, requests off the disk. */
async function open(file: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
  });
  await page.goto(pathToFileURL(file).href);
  return { page, problems };
}

const visibleRows = (page: Page) =>
  page.$$eval('#compare tbody tr[data-indicator]', (trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.getAttribute('data-indicator')));

browserSuite('report.html over a synthetic store', () => {
  let page: Page;
  let problems: string[];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-targets-report-'));
    const db = buildStore(dir);
    await writeComparison(db, join(dir, 'out'), { catalogue, normalize });
    ({ page, problems } = await open(join(dir, 'out', 'report.html')));
  });

  it('renders the table with a row per indicator and a column per jurisdiction', async () => {
    expect(await visibleRows(page)).toEqual(['life_expectancy', 'maternal_mortality', 'cervical_screening', 'breast_screening', 'neonatal_mortality']);
    expect(await page.$$eval('#compare thead th', (ths) => ths.map((th) => th.textContent))).toEqual([
      'indicator', 'national outline', '甲市 2016—2020', '甲市 2021—2025', '乙县',
    ]);
    const maternal = await page.$$eval('#compare tr[data-indicator="maternal_mortality"] td', (tds) => tds.map((td) => [td.textContent, td.className]));
    expect(maternal).toEqual([
      ['≤12/10万 (2030)', 'ref'],
      ['≤18/10万 ▽', 'v-looser'],
      ['≤10/10万 ▲', 'v-stricter'],
      ['≤12/10万 ✓ =', 'v-equal'],
    ]);
    expect(await page.isVisible('#source')).toBe(false);
  });

  it('shows a cell’s source in context when it is clicked, the value marked', async () => {
    await page.click('#compare tr[data-indicator="maternal_mortality"] td[data-col="1"]');
    const panel = page.locator('#source');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const text = await panel.innerText();
    expect(text).toContain('甲市 2021—2025 · 孕产妇死亡率 · ≤10/10万');
    expect(text).toContain('jia-women-2021.txt:5');
    expect(await panel.locator('.hit').getAttribute('data-line')).toBe('5');
    expect(await panel.locator('mark.v').allInnerTexts()).toEqual(['10']);
    expect((await panel.locator('mark.q').allInnerTexts()).join('')).toBe('孕产妇死亡率控制在/10万以下');
    // the context lines around it, with line numbers: lines 2–8 of an 8-line text
    expect(await panel.locator('.ctx [data-line]').evaluateAll((els) => els.map((e) => e.getAttribute('data-line')))).toEqual(['2', '3', '4', '5', '6', '7', '8']);
    // a line of markup in the plan is shown as text, never run
    expect(text).toContain('<script>alert(1)</script>');
    // the reference cell names the outline it comes from
    await page.click('#compare tr[data-indicator="maternal_mortality"] td.ref');
    expect(await panel.innerText()).toContain('中国妇女发展纲要（2021—2030年）');
  });

  it('filters by domain and by jurisdiction', async () => {
    await page.selectOption('#domain', '儿童与健康');
    expect(await visibleRows(page)).toEqual(['neonatal_mortality']);
    await page.selectOption('#domain', '');
    expect(await visibleRows(page)).toHaveLength(5);
    await page.uncheck('input[data-col="2"]');
    expect(await page.isVisible('#compare thead th[data-col="2"]')).toBe(false);
    expect(await page.isVisible('#compare thead th[data-col="1"]')).toBe(true);
    expect(await page.isVisible('#coverage tr[data-col="2"]')).toBe(false);
    await page.check('input[data-col="2"]');
    expect(await page.isVisible('#compare thead th[data-col="2"]')).toBe(true);
  });

  it('ran without script errors, dialogs or network', () => {
    expect(problems).toEqual([]);
  });
});

browserSuite('report.html over the corpus', () => {
  it('renders the real comparison of a corpus plan and shows a source line on click', async () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-targets-report-corpus-'));
    const db = join(out, 'plan-targets.sqlite');
    // one plan keeps the test fast; the synthetic store above covers several jurisdictions
    const plan = join(import.meta.dirname, '..', 'corpus', '000_8bed7d9551db38ad.txt');
    await run({ inputs: [plan], out, db, concurrency: 1, reviews: join(out, 'no-reviews'), log: () => {} });
    const { table } = await writeComparison(db, out);
    expect(table.columns.length).toBe(1);
    const { page, problems } = await open(join(out, 'report.html'));
    const rows = await visibleRows(page);
    expect(rows.length).toBe(table.rows.length);
    const first = page.locator('#compare td[data-cell^="c"]').first();
    await first.click();
    const hit = await page.locator('#source .hit').first().innerText();
    expect(hit).toMatch(/^\d+/);
    expect(problems).toEqual([]);
  });
});
