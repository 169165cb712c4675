// Scanned plans made from text, for the OCR tests and the benchmark: each page drawn at 200 dpi
// with a CJK font, a footer `— N —`, turned 0.5°, speckled with noise, re-encoded as JPEG and
// put in a PDF with no text layer (or kept as page images). Deterministic for a given seed.
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { toUnicodeCMap, utf16Hex } from './pdf.ts';

export interface ScanOptions {
  /** dots per inch of the page images (A4) */
  dpi?: number;
  /** degrees the page is turned */
  rotate?: number;
  /** standard deviation of the grey noise (0–255) */
  noise?: number;
  /** JPEG quality, 0–100 */
  quality?: number;
  /** font size in points */
  points?: number;
  /** at most this many pages (the rest of the text is dropped) */
  maxPages?: number;
  /** a header printed at the top of every page */
  header?: string;
  /**
   * white space inside a line: `gap` (default) draws it as a gap of two characters in a table's
   * row (a line of four short cells or more), as a thin space elsewhere; `drop` removes it (how scans
   * were drawn before 2 Dec 2026: a table's columns ran together)
   */
  spaces?: 'gap' | 'drop';
  seed?: number;
}

export interface Scan {
  /** a PDF of JPEG page images, no text layer */
  pdf: Buffer;
  /** the page images as JPEG */
  images: Buffer[];
  /** the lines drawn on each page (footers and headers excluded) */
  pageLines: string[][];
  /** page images in pixels, and their resolution */
  size: { W: number; H: number; dpi: number };
}

const FONT_FILES = ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'];
let fontFamily: string | null = null;

/** A CJK font the canvas can draw with; throws one clear line when none is installed. */
function cjkFont(): string {
  if (fontFamily) return fontFamily;
  const known = GlobalFonts.families.find((f) => /WenQuanYi|Noto Sans CJK|Noto Serif CJK/i.test(f.family));
  if (known) return (fontFamily = known.family);
  for (const f of FONT_FILES) {
    try {
      GlobalFonts.registerFromPath(f, 'PlanScanCJK');
      return (fontFamily = 'PlanScanCJK');
    } catch {
      // try the next
    }
  }
  throw new Error('no CJK font to draw scans with: apt-get install fonts-wqy-microhei');
}

/** mulberry32: a small seeded generator, so a scan is the same bytes every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraphs (input lines) wrapped at `width` characters, the first line indented by two. */
export function layoutLines(text: string, width: number, spaces: 'gap' | 'drop' = 'drop'): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    // a table's row (four short cells or more) is printed with its cells apart (a tab: a wide
    // gap); a space in running text (where a PDF's text had one) as a thin one
    const cells = raw.trim().split(/[\s\u3000]+/);
    const row = cells.length >= 4 && cells.every((c) => c.length <= 16);
    const para = spaces === 'drop' ? raw.replace(/\s+/g, '') : raw.trim().replace(/[\s\u3000]+/g, row ? '\t' : ' ');
    if (para === '') continue;
    let line = '\u3000\u3000';
    for (const ch of para) {
      if ((ch === ' ' || ch === '\t') && line.trim() === '') continue;
      line += ch;
      if (line.length >= width) {
        out.push(line.trimEnd());
        line = '';
      }
    }
    if (line.trim() !== '') out.push(line);
  }
  return out;
}

