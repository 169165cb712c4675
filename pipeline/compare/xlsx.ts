// compare.xlsx: the table with verdict colours, and the coverage; byte-stable (fixed dates).
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import CompressedObject from 'jszip/lib/compressedObject.js';
import compressions from 'jszip/lib/compressions.js';
import pako from 'pako';
import { VERDICT_SIGN, REVIEWED_SIGN } from './values.ts';
import { cellText, referenceText, referenceTitle, verdictText } from './markdown.ts';
import type { CompareTable, Verdict } from './types.ts';
import { RECORD_FIELDS, type TargetRecord } from './records.ts';
import { Utf8Chunks } from './utf8-chunks.ts';

/** Tables with more columns carry no note (source quote) per verdict cell; the targets sheet has them. */
export const NOTES_UP_TO = 200;

/** Rows of the targets sheet at most (the XML of a row is ~1.5 kB; targets.csv has them all). */
export const XLSX_TARGETS_LIMIT = 50_000;

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const FILL: Record<Verdict, string> = { stricter: 'FFC6EFCE', equal: 'FFFFEB9C', looser: 'FFFFC7CE', incomparable: 'FFEDEDED' };

export interface XlsxOptions {
  /** a note (source quote) on every verdict cell; default: tables of up to NOTES_UP_TO columns */
  notes?: boolean;
  /** every cell through ExcelJS's model, as earlier releases did (tests check the two agree) */
  exceljs?: boolean;
}

/**
 * The workbook: sheets compare, coverage and targets. ExcelJS writes its frame (the sheets' headers,
 * columns, views and filters, the styles, the theme); the cells of a large table are written as
 * XML here, with ExcelJS's shared strings and styles, byte for byte as ExcelJS writes them: its
 * model costs ~20 µs a cell, and a 2,000-plan table has 400,000. Notes (comments) stay ExcelJS's.
 */
export async function toXlsx(t: CompareTable, records: readonly TargetRecord[] = [], opts: XlsxOptions = {}): Promise<Buffer> {
  const w = await XlsxWriter.start(t, records.length, opts);
  for (const r of records) if (!w.add(r)) break;
  return w.finish();
}

/**
 * compare.xlsx written as the records come: start() writes everything but the targets sheet's rows
 * (the table is known, and how many records there will be); add() deflates each record's row as it
 * comes, so neither the records nor the sheet's XML (~72 MB for 50,000 rows) are held; finish()
 * makes the file.
 */
export class XlsxWriter {
  private added = 0;
  private constructor(
    private readonly zip: JSZip | null,
    /** the targets sheet: its rows go here (null: the file needs no rows, `done` is it) */
    private readonly sheet: { path: string; part: DeflatedPart; cols: string[]; tail: string; rows: number } | null,
    private readonly done: Buffer | null,
  ) {}

  /** `count`: how many records add() will be given (the sheet takes the first XLSX_TARGETS_LIMIT). */
  static async start(t: CompareTable, count: number, opts: XlsxOptions = {}): Promise<XlsxWriter> {
    const rows = Math.min(count, XLSX_TARGETS_LIMIT);
    const notes = (opts.notes ?? t.columns.length <= NOTES_UP_TO) && t.rows.some((r) => r.cells.some((c) => c?.verdict));
    if (notes || opts.exceljs) {
      const { wb, tg } = frame(t, true, notes);
      const buf = Buffer.from(await wb.xlsx.writeBuffer());
      if (rows === 0) return new XlsxWriter(null, null, fixZipDates(buf));
      const zip = await JSZip.loadAsync(buf);
      const n = wb.worksheets.indexOf(tg) + 1;
      const path = `xl/worksheets/sheet${n}.xml`;
      return new XlsxWriter(zip, rowsPart(path, await zip.file(path)!.async('string'), rows), null);
    }
    const skeleton = frame(t, false);
    const zip = await JSZip.loadAsync(await skeleton.wb.xlsx.writeBuffer());
    const strings = new SharedStrings();
    const styles = new FillStyles();
    // sheets in order: shared strings are numbered as the cells come; each row is encoded as it is made
    const sheets: [number, () => Iterable<string>, number][] = [
      [1, () => compareRows(t, strings, styles), t.rows.length + 1],
      [2, () => coverageRows(t, strings), coverageValues(t).length + 1],
      [3, () => [headerRow(RECORD_FIELDS, strings)], 1],
    ];
    let sheet: XlsxWriter['sheet'] = null;
    for (const [n, rowsOf, count] of sheets) {
      const path = `xl/worksheets/sheet${n}.xml`;
      const frameXml = await zip.file(path)!.async('string');
      // the targets sheet's rows at level 1 (they are most of the file), as ever
      if (n === 3 && rows > 0) sheet = rowsPart(path, frameXml, rows, [...rowsOf()]);
      else zip.file(path, withRows(frameXml, path, rowsOf(), count) as never);
    }
    // these parts at level 6, deflated here as JSZip would: JSZip takes them as they are
    zip.file('xl/sharedStrings.xml', deflated6(strings.xml()) as never);
    const stylesXml = await zip.file('xl/styles.xml')!.async('string');
    zip.file('xl/styles.xml', deflated6(styles.xml(stylesXml)) as never);
    return new XlsxWriter(zip, sheet, null);
  }

