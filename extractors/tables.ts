// Indicator tables (专栏, 主要指标表): each row gives a target (the target-year column) and a
// baseline (the base-year column), with the unit column and the attribute (约束性/预期性).
// Works on the text lines, not the cleaned stream: cells are found by pipes, tabs or runs of
// spaces on a line, or one cell a line; values are read from the right, where the value columns
// stand whatever the category and serial columns to their left hold. Words live in rules/tables.ts.
import { PER_YEAR } from '../rules/change.ts';
import { DECIMAL_UNIT_FORMS } from '../rules/units.ts';
import { tableBase, tableDirection, tableGrowth, tableRow } from './phrasings/table.ts';
import type { Attribute, DocStructure, Extracted } from '../model/schema.ts';
import { SPACE_CODES, stripSpace, type LineIndex } from '../model/text.ts';
import {
  ATTRIBUTE_CELL,
  BASE_COLUMN_SLACK,
  BASE_WORDS,
  CATEGORY_CELL,
  DIRECTION_CELLS,
  EMPTY_CELL,
  HEADER_CELLS,
  PROSE_LINE,
  SIGNS_AFTER,
  SIGNS_BEFORE,
  TARGET_WORDS,
  FIVE_YEAR_HEADER,
  UNIT_CELL,
  UNIT_IN_INDICATOR,
  CHANGE_IN_INDICATOR,
  CHANGE_IN_INDICATOR_DOWN,
  BRACKET_BEFORE_SIGN,
  GROWTH_COLUMN,
  WRAPPED_TAIL,
  VALUE_NUMBER,
  type ColumnRole,
} from '../rules/tables.ts';

interface Cell {
  /** white space removed, full-width digits and signs made half-width */
  text: string;
  start: number;
  end: number;
}

interface ValueColumn {
  role: 'base' | 'target';
  year: number | null;
  /** the header names it a target (目标值, 规划目标): in a monitoring report, a quoted target, no record */
  named: boolean;
  /** 年均增速: each cell a change per year, up, to the end year */
  growth: boolean;
}

interface Header {
  roles: ColumnRole[];
  values: ValueColumn[];
  /** one cell a line */
  perLine: boolean;
  hasAttribute: boolean;
  hasUnit: boolean;
  hasCategory: boolean;
  /** 0-based line of the header's first cell */
  line: number;
  /** the cells of the header, to skip it where a page break repeats it */
  key: string;
}

export interface TableResult {
  records: Extracted[];
  /** 1-based line ranges [first, last] that tables cover: other extractors' records there are dropped */
  ranges: [number, number][];
  /**
   * rows whose target cell is a sentence (力争每年下降1个百分点), by 1-based line: the sentence extractors
   * read them, and the row's indicator (as written) leads their records
   */
  labels: Map<number, string>;
}

interface ParsedValue {
  value: number;
  upper: number | null;
  comparator: Extracted['comparator'];
  unit: string | null;
  /** offset of the number's first character */
  at: number;
}

/** Most lines are no header: a cheap test before splitting (a header names 指标 or 项目). */
const HEADER_HINT = /指标|项目/;
const MAX_HEADER_CELL = 24;
const MAX_ROW_LINE = 160;
const MAX_CELL_LINE = 40;
/** non-rows (wrapped indicator names, notes) tolerated inside a table */
const MAX_GAP = 2;

const WIDE_TO_HALF: Record<string, string> = { '．': '.', '％': '%', '／': '/', '：': ':', '－': '-', '＋': '+', '～': '~' };

/** Codes normCell changes or drops: white space, full-width digits and the signs of WIDE_TO_HALF. */
const CELL_CHANGES = new Uint8Array(65536);
for (const c of SPACE_CODES) CELL_CHANGES[c] = 1;
for (let c = 0xff10; c <= 0xff19; c++) CELL_CHANGES[c] = 1;
for (const ch of Object.keys(WIDE_TO_HALF)) CELL_CHANGES[ch.charCodeAt(0)] = 1;

export function normCell(s: string): string {
  // most cells need nothing: returned as they are, without a copy character by character
  let i = 0;
  while (i < s.length && CELL_CHANGES[s.charCodeAt(i)] === 0) i++;
  if (i === s.length) return s;
  let out = '';
  for (const ch of stripSpace(s)) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xfee0);
    else out += WIDE_TO_HALF[ch] ?? ch;
  }
  return out;
}

