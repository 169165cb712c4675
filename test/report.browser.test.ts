// report.html in headless Chromium (Debian's chromium, see .ci/run): it renders offline, the table
// has the expected rows, filters work, a click shows the source in context; the indicator charts,
// the hierarchy, the jurisdiction pages and the progress view work on the plans written for them.
// The screenshots of the README's walk-through (docs/*.png) are taken here: UPDATE_SCREENSHOTS=1 npx vitest run test/report.browser.test.ts
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeComparison } from '../pipeline/compare/index.ts';
import { run } from '../pipeline/run.ts';
import { buildStore, catalogue, normalize } from './fixtures/compare-store.ts';
import { browserSuite, hasChromium, launchChromium } from './browser.ts';

// the README's screenshots are rewritten only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean
const DOCS = process.env.UPDATE_SCREENSHOTS === '1' ? join(import.meta.dirname, '..', 'docs') : mkdtempSync(join(tmpdir(), 'plan-targets-shots-'));
let browser: Browser;

beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page and records what must not happen: script errors, dialogs, requests off the disk. */
async function open(file: string, hash = ''): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
  });
  await page.goto(pathToFileURL(file).href + hash);
  await page.waitForSelector('body[data-ready]');
  return { page, problems };
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.waitForFunction((v) => document.body.getAttribute('data-view') === v, hash.replace(/^#\/?/, '').split('/')[0] || 'table');
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: join(DOCS, name) });
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

  it('renders the table with a row per indicator and a column per jurisdiction and period', async () => {
    expect(await visibleRows(page)).toEqual(['life_expectancy', 'maternal_mortality', 'cervical_screening', 'breast_screening', 'neonatal_mortality', 'myopia_rate']);
    expect(await page.$$eval('#compare thead th', (ths) => ths.map((th) => th.textContent))).toEqual([
      'indicator', 'national outline', '甲市 2016—2020', '甲市 2021—2025', '乙县 2021—2030',
    ]);
    const maternal = await page.$$eval('#compare tr[data-indicator="maternal_mortality"] td', (tds) => tds.map((td) => [td.textContent, td.className]));
    expect(maternal).toEqual([
      ['≤12/10万 (2030)', 'ref'],
      ['≤18/10万 (2020) ?', 'v-i'],
      ['≤9/10万 (2030) ▲', 'v-s'],
      ['≤12/10万 (2030) ✓ =', 'v-e'],
    ]);
    // a change is shown as a change, and gets no verdict
    expect(await page.textContent('#compare tr[data-indicator="myopia_rate"] td[data-col="1"]')).toBe('↓15% vs 2020 (2025)');
    // the indicator column stays in view when the table scrolls sideways
    expect(await page.$eval('#compare tbody th', (th) => getComputedStyle(th).position)).toBe('sticky');
    expect(await page.isVisible('#source')).toBe(false);
  });

  it('shows a cell’s source in context when it is clicked, the value marked', async () => {
    await page.click('#compare tr[data-indicator="maternal_mortality"] td[data-col="1"]');
    const panel = page.locator('#source');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const text = await panel.innerText();
    expect(text).toContain('甲市 2021—2025 · 孕产妇死亡率 · ≤9/10万 (2030)');
    expect(text).toContain('jia-women-2021.txt:5');
    expect(await panel.locator('.hit').getAttribute('data-line')).toBe('5');
    expect(await panel.locator('mark.v').allInnerTexts()).toEqual(['9']);
    expect((await panel.locator('mark.q').allInnerTexts()).join('')).toBe('到2030年控制在/10万以下');
    // the context lines around it, with line numbers: lines 2–8 of an 8-line text
    expect(await panel.locator('.ctx [data-line]').evaluateAll((els) => els.map((e) => e.getAttribute('data-line')))).toEqual(['2', '3', '4', '5', '6', '7', '8']);
    // a line of markup in the plan is shown as text, never run
    expect(text).toContain('<script>alert(1)</script>');
  });

  it('filters by domain and by level', async () => {
    await page.selectOption('#f-domain', '儿童与健康');
    expect(await visibleRows(page)).toEqual(['neonatal_mortality', 'myopia_rate']);
    await page.selectOption('#f-domain', '');
    expect(await visibleRows(page)).toHaveLength(6);
    await page.selectOption('#f-level', 'county');
    expect(await page.$$eval('#compare thead th[data-col]', (ths) => ths.map((th) => th.textContent))).toEqual(['乙县 2021—2030']);
    await page.selectOption('#f-level', '');
    await page.selectOption('#f-period', '2016—2020');
    expect(await page.$$eval('#compare thead th[data-col]', (ths) => ths.map((th) => th.textContent))).toEqual(['甲市 2016—2020']);
    await page.selectOption('#f-period', '');
  });

  it('ran without script errors, dialogs or network', () => {
    expect(problems).toEqual([]);
  });
});