  /** A record's row; false once the sheet has all it takes. */
  add(r: TargetRecord): boolean {
    const sheet = this.sheet;
    if (!sheet || this.added >= sheet.rows) return false;
    sheet.part.write(recordRow(r, this.added++ + 2, sheet.cols));
    return this.added < sheet.rows;
  }

  async finish(): Promise<Buffer> {
    if (this.done) return this.done;
    const { zip, sheet } = this;
    if (sheet) {
      if (this.added !== sheet.rows) throw new Error(`compare.xlsx: ${sheet.rows} target rows announced, ${this.added} given`);
      sheet.part.write(sheet.tail);
      zip!.file(sheet.path, sheet.part.end() as never);
    }
    return fixZipDates(await generate(zip!));
  }
}

/**
 * The rows of sheet `path` (its frame `xml`), `rows` of them, deflated as they are written: the
 * frame's start (its dimension to the last row), the header row `head` when given (else the frame's
 * own), then the rows (recordRow), then `tail`, the frame's end.
 */
function rowsPart(path: string, xml: string, rows: number, head?: readonly string[]) {
  const open = xml.indexOf('<sheetData>');
  const at = xml.indexOf('</sheetData>');
  if (open < 0 || at < 0) throw new Error(`${path}: no sheetData`);
  const cols = RECORD_FIELDS.map((_, i) => columnName(i));
  const dim = `A1:${cols[cols.length - 1]}${rows + 1}`;
  // the targets sheet's rows at level 1 (they are most of the file), as the zip's default
  const part = new DeflatedPart(1);
  part.write((head ? xml.slice(0, open + '<sheetData>'.length) : xml.slice(0, at)).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dim}"/>`));
  for (const h of head ?? []) part.write(h);
  return { path, part, cols, tail: xml.slice(at), rows };
}

/**
 * A zip entry's bytes deflated as they are written, raw, by JSZip's own deflater (pako) at `level`,
 * with their CRC-32: handed to JSZip as already compressed, it is written as it is, the same bytes
 * JSZip would make from the whole (deflate's output does not depend on how its input comes in pieces).
 */
class DeflatedPart {
  private readonly deflate: InstanceType<typeof pako.Deflate>;
  private readonly out: Utf8Chunks;
  private readonly chunks: Uint8Array[] = [];
  private size = 0;
  private crc = 0;

  constructor(level: number) {
    const deflate = (this.deflate = new pako.Deflate({ raw: true, level }));
    deflate.onData = (c) => this.chunks.push(c);
    this.out = new Utf8Chunks((b, n) => {
      const bytes = new Uint8Array(b.buffer, b.byteOffset, n);
      this.crc = crc32(bytes, this.crc);
      this.size += n;
      deflate.push(bytes, false);
    });
  }

  write(s: string): void {
    this.out.write(s);
  }

  end(): CompressedObject {
    this.out.end();
    this.deflate.push([], true);
    if (this.deflate.err) throw new Error(`compare.xlsx: deflate failed: ${this.deflate.msg}`);
    const data = Buffer.concat(this.chunks);
    this.chunks.length = 0;
    return new CompressedObject(data.length, this.size, this.crc, compressions.DEFLATE, new Uint8Array(data.buffer, data.byteOffset, data.length));
  }
}

/** The zip as the earlier releases wrote it: parts not given a level of their own at level 1. */
async function generate(zip: JSZip): Promise<Buffer> {
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } }));
}