const PIPE_RE = /[|｜│]/;
const PIPE_SPLIT = /[|｜│]/g;

/** The cells of one line (start and end are offsets in the text). */
function splitCells(line: string, at: number): Cell[] {
  const cells: Cell[] = [];
  const push = (a: number, b: number): void => {
    const raw = line.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    cells.push({ text: normCell(trimmed), start: at + a + lead, end: at + a + lead + trimmed.length });
  };
  if (PIPE_RE.test(line) && (line.match(PIPE_SPLIT)?.length ?? 0) >= 2) {
    let a = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i === line.length || PIPE_RE.test(line[i]!)) {
        push(a, i);
        a = i + 1;
      }
    }
    // markdown's outer pipes leave an empty first and last cell
    if (cells.length > 0 && cells[0]!.text === '') cells.shift();
    if (cells.length > 0 && cells[cells.length - 1]!.text === '') cells.pop();
    return cells;
  }
  const sep = line.includes('\t') ? /\t+/g : /[\s\u3000\u00a0]+/g;
  let a = 0;
  for (const m of line.matchAll(sep)) {
    if (m.index! > a) push(a, m.index!);
    a = m.index! + m[0].length;
  }
  if (a < line.length) push(a, line.length);
  return cells.filter((c) => c.text !== '');
}

