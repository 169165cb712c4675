// Ingest: any plan file in (text in any common Chinese encoding, Markdown, HTML,
// PDF, Word .docx, scans: PDF pages without text and images, read by OCR), the text the
// extractor reads out. Format is found by content; every bad input becomes one InputError line.
import { isUtf8, transcode } from 'node:buffer';
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { loadHtml, loadPdf, loadWord, pdfWasRead } from './parsers.ts';
import { InputError } from '../errors.ts';
import type { Format } from '../../model/schema.ts';
import { DEFAULT_OCR_MAX_PAGES, ocrImage, ocrPdfPages, type OcrOptions } from './ocr.ts';
import { ocrPagesText, type Prov } from './ocr-text.ts';

export interface Ingested {
  path: string; // as given
  file: string; // base name
  sha256: string; // of the raw bytes, hex
  bytes: number;
  format: Format;
  /** what the extractor reads; line numbers in outputs refer to it */
  text: string;
  /** true when `text` is not byte-identical to the input file read as UTF-8 */
  derived: boolean;
  /** PDF: pages[i] = 1-based line in `text` where page i + 1 starts */
  pages: number[] | null;
  /** scans: where each UTF-16 unit of `text` came from (null: a text layer, a line break) */
  ocr?: OcrLayer;
}

export interface OcrLayer {
  /** pages read by OCR */
  pages: number;
  prov: (Prov | null)[];
}

export interface IngestOptions {
  /** default 64 MiB */
  maxBytes?: number;
  /** OCR of scans; default: auto, no page cache */
  ocr?: OcrOptions;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

interface Content {
  format: Format;
  text: string;
  pages: number[] | null;
  /** the text is known to be the bytes read as UTF-8 (spares decoding them again) */
  asUtf8?: boolean;
  ocr?: OcrLayer;
}

/** Reads a file and turns it into text. Rejects with InputError on any bad input. */
export async function ingest(path: string, opts: IngestOptions = {}): Promise<Ingested> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let data: Buffer;
  try {
    // stat first: opening a FIFO would block, a directory would "open" fine.
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError(path, 'is a directory, not a file');
    if (!st.isFile()) throw new InputError(path, 'is not a regular file');
    checkSize(path, st.size, maxBytes);
    const fh = await open(path, 'r');
    try {
      data = await fh.readFile();
    } finally {
      await fh.close();
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, readProblem(err));
  }
  return ingestBuffer(path, data, opts);
}

