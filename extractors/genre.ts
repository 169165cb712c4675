// Documents that are not plans: a monitoring report (统计监测报告) states achievements, so its
// figures are baselines of the plan it monitors, and the targets it quotes (距离92%的规划目标) are no records.
import type { DocStructure, Extracted } from '../model/schema.ts';
import { LineIndex } from '../model/text.ts';
import { BASE_YEAR_WORDS, COLUMN_YEAR_RULES, FROM_YEAR_BEFORE, NEXT_STEPS_HEADING, QUOTED_AFTER, QUOTED_BEFORE, QUOTED_REACH, TALLY_SENTENCE, TALLY_UNITS } from '../rules/genre.ts';

/** How far back (characters) a figure's heading is looked for. */
const HEADING_REACH = 4000;
/** How far before a value its year is looked for (2022年，全省婴儿死亡率为…). */
const YEAR_REACH = 80;

export function asAchievements(records: Extracted[], text: string, structure: DocStructure): Extracted[] {
  const reportYear = structure.reportYear ?? null;
  const out: Extracted[] = [];
  const index = new LineIndex(text);
  for (const r of records) {
    if (r.kind !== 'numeric' && r.kind !== 'baseline') continue;
    // the value's own character: the source's line and column point at it
    const at = index.starts[r.source.line - 1]! + r.source.column - 1;
    if (QUOTED_BEFORE.test(text.slice(Math.max(0, at - QUOTED_REACH), at)) || QUOTED_AFTER.test(afterValue(r, text, at))) continue;
    const sentence = sentenceBefore(text, r.source.start, r.source.end);
    if (r.unit !== null && TALLY_UNITS.has(r.unit) && TALLY_SENTENCE.test(sentence)) continue;
    // what the report plans for the next years is a target, as in a plan
    if (NEXT_STEPS_HEADING.test(lastNumberedHeading(text, at))) {
      if (r.kind === 'numeric') out.push(r);
      else if (reportYear !== null && r.year !== null && r.year > reportYear) out.push({ ...r, kind: 'numeric' });
      if (r.kind === 'numeric' || (reportYear !== null && r.year !== null && r.year > reportYear)) continue;
    }
    let year = r.year;
    // a table column's year, or the start of 由2020年的2.41人增加到2.78人: the figure's own
    const column =
      year !== null && (reportYear === null || year <= reportYear) && (COLUMN_YEAR_RULES.test(r.rule) || FROM_YEAR_BEFORE.test(text.slice(Math.max(0, at - 12), at).replace(/\s/g, '')));
    // a year the text does not state near the value is the plan's end year, a year after the report's cannot be
    // achieved yet, and a base year (由2020年的, 比2020年) is not the figure's: the report's year instead
    if (reportYear !== null && !column && (year === null || year > reportYear || !statedYear(sentence, year))) year = reportYear;
    // 比上年: the year before the figure's
    const change = r.change && year !== null && r.year !== null && r.change.base_year === r.year - 1 ? { ...r.change, base_year: year - 1 } : r.change;
    out.push({ ...r, kind: 'baseline', year, change });
  }
  return out;
}

/** The text of a record's sentence up to its end, at most YEAR_REACH characters back. */
function sentenceBefore(text: string, start: number, end: number): string {
  const from = Math.max(start - YEAR_REACH, text.lastIndexOf('。', start), text.lastIndexOf('\n', start), 0);
  return text.slice(from, end);
}

/** The year stated in the sentence as the figure's own: not only after a base word (由2020年的, 比2020年). */
function statedYear(sentence: string, year: number): boolean {
  const y = `${year}年`;
  for (let i = sentence.indexOf(y); i !== -1; i = sentence.indexOf(y, i + 1)) if (!BASE_YEAR_WORDS.test(sentence.slice(Math.max(0, i - 2), i))) return true;
  return false;
}

/** The text after a record's value: its quote past the value's number (超过85%的规划目标), then what follows the quote. */
function afterValue(r: Extracted, text: string, at: number): string {
  const m = /^[\d.]+/.exec(text.slice(at, at + 20));
  const inQuote = m ? text.slice(at + m[0].length, Math.max(at + m[0].length, r.source.end)) : '';
  return (inQuote + text.slice(r.source.end, r.source.end + 12)).replace(/\s/g, '');
}

/** The last line before `at` that opens with a numbered heading (五、…), or ''. */
function lastNumberedHeading(text: string, at: number): string {
  let end = text.lastIndexOf('\n', at);
  const floor = Math.max(0, at - HEADING_REACH);
  while (end > floor) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (/^[\s\u3000]*[一二三四五六七八九十]{1,3}[、.．]/.test(line)) return line;
    end = start - 1;
  }
  return '';
}