/** The workbook with its sheets' frames; the cells too when `cells`. */
function frame(t: CompareTable, cells: boolean, notes = false): { wb: ExcelJS.Workbook; tg: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan-targets';
  wb.lastModifiedBy = 'plan-targets';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;

  const ws = wb.addWorksheet('compare', { views: [{ state: 'frozen', xSplit: 4, ySplit: 1 }] });
  ws.columns = [
    { header: 'part', width: 10 },
    { header: 'domain', width: 16 },
    { header: 'indicator', width: 30 },
    { header: 'unit', width: 8 },
    { header: referenceTitle(t), width: 16 },
    ...t.columns.map((c) => ({ header: c.label, width: Math.max(14, c.label.length * 2 + 2) })),
  ];
  ws.getRow(1).font = { bold: true };
  if (cells) {
    for (const r of t.rows) {
      const row = ws.addRow([r.part, r.domain, r.name, r.unit, referenceText(r.reference), ...r.cells.map(cellText)]);
      r.cells.forEach((c, i) => {
        if (!c?.verdict) return;
        const cell = row.getCell(6 + i);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[c.verdict] } };
        // a note per verdict costs ExcelJS dearly: large tables leave the sources to the targets sheet
        if (notes) cell.note = `${verdictText(c)} · ${c.source.file}:${c.source.line} ${c.source.quote}`;
      });
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 5 + t.columns.length } };

  const cov = wb.addWorksheet('coverage');
  cov.columns = COVERAGE_COLUMNS.map(([header, width]) => ({ header, width }));
  cov.getRow(1).font = { bold: true };
  if (cells) for (const row of coverageValues(t)) cov.addRow(row);

  // one row per target, numbers as numbers: what a researcher filters and pivots. ExcelJS writes the
  // sheet's header, columns and filter; its rows are written as XML below (ExcelJS takes ~0.5 ms a
  // row, minutes for a 2,000-plan store)
  const tg = wb.addWorksheet('targets', { views: [{ state: 'frozen', ySplit: 1 }] });
  tg.columns = RECORD_FIELDS.map((f) => ({ header: f, width: f === 'quote' ? 40 : Math.max(8, f.length + 2) }));
  tg.getRow(1).font = { bold: true };
  tg.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: RECORD_FIELDS.length } };
  return { wb, tg };
}

const COVERAGE_COLUMNS: [string, number][] = [
  ['jurisdiction', 24], ['with a number', 14], ['only qualitative', 16], ['not at all', 12], ['stricter', 10], ['equal', 10], ['looser', 10],
];

/** The coverage sheet's rows below its header: a row per column, an empty row, two lines of legend. */
function coverageValues(t: CompareTable): (string | number)[][] {
  return [
    ...t.coverage.map((c) => [c.column, c.numeric, c.qualitative, c.missing, c.stricter, c.equal, c.looser]),
    [],
    [`of ${t.referenceCount} reference indicators (${referenceTitle(t)})`],
    [
      `colours: green ${VERDICT_SIGN.stricter} stricter, yellow ${VERDICT_SIGN.equal} equal, red ${VERDICT_SIGN.looser} looser, grey not comparable; ${REVIEWED_SIGN} reviewed`,
    ],
  ];
}

/** ExcelJS's escaping of text (utils.xmlEncode): the five entities, control characters dropped. */
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const XML_ENTITY: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const xmlEncode = (s: string): string => s.replace(XML_SPECIAL, (c) => XML_ENTITY[c] ?? '');

/** The shared strings table, numbered in the order the cells come, as ExcelJS numbers it. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly values: string[] = [];
  private count = 0;

  add(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  xml(): string {
    const out = [
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.values.length}">`,
    ];
    for (const v of this.values) out.push(`<si><t${/^\s|\n|\s$/.test(v) ? ' xml:space="preserve"' : ''}>${xmlEncode(v)}</t></si>`);
    out.push('</sst>');
    return out.join('');
  }
}

/** The verdict fills, in the order cells first use them: cell style 2 on (0 is the default, 1 the bold header). */
class FillStyles {
  private readonly fills: string[] = [];

  style(argb: string): number {
    let i = this.fills.indexOf(argb);
    if (i < 0) i = this.fills.push(argb) - 1;
    return 2 + i;
  }

  /** ExcelJS's styles.xml with the fills and their cell styles added. */
  xml(base: string): string {
    if (this.fills.length === 0) return base;
    const fills = this.fills.map((c) => `<fill><patternFill patternType="solid"><fgColor rgb="${c}"/></patternFill></fill>`).join('');
    const xfs = this.fills.map((_, i) => `<xf numFmtId="0" fontId="0" fillId="${2 + i}" borderId="0" xfId="0" applyFill="1"/>`).join('');
    const n = 2 + this.fills.length;
    const out = base
      .replace(/<fills count="2">([\s\S]*?)<\/fills>/, (_, f: string) => `<fills count="${n}">${f}${fills}</fills>`)
      .replace(/<cellXfs count="2">([\s\S]*?)<\/cellXfs>/, (_, x: string) => `<cellXfs count="${n}">${x}${xfs}</cellXfs>`);
    if (out === base) throw new Error('xl/styles.xml: not the styles ExcelJS writes');
    return out;
  }
}

/** Row 1: bold text, as ExcelJS writes a header. */
function headerRow(values: readonly string[], strings: SharedStrings): string {
  const cells = values.map((v, i) => `<c r="${columnName(i)}1" s="1" t="s"><v>${strings.add(v)}</v></c>`).join('');
  return `<row r="1" spans="1:${values.length}" s="1" customFormat="1" x14ac:dyDescent="0.25">${cells}</row>`;
}