/** Same as `ingest`, from bytes in memory; `file` names the input in messages. */
export async function ingestBuffer(file: string, data: Buffer, opts: IngestOptions = {}): Promise<Ingested> {
  checkSize(file, data.length, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  const content = await toText(file, data, opts.ocr ?? { mode: 'auto', cacheDir: null, maxPages: DEFAULT_OCR_MAX_PAGES });
  return {
    path: file,
    file: basename(file),
    sha256: createHash('sha256').update(data).digest('hex'),
    bytes: data.length,
    format: content.format,
    text: content.text,
    derived: !content.asUtf8 && content.text !== utf8Text(data),
    pages: content.pages,
    ...(content.ocr ? { ocr: content.ocr } : {}),
  };
}

function readProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'ENOTDIR':
      return 'file not found (a parent in the path is not a directory)';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot read file (${code ?? firstLine(err)})`;
  }
}

function checkSize(file: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new InputError(file, `file is ${formatSize(size)}, over the ${formatSize(maxBytes).replace(/\.0 /, ' ')} limit`);
  }
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return (msg.split('\n')[0] ?? msg).trim() || 'unknown error';
}

// ---------------------------------------------------------------- dispatch

async function toText(file: string, data: Buffer, ocr: OcrOptions): Promise<Content> {
  if (data.length === 0) throw new InputError(file, 'file is empty');
  const image = imageKind(data);
  if (image) return imageText(file, data, image, ocr);
  const known = knownBinary(data);
  if (known) throw new InputError(file, known);
  if (isPdf(data)) return pdfText(file, data, ocr);
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new InputError(
      file,
      /\.doc$/i.test(file)
        ? 'legacy Word .doc is not supported; save it as .docx'
        : 'an OLE compound file (legacy .doc/.xls/.ppt, or a password-protected Office file) is not supported; save it as .docx without a password',
    );
  }
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])) return zipText(file, data);

  const ext = extname(file).toLowerCase();
  const bom = detectBom(data);
  const utf16 = bom?.utf16 ?? sniffUtf16(data);
  if (isHtml(sniffHead(data, bom, utf16), ext)) return htmlText(file, data, bom, utf16);
  const { text, asUtf8 } = decodePlain(file, data, bom, utf16);
  if (text.trim() === '') throw new InputError(file, 'file has no text (only white space)');
  const markdown = ['.md', '.markdown', '.mdown', '.mkd'].includes(ext) || looksMarkdown(text);
  return { format: markdown ? 'markdown' : 'text', text, pages: null, asUtf8 };
}

function startsWith(data: Buffer, bytes: number[], at = 0): boolean {
  if (data.length < at + bytes.length) return false;
  return bytes.every((b, i) => data[at + i] === b);
}

/** Images by their magic bytes: pages of a scan, read by OCR. */
function imageKind(data: Buffer): string | null {
  const ascii = (s: string, at = 0) => startsWith(data, [...Buffer.from(s, 'latin1')], at);
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (ascii('GIF87a') || ascii('GIF89a')) return 'GIF';
  if (ascii('RIFF') && ascii('WEBP', 8)) return 'WebP';
  if (startsWith(data, [0x49, 0x49, 0x2a, 0x00]) || startsWith(data, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  if (ascii('BM') && data.length >= 14 && data.readUInt32LE(2) === data.length) return 'BMP';
  return null;
}

/** Archives and programs named by their magic bytes: a clearer message than "binary". */
function knownBinary(data: Buffer): string | null {
  const ascii = (s: string, at = 0) => startsWith(data, [...Buffer.from(s, 'latin1')], at);
  if (startsWith(data, [0x1f, 0x8b])) return 'file is a gzip archive, not a document; unpack it first';
  if (startsWith(data, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'file is a 7z archive, not a document; unpack it first';
  if (ascii('Rar!')) return 'file is a RAR archive, not a document; unpack it first';
  if (ascii('\x7fELF') || (ascii('MZ') && data.includes(0))) return 'file is a program (binary), not a document';
  return null;
}

// ---------------------------------------------------------------- text

interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
  utf16: 'utf-16le' | 'utf-16be' | null;
}

function detectBom(data: Buffer): Bom | null {
  if (startsWith(data, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3, utf16: null };
  if (startsWith(data, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2, utf16: 'utf-16le' };
  if (startsWith(data, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2, utf16: 'utf-16be' };
  return null;
}

/** UTF-16 without a BOM shows as NULs in every other byte (ASCII digits, breaks). */
function sniffUtf16(data: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(data.length, 8192) & ~1;
  if (n < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (data[i] === 0) even++;
    if (data[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > 0.1 && even / pairs < 0.01) return 'utf-16le';
  if (even / pairs > 0.1 && odd / pairs < 0.01) return 'utf-16be';
  return null;
}

/**
 * The bytes read as UTF-8, bad sequences as U+FFFD, as Buffer.toString does. Valid UTF-8 goes through
 * ICU's transcoder, several times faster than V8's decoder on CJK text.
 */
export function utf8Text(data: Buffer): string {
  return (isUtf8(data) && validUtf8Text(data)) || data.toString('utf8');
}

/** Valid UTF-8 bytes as text; '' when empty or when Node has no ICU (the caller then decodes them itself). */
function validUtf8Text(data: Buffer): string {
  if (data.length === 0) return '';
  try {
    return transcode(data, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return '';
  }
}

function tryDecode(data: Buffer, encoding: string): string | null {
  if (encoding === 'utf-8') return isUtf8(data) ? validUtf8Text(data) || data.toString('utf8') : null;
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    return null;
  }
}

const CONTROL_RE = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

/** Share of control characters (other than tab, breaks, form feed) in the first 64K. */
function controlRatio(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  // the common case, none at all, found by one regex scan
  if (!CONTROL_RE.test(n < text.length ? text.slice(0, n) : text)) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) bad++;
  }
  return bad / n;
}

const BINARY = 'binary file (not text in UTF-8, UTF-16 or GB18030)';

/** Decodes plain text: BOM, then UTF-16 by NULs, strict UTF-8, then GB18030. Keeps every character. */
function decodeText(file: string, data: Buffer, bom: Bom | null, utf16: Bom['utf16']): string {
  return decodePlain(file, data, bom, utf16).text;
}

/** decodeText, and whether the text is the bytes as they are read as UTF-8 (no BOM, no other encoding). */
function decodePlain(file: string, data: Buffer, bom: Bom | null, utf16: Bom['utf16']): { text: string; asUtf8: boolean } {
  let text: string | null;
  if (bom) {
    text = tryDecode(data.subarray(bom.length), bom.encoding);
    if (text === null) throw new InputError(file, `not valid ${bom.encoding.toUpperCase()} despite its byte-order mark`);
  } else if (utf16) {
    text = tryDecode(data.subarray(0, data.length & ~1), utf16);
    if (text === null || data.length % 2 === 1) throw new InputError(file, BINARY);
  } else {
    if (data.includes(0)) throw new InputError(file, BINARY);
    // GB18030 decodes many byte strings; control characters show a wrong guess.
    const textual = (t: string | null) => (t !== null && controlRatio(t) <= 0.01 ? t : null);
    text = textual(tryDecode(data, 'utf-8'));
    if (text !== null) return { text, asUtf8: true };
    text = textual(mostlyUtf8(data)) ?? textual(tryDecode(data, 'gb18030')) ?? textual(plausibleUtf16(data));
    if (text === null) throw new InputError(file, BINARY);
    return { text, asUtf8: false };
  }
  if (controlRatio(text) > 0.01) throw new InputError(file, BINARY);
  return { text, asUtf8: false };
}

/**
 * UTF-8 with a few bad bytes (a cut last character, one stray byte): decoding the
 * whole file as GB18030 would garble it all, so keep UTF-8 with U+FFFD there.
 * GBK text read as UTF-8 fails on nearly every non-ASCII character instead.
 */
function mostlyUtf8(data: Buffer): string | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
  let bad = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c > 0x7f) nonAscii++;
  }
  return bad <= 0.01 * nonAscii ? text : null;
}

/** Last resort: UTF-16 without BOM or ASCII (all CJK, so no NULs to sniff). */
function plausibleUtf16(data: Buffer): string | null {
  if (data.length % 2 === 1) return null;
  for (const enc of ['utf-16le', 'utf-16be']) {
    const text = tryDecode(data, enc);
    if (text === null) continue;
    let good = 0;
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef)) good++;
    }
    if (good >= 0.95 * text.length) return text;
  }
  return null;
}

const MARKDOWN_HEADING = /#{1,6}[ \t]+\S/y;
const MARKDOWN_LOOK = 200_000;

/** Two ATX headings (# 标题) at line starts within the first 200K characters; only a `#` is looked at. */
function looksMarkdown(text: string): boolean {
  const end = Math.min(text.length, MARKDOWN_LOOK);
  let found = 0;
  for (let i = text.indexOf('#'); i !== -1 && i < end; i = text.indexOf('#', i + 1)) {
    const before = i === 0 ? 0x0a : text.charCodeAt(i - 1);
    // a line start as the m flag's ^ sees it
    if (before !== 0x0a && before !== 0x0d && before !== 0x2028 && before !== 0x2029) continue;
    MARKDOWN_HEADING.lastIndex = i;
    const m = MARKDOWN_HEADING.exec(text);
    if (m === null || i + m[0].length > end) continue;
    if (++found >= 2) return true;
    i += m[0].length - 1;
  }
  return false;
}

// ---------------------------------------------------------------- HTML

/** The first KB as text, enough to see whether the file starts like a web page. */
function sniffHead(data: Buffer, bom: Bom | null, utf16: Bom['utf16']): string {
  const start = bom?.length ?? 0;
  if (utf16) return new TextDecoder(utf16).decode(data.subarray(start, start + 2048));
  return data.subarray(start, start + 2048).toString('latin1');
}

function isHtml(head: string, ext: string): boolean {
  let s = head.replace(/^\uFEFF/, '').trimStart();
  // Skip an XML declaration and leading comments.
  for (;;) {
    const m = /^(<\?xml[^>]*\?>|<!--[\s\S]*?-->)\s*/i.exec(s);
    if (!m) break;
    s = s.slice(m[0].length);
  }
  if (/^<(!doctype\s+html|html|head|body|meta|title|link)[\s>/]/i.test(s)) return true;
  // A fragment: trust the extension when the content is markup.
  return (ext === '.html' || ext === '.htm' || ext === '.xhtml') && /<(p|div|br|table|span|h[1-6]|body)[\s>/]/i.test(head);
}

/** The charset a page declares in its first KB (meta charset, http-equiv, XML declaration). */
function declaredCharset(data: Buffer): string | null {
  const head = data.subarray(0, 4096).toString('latin1');
  const m =
    /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function decodeHtml(file: string, data: Buffer, bom: Bom | null, utf16: Bom['utf16']): string {
  if (bom || utf16) return decodeText(file, data, bom, utf16);
  if (data.includes(0)) throw new InputError(file, BINARY);
  let declared = declaredCharset(data);
  if (declared && /^(gb2312|gbk|x-gbk|gb18030|cp936|euc-cn)$/.test(declared)) declared = 'gb18030'; // superset
  let text: string | null = null;
  if (declared) {
    try {
      text = tryDecode(data, declared);
    } catch {
      text = null; // unknown label
    }
  }
  text ??= tryDecode(data, 'utf-8') ?? tryDecode(data, 'gb18030');
  if (text === null && declared) {
    try {
      text = new TextDecoder(declared).decode(data); // lenient: pages lie about their charset
    } catch {
      text = null;
    }
  }
  if (text === null) throw new InputError(file, 'HTML page is not valid UTF-8 or GB18030 and declares no usable charset');
  return text;
}

/** Minimal view of domhandler nodes (cheerio's tree). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent: DomNode | null;
}

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'select', 'button', 'input', 'textarea', 'head', 'title', 'map', 'audio', 'video',
]);
/** Page chrome: dropped, except the header/footer of an article itself. */
const CHROME = new Set(['header', 'footer']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);
/** id/class tokens of the containers that usually hold a page's main text. */
const MAIN_TOKEN = /^(main|content|main[-_]?content|article|article[-_]?content|zoom|trs_editor|ucap-content|artibody|text|detail|pages[-_]content|con|cont|contents|wzy|xxgk[-_]content)$/i;

function isHidden(el: DomNode): boolean {
  const a = el.attribs ?? {};
  return 'hidden' in a || a['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style ?? '');
}

function isMainCandidate(el: DomNode): boolean {
  const a = el.attribs ?? {};
  if (el.name === 'main' || el.name === 'article' || a.role === 'main') return true;
  const tokens = [a.id ?? '', ...(a.class ?? '').split(/\s+/)].filter(Boolean);
  return tokens.some((t) => MAIN_TOKEN.test(t));
}

/** Whether the walk descends into an element at all. */
function skipped(el: DomNode, inArticle: boolean): boolean {
  const name = el.name ?? '';
  if (el.type === 'script' || el.type === 'style' || SKIP.has(name)) return true;
  if (CHROME.has(name) && !inArticle) return true;
  return isHidden(el);
}

/**
 * One iterative pass (deep pages must not blow the stack): the count of
 * non-space characters each kept element holds, and the main-text candidates.
 */
function measure(root: DomNode): { sizes: Map<DomNode, number>; candidates: DomNode[] } {
  const sizes = new Map<DomNode, number>();
  const candidates: DomNode[] = [];
  const stack: Array<{ node: DomNode; inArticle: boolean; exit: boolean }> = [{ node: root, inArticle: false, exit: false }];
  while (stack.length) {
    const { node, inArticle, exit } = stack.pop()!;
    if (exit) {
      const size = sizes.get(node) ?? 0;
      if (node.parent) sizes.set(node.parent, (sizes.get(node.parent) ?? 0) + size);
      continue;
    }
    if (node.type === 'text') {
      const n = (node.data ?? '').replace(/\s+/g, '').length;
      if (node.parent && n) sizes.set(node.parent, (sizes.get(node.parent) ?? 0) + n);
      continue;
    }
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      if (skipped(node, inArticle)) continue;
      if (isMainCandidate(node)) candidates.push(node);
    } else if (node.type !== 'root') continue; // comments, directives, CDATA
    const inside = inArticle || node.name === 'article' || node.name === 'main';
    stack.push({ node, inArticle, exit: true });
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, inArticle: inside, exit: false });
  }
  return { sizes, candidates };
}

