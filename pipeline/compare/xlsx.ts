// compare.xlsx: the table with verdict colours, and the coverage; byte-stable (fixed dates).
import ExcelJS from 'exceljs';
import { VERDICT_SIGN, REVIEWED_SIGN } from './values.ts';
import { cellText, referenceText, referenceTitle, verdictText } from './markdown.ts';
import type { CompareTable, Verdict } from './types.ts';
import { RECORD_FIELDS, type TargetRecord } from './records.ts';

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
  for (const r of t.rows) {
    const row = ws.addRow([r.part, r.domain, r.name, r.unit, referenceText(r.reference), ...r.cells.map(cellText)]);
    r.cells.forEach((c, i) => {
      if (!c?.verdict) return;
      const cell = row.getCell(6 + i);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[c.verdict] } };
      cell.note = `${verdictText(c)} · ${c.source.file}:${c.source.line} ${c.source.quote}`;
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

  // one row per target, numbers as numbers: what a researcher filters and pivots
  const tg = wb.addWorksheet('targets', { views: [{ state: 'frozen', ySplit: 1 }] });
  tg.columns = RECORD_FIELDS.map((f) => ({ header: f, width: f === 'quote' ? 40 : Math.max(8, f.length + 2) }));
  tg.getRow(1).font = { bold: true };
  for (const r of records) tg.addRow(RECORD_FIELDS.map((f) => r[f] ?? null));
  tg.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: RECORD_FIELDS.length } };

  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return fixZipDates(buf);
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