function roleOf(cell: string): ColumnRole | null {
  const s = cell.replace(/[*#]/g, '');
  if (s.length === 0 || s.length > MAX_HEADER_CELL) return null;
  for (const h of HEADER_CELLS) if (h.pattern.test(s)) return h.role;
  return null;
}

function headerOf(texts: string[], line: number, perLine: boolean, period: [number, number] | null): Header | null {
  const roles: ColumnRole[] = [];
  let unknown = 0;
  for (const t of texts) {
    const r = roleOf(t);
    if (r === null) unknown++;
    roles.push(r ?? 'other');
  }
  if (!roles.includes('indicator') || !roles.includes('value') || unknown > (perLine ? 0 : 1)) return null;
  if (roles.length < (perLine ? 3 : 2)) return null;
  const valueTexts = texts.filter((_, i) => roles[i] === 'value');
  return {
    roles,
    values: valueColumns(valueTexts, period),
    perLine,
    hasAttribute: roles.includes('attribute'),
    hasUnit: roles.includes('unit'),
    hasCategory: roles.includes('category'),
    line,
    key: texts.join('|'),
  };
}

/** Roles and years of the value columns: named roles first, else years against the plan's period. */
function valueColumns(texts: string[], period: [number, number] | null): ValueColumn[] {
  const growth = texts.map((t) => GROWTH_COLUMN.test(t));
  const out = yearColumns(texts.filter((_, i) => !growth[i]), period);
  let k = 0;
  return growth.map((g) => (g ? { role: 'target' as const, year: period === null ? null : period[1], named: false, growth: true } : out[k++]!));
}

function yearColumns(texts: string[], period: [number, number] | null): ValueColumn[] {
  const cols = texts.map((t) => {
    const y = /(?:19|20)\d{2}/.exec(t);
    const f = FIVE_YEAR_HEADER.exec(t);
    // “十三五”末 is 2020, “十四五” 2025
    const year = y ? Number(y[0]) : f ? 2020 + 5 * ('三四五六'.indexOf(f[1]!) - 0) : null;
    let role: ValueColumn['role'] | null = BASE_WORDS.test(t) ? 'base' : TARGET_WORDS.test(t) && !/^(?:19|20)\d{2}年?$/.test(t) ? 'target' : null;
    if (role === null && f && period !== null && year !== null) role = year >= period[0] ? 'target' : 'base';
    return { year, role, named: role === 'target' && TARGET_WORDS.test(t) };
  });
  const years = cols.map((c) => c.year).filter((y): y is number => y !== null);
  const maxYear = years.length > 0 ? Math.max(...years) : null;
  const minYear = years.length > 1 ? Math.min(...years) : null;
  return cols.map((c, i) => {
    let role = c.role;
    if (role === null) {
      // 2021年 | 2025年 in a 2021—2025 plan: the earliest of several year columns, at the period's start, is the base
      const startBase = period !== null && c.year !== null && c.year === minYear && c.year !== maxYear && c.year <= period[0] + BASE_COLUMN_SLACK;
      if (c.year !== null && period !== null) role = c.year >= period[0] && !startBase ? 'target' : 'base';
      else if (c.year !== null) role = c.year === maxYear ? 'target' : 'base';
      else role = i === cols.length - 1 ? 'target' : 'base';
    }
    const year = c.year ?? (period === null ? null : role === 'target' ? period[1] : period[0] - 1);
    return { role, year, named: c.named, growth: false };
  });
}

/** A value cell: a number with its sign, bound word and unit; null for anything else. */
export function parseValue(cell: Cell): ParsedValue | null {
  let s = cell.text;
  // 〔>1.5〕: a five-year total's bracket around the sign
  if (BRACKET_BEFORE_SIGN.test(s)) s = s.slice(1);
  let comparator: Extracted['comparator'] = '=';
  for (const b of SIGNS_BEFORE) {
    const m = b.pattern.exec(s);
    if (m) {
      comparator = b.comparator;
      s = s.slice(m[0].length);
      break;
    }
  }
  for (const a of SIGNS_AFTER) {
    const m = a.pattern.exec(s);
    if (m) {
      if (comparator === '=') comparator = a.comparator;
      s = s.slice(0, m.index);
      break;
    }
  }
  const m = VALUE_NUMBER.exec(s);
  if (!m) return null;
  const rest = m[3]!;
  if (rest !== '' && !UNIT_CELL.test(rest)) return null;
  // 2.0级 is a magnitude, 4级 a grade
  if (DECIMAL_UNIT_FORMS.has(rest) && !m[1]!.includes('.')) return null;
  const value = Number(m[1]);
  const upper = m[2] === undefined ? null : Number(m[2]);
  if (!Number.isFinite(value)) return null;
  return { value, upper, comparator, unit: rest === '' ? null : unitText(rest), at: firstDigit(cell) };
}

function unitText(u: string): string {
  return u === '％' ? '%' : u === '/10万' ? '1/10万' : u;
}

/** Offset of the first digit of a cell's number in the text (a line's value column). */
let digitText = '';
function firstDigit(cell: Cell): number {
  for (let i = cell.start; i < cell.end; i++) {
    const c = digitText.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return i;
  }
  return cell.start;
}

const isEmptyCell = (c: Cell): boolean => EMPTY_CELL.test(c.text);
const isUnitCell = (c: Cell): boolean => c.text.length <= 10 && UNIT_CELL.test(c.text);
const directionOf = (c: Cell): 'up' | 'down' | 'keep' | null => DIRECTION_CELLS.find((d) => d.pattern.test(c.text))?.direction ?? null;
/** 1/10万 alone is the unit column, not a value of 1 */
const isValueCell = (c: Cell): boolean => !isUnitCell(c) && parseValue(c) !== null;
const HAN = /[\u4e00-\u9fff]/;
const SERIAL = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、]?$/;

interface Row {
  label: Cell[];
  unit: Cell | null;
  /** per value column, the cell or null */
  values: (Cell | null)[];
  attribute: string | null;
}

/** A row's cells as label, unit, values and attribute, read from the right. */
function parseRow(cells: Cell[], h: Header): Row | null {
  const k = h.values.length;
  let i = cells.length - 1;
  let attribute: string | null = null;
  // trailing columns other than values (备注 …) only when the row is complete
  if (cells.length === h.roles.length) {
    let j = h.roles.length - 1;
    while (j >= 0 && h.roles[j] === 'other') {
      j--;
      i--;
    }
  }
  if (i >= 0 && ATTRIBUTE_CELL.test(cells[i]!.text)) {
    attribute = cells[i]!.text.slice(0, 2) + '性';
    i--;
  }
  const values: (Cell | null)[] = [];
  while (i >= 0 && values.length < k && (isValueCell(cells[i]!) || isEmptyCell(cells[i]!) || directionOf(cells[i]!) !== null)) {
    values.unshift(isEmptyCell(cells[i]!) ? null : cells[i]!);
    i--;
  }
  // a value cell the header did not expect (a qualitative cell such as 持续下降) ends the row's values
  if (values.every((v) => v === null)) return null;
  while (values.length < k) values.unshift(null);
  let unit: Cell | null = null;
  if (i >= 0 && isUnitCell(cells[i]!) && (h.hasUnit || /^[%‰]$/.test(cells[i]!.text))) {
    unit = cells[i]!;
    i--;
  }
  // empty cells (a category merged over rows) say nothing
  let label = cells.slice(0, i + 1).filter((c) => c.text !== '');
  while (label.length > 0 && SERIAL.test(label[0]!.text)) label = label.slice(1);
  if (label.length >= 2 && HAN.test(label[0]!.text) && !/\d/.test(label[0]!.text)) {
    const second = label[1]!.text;
    // 健康水平 | 人均预期寿命, or a category before the serial (教育 | 3 | 适龄残疾儿童…)
    if (
      CATEGORY_CELL.test(label[0]!.text) ||
      (h.hasCategory && label[0]!.text.length <= 6 && (HAN.test(second[0] ?? '') || SERIAL.test(second)))
    )
      label = label.slice(1);
  }
  while (label.length > 0 && SERIAL.test(label[0]!.text)) label = label.slice(1);
  if (label.length === 0 || !label.some((c) => HAN.test(c.text))) return null;
  return { label, unit, values, attribute };
}

function contextOf(structure: DocStructure, line: number) {
  return structure.lines[line - 1] ?? { part: 'other' as const, domain: 'other', section: 'other', plan: null };
}

function periodAt(structure: DocStructure, line0: number): [number, number] | null {
  const ctx = structure.lines[line0];
  const plan = ctx?.plan ?? null;
  if (plan !== null) return structure.plans[plan]?.period ?? null;
  return structure.plans.find((p) => p.period !== null)?.period ?? null;
}

/** `text` as written (indicator and quote are sliced from it); cells hold the text read (simplified). */
function recordsOf(text: string, index: LineIndex, structure: DocStructure, h: Header, row: Row): Extracted[] {
  const first = row.label[0]!;
  let indicator = row.label.map((c) => stripSpace(text.slice(c.start, c.end))).join('');
  let unit: string | null = row.unit ? unitText(row.unit.text) : null;
  const inBrackets = UNIT_IN_INDICATOR.exec(row.label[row.label.length - 1]!.text);
  if (inBrackets && UNIT_CELL.test(inBrackets[1]!)) {
    unit ??= unitText(inBrackets[1]!);
    indicator = indicator.replace(/[(（][^()（）]*[)）]$/, '');
  }
  const out: Extracted[] = [];
  const monitoring = structure.genre === 'monitoring_report';
  h.values.forEach((col, j) => {
    const cell = row.values[j];
    if (!cell) return;
    // a monitoring report's table: the year columns are achievements, a target column only quotes the plan
    if (monitoring && col.named) return;
    const v = parseValue(cell);
    if (v === null) {
      const direction = directionOf(cell);
      if (direction === null || col.role !== 'target' || monitoring) return;
      // a qualitative record stands at its indicator (TARGETS.md)
      const { line, column } = index.position(first.start);
      const ctx = contextOf(structure, line);
      const rec: Extracted = {
        kind: 'qualitative',
        part: ctx.part,
        domain: ctx.domain,
        section: ctx.section,
        indicator: { text: indicator, id: null },
        verb: null,
        comparator: null,
        value: null,
        upper: null,
        unit: null,
        direction,
        change: null,
        year: col.year,
        source: { line, column, start: first.start, end: cell.end, quote: stripSpace(text.slice(first.start, cell.end)) },
        rule: tableDirection.meta.id,
      };
      if (row.attribute) rec.attribute = row.attribute as Attribute;
      out.push(rec);
      return;
    }
    const { line, column } = index.position(v.at);
    const ctx = contextOf(structure, line);
    const target = col.role === 'target';
    const changeVerb = target && !col.growth ? CHANGE_IN_INDICATOR.exec(indicator) : null;
    const base = changeVerb ? periodAt(structure, line - 1) : null;
    const rec: Extracted = {
      kind: target ? 'numeric' : 'baseline',
      part: ctx.part,
      domain: ctx.domain,
      section: ctx.section,
      indicator: { text: indicator, id: null },
      verb: null,
      comparator: target ? v.comparator : v.comparator === '=' ? '=' : v.comparator,
      value: v.value,
      upper: v.upper,
      // a growth cell is a percentage whatever the row's unit
      unit: v.unit ?? (col.growth ? '%' : unit),
      direction: col.growth ? 'up' : changeVerb ? (CHANGE_IN_INDICATOR_DOWN.has(changeVerb[1]!) ? 'down' : 'up') : null,
      change: col.growth
        ? { base_year: null, per_year: true }
        : changeVerb
          ? { base_year: base ? base[0] - 1 : null, per_year: PER_YEAR.test(indicator.slice(0, changeVerb.index)) }
          : null,
      year: col.year,
      source: { line, column, start: first.start, end: cell.end, quote: stripSpace(text.slice(first.start, cell.end)) },
      rule: col.growth ? tableGrowth.meta.id : target ? tableRow.meta.id : tableBase.meta.id,
    };
    if (target && row.attribute) rec.attribute = row.attribute as Attribute;
    out.push(rec);
  });
  return out;
}

/** Every indicator table of a text. */
export function extractTables(text: string, index: LineIndex, structure: DocStructure, original: string = text): TableResult {
  const result: TableResult = { records: [], ranges: [], labels: new Map() };
  if (!HEADER_HINT.test(text)) return result;
  /** the records of the row last read, and its line: a wrapped indicator may go on below it */
  let lastRow: { records: Extracted[]; line: number } = { records: [], line: -1 };
  digitText = text;
  const n = index.lineCount;
  // lines of the text read (traditional made simplified), at the offsets of the original
  const lineText = (i: number): string => {
    const s = index.starts[i]!;
    const e = i + 1 < n ? index.starts[i + 1]! - 1 : text.length;
    return text.slice(s, e).replace(/\r$/, '');
  };
  // only a line holding a header word can start a table: one search of the text finds them, in
  // order, instead of a slice and a test of every line; `next` is the first line not yet read
  const hint = new RegExp(HEADER_HINT.source, 'g');
  let next = 0;
  for (let m = hint.exec(text); m !== null; m = hint.exec(text)) {
    const i = index.lineOf(m.index) - 1;
    if (i < next) continue;
    next = i + 1;
    const line = lineText(i);
    if (line.length <= MAX_ROW_LINE) {
      const found = findHeader(i, line);
      if (found) {
        const end = found.h.perLine ? readCells(found.next, found.h) : readLines(found.next, found.h);
        if (end.last >= found.h.line) {
          result.ranges.push([found.h.line + 1, end.last + 1]);
          next = Math.max(i, end.last) + 1;
        }
      }
    }
    if (next >= n) break;
    hint.lastIndex = index.starts[next]!;
  }
  digitText = '';
  return result;

  function findHeader(i: number, line: string): { h: Header; next: number } | null {
    const period = periodAt(structure, i);
    const cells = splitCells(line, index.starts[i]!);
    if (cells.length >= 2) {
      const h = headerOf(
        cells.map((c) => c.text),
        i,
        false,
        period,
      );
      return h ? { h, next: i + 1 } : null;
    }
    if (cells.length !== 1 || roleOf(cells[0]!.text) === null) return null;
    // one header cell a line: gather the cells that follow
    const texts: string[] = [];
    let k = i;
    for (; k < n && texts.length < 12; k++) {
      const t = normCell(lineText(k));
      if (t === '') continue;
      if (roleOf(t) === null) break;
      texts.push(t);
    }
    // cells before the indicator's (类别, 序号) may stand on earlier lines; the header starts at i
    const h = headerOf(texts, i, true, period);
    return h ? { h, next: k } : null;
  }

  function emit(h: Header, row: Row, line: number): void {
    const records = recordsOf(original, index, structure, h, row);
    for (const r of records) result.records.push(r);
    lastRow = { records, line };
  }

  /** Rows one a line, from `from`; returns the last table line. */
  function readLines(from: number, h: Header): { last: number } {
    let last = h.line;
    let gap = 0;
    let blanks = 0;
    for (let i = from; i < n; i++) {
      const line = lineText(i);
      const t = line.trim();
      if (t === '') {
        if (++blanks > 1) break;
        continue;
      }
      blanks = 0;
      if (/^[|｜\s:：\-—+=]+$/.test(t)) {
        last = i;
        continue;
      }
      if (t.length > MAX_ROW_LINE || PROSE_LINE.test(normCell(t))) break;
      const cells = splitCells(line, index.starts[i]!);
      if (cells.map((c) => c.text).join('|') === h.key) {
        last = i;
        continue;
      }
      const row = cells.length >= 2 ? parseRow(cells, h) : null;
      if (!row) {
        // 城乡居民达到《国民体质测定标准》合格以上的人数 / 比例: the indicator cell wrapped onto the next line
        if (lastRow.line === i - 1 && lastRow.records.length > 0 && WRAPPED_TAIL.test(normCell(t)) && !CATEGORY_CELL.test(normCell(t))) {
          const tail = stripSpace(original.slice(index.starts[i]!, index.starts[i]! + line.length));
          for (const r of lastRow.records) r.indicator.text += tail;
          lastRow = { records: [], line: -1 };
          last = i;
          continue;
        }
        const label = cells.length >= 2 ? sentenceRowLabel(cells, h) : null;
        if (label) {
          result.labels.set(i + 1, label.cells.map((c) => stripSpace(original.slice(c.start, c.end))).join('').replace(/[(（][^()（）]*[)）]$/, ''));
          gap = 0;
          last = i;
          continue;
        }
        if (++gap > MAX_GAP) break;
        continue;
      }
      gap = 0;
      emit(h, row, i);
      last = i;
    }
    return { last };
  }

  /** One cell a line, from `from`: a row ends at its attribute, or at its last value column. */
  function readCells(from: number, h: Header): { last: number } {
    let last = h.line;
    let cur: Cell[] = [];
    let curLast = last;
    const k = h.values.length;
    const flush = (): boolean => {
      const row = cur.length >= 2 ? parseRow(cur, h) : null;
      cur = [];
      if (!row) return false;
      emit(h, row, curLast);
      last = curLast;
      return true;
    };
    const headerCells = new Set(h.key.split('|'));
    for (let i = from; i < n; i++) {
      const line = lineText(i);
      const t = normCell(line);
      if (t === '') continue;
      if (t.length > MAX_CELL_LINE || PROSE_LINE.test(t)) break;
      if (cur.length === 0 && headerCells.has(t) && roleOf(t) !== null) continue; // a header repeated after a page break
      const lead = line.length - line.trimStart().length;
      const cell: Cell = { text: t, start: index.starts[i]! + lead, end: index.starts[i]! + line.trimEnd().length };
      cur.push(cell);
      curLast = i;
      if (h.hasAttribute) {
        if (ATTRIBUTE_CELL.test(t)) flush();
        else if (cur.length > h.roles.length + 3) break; // no attribute where one was due: not this table any more
        continue;
      }
      // without an attribute column: the row is complete once k values follow a label
      let tail = 0;
      for (let j = cur.length - 1; j >= 0 && (isValueCell(cur[j]!) || isEmptyCell(cur[j]!)); j--) tail++;
      if (tail >= k && cur.length > tail) flush();
      else if (cur.length > h.roles.length + 3) break;
    }
    return { last };
  }
}

/**
 * Records of other extractors outside the lines tables cover; on a row whose target cell is a sentence,
 * theirs with the row's indicator.
 */
export function outsideTables(records: Extracted[], tables: Pick<TableResult, 'ranges' | 'labels'>): Extracted[] {
  const out: Extracted[] = [];
  for (const r of records) {
    const label = tables.labels.get(r.source.line);
    if (label !== undefined) {
      if (r.kind === 'numeric' || r.kind === 'qualitative') out.push({ ...r, indicator: { ...r.indicator, text: label } });
      continue;
    }
    if (!tables.ranges.some(([a, b]) => r.source.line >= a && r.source.line <= b)) out.push(r);
  }
  return out;
}

/** A row the header fits whose target cell is a sentence with a number: its indicator cells, else null. */
function sentenceRowLabel(cells: Cell[], h: Header): { cells: Cell[] } | null {
  let end = cells.length;
  if (end > 0 && ATTRIBUTE_CELL.test(cells[end - 1]!.text)) end--;
  const last = cells[end - 1];
  if (!last || !/\d/.test(last.text) || !HAN.test(last.text) || isValueCell(last) || last.text.length > 30) return null;
  let label = cells.slice(0, end - 1).filter((c) => c.text !== '' && !isEmptyCell(c) && !isValueCell(c) && !isUnitCell(c));
  while (label.length > 0 && SERIAL.test(label[0]!.text)) label = label.slice(1);
  if (label.length >= 2 && (CATEGORY_CELL.test(label[0]!.text) || h.hasCategory)) label = label.slice(1);
  return label.length === 1 && HAN.test(label[0]!.text) ? { cells: label } : null;
}