/** A row of text and numbers (an empty row is no row), with a cell style per cell where given. */
function valueRow(n: number, values: readonly (string | number)[], strings: SharedStrings, style?: (i: number) => number): string {
  if (values.length === 0) return '';
  const cells: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const s = style?.(i) ?? 0;
    const attr = `r="${columnName(i)}${n}"${s ? ` s="${s}"` : ''}`;
    cells.push(typeof v === 'number' ? `<c ${attr}><v>${v}</v></c>` : `<c ${attr} t="s"><v>${strings.add(v)}</v></c>`);
  }
  return `<row r="${n}" spans="1:${values.length}" x14ac:dyDescent="0.25">${cells.join('')}</row>`;
}

/** The compare sheet's rows, header first, one at a time (t.rows.length + 1 of them). */
function* compareRows(t: CompareTable, strings: SharedStrings, styles: FillStyles): Generator<string> {
  yield headerRow(['part', 'domain', 'indicator', 'unit', referenceTitle(t), ...t.columns.map((c) => c.label)], strings);
  for (let k = 0; k < t.rows.length; k++) {
    const r = t.rows[k]!;
    const values = [r.part, r.domain, r.name, r.unit, referenceText(r.reference), ...r.cells.map(cellText)];
    yield valueRow(k + 2, values, strings, (i) => {
      const c = i >= 5 ? r.cells[i - 5] : null;
      return c?.verdict ? styles.style(FILL[c.verdict]) : 0;
    });
  }
}

/** The coverage sheet's rows, header first (coverageValues(t).length + 1 of them). */
function* coverageRows(t: CompareTable, strings: SharedStrings): Generator<string> {
  yield headerRow(COVERAGE_COLUMNS.map(([h]) => h), strings);
  const values = coverageValues(t);
  for (let k = 0; k < values.length; k++) yield valueRow(k + 2, values[k]!, strings);
}

/**
 * A sheet of ExcelJS's frame with these rows instead of its own, its dimension to row `lastRow`,
 * deflated at level 6 as its rows are made (a 2,000-plan compare sheet is tens of MB of XML).
 */
function withRows(xml: string, path: string, rows: Iterable<string>, lastRow: number): CompressedObject {
  const open = xml.indexOf('<sheetData>');
  const close = xml.indexOf('</sheetData>');
  const dim = /<dimension ref="A1:([A-Z]+)1"\/>/.exec(xml);
  if (open < 0 || close < 0 || !dim) throw new Error(`${path}: not the sheet ExcelJS writes`);
  const out = new DeflatedPart(6);
  out.write(xml.slice(0, open).replace(dim[0], `<dimension ref="A1:${dim[1]}${lastRow}"/>`) + '<sheetData>');
  for (const r of rows) out.write(r);
  out.write(xml.slice(close));
  return out.end();
}

/** A whole part's text deflated at level 6. */
function deflated6(text: string): CompressedObject {
  const out = new DeflatedPart(6);
  out.write(text);
  return out.end();
}

/** Inline text: &, < and > escaped, control characters dropped (most text has none: returned as it is). */
const XML_TEXT_SPECIAL = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const xmlText = (v: string): string =>
  !XML_TEXT_SPECIAL.test(v) ? v : v.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const columnNames: string[] = [];
/** `A`, `Z`, `AA`: the letters of a 0-based column. */
function columnName(i: number): string {
  let s = columnNames[i];
  if (s !== undefined) return s;
  s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return (columnNames[i] = s);
}

/** Row `row` of the targets sheet: numbers as numbers, text inline, booleans as booleans, null as no cell. */
function recordRow(r: TargetRecord, row: number, cols: readonly string[]): string {
  let cells = '';
  for (let i = 0; i < RECORD_FIELDS.length; i++) {
    const v = r[RECORD_FIELDS[i]!];
    if (v === null || v === undefined || v === '') continue;
    const ref = `${cols[i]}${row}`;
    if (typeof v === 'number') cells += `<c r="${ref}"><v>${v}</v></c>`;
    else if (typeof v === 'boolean') cells += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
    else cells += `<c r="${ref}" t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`;
  }
  return `<row r="${row}">${cells}</row>`;
}

/** Zip entries carry the time they were written: set them all to one date so the file is byte-stable. */
export function fixZipDates(buf: Buffer): Buffer {
  const dosTime = 0;
  const dosDate = ((2000 - 1980) << 9) | (1 << 5) | 1;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return buf;
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries && buf.readUInt32LE(p) === 0x02014b50; n++) {
    buf.writeUInt16LE(dosTime, p + 12);
    buf.writeUInt16LE(dosDate, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) === 0x04034b50) {
      buf.writeUInt16LE(dosTime, local + 10);
      buf.writeUInt16LE(dosDate, local + 12);
    }
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}