/** The innermost main-text container that still holds most of the page's text; else the body. */
function mainRoot(root: DomNode): { node: DomNode; inArticle: boolean } {
  const { sizes, candidates } = measure(root);
  const total = sizes.get(root) ?? 0;
  let best: DomNode | null = null;
  for (const c of candidates) {
    const size = sizes.get(c) ?? 0;
    // candidates come in document order: a later one of equal size is nested deeper
    if (size >= 0.6 * total && size > 0 && (best === null || size <= (sizes.get(best) ?? 0))) best = c;
  }
  if (!best) return { node: root, inArticle: false };
  let inArticle = false;
  for (let p: DomNode | null = best; p; p = p.parent) if (p.name === 'article' || p.name === 'main') inArticle = true;
  return { node: best, inArticle };
}

/** Block elements end lines (soft breaks merge), <br> always does, cells get a space. */
function renderText(start: DomNode, startInArticle: boolean): string {
  const lines: string[] = [];
  let line = '';
  const soft = () => {
    if (line.trim() !== '') lines.push(line);
    line = '';
  };
  const hard = () => {
    lines.push(line);
    line = '';
  };
  type Item = { node: DomNode; inArticle: boolean; pre: boolean } | { end: string };
  const stack: Item[] = [{ node: start, inArticle: startInArticle, pre: false }];
  while (stack.length) {
    const item = stack.pop()!;
    if ('end' in item) {
      if (BLOCK.has(item.end)) soft();
      else if (CELL.has(item.end)) line += ' ';
      continue;
    }
    const { node, inArticle, pre } = item;
    if (node.type === 'text') {
      line += pre ? (node.data ?? '') : (node.data ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      if (pre && line.includes('\n')) {
        const parts = line.split(/\r?\n/);
        line = parts.pop()!;
        for (const p of parts) lines.push(p);
      }
      continue;
    }
    if (node !== start) {
      if (node.type !== 'tag') continue; // comments, directives, script and style
      if (skipped(node, inArticle)) continue;
    }
    const name = node.name ?? '';
    if (name === 'br') {
      hard();
      continue;
    }
    if (BLOCK.has(name)) soft();
    else if (CELL.has(name)) line += ' ';
    stack.push({ end: name });
    const inside = inArticle || name === 'article' || name === 'main';
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, inArticle: inside, pre: pre || name === 'pre' || name === 'textarea' });
  }
  soft();
  // Trim each line, squeeze spaces, keep at most one blank line in a row.
  const out: string[] = [];
  for (const raw of lines) {
    const l = raw.trim().replace(/ {2,}/g, ' ');
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.length ? out.join('\n') + '\n' : '';
}

