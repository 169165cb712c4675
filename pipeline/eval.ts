// `plan-targets eval`: the extractor against hand-checked records, per kind and per field.
import { readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { similarity, stripSpace } from '../model/text.ts';
import { InputError } from './errors.ts';
import { analyze, readPlanFile } from './processor.ts';
import { GoldRecord, Kind, type Target } from '../model/schema.ts';

export const FIELDS = ['comparator', 'unit', 'year', 'verb', 'part', 'domain', 'section', 'indicator', 'change', 'upper'] as const;
type Field = (typeof FIELDS)[number];

/** A predicted record in gold terms (TARGETS.md's record shape). */
export type Predicted = GoldRecord;

/** A target as a record in gold terms: what eval compares, and what reviews count as gold. */
export function predictedOf(doc: string, t: Target): Predicted {
  return {
    doc,
    line: t.source.line,
    part: t.part,
    domain: t.domain,
    section: t.section,
    kind: t.kind,
    indicator: t.indicator.text,
    verb: t.verb,
    comparator: t.comparator,
    value: t.value,
    unit: t.unit,
    direction: t.direction,
    year: t.year,
    quote: t.source.quote,
    change: t.change,
    upper: t.upper,
  };
}

export function readGold(path: string): GoldRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(path, `cannot read the gold file: ${(err as Error).message}`);
  }
  const out: GoldRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      throw new InputError(path, 'not valid JSON', `${i + 1}`);
    }
    const r = GoldRecord.safeParse(obj);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new InputError(path, `${issue.path.join('.') || 'record'}: ${issue.message}`, `${i + 1}`);
    }
    out.push(r.data);
  });
  return out;
}

const sameNumber = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

/**
 * Gold and predicted records pair one-to-one: same document and kind, same value and unit,
 * line within ±1; indicators decide between candidates (and must resemble for
 * records without a value).
 */
export function matchRecords(gold: GoldRecord[], pred: Predicted[]): { pairs: [GoldRecord, Predicted][]; misses: GoldRecord[]; extras: Predicted[] } {
  const cands: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      if (p.doc !== g.doc || p.kind !== g.kind) return;
      const dl = Math.abs(p.line - g.line);
      if (dl > 1) return;
      if (!sameNumber(g.value, p.value) || (g.unit ?? null) !== (p.unit ?? null)) return;
      const sim = similarity(stripSpace(g.indicator), stripSpace(p.indicator));
      if (g.value === null && sim < 0.3) return;
      cands.push({ g: gi, p: pi, score: sim * 2 - dl });
    });
  });
  cands.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [GoldRecord, Predicted][] = [];
  for (const c of cands) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([gold[c.g]!, pred[c.p]!]);
  }
  return {
    pairs,
    misses: gold.filter((_, i) => !usedG.has(i)),
    extras: pred.filter((_, i) => !usedP.has(i)),
  };
}

export interface KindScore {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  documents: string[];
  kinds: Record<Kind, KindScore>;
  fields: Record<Field, { matched: number; correct: number; accuracy: number }>;
  misses: GoldRecord[];
  extras: Predicted[];
  wrong: { field: Field; gold: GoldRecord; predicted: Predicted }[];
}

function fieldEqual(field: Field, g: GoldRecord, p: Predicted): boolean {
  if (field === 'indicator') return stripSpace(g.indicator) === stripSpace(p.indicator);
  // gold written before changes and ranges says nothing of them: every record of it is a level without an upper end
  if (field === 'change') return JSON.stringify(g.change ?? null) === JSON.stringify(p.change ?? null);
  return (g[field] ?? null) === (p[field] ?? null);
}

