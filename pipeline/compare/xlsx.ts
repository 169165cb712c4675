// compare.xlsx: the table with verdict colours, and the coverage; byte-stable (fixed dates).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { VERDICT_SIGN, REVIEWED_SIGN } from './values.ts';
import { cellText, referenceText, referenceTitle, verdictText } from './markdown.ts';
import type { CompareTable, Verdict } from './types.ts';
import { RECORD_FIELDS, type TargetRecord } from './records.ts';

/** Tables with more columns carry no note (source quote) per verdict cell; the targets sheet has them. */
export const NOTES_UP_TO = 200;

/** Rows of the targets sheet at most (the XML of a row is ~1.5 kB; targets.csv has them all). */
export const XLSX_TARGETS_LIMIT = 50_000;

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const FILL: Record<Verdict, string> = { stricter: 'FFC6EFCE', equal: 'FFFFEB9C', looser: 'FFFFC7CE', incomparable: 'FFEDEDED' };

export async function toXlsx(t: CompareTable, records: TargetRecord[] = []): Promise<Buffer> {
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
  const withNotes = t.columns.length <= NOTES_UP_TO;
  for (const r of t.rows) {
    const row = ws.addRow([r.part, r.domain, r.name, r.unit, referenceText(r.reference), ...r.cells.map(cellText)]);
    r.cells.forEach((c, i) => {
      if (!c?.verdict) return;
      const cell = row.getCell(6 + i);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[c.verdict] } };
      // a note per verdict costs ExcelJS dearly: large tables leave the sources to the targets sheet
      if (withNotes) cell.note = `${verdictText(c)} · ${c.source.file}:${c.source.line} ${c.source.quote}`;
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 5 + t.columns.length } };

  const cov = wb.addWorksheet('coverage');
  cov.columns = [
    { header: 'jurisdiction', width: 24 },
    { header: 'with a number', width: 14 },
    { header: 'only qualitative', width: 16 },
    { header: 'not at all', width: 12 },
    { header: 'stricter', width: 10 },
    { header: 'equal', width: 10 },
    { header: 'looser', width: 10 },
  ];
  cov.getRow(1).font = { bold: true };
  for (const c of t.coverage) cov.addRow([c.column, c.numeric, c.qualitative, c.missing, c.stricter, c.equal, c.looser]);
  cov.addRow([]);
  cov.addRow([`of ${t.referenceCount} reference indicators (${referenceTitle(t)})`]);
  cov.addRow([
    `colours: green ${VERDICT_SIGN.stricter} stricter, yellow ${VERDICT_SIGN.equal} equal, red ${VERDICT_SIGN.looser} looser, grey not comparable; ${REVIEWED_SIGN} reviewed`,
  ]);

  // one row per target, numbers as numbers: what a researcher filters and pivots. ExcelJS writes the
  // sheet's header, columns and filter; its rows are written as XML below (ExcelJS takes ~0.5 ms a
  // row, minutes for a 2,000-plan store)
  const tg = wb.addWorksheet('targets', { views: [{ state: 'frozen', ySplit: 1 }] });
  tg.columns = RECORD_FIELDS.map((f) => ({ header: f, width: f === 'quote' ? 40 : Math.max(8, f.length + 2) }));
  tg.getRow(1).font = { bold: true };
  tg.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: RECORD_FIELDS.length } };

  let buf: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (records.length) buf = await spliceRows(buf, wb.worksheets.indexOf(tg) + 1, records.slice(0, XLSX_TARGETS_LIMIT));
  return fixZipDates(buf);
}

const xmlText = (v: string): string =>
  v.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** `A`, `Z`, `AA`: the letters of a 0-based column. */
function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Rows 2… of sheet `n`: numbers as numbers, text inline, booleans as booleans, null as no cell. */
async function spliceRows(buf: Buffer, n: number, records: TargetRecord[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  const path = `xl/worksheets/sheet${n}.xml`;
  const xml = await zip.file(path)!.async('string');
  const cols = RECORD_FIELDS.map((_, i) => columnName(i));
  const rows: string[] = [];
  records.forEach((r, k) => {
    const row = k + 2;
    const cells: string[] = [];
    RECORD_FIELDS.forEach((f, i) => {
      const v = r[f];
      if (v === null || v === undefined || v === '') return;
      const ref = `${cols[i]}${row}`;
      if (typeof v === 'number') cells.push(`<c r="${ref}"><v>${v}</v></c>`);
      else if (typeof v === 'boolean') cells.push(`<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`);
      else cells.push(`<c r="${ref}" t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`);
    });
    rows.push(`<row r="${row}">${cells.join('')}</row>`);
  });
  const at = xml.indexOf('</sheetData>');
  if (at < 0) throw new Error(`${path}: no sheetData`);
  const dim = `A1:${cols[cols.length - 1]}${records.length + 1}`;
  zip.file(path, xml.slice(0, at).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dim}"/>`) + rows.join('') + xml.slice(at));
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
  return Buffer.from(out);
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