/** Deeper pages are refused: the parser's time grows with the square of the depth. */
export const MAX_HTML_DEPTH = 20_000;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Closed implicitly by htmlparser2 when repeated, so they never pile up (body, head, caption … do nest). */
const IMPLIED = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'td', 'th', 'tr', 'rt', 'rp']);

/** An upper estimate of the element nesting, in one linear scan of the tags. */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/g)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || IMPLIED.has(name)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

async function htmlText(file: string, data: Buffer, bom: Bom | null, utf16: Bom['utf16']): Promise<Content> {
  const html = decodeHtml(file, data, bom, utf16);
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    throw new InputError(file, `HTML is nested too deeply (${depth} levels, over the limit of ${MAX_HTML_DEPTH})`);
  }
  // htmlparser2 rather than parse5: linear on deeply nested pages.
  const cheerio = await loadHtml();
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const root = $.root()[0] as unknown as DomNode;
  const { node, inArticle } = mainRoot(root);
  const text = renderText(node, inArticle);
  if (text.trim() === '') throw new InputError(file, 'HTML page has no text');
  return { format: 'html', text, pages: null };
}

// ---------------------------------------------------------------- PDF

function isPdf(data: Buffer): boolean {
  // At the start (after white space): a text that merely mentions %PDF- stays text.
  let i = 0;
  while (i < data.length && i < 1024 && (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)) i++;
  return data.subarray(i, i + 5).toString('latin1') === '%PDF-';
}

