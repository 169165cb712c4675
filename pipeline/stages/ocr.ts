// OCR of scanned pages: poppler renders a PDF page to a grey image, Tesseract reads it (chi_sim, or
// chi_tra for a scan in traditional script; one uniform block of text) and its TSV gives every
// word's box and confidence. Pages run in
// parallel up to the core count, shared by all worker threads, and each page's result is cached by
// the hash of its image, so a re-run, a rule change or a review never OCRs a page again.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import { writeFileAtomic } from '../fsutil.ts';
import { reportOcrPages } from './ocr-progress.ts';
import { SCRIPT_MARGIN, SCRIPT_MIN_WORDS, SCRIPT_PROBE_PAGES } from '../../rules/ocr.ts';

export type OcrMode = 'auto' | 'always' | 'never';

export interface OcrOptions {
  /** auto: pages without a text layer and images; always: every PDF page too; never: none */
  mode: OcrMode;
  /** folder of the page cache (`<hash>.tsv`), or null for none */
  cacheDir: string | null;
  /** pages one document may OCR; more is refused in one line */
  maxPages: number;
  /** slots shared by every thread of a run (see OcrSlots); default: this thread's own */
  slots?: SharedArrayBuffer;
  /** where pages read are counted for the run's progress line (see ocr-progress.ts) */
  progress?: SharedArrayBuffer;
}

export const DEFAULT_OCR_MAX_PAGES = 300;
/** a page Tesseract has not finished by then is given up, in one line */
export const PAGE_TIMEOUT_S = 300;
const LANG = 'chi_sim';
/** Tesseract's data for traditional script: optional (without it such scans are read as simplified, worse) */
const TRADITIONAL = 'chi_tra';
const INSTALL = 'apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils';

/** One word as Tesseract read it: box in pixels of the page image [left, top, right, bottom]. */
export interface OcrWord {
  text: string;
  box: [number, number, number, number];
  /** 0–100 */
  conf: number;
}

export interface OcrPage {
  /** 1-based page of the document */
  page: number;
  width: number;
  height: number;
  lines: OcrWord[][];
}

// ---------------------------------------------------------------- tools

interface Tools {
  /** null when OCR can run; else what is missing and how to install it */
  missing: string | null;
  version: string;
  /** chi_tra is installed: a scan's script is told from its first page */
  traditional: boolean;
}

let tools: Tools | undefined;

/** Whether tesseract (with chi_sim) and pdftoppm are installed; asked once per thread. */
export function ocrTools(): Tools {
  if (tools) return tools;
  const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });
  const t = run('tesseract', ['--list-langs']);
  let missing: string | null = null;
  let version = '';
  const traditional = !t.error && t.status === 0 && `${t.stdout}`.split(/\s+/).includes(TRADITIONAL);
  if (t.error || t.status !== 0) missing = `OCR needs Tesseract, which is not installed (${INSTALL})`;
  else if (!`${t.stdout}`.split(/\s+/).includes(LANG)) missing = `OCR needs Tesseract's Chinese data (chi_sim), which is not installed (${INSTALL})`;
  else {
    const p = run('pdftoppm', ['-v']);
    if (p.error) missing = `OCR needs poppler's pdftoppm, which is not installed (${INSTALL})`;
    version = `${run('tesseract', ['--version']).stdout.split('\n')[0]}|${`${p.stderr}`.split('\n')[0]}`;
  }
  return (tools = { missing, version, traditional });
}

/** For tests: forget what was found (PATH changed). */
export function resetOcrTools(): void {
  tools = undefined;
}

// ---------------------------------------------------------------- slots

/**
 * A counting semaphore in shared memory: every worker thread of a run OCRs through the same
 * slots, so a run never starts more Tesseracts than there are cores.
 */
export class OcrSlots {
  private readonly cell: Int32Array;

  constructor(shared: SharedArrayBuffer) {
    this.cell = new Int32Array(shared);
  }

  static create(n = availableParallelism()): SharedArrayBuffer {
    const shared = new SharedArrayBuffer(4);
    new Int32Array(shared)[0] = Math.max(1, n);
    return shared;
  }