/** Draws the text as scanned pages. */
export async function makeScan(text: string, opts: ScanOptions = {}): Promise<Scan> {
  const dpi = opts.dpi ?? 200;
  const pt = opts.points ?? 12;
  const px = Math.round((pt / 72) * dpi);
  const W = Math.round(8.27 * dpi);
  const H = Math.round(11.69 * dpi);
  const margin = Math.round(0.9 * dpi);
  const lineHeight = Math.round(px * 1.7);
  const width = Math.floor((W - 2 * margin) / px);
  const perPage = Math.floor((H - 2 * margin) / lineHeight);
  const lines = layoutLines(text, width, opts.spaces ?? 'gap');
  const pageLines: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pageLines.push(lines.slice(i, i + perPage));
  if (pageLines.length === 0) pageLines.push([]);
  if (opts.maxPages !== undefined) pageLines.splice(opts.maxPages);
  const font = cjkFont();
  const rnd = random(opts.seed ?? 1);
  const images: Buffer[] = [];
  for (const [p, page] of pageLines.entries()) {
    const canvas = createCanvas(W, H);
    const g = canvas.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, W, H);
    g.save();
    g.translate(W / 2, H / 2);
    g.rotate(((opts.rotate ?? 0.5) * Math.PI) / 180);
    g.translate(-W / 2, -H / 2);
    g.fillStyle = '#111';
    g.font = `${px}px "${font}"`;
    g.textBaseline = 'top';
    if (opts.header) g.fillText(opts.header, margin, margin / 2);
    page.forEach((line, i) => {
      // character by character on a grid, as a typeset page is
      let x = margin;
      for (const ch of line) {
        if (ch !== ' ' && ch !== '\t') g.fillText(ch, x, margin + i * lineHeight);
        // CJK on the full grid; Latin, digits and signs at their own width; a table's gap two characters wide
        x += ch === '\t' ? 2 * px : ch === ' ' ? 0.25 * px : ch.charCodeAt(0) >= 0x2e80 ? px : g.measureText(ch).width;
      }
    });
    const footer = `— ${p + 1} —`;
    g.fillText(footer, W / 2 - g.measureText(footer).width / 2, H - margin / 1.6);
    g.restore();
    const img = g.getImageData(0, 0, W, H);
    const d = img.data;
    const sigma = opts.noise ?? 14;
    for (let i = 0; i < d.length; i += 4) {
      // grey noise (Box–Muller) and a few dark specks
      const n = Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd()) * sigma;
      let v = d[i]! + n;
      if (rnd() < 0.0004) v = 40;
      v = v < 0 ? 0 : v > 255 ? 255 : v;
      d[i] = d[i + 1] = d[i + 2] = v;
    }
    g.putImageData(img, 0, 0);
    images.push(Buffer.from(await canvas.encode('jpeg', opts.quality ?? 70)));
  }
  return { pdf: imagesPdf(images, W, H, dpi), images, pageLines, size: { W, H, dpi } };
}

/** A PDF whose pages are the JPEG images, each filling its page; no text layer. */
export function imagesPdf(images: Buffer[], W: number, H: number, dpi: number): Buffer {
  return pagesPdf(images.map((jpeg) => ({ jpeg, W, H, dpi })));
}

/** A page of a generated PDF: a JPEG filling it (a scan), or lines of text (a text layer). */
export type PdfPage = { jpeg: Buffer; W: number; H: number; dpi: number } | { lines: string[] };

/** A PDF of scanned and text pages in any mix. */
export function pagesPdf(pages: PdfPage[]): Buffer {
  const objects: Buffer[] = [];
  const add = (o: string | Buffer) => objects.push(Buffer.isBuffer(o) ? o : Buffer.from(o, 'latin1'));
  const stream = (head: string, body: Buffer) => Buffer.concat([Buffer.from(`<< ${head} /Length ${body.length} >>\nstream\n`), body, Buffer.from('\nendstream')]);
  // 1 catalog, 2 pages, 3–5 the font of text pages, then each page's objects
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('');
  add('<< /Type /Font /Subtype /Type0 /BaseFont /PlanSans /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>');
  add(
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /PlanSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ' +
      '/DW 1000 /CIDToGIDMap /Identity /FontDescriptor << /Type /FontDescriptor /FontName /PlanSans /Flags 4 ' +
      '/FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >> >>',
  );
  add(stream('', Buffer.from(toUnicodeCMap(), 'latin1')));
  const kids: string[] = [];
  for (const page of pages) {
    const id = objects.length + 1;
    kids.push(`${id} 0 R`);
    if ('jpeg' in page) {
      const w = ((page.W * 72) / page.dpi).toFixed(2);
      const h = ((page.H * 72) / page.dpi).toFixed(2);
      add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im1 ${id + 1} 0 R >> >> /Contents ${id + 2} 0 R >>`);
      add(stream(`/Type /XObject /Subtype /Image /Width ${page.W} /Height ${page.H} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, page.jpeg));
      add(stream('', Buffer.from(`q ${w} 0 0 ${h} 0 0 cm /Im1 Do Q`)));
    } else {
      add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`);
      add(stream('', Buffer.from(`BT /F1 11 Tf 15 TL 40 800 Td\n${page.lines.map((l) => `<${utf16Hex(l)}> Tj T*`).join('\n')}\nET`, 'latin1')));
    }
  }
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`);
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let size = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(size);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    chunks.push(b);
    size += b.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}
