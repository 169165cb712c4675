// Documents that are not plans: a monitoring report (统计监测报告) states achievements, so its
// figures are baselines of the plan it monitors, and the targets it quotes (距离92%的规划目标) are no records.
import type { DocStructure, Extracted } from '../model/schema.ts';
import { QUOTED_AFTER, QUOTED_BEFORE, QUOTED_REACH } from '../rules/genre.ts';

/** How far before a value its year is looked for (2022年，全省婴儿死亡率为…). */
const YEAR_REACH = 80;

export function asAchievements(records: Extracted[], text: string, structure: DocStructure): Extracted[] {
  const reportYear = structure.reportYear ?? null;
  const out: Extracted[] = [];
  for (const r of records) {
    if (r.kind !== 'numeric' && r.kind !== 'baseline') continue;
    const at = valueStart(r, text);
    if (QUOTED_BEFORE.test(text.slice(Math.max(0, at - QUOTED_REACH), at)) || QUOTED_AFTER.test(text.slice(r.source.end, r.source.end + 12))) continue;
    let year = r.year;
    // a year the text does not state near the value is the plan's end year: the report's year instead
    if (reportYear !== null && (year === null || !sentenceBefore(text, r.source.start, r.source.end).includes(`${year}`))) year = reportYear;
    out.push({ ...r, kind: 'baseline', year });
  }
  return out;
}

/** Offset of the value's first digit: the quote is the source without white space. */
function valueStart(r: Extracted, text: string): number {
  const i = r.source.quote.search(/\d/);
  if (i < 0) return r.source.start;
  let seen = -1;
  for (let p = r.source.start; p < r.source.end; p++) {
    if (/\s/.test(text[p]!)) continue;
    if (++seen === i) return p;
  }
  return r.source.start;
}

/** The text of a record's sentence up to its end, at most YEAR_REACH characters back. */
function sentenceBefore(text: string, start: number, end: number): string {
  const from = Math.max(start - YEAR_REACH, text.lastIndexOf('。', start), text.lastIndexOf('\n', start), 0);
  return text.slice(from, end);
}
