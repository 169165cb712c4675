// The review workbench shows the scan beside a value read by OCR: in Chromium, selecting a scan's
// record shows the crop of its page with the value outlined inside it.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../pipeline/run.ts';
import { startWorkbench, type Workbench } from '../pipeline/review/server.ts';
import { browserSuite, launchChromium } from './browser.ts';
import { ROOT } from './support.ts';

browserSuite('the scan beside a value, in Chromium', () => {
  let dir: string;
  let browser: Browser;
  let wb: Workbench;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-targets-crop-'));
    mkdirSync(join(dir, 'plans'));
    copyFileSync(join(ROOT, 'test', 'fixtures', 'ocr', 'plan-scan.pdf'), join(dir, 'plans', 'scan.pdf'));
    const out = join(dir, 'out');
    await run({ inputs: [join(dir, 'plans')], out, db: join(out, 'store.sqlite'), reviews: join(dir, 'reviews'), concurrency: 1, inThread: true, compare: false, log: () => {} });
    wb = await startWorkbench({ port: 0, db: join(out, 'store.sqlite'), reviews: join(dir, 'reviews') });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await wb?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('selecting a record shows its page crop, the value outlined within it', async () => {
    const page = await browser.newPage();
    // a crop still loading when another record is selected is aborted by the browser: not a failure
    const failed: string[] = [];
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(r.url());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${wb.url}#/doc/scan`);
    await expect.poll(() => page.locator('#list li').count(), { timeout: 60_000 }).toBeGreaterThan(5);
    await page.locator('#list li', { hasText: '孕产妇死亡率' }).first().click();
    await expect.poll(() => page.locator('#e-scan').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#e-scan-img').evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    await expect.poll(() => page.locator('#e-scan-mark').isVisible()).toBe(true);
    expect(await page.locator('#e-scan-cap').innerText()).toBe('page 1 of the scan');
    // the outline lies inside the image
    const img = (await page.locator('#e-scan-img').boundingBox())!;
    const mark = (await page.locator('#e-scan-mark').boundingBox())!;
    expect(mark.width).toBeGreaterThan(5);
    expect(mark.x >= img.x - 1 && mark.y >= img.y - 1 && mark.x + mark.width <= img.x + img.width + 1 && mark.y + mark.height <= img.y + img.height + 1).toBe(true);
    expect(failed).toEqual([]);
    await page.close();
  }, 120_000);
});
