// The review workbench in headless Chromium: a reviewer opens a document, accepts, rejects,
// corrects a value and a catalogue id, adds a missed target by selecting its text; each decision
// lands in the review file at once, and the next run applies all of it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../pipeline/run.ts';
import { startWorkbench, type Workbench } from '../pipeline/review/server.ts';
import { ReviewFile, TargetsFile, type ReviewEntry } from '../model/schema.ts';
import { browserSuite, launchChromium } from './browser.ts';

const PLAN = [
  '某某市妇女发展规划',
  '（2021—2025年）',
  '',
  '一、妇女与健康',
  '（一）主要目标',
  '1. 妇女人均预期寿命提高到81岁以上。',
  '2. 孕产妇死亡率下降到12/10万以下。',
  '3. 适龄妇女宫颈癌筛查率达到80%以上。',
  '4. 乳腺癌筛查率逐步提高。',
  '5. 城乡社区妇女议事会实现全覆盖。',
  '二、妇女与教育',
  '（一）主要目标',
  '1. 女性高中阶段毛入学率达到95%以上。',
  '2. 女性平均受教育年限达到11年。',
  '3. 每个县建成1所妇女儿童活动中心。',
  '4. 男方护理假15天。',
  '',
].join('\n');

browserSuite('review workbench in Chromium', () => {
  let dir: string;
  let browser: Browser;
  let wb: Workbench;
  let page: Page;
  const problems: string[] = [];
  const reviewFile = () => join(dir, 'reviews', 'plan.review.json');
  const review = (): ReviewFile => ReviewFile.parse(JSON.parse(readFileSync(reviewFile(), 'utf8')));
  const entry = (quotePart: string): ReviewEntry | undefined => {
    try {
      return review().entries.find((e) => (e.was?.quote ?? e.quote ?? '').includes(quotePart));
    } catch {
      return undefined;
    }
  };
  const runOpts = () => ({
    inputs: [join(dir, 'plans')],
    out: join(dir, 'out'),
    db: join(dir, 'out', 'store.sqlite'),
    reviews: join(dir, 'reviews'),
    concurrency: 1,
    inThread: true,
    log: () => {},
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-targets-workbench-'));
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'plan.txt'), PLAN);
    await run(runOpts());
    wb = await startWorkbench({ port: 0, db: join(dir, 'out', 'store.sqlite'), reviews: join(dir, 'reviews') });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(wb.url)) problems.push(`request: ${r.url()}`);
    });
    await page.goto(wb.url);
  });

  afterAll(async () => {
    await browser?.close();
    await wb?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** a decision is saved and the page shows the file as written */
  const settled = () => page.waitForSelector('body:not([data-saving])', { state: 'attached' });
  const pick = async (text: string) => {
    await settled();
    await page.locator('#list li', { hasText: text }).first().click();
    await expect.poll(() => page.locator('#list li.cur').innerText()).toContain(text);
  };

  it('lists the documents with their progress and opens one: text with targets marked, a list beside it', async () => {
    await expect.poll(() => page.locator('#docs tbody tr').count()).toBe(1);
    expect(await page.locator('#docs tbody tr').innerText()).toContain('plan');
    expect(await page.isVisible('#doc')).toBe(false);
    await page.click('#docs a');
    await expect.poll(() => page.locator('#list li').count()).toBeGreaterThan(5);
    expect(await page.isVisible('#home')).toBe(false);
    // nothing selected in the plan yet: no add button, no add form
    expect(await page.isVisible('#addbtn')).toBe(false);
    expect(await page.isVisible('#addform')).toBe(false);
    const items = await page.locator('#list li').count();
    expect(await page.locator('#text mark').count()).toBeGreaterThanOrEqual(items);
    expect(await page.locator('#text .ln').count()).toBe(PLAN.split('\n').length);
    // least confident first: the confidences never fall down the list
    const conf = (await page.locator('#list .conf').allInnerTexts()).map(Number);
    expect(conf).toEqual([...conf].sort((a, b) => a - b));
    // the first is selected, and j moves to the next
    expect(await page.locator('#list li.cur').getAttribute('data-i')).toBe('0');
    await page.keyboard.press('j');
    expect(await page.locator('#list li.cur').getAttribute('data-i')).toBe('1');
    expect(await page.locator('#text mark.cur').count()).toBeGreaterThan(0);
  });

  it('accepts and rejects with the keyboard; each decision is in the file at once', async () => {
    await pick('孕产妇死亡率');
    const next = await page.locator('#list li.cur + li').getAttribute('data-id');
    await page.keyboard.press('a');
    await expect.poll(() => entry('孕产妇死亡率')?.action).toBe('accept');
    // the list is sorted again (decided ones last): the selection moves on to the target that followed
    await expect.poll(() => page.locator('#list li.cur').getAttribute('data-id')).toBe(next);
    expect(await page.locator('#list li').last().innerText()).toContain('孕产妇死亡率');
    await pick('宫颈癌筛查率');
    await page.keyboard.press('r');
    await expect.poll(() => entry('宫颈癌筛查率')?.action).toBe('reject');
    await expect.poll(() => page.locator('#list li.st-rejected').count()).toBe(1);
    expect(await page.locator('#text mark.st-accepted').count()).toBeGreaterThan(0);
    expect(await page.innerText('#progress')).toContain('2 of');
  });

  it('corrects a value, and a catalogue id chosen from the catalogue with search', async () => {
    await pick('毛入学率');
    await page.fill('#f-value', '96');
    await page.click('#save');
    await expect.poll(() => entry('毛入学率')?.action).toBe('correct');
    expect(entry('毛入学率')).toMatchObject({ value: 96 });
    expect(entry('毛入学率')!.indicator_id).toBeUndefined();

    await pick('人均预期寿命');
    expect(await page.inputValue('#f-indicator_id')).toBe('women_life_expectancy');
    await page.fill('#cat-q', '健康预期');
    await page.click('#cat-results button[data-cat="women_healthy_life_expectancy"]');
    expect(await page.inputValue('#f-indicator_id')).toBe('women_healthy_life_expectancy');
    await page.keyboard.press('Enter');
    await settled();
    await expect.poll(() => entry('人均预期寿命')?.indicator_id).toBe('women_healthy_life_expectancy');
    // `was` shows the catalogue id the machine gave
    expect(entry('人均预期寿命')!.was!.indicator_id).toBe('women_life_expectancy');
    // saved, the list shows the corrected id and moves on to the next target
    expect(await page.locator('#list li', { hasText: '人均预期寿命' }).locator('.cat').innerText()).toBe('women_healthy_life_expectancy');
    expect(await page.locator('#list li.cur').innerText()).not.toContain('人均预期寿命');
  });

  it('adds a missed target by selecting its text', async () => {
    const selected = await page.evaluate((needle) => {
      for (const div of document.querySelectorAll('#text .ln')) {
        const text = div.textContent ?? '';
        const at = text.indexOf(needle);
        if (at < 0) continue;
        const walker = document.createTreeWalker(div, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let pos = 0;
        let started = false;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (!started && at < pos + n.length) (range.setStart(n, at - pos), (started = true));
          if (at + needle.length <= pos + n.length) {
            range.setEnd(n, at + needle.length - pos);
            break;
          }
          pos += n.length;
        }
        const s = getSelection()!;
        s.removeAllRanges();
        s.addRange(range);
        div.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return s.toString();
      }
      return null;
    }, '男方护理假15天');
    expect(selected).toBe('男方护理假15天');
    await page.click('#addbtn');
    expect(await page.innerText('#a-quote')).toBe('line 16: 男方护理假15天');
    expect(await page.inputValue('#a-value')).toBe('15');
    await page.fill('#a-indicator', '男方护理假');
    await page.fill('#a-unit', '天');
    await page.fill('#a-year', '2025');
    await page.click('#a-save');
    await settled();
    await expect.poll(() => entry('护理假')?.action).toBe('add');
    expect(entry('护理假')).toMatchObject({ kind: 'numeric', indicator: '男方护理假', value: 15, unit: '天', year: 2025, line: 16 });
    await expect.poll(() => page.locator('#list li.st-added').count()).toBe(1);
    // the screenshot in docs/REVIEWING.md: decisions of every kind, a target selected (the message names a temp folder)
    await pick('毛入学率');
    await page.evaluate(() => {
      document.querySelector('#msg')!.textContent = '';
    });
    await page.screenshot({ path: join(import.meta.dirname, '..', 'docs', 'review-workbench.png') });
  });

  it('refuses to overwrite a file changed on disk: 409, the page reloads it', async () => {
    const edited = review();
    edited.entries.find((e) => e.was?.quote.includes('孕产妇死亡率'))!.note = 'checked against the printed plan';
    const text = JSON.stringify(edited, null, 2) + '\n';
    writeFileSync(reviewFile(), text);
    await pick('受教育年限');
    await page.keyboard.press('a');
    await expect.poll(() => page.innerText('#msg')).toContain('changed on disk');
    expect(readFileSync(reviewFile(), 'utf8')).toBe(text);
    // reloaded: the next decision is saved over the file as it is now
    await pick('受教育年限');
    await page.keyboard.press('a');
    await expect.poll(() => entry('受教育年限')?.action).toBe('accept');
    expect(entry('孕产妇死亡率')!.note).toBe('checked against the printed plan');
  });

  it('shows a broken file’s problem with its line and saves nothing until it is fixed', async () => {
    const good = readFileSync(reviewFile(), 'utf8');
    writeFileSync(reviewFile(), good.replace('"reject"', '"rejct"'));
    await page.reload();
    await expect.poll(() => page.innerText('#problem')).toContain('$.entries[');
    expect(await page.innerText('#problem')).toMatch(/plan\.review\.json:\d+: \$\.entries\[\d+\]\.action: /);
    await pick('孕产妇死亡率');
    await page.keyboard.press('r');
    await expect.poll(() => page.innerText('#msg')).toContain('until it is fixed');
    expect(readFileSync(reviewFile(), 'utf8')).toBe(good.replace('"reject"', '"rejct"'));
    writeFileSync(reviewFile(), good);
    await page.reload();
    await expect.poll(() => page.locator('#list li').count()).toBeGreaterThan(5);
    expect(await page.innerText('#problem')).toBe('');
  });

  it('run applies every decision, and the outputs show it', async () => {
    await run(runOpts());
    const out = TargetsFile.parse(JSON.parse(readFileSync(join(dir, 'out', 'plan.targets.json'), 'utf8')));
    const all = [...out.targets, ...out.baselines];
    const by = (q: string) => all.filter((t) => t.source.quote.includes(q));
    expect(by('孕产妇死亡率')[0]).toMatchObject({ status: 'accepted', value: 12 });
    expect(by('宫颈癌筛查率')).toEqual([]);
    expect(by('毛入学率')[0]).toMatchObject({ status: 'corrected', value: 96 });
    expect(by('人均预期寿命')[0]).toMatchObject({ status: 'corrected', indicator: { id: 'women_healthy_life_expectancy' } });
    expect(by('护理假')).toMatchObject([{ status: 'added', value: 15, unit: '天', year: 2025, indicator: { text: '男方护理假' }, source: { line: 16 } }]);
    expect(by('受教育年限')[0]).toMatchObject({ status: 'accepted' });
    expect(all.filter((t) => t.status !== 'extracted').every((t) => t.confidence === 1)).toBe(true);
  });

  it('ran without script errors, dialogs or requests elsewhere', () => {
    expect(problems).toEqual([]);
  });
});
