// Scans: a scanned PDF and a page image give the targets of their text, grounded to the page
// (source.page, source.box); pages are OCR'd once (cached by image hash); bad scans get one line.
// OCR is slow (seconds a page): the whole file reads three page images.
import { awaitsReview } from '../rules/confidence.ts';
import { confidenceOf } from '../rules/confidence.ts';
import { chmodSync, copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripSpace } from '../model/text.ts';
import { TargetsFile, type Target } from '../model/schema.ts';
import { InputError } from '../pipeline/errors.ts';
import { ingestBuffer } from '../pipeline/stages/ingest.ts';
import { ocrTools, resetOcrTools } from '../pipeline/stages/ocr.ts';
import { analyze } from '../pipeline/processor.ts';
import { imagesPdf, makeScan, pagesPdf } from '../bench/scan.ts';
import { scoreScan } from '../bench/ocr.ts';
import { ROOT, quietRun, scratchDirs } from './support.ts';
import { startWorkbench } from '../pipeline/review/server.ts';

const tmp = scratchDirs('ocr');
/** one page cache for the whole file: a page image seen once is never OCR'd again */
const CACHE = tmp();
const auto = { ocr: { mode: 'auto' as const, cacheDir: CACHE, maxPages: 300 } };
const OCR = join(ROOT, 'test', 'fixtures', 'ocr');
const PAGE = { width: 1654, height: 2338 };

// every Tesseract run on a page is logged, so tests can see what the cache spared
const wrapper = tmp();
const calls = join(wrapper, 'calls.log');
const realTesseract = execFileSync('sh', ['-c', 'command -v tesseract'], { encoding: 'utf8' }).trim();
writeFileSync(join(wrapper, 'tesseract'), `#!/bin/sh\n[ "$1" = stdin ] && echo page >> '${calls}'\nexec '${realTesseract}' "$@"\n`);
chmodSync(join(wrapper, 'tesseract'), 0o755);
const path = process.env.PATH;
process.env.PATH = `${wrapper}:${path}`;
resetOcrTools();
afterAll(() => {
  process.env.PATH = path;
  resetOcrTools();
});
const ocrRuns = () => (existsSync(calls) ? readFileSync(calls, 'utf8').split('\n').filter(Boolean).length : 0);

/** What the scan fixture was drawn from, analysed as text: the records the scan should give. */
async function drawnTargets(): Promise<Target[]> {
  const a = await analyze(readFileSync(join(OCR, 'plan-scan.lines.txt')), { file: 'plan.txt' });
  if (!a.ok) throw new Error(a.message);
  return a.targets;
}