async function pdfText(file: string, data: Buffer, ocr: OcrOptions): Promise<Content> {
  // A cut file loses its trailer; pdf.js would otherwise recover part of it silently.
  if (data.subarray(Math.max(0, data.length - 1024)).indexOf('%%EOF') === -1) {
    throw new InputError(file, 'PDF is damaged or truncated (no %%EOF end marker)');
  }
  const { PDFParse } = await loadPdf();
  const parser = new PDFParse({ data: new Uint8Array(data), verbosity: 0 });
  let pageTexts: string[];
  try {
    const result = await parser.getText();
    pageTexts = result.pages.map((p) => p.text);
    pdfWasRead();
  } catch (err) {
    throw new InputError(file, pdfProblem(err));
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  const blank = pageTexts.every((t) => t.trim() === '');
  if (blank && ocr.mode === 'never') throw new InputError(file, 'PDF has no text layer (a scan) and OCR is off (--ocr never)');
  const toRead = pageTexts.flatMap((t, i) => (ocr.mode === 'always' || t.trim() === '' ? [i + 1] : []));
  if (toRead.length === 0 || ocr.mode === 'never') return joinPages(pageTexts.map((text) => ({ text, prov: null })), 'pdf');
  // a text PDF with a blank page reads on without OCR where it cannot run
  const ocrPages = await ocrPdfPages(file, data, toRead, { ...ocr, skipImageless: !blank && ocr.mode === 'auto' }, blank || ocr.mode === 'always');
  const read = new Map(ocrPagesText(ocrPages).map((t, i) => [ocrPages[i]!.page, t]));
  const parts = pageTexts.map((text, i) => read.get(i + 1) ?? { text: ocr.mode === 'always' ? '' : text, prov: null });
  if (parts.every((p) => p.text.trim() === '')) {
    throw new InputError(file, `OCR found no text on ${pageTexts.length === 1 ? 'its page' : `any of its ${pageTexts.length} pages`} (blank or not a document)`);
  }
  return joinPages(parts, 'pdf', ocrPages.length);
}

/** Pages one after another, a line break between them; the OCR layer where any page was read by OCR. */
function joinPages(parts: { text: string; prov: (Prov | null)[] | null }[], format: Format, ocrPages = 0): Content {
  const pages: number[] = [];
  let line = 1;
  for (const p of parts) {
    pages.push(line);
    line += countBreaks(p.text) + 1;
  }
  const text = parts.map((p) => p.text).join('\n');
  if (ocrPages === 0) return { format, text, pages };
  const prov: (Prov | null)[] = [];
  parts.forEach((p, i) => {
    if (i > 0) prov.push(null);
    if (p.prov) prov.push(...p.prov);
    else for (let k = 0; k < p.text.length; k++) prov.push(null);
  });
  return { format, text, pages, ocr: { pages: ocrPages, prov } };
}

async function imageText(file: string, data: Buffer, kind: string, ocr: OcrOptions): Promise<Content> {
  if (ocr.mode === 'never') throw new InputError(file, `file is a ${kind} image (a scan) and OCR is off (--ocr never)`);
  const pages = await ocrImage(file, data, kind, ocr);
  const parts = ocrPagesText(pages);
  if (parts.every((p) => p.text.trim() === '')) throw new InputError(file, `OCR found no text in the ${kind} image (blank or not a document)`);
  return joinPages(parts, 'image', pages.length);
}

function countBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function pdfProblem(err: unknown): string {
  const name = err instanceof Error ? err.name || err.constructor.name : '';
  const msg = firstLine(err);
  if (name === 'PasswordException' || /password/i.test(msg)) return 'PDF is encrypted (a password is needed to open it)';
  if (name === 'InvalidPDFException' || name === 'FormatError') return `PDF is damaged or truncated (${msg})`;
  return `cannot read PDF (${msg})`;
}

// ---------------------------------------------------------------- zip / Word

/** Entry names from a zip's central directory, or null when the archive is damaged. */
function zipEntries(data: Buffer): string[] | null {
  const min = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= min; i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return null;
  const count = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLen = data.readUInt16LE(at + 28);
    const extraLen = data.readUInt16LE(at + 30);
    const commentLen = data.readUInt16LE(at + 32);
    if (at + 46 + nameLen > data.length) return null;
    names.push(data.subarray(at + 46, at + 46 + nameLen).toString('utf8'));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

async function zipText(file: string, data: Buffer): Promise<Content> {
  const names = zipEntries(data);
  if (names === null) throw new InputError(file, 'zip archive (or .docx) is damaged or truncated');
  const has = (n: string) => names.includes(n);
  if (!has('word/document.xml')) {
    let kind = 'a zip archive';
    if (has('xl/workbook.xml')) kind = 'an Excel workbook (.xlsx)';
    else if (has('ppt/presentation.xml')) kind = 'a PowerPoint file (.pptx)';
    else if (has('META-INF/MANIFEST.MF')) kind = 'a Java archive (.jar)';
    else if (has('mimetype') && has('content.xml')) kind = 'an OpenDocument file (.odt/.ods)';
    else if (names.some((n) => n.startsWith('word/'))) kind = 'a Word package without word/document.xml';
    throw new InputError(file, `file is ${kind}, not a Word .docx document`);
  }
  let text: string;
  try {
    const mammoth = await loadWord();
    text = (await mammoth.extractRawText({ buffer: data })).value;
  } catch (err) {
    throw new InputError(file, `Word document is damaged (${firstLine(err)})`);
  }
  // mammoth ends every paragraph with a blank line; drop the trailing run.
  text = text.replace(/\s+$/, '');
  if (text === '') throw new InputError(file, 'Word document has no text');
  return { format: 'docx', text: text + '\n', pages: null };
}