  async acquire(): Promise<void> {
    for (;;) {
      const free = Atomics.load(this.cell, 0);
      if (free > 0) {
        if (Atomics.compareExchange(this.cell, 0, free, free - 1) === free) return;
        continue;
      }
      const w = (Atomics as unknown as { waitAsync: (a: Int32Array, i: number, v: number, t?: number) => { async: boolean; value: Promise<string> | string } }).waitAsync(this.cell, 0, free, 1000);
      if (w.async) await w.value;
    }
  }

  release(): void {
    Atomics.add(this.cell, 0, 1);
    Atomics.notify(this.cell, 0, 1);
  }
}

let ownSlots: SharedArrayBuffer | undefined;

// ---------------------------------------------------------------- processes

interface Ran {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  timedOut: boolean;
}

/** A subprocess fed `input`, its output collected; killed after `timeoutS`. */
function runProcess(cmd: string, args: string[], input: Buffer | null, timeoutS: number, env?: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
    child.stdin.on('error', () => undefined); // a process that quits early closes its input
    child.stdin.end(input ?? undefined);
  });
}

/** Tesseract on one image; its TSV. Throws InputError on an image it cannot read. */
async function tesseract(file: string, image: Buffer, what: string, dpi: number | null, lang: string): Promise<string> {
  const args = ['stdin', 'stdout', '-l', lang, '--psm', '6', ...(dpi ? ['--dpi', String(dpi)] : []), 'tsv'];
  // its own threads made it ~7× slower on 2 cores: one thread each, pages in parallel instead
  const r = await runProcess('tesseract', args, image, PAGE_TIMEOUT_S, { ...process.env, OMP_THREAD_LIMIT: '1' });
  if (r.timedOut) throw new InputError(file, `OCR of ${what} took over ${PAGE_TIMEOUT_S} s; gave up`);
  const tsv = r.stdout.toString('utf8');
  if (r.code !== 0 || !tsv.startsWith('level')) {
    const why = r.stderr
      .split('\n')
      .find((l) => /error|cannot|can't|unsupported|invalid/i.test(l))
      ?.replace(/^\s*Error in \w+:\s*/, '')
      .trim();
    throw new InputError(file, `${what} cannot be read by OCR (damaged, or not an image${why ? `: ${why}` : ''})`);
  }
  return tsv;
}

/** The TSV of a page image: from the cache, or from Tesseract (then cached). */
async function readImage(file: string, image: Buffer, what: string, dpi: number | null, o: OcrOptions, lang = LANG): Promise<string> {
  const key = createHash('sha256').update(`${ocrTools().version}|${lang}|psm6|${dpi}\0`).update(image).digest('hex');
  const cached = o.cacheDir ? join(o.cacheDir, `${key}.tsv`) : null;
  if (cached) {
    try {
      return readFileSync(cached, 'utf8');
    } catch {
      // not cached yet
    }
  }
  const slots = new OcrSlots(o.slots ?? (ownSlots ??= OcrSlots.create()));
  await slots.acquire();
  let tsv: string;
  try {
    tsv = await tesseract(file, image, what, dpi, lang);
  } finally {
    slots.release();
  }
  if (cached) {
    try {
      writeFileAtomic(cached, tsv);
    } catch {
      // a cache that cannot be written costs time next run, nothing else
    }
  }
  return tsv;
}

/** Tesseract's TSV as lines of words (level 5 rows), in reading order. */
export function parseTsv(tsv: string, page: number): OcrPage {
  const lines = new Map<string, OcrWord[]>();
  let width = 0;
  let height = 0;
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12) continue;
    const level = f[0];
    if (level === '1') {
      width = Number(f[8]);
      height = Number(f[9]);
      continue;
    }
    if (level !== '5') continue;
    const text = f.slice(11).join('\t').trim();
    if (text === '') continue;
    const [l, t, w, h] = [Number(f[6]), Number(f[7]), Number(f[8]), Number(f[9])];
    const key = `${f[2]}.${f[3]}.${f[4]}`;
    let words = lines.get(key);
    if (!words) lines.set(key, (words = []));
    words.push({ text, box: [l, t, l + w, t + h], conf: Math.max(0, Number(f[10])) });
  }
  return { page, width, height, lines: [...lines.values()] };
}