describe('a scanned PDF (two pages, no text layer)', () => {
  let out: string;
  let dir: string;
  let file: TargetsFile;
  let text: string;
  const progress: string[] = [];
  beforeAll(async () => {
    dir = tmp();
    out = tmp();
    copyFileSync(join(OCR, 'plan-scan.pdf'), join(dir, 'scan.pdf'));
    const { summary, lines } = await quietRun([dir], out, { compare: false, ocrCache: CACHE, progress: (p) => progress.push(p) });
    expect(lines.join('\n')).toMatch(/✓ scan\.pdf {2}pdf/);
    expect(summary.failures).toBe(0);
    file = TargetsFile.parse(JSON.parse(readFileSync(join(out, 'scan.targets.json'), 'utf8')));
    text = readFileSync(join(out, 'scan.text.txt'), 'utf8');
  }, 180_000);

  it('finds the numeric targets of the text it shows: recall ≥ 0.9, precision ≥ 0.98', async () => {
    const score = scoreScan(await drawnTargets(), file.targets);
    expect(score.expected).toBeGreaterThanOrEqual(10);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
  });

  it('shows progress in pages: the progress line counts the scan\'s pages as they are read', () => {
    const pages = progress.filter((p) => p.includes('OCR page'));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const p of pages) expect(p).toMatch(/^\[[01]\/1\] OCR page [12]\/2 of scan\.pdf$/);
    expect(pages.at(-1)).toMatch(/OCR page 2\/2 of scan\.pdf$/);
    // the document count is there too, before and after
    expect(progress[0]).toBe('[0/1] scan.pdf');
  });

  it('counts pages OCR\'d in a worker thread too', async () => {
    const seen: string[] = [];
    await quietRun([dir], tmp(), { compare: false, ocrCache: CACHE, inThread: false, progress: (p) => seen.push(p) });
    // two pages read at once may show as one update
    expect(seen[0]).toBe('[0/1] scan.pdf');
    expect(seen.at(-1)).toBe('[1/1] scan.pdf');
    const pages = seen.slice(1, -1);
    expect(pages.at(-1)).toBe('[0/1] OCR page 2/2 of scan.pdf');
    for (const p of pages) expect(['[0/1] OCR page 1/2 of scan.pdf', '[0/1] OCR page 2/2 of scan.pdf']).toContain(p);
  }, 60_000);

  it('grounds every record in the OCR text (<name>.text.txt) and on its page image', () => {
    const all = [...file.targets, ...file.baselines];
    expect(all.length).toBeGreaterThan(10);
    for (const t of all) {
      expect(stripSpace(text.slice(t.source.start, t.source.end))).toBe(t.source.quote);
      expect([1, 2]).toContain(t.source.page);
      const [l, top, r, b] = t.source.box!;
      expect(0 <= l && l < r && r <= PAGE.width + 2 && 0 <= top && top < b && b <= PAGE.height + 2).toBe(true);
      // a value's box is about one line high
      if (t.kind === 'numeric') expect(b - top).toBeLessThan(120);
    }
    // the value 12.5 of 孕产妇死亡率 stands on page 1, in the upper part
    const mmr = file.targets.find((t) => t.value === 12.5)!;
    expect(mmr.source.page).toBe(1);
    expect(mmr.source.box![1]).toBeLessThan(PAGE.height / 2);
  });

  it('gives OCR records a confidence below their rule\'s (the product with OCR\'s doubt)', () => {
    for (const t of file.targets) expect(t.confidence).toBeLessThan(confidenceOf(t.rule, 'extracted') + 1e-9);
    expect(file.targets.some((t) => t.confidence < confidenceOf(t.rule, 'extracted'))).toBe(true);
  });

  it('stores page and box with each target', () => {
    const db = new Database(join(out, 'plan-targets.sqlite'), { readonly: true });
    const rows = db.prepare("SELECT page, box FROM targets WHERE doc LIKE '%scan.pdf'").all() as { page: number; box: string }[];
    db.close();
    expect(rows.length).toBe(file.targets.length + file.baselines.length);
    for (const r of rows) {
      expect(r.page).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(r.box)).toHaveLength(4);
    }
  });

  it('never OCRs a page twice: a forced re-run reads every page from the cache, same outputs', async () => {
    const before = ocrRuns();
    expect(before).toBeGreaterThanOrEqual(2);
    const json = readFileSync(join(out, 'scan.targets.json'), 'utf8');
    const { summary } = await quietRun([dir], out, { compare: false, force: true, ocrCache: CACHE });
    expect(summary.failures).toBe(0);
    expect(ocrRuns()).toBe(before);
    expect(readFileSync(join(out, 'scan.targets.json'), 'utf8')).toBe(json);
    // two pages, and the first again in traditional script to tell the scan's script (where chi_tra is installed)
    expect(readdirSync(CACHE).filter((f) => f.endsWith('.tsv'))).toHaveLength(ocrTools().traditional ? 3 : 2);
  });
});