browserSuite('report.html over the plans written for it (province, city, county, two periods, a monitoring report)', () => {
  let page: Page;
  let problems: string[];
  let file: string;
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-targets-report-plans-'));
    await run({
      inputs: [join(import.meta.dirname, 'fixtures', 'plans')], out, db: join(out, 'plan-targets.sqlite'), concurrency: 1,
      reviews: join(out, 'no-reviews'), compare: true, log: () => {},
    });
    file = join(out, 'report.html');
    ({ page, problems } = await open(file));
  }, 60_000);

  it('the table, filtered by province', async () => {
    await page.selectOption('#f-province', '广东省');
    expect(await page.$$eval('#compare thead th[data-col]', (ths) => ths.length)).toBe(5);
    expect(await page.textContent('#duplicates')).toContain('lechang-2021-draft.txt, lechang-2021.txt');
    await shot(page, 'report-table.png');
    await page.selectOption('#f-province', '');
  });

  it('an indicator’s chart: a point per jurisdiction, the reference as a line, points open their source', async () => {
    await go(page, '#/i/cervical_cancer_screening_rate');
    expect(await page.inputValue('#chart-year')).toBe('2030');
    const dots = page.locator('#indicator-chart svg g[aria-label="dot"]').last().locator('circle');
    expect(await dots.count()).toBe(4);
    expect(await page.locator('#indicator-chart svg g[aria-label="rule"]').count()).toBe(1);
    // sorted by value: the lowest target first
    expect(await dots.first().locator('title').textContent()).toBe('乐昌市 2021—2030 · lechang-2021-draft.txt: ≥70% (2030)');
    await page.selectOption('#chart-sort', 'name');
    await dots.last().click();
    const panel = page.locator('#source');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.innerText()).toMatch(/\.txt:\d+/);
    await page.selectOption('#chart-sort', 'value');
    await page.locator('#indicator-chart svg g[aria-label="dot"]').last().locator('circle').nth(1).click();
    expect(await panel.innerText()).toContain('lechang-2021.txt:19');
    expect(await panel.locator('mark.v').allInnerTexts()).toEqual(['75']);
    await shot(page, 'report-indicator.png');
    // another year: the 2011—2020 plan's 2020 target, with no reference line (the reference is for 2030)
    await page.selectOption('#chart-year', '2020');
    expect(await page.locator('#indicator-chart svg g[aria-label="dot"]').last().locator('circle').count()).toBe(1);
    expect(await page.locator('#indicator-chart svg g[aria-label="rule"]').count()).toBe(0);
  });

  it('the hierarchy: each step per indicator, and the tree of jurisdictions', async () => {
    await go(page, '#/hierarchy');
    const rows = await page.$$eval('#hierarchy tr[data-indicator="cervical_cancer_screening_rate"]', (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['适龄妇女宫颈癌人群筛查率', 'county → city', '2', '0', '0', '2', '0', 'loosens'],
      ['适龄妇女宫颈癌人群筛查率', 'city → province', '1', '1', '0', '0', '0', 'tightens'],
    ]);
    expect(await page.locator('#tree > li > a').allInnerTexts()).toContain('广东省 2021—2030');
    expect(await page.locator('#tree > li > ul > li > a').allInnerTexts()).toEqual(['韶关市 2021—2030']);
    expect(await page.locator('#tree > li > ul > li > ul > li > a').allInnerTexts()).toEqual(['乐昌市 2021—2030 · lechang-2021-draft.txt', '乐昌市 2021—2030 · lechang-2021.txt']);
    await shot(page, 'report-hierarchy.png');
  });

  it('a jurisdiction’s page: code, parents, its periods side by side, every target with its progress', async () => {
    await page.click('#tree a:text("乐昌市 2021—2030 · lechang-2021.txt")');
    await page.waitForFunction(() => document.body.getAttribute('data-view') === 'j');
    expect(await page.textContent('#jurisdiction-facts')).toBe('code 440281 · level county · under 广东省 > 韶关市');
    expect(await page.locator('#jurisdiction-links a').allInnerTexts()).toEqual(['韶关市 2021—2030', '乐昌市 2011—2020', '乐昌市 2021—2030 · lechang-2021-draft.txt']);
    expect(await page.locator('#periods thead th').allInnerTexts()).toEqual(['indicator', '乐昌市 2011—2020', '乐昌市 2021—2030 · lechang-2021.txt', '乐昌市 2021—2030 · lechang-2021-draft.txt']);
    const cervical = await page.locator('#periods tr', { hasText: '宫颈癌' }).locator('td').allInnerTexts();
    expect(cervical).toEqual(['≥70% (2020) · not achieved', '≥75% (2030) · needs acceleration', '≥70% (2030) · on track']);
    const rows = await page.$$eval('#jurisdiction-targets tbody tr', (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    expect(rows.map((r) => r[2])).toEqual(['baseline', 'baseline', 'numeric', 'numeric', 'numeric', 'numeric']);
    expect(rows[2]![6]).toBe('on track · baseline 13.2 (2020) · actual 12 (2023, monitoring report) · ratio 1.73082');
    await shot(page, 'report-jurisdiction.png');
  });

  it('the progress view: statuses counted in a chart, each target with baseline, actual and ratio', async () => {
    await go(page, '#/progress');
    const bars = page.locator('#progress-chart svg g[aria-label="bar"] rect');
    expect(await bars.count()).toBe(5);
    await page.selectOption('#f-status', 'needs acceleration');
    const rows = await page.$$eval('#progress tbody tr', (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    expect(rows).toEqual([['乐昌市 2021—2030 · lechang-2021.txt', '适龄妇女宫颈癌人群筛查率', '≥75% (2030)', 'needs acceleration', '65 (2020)', '67 (2023)', '0.704434']]);
    await page.click('#progress tbody tr');
    expect(await page.locator('#source').innerText()).toContain('lechang-2021.txt:19');
    await page.selectOption('#f-status', '');
    await shot(page, 'report-progress.png');
  });

  it('ran without script errors, dialogs or network', () => {
    expect(problems).toEqual([]);
  });
});

browserSuite('report.html over the corpus', () => {
  it('renders the real comparison of a corpus plan and shows a source line on click', async () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-targets-report-corpus-'));
    const db = join(out, 'plan-targets.sqlite');
    // one plan keeps the test fast; the stores above cover several jurisdictions
    const plan = join(import.meta.dirname, '..', 'corpus', '000_8bed7d9551db38ad.txt');
    await run({ inputs: [plan], out, db, concurrency: 1, reviews: join(out, 'no-reviews'), log: () => {} });
    const { table } = await writeComparison(db, out);
    expect(table.columns.length).toBe(1);
    const { page, problems } = await open(join(out, 'report.html'));
    const rows = await visibleRows(page);
    expect(rows.length).toBe(table.rows.length);
    const first = page.locator('#compare td[data-t]').first();
    await first.click();
    const hit = await page.locator('#source .hit').first().innerText();
    expect(hit).toMatch(/^\d+/);
    // its page lists every target, those without a catalogue id too
    await go(page, '#/j/0');
    const ids = await page.$$eval('#jurisdiction-targets tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-indicator')));
    expect(ids.length).toBeGreaterThan(table.rows.filter((r) => r.cells[0]).length);
    expect(ids.some((id) => id === '')).toBe(true);
    expect(problems).toEqual([]);
  });
});