// ---------------------------------------------------------------- PDF pages and images

/** The resolution of each page's largest image (pdfimages -list), so pages render at their scan's own. */
async function pageDpis(pdfPath: string): Promise<Map<number, number>> {
  const dpis = new Map<number, number>();
  const r = await runProcess('pdfimages', ['-list', pdfPath], null, 60).catch(() => null);
  if (!r || r.code !== 0) return dpis;
  const area = new Map<number, number>();
  for (const line of r.stdout.toString('utf8').split('\n').slice(2)) {
    const f = line.trim().split(/\s+/);
    const [page, w, h, xppi] = [Number(f[0]), Number(f[3]), Number(f[4]), Number(f[12])];
    if (!Number.isFinite(page) || !Number.isFinite(xppi) || w * h <= (area.get(page) ?? 0)) continue;
    area.set(page, w * h);
    dpis.set(page, Math.min(400, Math.max(150, Math.round(xppi))));
  }
  return dpis;
}

/**
 * OCR of the given pages of a PDF (1-based), in parallel; results in page order. Pages are
 * rendered one at a time per slot, so memory stays at a few page images whatever the count.
 * `required`: without the tools this is an error; else (blank pages of a text PDF) nothing is read.
 * `skipImageless`: pages that hold no image are blank, not scans: not read.
 */