describe('the review workbench shows the scan beside a value', () => {
  it('serves a crop of the page around each OCR record (a PNG holding the value), and the page shows it', async () => {
    const dir = tmp();
    const out = tmp();
    copyFileSync(join(OCR, 'plan-scan.pdf'), join(dir, 'scan.pdf'));
    await quietRun([dir], out, { compare: false, ocrCache: CACHE });
    const wb = await startWorkbench({ port: 0, db: join(out, 'plan-targets.sqlite'), reviews: tmp(), ocrCache: CACHE });
    try {
      const before = ocrRuns();
      const doc = (await (await fetch(`${wb.url}api/documents/scan`)).json()) as { targets: (Target & { crop: { url: string; area: { w: number; h: number }; box: { x: number; y: number; w: number; h: number } } | null })[] };
      // read through the run's page cache: no page OCR'd again
      expect(ocrRuns()).toBe(before);
      const mmr = doc.targets.find((t) => t.value === 12.5 && t.kind === 'numeric')!;
      expect(mmr.crop).not.toBeNull();
      // undecided records OCR was unsure of are marked as kept out of the comparison
      for (const t of doc.targets as unknown as (Target & { awaitsReview: boolean })[]) {
        expect(t.awaitsReview).toBe(awaitsReview('extracted', t.rule, t.confidence, true));
      }
      const res = await fetch(new URL(mmr.crop!.url, wb.url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      const png = Buffer.from(await res.arrayBuffer());
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: the crop is the area asked for, and the value's box lies inside it
      expect(png.readUInt32BE(16)).toBe(mmr.crop!.area.w);
      expect(png.readUInt32BE(20)).toBe(mmr.crop!.area.h);
      const b = mmr.crop!.box;
      expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= mmr.crop!.area.w && b.y + b.h <= mmr.crop!.area.h).toBe(true);
      // what the crop shows is the value as printed
      const crop = join(tmp(), 'crop.png');
      writeFileSync(crop, png);
      const read = execFileSync(realTesseract, [crop, 'stdout', '-l', 'chi_sim', '--psm', '6'], { encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
      expect(stripSpace(read)).toContain('12.5');
      // a record of a text document has no crop; an unknown id is a 404 with one line
      const missing = await fetch(`${wb.url}api/documents/scan/crop/nope`);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: string }).error).toBe('no target nope in scan');
      // the page loads crops from its own server only
      const page = await fetch(wb.url);
      expect(page.headers.get('content-security-policy')).toContain("img-src 'self'");
      expect(await page.text()).toContain('id="e-scan-img"');
    } finally {
      await wb.close();
    }
  }, 120_000);
});

describe('a scan in traditional script', () => {
  it.skipIf(!ocrTools().traditional)('is read with chi_tra (told from its first page): its characters as printed, its targets found', async () => {
    const text = [
      '清溪縣兒童發展規劃（2021—2030年）',
      '一、兒童與健康',
      '主要目標：',
      '1.適齡兒童免疫規劃疫苗接種率以鄉鎮為單位保持在95%以上。',
      '2.7歲以下兒童健康管理率保持在92%以上。',
      '二、兒童與教育',
      '1.學前教育毛入園率達到92%以上，普惠性幼兒園覆蓋率達到85%以上。',
      '2.九年義務教育鞏固率保持在97%以上。',
    ].join('\n');
    const truth = await analyze(Buffer.from(text), { file: 'trad.txt' });
    const scan = await makeScan(text, { seed: 7, noise: 18, rotate: 0.4 });
    const a = await analyze(scan.pdf, { file: 'trad.pdf', ocr: auto.ocr });
    if (!a.ok || !truth.ok) throw new Error('not analysed');
    // chi_sim reads 歲 as 岁 or a look-alike (套, 旗), 鞏 as 便
    expect(a.ingested.text).toContain('7歲以下兒童');
    expect(a.ingested.text).toContain('兒童與教育');
    const score = scoreScan(truth.targets, a.targets);
    expect(score.expected).toBe(5);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
    expect(score.precision).toBe(1);
  }, 60_000);
});