export function score(gold: GoldRecord[], pred: Predicted[]): EvalReport {
  const { pairs, misses, extras } = matchRecords(gold, pred);
  const kinds = {} as Record<Kind, KindScore>;
  for (const k of Kind.options) {
    const g = gold.filter((r) => r.kind === k).length;
    const p = pred.filter((r) => r.kind === k).length;
    const m = pairs.filter(([r]) => r.kind === k).length;
    const precision = p ? m / p : g ? 0 : 1;
    const recall = g ? m / g : 1;
    kinds[k] = { gold: g, predicted: p, matched: m, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  const fields = {} as EvalReport['fields'];
  const wrong: EvalReport['wrong'] = [];
  for (const f of FIELDS) {
    let correct = 0;
    for (const [g, p] of pairs) {
      if (fieldEqual(f, g, p)) correct++;
      else wrong.push({ field: f, gold: g, predicted: p });
    }
    fields[f] = { matched: pairs.length, correct, accuracy: pairs.length ? correct / pairs.length : 1 };
  }
  return { documents: [...new Set(gold.map((g) => g.doc))].sort(), kinds, fields, misses, extras, wrong };
}

/** Extract each gold document afresh from the corpus folder, in memory. */
export async function predictFor(docs: string[], corpus: string): Promise<Predicted[]> {
  return (await predictionsFor(docs, corpus)).pred;
}

/** The same, with the rule that produced each prediction. */
export async function predictionsFor(docs: string[], corpus: string): Promise<{ pred: Predicted[]; ruleOf: Map<Predicted, string> }> {
  const pred: Predicted[] = [];
  const ruleOf = new Map<Predicted, string>();
  for (const doc of docs) {
    const path = join(corpus, doc);
    if (!existsSync(path)) throw new InputError(doc, `gold names a document that is not in ${corpus}/`);
    const a = await analyze(readPlanFile(path), { path, file: basename(path) });
    if (!a.ok) throw new InputError(doc, a.message);
    for (const t of a.targets) {
      const p = predictedOf(doc, t);
      pred.push(p);
      ruleOf.set(p, t.rule);
    }
  }
  return { pred, ruleOf };
}

/** Per rule: how many of its records the gold holds, of how many it made. */
export interface RuleScore {
  predicted: number;
  matched: number;
  precision: number;
}

/** Each rule's precision on the gold: what a record's `confidence` says (rules/confidence.ts). */
export function rulePrecision(gold: GoldRecord[], pred: Predicted[], ruleOf: Map<Predicted, string>): Record<string, RuleScore> {
  const matched = new Set(matchRecords(gold, pred).pairs.map(([, p]) => p));
  const out: Record<string, RuleScore> = {};
  for (const p of pred) {
    const rule = ruleOf.get(p) ?? 'unknown';
    const s = (out[rule] ??= { predicted: 0, matched: 0, precision: 0 });
    s.predicted++;
    if (matched.has(p)) s.matched++;
  }
  for (const s of Object.values(out)) s.precision = Math.round((1000 * s.matched) / s.predicted) / 1000;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export const CONFIDENCE_BEGIN = '// <measured by `plan-targets eval --gold test/gold --write-confidence`: do not edit by hand>';
export const CONFIDENCE_END = '// </measured>';

/** rules/confidence.ts with its table replaced by these measurements; the rest of the file is kept. */
export function withConfidenceTable(source: string, scores: Record<string, RuleScore>, gold: { documents: number; records: number }): string {
  const from = source.indexOf(CONFIDENCE_BEGIN);
  const to = source.indexOf(CONFIDENCE_END);
  if (from < 0 || to < from) throw new InputError('rules/confidence.ts', `the markers of the measured table are missing (${CONFIDENCE_BEGIN} … ${CONFIDENCE_END})`);
  const rows = Object.entries(scores).map(([rule, s]) => `  ${JSON.stringify(rule).replace(/^"|"$/g, "'")}: ${s.precision}, // ${s.matched} of ${s.predicted}`);
  const table = [
    CONFIDENCE_BEGIN,
    `// on ${gold.documents} gold document${gold.documents === 1 ? '' : 's'}, ${gold.records} records; per rule: records the gold holds, of those it made`,
    'export const RULE_PRECISION: Record<string, number> = {',
    ...rows,
    '};',
  ].join('\n');
  return source.slice(0, from) + table + '\n' + source.slice(to);
}

const pct = (x: number) => x.toFixed(3);

export function formatReport(r: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  lines.push(`documents: ${r.documents.join(', ')}`);
  lines.push('kind            gold  pred  match  precision  recall     F1');
  for (const [k, s] of Object.entries(r.kinds)) {
    lines.push(
      `${k.padEnd(14)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ${String(s.matched).padStart(6)}` +
        `      ${pct(s.precision)}   ${pct(s.recall)}  ${pct(s.f1)}`,
    );
  }
  lines.push('field accuracy on matched records:');
  lines.push('  ' + Object.entries(r.fields).map(([f, s]) => `${f} ${pct(s.accuracy)}`).join('  '));
  if (verbose) {
    const fmt = (x: { doc: string; line: number; kind: string; value: number | null; unit: string | null; quote: string }) =>
      `${x.doc}:${x.line} ${x.kind} ${x.value ?? ''}${x.unit ?? ''} ${x.quote}`;
    lines.push(`\nmisses (${r.misses.length}):`);
    for (const g of r.misses) lines.push('  - ' + fmt(g));
    lines.push(`\nextras (${r.extras.length}):`);
    for (const p of r.extras) lines.push('  + ' + fmt(p));
    lines.push(`\nwrong fields (${r.wrong.length}):`);
    for (const w of r.wrong) {
      const gv = w.field === 'indicator' ? w.gold.indicator : (w.gold as never)[w.field];
      const pv = w.field === 'indicator' ? w.predicted.indicator : (w.predicted as never)[w.field];
      lines.push(`  ~ ${w.gold.doc}:${w.gold.line} ${w.field}: gold ${JSON.stringify(gv)} got ${JSON.stringify(pv)}  «${w.gold.quote}»`);
    }
  }
  return lines.join('\n');
}
