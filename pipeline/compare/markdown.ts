// compare.md: coverage first, then a table per part and domain.
import { INCOMPARABLE_TEXT, REVIEWED_SIGN, VERDICT_SIGN, markedText } from './values.ts';
import type { Cell, CompareTable, Reference } from './types.ts';
import { trend, type HierarchyRow } from './hierarchy.ts';
import type { Progress, ProgressStatus } from './progress.ts';

const PART_TITLE: Record<string, string> = { women: 'Women', children: 'Children', other: 'Other' };

/** Rows in runs of one part and domain, in table order. */
export function groupRows<T extends { part: string; domain: string }>(rows: T[]): { part: string; domain: string; rows: T[] }[] {
  const groups: { part: string; domain: string; rows: T[] }[] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last && last.part === r.part && last.domain === r.domain) last.rows.push(r);
    else groups.push({ part: r.part, domain: r.domain, rows: [r] });
  }
  return groups;
}

export function partTitle(part: string): string {
  return PART_TITLE[part] ?? part;
}

const md = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function cellText(c: Cell | null): string {
  if (!c) return '';
  return `${markedText(c.text, c.reviewed)}${c.verdict ? ` ${VERDICT_SIGN[c.verdict]}` : ''}`;
}

/** `stricter`, `incomparable (different years)`: a verdict for CSV and notes. */
export function verdictText(c: Cell | null): string {
  if (!c?.verdict) return '';
  return c.why ? `${c.verdict} (${INCOMPARABLE_TEXT[c.why]})` : c.verdict;
}

export function referenceText(r: Reference | null): string {
  return r ? markedText(r.text, r.reviewed ?? false) : '';
}

export function referenceTitle(t: CompareTable): string {
  return t.reference.kind === 'national' ? 'national outline' : `${t.reference.label} (reference)`;
}

export interface Extras {
  hierarchy: HierarchyRow[];
  /** the progress rows, or only how many of each column have each status (progressKey) */
  progress: Progress[] | Map<string, number>;
}

/** The key of a column's count of a progress status. */
export const progressKey = (column: string, status: ProgressStatus): string => `${column}\u0000${status}`;

export const PROGRESS_STATUSES: ProgressStatus[] = ['achieved', 'not achieved', 'on track', 'needs acceleration', 'limited progress', 'deterioration', 'no data'];

/** Per column: its code, parents, and how many of its targets have each progress status. */
function placesSection(t: CompareTable, x: Extras): string[] {
  const out: string[] = ['## Jurisdictions', ''];
  out.push(`| jurisdiction | code | parents | compared with | ${PROGRESS_STATUSES.join(' | ')} |`);
  out.push(`| --- | --- | --- | --- | ${PROGRESS_STATUSES.map(() => '---:').join(' | ')} |`);
  let count = x.progress;
  if (Array.isArray(count)) {
    const n = new Map<string, number>();
    for (const p of count) n.set(progressKey(p.column, p.status), (n.get(progressKey(p.column, p.status)) ?? 0) + 1);
    count = n;
  }
  t.columns.forEach((c, i) => {
    const code = c.code ?? (c.candidates.length ? `ambiguous: ${c.candidates.join(' / ')}` : '');
    const parents = c.parents.map((p) => (p.code ? `${p.name} ${p.code}` : p.name)).join(' > ');
    const up = t.parentColumn[i]! >= 0 ? t.columns[t.parentColumn[i]!]!.label : '';
    const counts = PROGRESS_STATUSES.map((s) => count.get(progressKey(c.label, s)) ?? 0);
    out.push(`| ${md(c.label)} | ${md(code)} | ${md(parents)} | ${md(up)} | ${counts.join(' | ')} |`);
  });
  for (const d of t.duplicates) out.push('', `Several files for ${md(d.label)}, each kept as a column: ${d.files.map(md).join(', ')}.`);
  if (t.awaiting.length > 0) {
    const n = t.awaiting.reduce((a, w) => a + w.count, 0);
    out.push('', `${n} target${n === 1 ? '' : 's'} read from scans wait${n === 1 ? 's' : ''} for review (OCR unsure of the value) and ${n === 1 ? 'is' : 'are'} not compared: ${t.awaiting.map((w) => `${md(w.file)} (${w.count})`).join(', ')}.`);
  }
  out.push('');
  return out;
}

function hierarchySection(rows: HierarchyRow[]): string[] {
  if (rows.length === 0) return [];
  const out = ['## Down the hierarchy', '', 'Per indicator, a plan against its parent jurisdiction’s plan in the store (same year only).', ''];
  out.push('| indicator | step | pairs | stricter | equal | looser | not comparable | trend |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) out.push(`| ${md(r.indicator)} | ${r.step} | ${r.pairs} | ${r.stricter} | ${r.equal} | ${r.looser} | ${r.incomparable} | ${trend(r)} |`);
  out.push('');
  return out;
}

export function toMarkdown(t: CompareTable, x: Extras = { hierarchy: [], progress: [] }): string {
  const out: string[] = [];
  out.push('# Targets compared across jurisdictions', '');
  out.push(
    t.reference.kind === 'national'
      ? 'Reference: the national outlines (中国妇女发展纲要 / 中国儿童发展纲要 2021—2030) where the catalogue knows their figure.'
      : `Reference: ${md(t.reference.label)}.`,
  );
  out.push(
    '',
    `Legend: ${VERDICT_SIGN.stricter} stricter than the reference, ${VERDICT_SIGN.equal} equal, ${VERDICT_SIGN.looser} looser, ` +
      `${VERDICT_SIGN.incomparable} not comparable (different years, a change and a level, changes from different bases); ${REVIEWED_SIGN} reviewed; ` +
      `(year): the year a target is set for (its plan's end where the plan gives none). A verdict is given only between targets of one year.`,
    '',
  );
  out.push(`## Coverage of the ${t.referenceCount} reference indicators`, '');
  out.push('| jurisdiction | with a number | only qualitative | not at all | stricter | equal | looser |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of t.coverage) {
    out.push(`| ${md(c.column)} | ${c.numeric} | ${c.qualitative} | ${c.missing} | ${c.stricter} | ${c.equal} | ${c.looser} |`);
  }
  out.push('');
  out.push(...placesSection(t, x), ...hierarchySection(x.hierarchy));
  const head = `| indicator | ${md(referenceTitle(t))} | ${t.columns.map((c) => md(c.label)).join(' | ')} |`;
  const rule = `| --- | --- | ${t.columns.map(() => '---').join(' | ')} |`;
  for (const g of groupRows(t.rows)) {
    out.push(`## ${partTitle(g.part)} · ${md(g.domain)}`, '', head, rule);
    for (const r of g.rows) {
      out.push(`| ${md(r.name)} | ${md(referenceText(r.reference))} | ${r.cells.map((c) => md(cellText(c))).join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