describe('a PDF of text pages and a scanned page', () => {
  it('reads the text layer where there is one and OCRs the scanned page; only its records carry page and box', async () => {
    const lines = readFileSync(join(ROOT, 'test', 'fixtures', 'ingest', 'plan.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    // the scanned page is the committed scan's first page: the same image, read from the cache
    const jpeg = readFileSync(join(OCR, 'plan-page.jpg'));
    const pdf = pagesPdf([{ lines: lines.slice(0, 6) }, { jpeg, W: PAGE.width, H: PAGE.height, dpi: 200 }, { lines: lines.slice(-4) }]);
    const before = ocrRuns();
    const a = await analyze(pdf, { file: 'mixed.pdf', ocr: auto.ocr });
    if (!a.ok) throw new Error(a.message);
    expect(a.ingested.ocr?.pages).toBe(1);
    expect(a.ingested.pages).toHaveLength(3);
    const onPage = (t: Target) => a.ingested.pages!.filter((start) => start <= t.source.line).length;
    for (const t of a.targets) {
      if (onPage(t) === 2) expect(t.source.page).toBe(2);
      else expect(t.source.page).toBeUndefined();
    }
    expect(a.targets.some((t) => t.source.page === 2)).toBe(true);
    expect(a.targets.some((t) => t.source.page === undefined)).toBe(true);
    expect(ocrRuns()).toBe(before);
  }, 120_000);
});

describe('an image of a page', () => {
  it('is read by OCR: format image, records on page 1', async () => {
    const r = await ingestBuffer('page.jpg', readFileSync(join(OCR, 'plan-page.jpg')), auto);
    expect(r.format).toBe('image');
    expect(r.derived).toBe(true);
    expect(r.ocr?.pages).toBe(1);
    expect(r.ocr?.prov).toHaveLength(r.text.length);
    expect(stripSpace(r.text)).toContain('孕产妇死亡率下降到12.5/10万以内');
  }, 120_000);
});

describe('bad scans: one clear line each', () => {
  const problem = async (p: Promise<unknown>): Promise<string> => {
    try {
      await p;
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).not.toContain('\n');
      return (err as InputError).problem;
    }
    throw new Error('expected an InputError');
  };
  const scan = () => readFileSync(join(OCR, 'plan-scan.pdf'));

  it('without Tesseract: says what to install', async () => {
    const saved = process.env.PATH;
    process.env.PATH = tmp();
    resetOcrTools();
    try {
      expect(await problem(ingestBuffer('scan.pdf', scan()))).toBe(
        'PDF has no text layer (a scan); OCR needs Tesseract, which is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)',
      );
      expect(await problem(ingestBuffer('page.jpg', readFileSync(join(OCR, 'plan-page.jpg'))))).toMatch(/^file is a JPEG image \(a scan\); OCR needs Tesseract/);
    } finally {
      process.env.PATH = saved;
      resetOcrTools();
    }
  });

  it('--ocr never: a scan is refused, not read', async () => {
    const never = { ocr: { mode: 'never' as const, cacheDir: null, maxPages: 300 } };
    expect(await problem(ingestBuffer('scan.pdf', scan(), never))).toBe('PDF has no text layer (a scan) and OCR is off (--ocr never)');
  });

  it('a 500-page scan: refused at the page limit before any page is read', async () => {
    const c = createCanvas(16, 16);
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 16, 16);
    const jpg = Buffer.from(await c.encode('jpeg', 50));
    const pdf = imagesPdf(new Array(500).fill(jpg), 16, 16, 200);
    const before = ocrRuns();
    expect(await problem(ingestBuffer('big.pdf', pdf))).toBe('scan has 500 pages to OCR, over the limit of 300 (--ocr-max-pages)');
    expect(ocrRuns()).toBe(before);
  }, 60_000);

  it('an unreadable image', async () => {
    const data = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), Buffer.alloc(200, 3)]);
    expect(await problem(ingestBuffer('broken.jpg', data))).toMatch(/^JPEG image cannot be read by OCR \(damaged, or not an image/);
  });

  it('a blank page', async () => {
    const c = createCanvas(400, 300);
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 400, 300);
    const png = Buffer.from(await c.encode('png'));
    expect(await problem(ingestBuffer('blank.png', png))).toBe('OCR found no text in the PNG image (blank or not a document)');
    const pdf = imagesPdf([Buffer.from(await c.encode('jpeg', 80))], 400, 300, 100);
    expect(await problem(ingestBuffer('blank.pdf', pdf))).toBe('OCR found no text on its page (blank or not a document)');
  }, 60_000);

  it('an encrypted scan', async () => {
    // the committed encrypted fixture: refused before any page is read
    const before = ocrRuns();
    expect(await problem(ingestBuffer('locked.pdf', readFileSync(join(ROOT, 'test', 'fixtures', 'ingest', 'encrypted.pdf'))))).toBe(
      'PDF is encrypted (a password is needed to open it)',
    );
    expect(ocrRuns()).toBe(before);
  });
});