export async function ocrPdfPages(
  file: string,
  data: Buffer,
  wanted: number[],
  o: OcrOptions & { skipImageless?: boolean },
  required: boolean,
): Promise<OcrPage[]> {
  const missing = ocrTools().missing;
  if (missing && !required) return [];
  if (missing) throw new InputError(file, `PDF has no text layer (a scan); ${missing}`);
  if (wanted.length > o.maxPages) {
    throw new InputError(file, `scan has ${wanted.length} pages to OCR, over the limit of ${o.maxPages} (--ocr-max-pages)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'plan-targets-ocr-'));
  try {
    const pdfPath = join(dir, 'in.pdf');
    writeFileSync(pdfPath, data);
    const dpis = await pageDpis(pdfPath);
    const pages = o.skipImageless ? wanted.filter((p) => dpis.has(p)) : wanted;
    const results: OcrPage[] = new Array(pages.length);
    const render = async (page: number): Promise<{ image: Buffer; dpi: number }> => {
      const dpi = dpis.get(page) ?? 300;
      const r = await runProcess('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), pdfPath], null, 120);
      if (r.code !== 0 || r.stdout.length === 0) {
        throw new InputError(file, `page ${page} cannot be rendered for OCR${r.stderr ? ` (${r.stderr.split('\n')[0]!.trim()})` : ''}`);
      }
      return { image: r.stdout, dpi };
    };
    let finished = 0;
    // the script, from the first pages with enough Chinese words: read in both, the better read wins
    let lang = LANG;
    let next = 0;
    // the probed pages' other reading, kept until the script is known
    const otherReading: OcrPage[] = [];
    if (ocrTools().traditional) {
      while (next < Math.min(pages.length, SCRIPT_PROBE_PAGES)) {
        const page = pages[next]!;
        const { image, dpi } = await render(page);
        const [simplified, traditional] = await Promise.all(
          [LANG, TRADITIONAL].map(async (l) => parseTsv(await readImage(file, image, `page ${page}`, dpi, o, l), page)),
        );
        const script = scriptOf(simplified!, traditional!);
        results[next] = script === 'traditional' ? traditional! : simplified!;
        otherReading[next++] = script === 'traditional' ? simplified! : traditional!;
        reportOcrPages(o.progress, file, ++finished, pages.length);
        if (script === null) continue;
        if (script === 'traditional') lang = TRADITIONAL;
        // pages read before the script was known were read in both: keep the right reading
        break;
      }
    }
    let failure: unknown = null;
    const lanes = Math.max(1, Math.min(pages.length - next, availableParallelism()));
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        while (failure === null && next < pages.length) {
          const i = next++;
          const page = pages[i]!;
          try {
            const { image, dpi } = await render(page);
            results[i] = parseTsv(await readImage(file, image, `page ${page}`, dpi, o, lang), page);
            reportOcrPages(o.progress, file, ++finished, pages.length);
          } catch (err) {
            failure ??= err;
          }
        }
      }),
    );
    // pages read in both before the script was told (a cover, a blank page): the chosen reading
    // (they could not tell: the simplified reading was kept; the last probed page told and read in chi_tra)
    if (lang === TRADITIONAL) for (let i = 0; i < otherReading.length - 1; i++) results[i] = otherReading[i]!;
    if (failure !== null) throw failure;
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages of a TIFF: its chain of image directories (a damaged chain ends the count; loops are cut). */
export function tiffPages(data: Buffer): number {
  const le = data[0] === 0x49;
  const u16 = (at: number) => (le ? data.readUInt16LE(at) : data.readUInt16BE(at));
  const u32 = (at: number) => (le ? data.readUInt32LE(at) : data.readUInt32BE(at));
  let pages = 0;
  const seen = new Set<number>();
  for (let at = data.length >= 8 ? u32(4) : 0; at > 0 && at + 2 <= data.length && !seen.has(at); ) {
    seen.add(at);
    pages++;
    const next = at + 2 + u16(at) * 12;
    at = next + 4 <= data.length ? u32(next) : 0;
  }
  return pages;
}

/** OCR of an image file (PNG, JPEG, TIFF …); a multi-page TIFF gives a page each. */
export async function ocrImage(file: string, data: Buffer, kind: string, o: OcrOptions): Promise<OcrPage[]> {
  const missing = ocrTools().missing;
  if (missing) throw new InputError(file, `file is a ${kind} image (a scan); ${missing}`);
  const count = kind === 'TIFF' ? tiffPages(data) : 1;
  if (count > o.maxPages) {
    throw new InputError(file, `scan has ${count} pages to OCR, over the limit of ${o.maxPages} (--ocr-max-pages)`);
  }
  const read = async (lang: string) => {
    const tsv = await readImage(file, data, `${kind} image`, null, o, lang);
    const byPage = new Map<number, string[]>();
    for (const row of tsv.split('\n')) {
      const p = Number(row.split('\t', 2)[1]);
      if (!Number.isInteger(p) || p < 1) continue;
      if (!byPage.has(p)) byPage.set(p, []);
      byPage.get(p)!.push(row);
    }
    if (byPage.size > o.maxPages) {
      throw new InputError(file, `scan has ${byPage.size} pages to OCR, over the limit of ${o.maxPages} (--ocr-max-pages)`);
    }
    return [...byPage.entries()].sort((a, b) => a[0] - b[0]).map(([p, rows]) => parseTsv(rows.join('\n'), p));
  };
  // an image is read whole: in both scripts where chi_tra is installed, the better read of its first pages wins
  let pages = await read(LANG);
  if (ocrTools().traditional) {
    const traditional = await read(TRADITIONAL);
    for (let i = 0; i < Math.min(SCRIPT_PROBE_PAGES, pages.length, traditional.length); i++) {
      const script = scriptOf(pages[i]!, traditional[i]!);
      if (script === null) continue;
      if (script === 'traditional') pages = traditional;
      break;
    }
  }
  reportOcrPages(o.progress, file, pages.length, pages.length);
  return pages;
}

/**
 * The script of a page read both ways: each model reads the other script too, mapping its
 * characters to its own, but less surely; the reading with the higher mean confidence over its
 * Chinese words (by SCRIPT_MARGIN) tells. Null where the page has too few Chinese words to tell.
 */
export function scriptOf(simplified: OcrPage, traditional: OcrPage): 'simplified' | 'traditional' | null {
  const mean = (p: OcrPage) => {
    const words = p.lines.flat().filter((w) => /[\u4e00-\u9fff]/.test(w.text));
    return { n: words.length, mean: words.reduce((s, w) => s + w.conf, 0) / Math.max(1, words.length) };
  };
  const s = mean(simplified);
  const t = mean(traditional);
  if (Math.min(s.n, t.n) < SCRIPT_MIN_WORDS) return null;
  return t.mean > s.mean + SCRIPT_MARGIN ? 'traditional' : 'simplified';
}

// ---------------------------------------------------------------- crops, for the review workbench

/** A rectangle of a page image in pixels: left, top, width, height. */
export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Width, height and colour components of a JPEG (its first frame header), or null. */
function jpegSize(data: Buffer): { W: number; H: number; components: number } | null {
  let at = 2;
  while (at + 9 < data.length && data[at] === 0xff) {
    const marker = data[at + 1]!;
    const length = data.readUInt16BE(at + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8), DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { H: data.readUInt16BE(at + 5), W: data.readUInt16BE(at + 7), components: data[at + 9]! };
    }
    at += 2 + length;
  }
  return null;
}

/** A one-page PDF showing a JPEG at 72 dpi: one pixel of the image is one point of the page. */
function jpegPdf(jpeg: Buffer, W: number, H: number, components: number): Buffer {
  const space = components === 1 ? '/DeviceGray' : components === 4 ? '/DeviceCMYK' : '/DeviceRGB';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${W} ${H}] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>`,
  ].map((o) => Buffer.from(o, 'latin1'));
  const stream = (head: string, body: Buffer) => Buffer.concat([Buffer.from(`<< ${head} /Length ${body.length} >>\nstream\n`, 'latin1'), body, Buffer.from('\nendstream', 'latin1')]);
  objects.push(stream(`/Type /XObject /Subtype /Image /Width ${W} /Height ${H} /ColorSpace ${space} /BitsPerComponent 8 /Filter /DCTDecode`, jpeg));
  objects.push(stream('', Buffer.from(`q ${W} 0 0 ${H} 0 0 cm /Im1 Do Q`, 'latin1')));
  const chunks = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let size = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(size);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), o, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(b);
    size += b.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

/**
 * A PNG of `area` of a scan's page as OCR saw it (the pixels `source.box` counts in): a PDF page
 * rendered again at the resolution OCR used, or a part of a JPEG image. Other images: InputError.
 */
export async function scanCropPng(file: string, data: Buffer, page: number, area: Area): Promise<Buffer> {
  if (ocrTools().missing) throw new InputError(file, `a crop of the scan needs poppler's pdftoppm (${INSTALL})`);
  let pdf = data;
  let dpi: number | null = null;
  if (data[0] === 0xff && data[1] === 0xd8) {
    const size = jpegSize(data);
    if (!size) throw new InputError(file, 'JPEG image without a frame header: no crop');
    pdf = jpegPdf(data, size.W, size.H, size.components);
    dpi = 72;
  } else if (!data.subarray(0, 1024).toString('latin1').includes('%PDF-')) {
    throw new InputError(file, 'crops of the scan are drawn from PDF pages and JPEG images; this file is neither');
  }
  const dir = mkdtempSync(join(tmpdir(), 'plan-targets-crop-'));
  try {
    const pdfPath = join(dir, 'in.pdf');
    writeFileSync(pdfPath, pdf);
    // the resolution ocrPdfPages rendered this page at
    dpi ??= (await pageDpis(pdfPath)).get(page) ?? 300;
    const r = await runProcess(
      'pdftoppm',
      ['-r', String(dpi), '-gray', '-png', '-f', String(page), '-l', String(page), '-x', String(area.x), '-y', String(area.y), '-W', String(area.w), '-H', String(area.h), pdfPath],
      null,
      60,
    );
    if (r.code !== 0 || r.stdout.length === 0) throw new InputError(file, `page ${page} cannot be rendered${r.stderr ? ` (${r.stderr.split('\n')[0]!.trim()})` : ''}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
