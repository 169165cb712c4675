// `review agree A B`: how far two reviewers agree on the same documents, and where they do not.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { similarity, stripSpace } from '../../model/text.ts';
import { InputError } from '../errors.ts';
import type { ReviewEntry, ReviewFile } from '../../model/schema.ts';
import { formatProblem, readReviewFile } from './file.ts';

const SUFFIX = '.review.json';
/** Fields compared where both reviewers kept a target: the record each one let stand. */
export const AGREE_FIELDS = ['kind', 'indicator', 'indicator_id', 'comparator', 'value', 'upper', 'unit', 'direction', 'year', 'verb', 'part', 'domain', 'section', 'quote'] as const;
type Field = (typeof AGREE_FIELDS)[number];

type Keep = 'keep' | 'reject';
const DECIDED = new Set(['accept', 'correct', 'reject']);

export interface Conflict {
  document: string;
  /** target id, or `add` */
  id: string;
  line: number | null;
  quote: string;
  what: string;
}

export interface Agreement {
  /** pairs of files compared: document name → [A file, B file] */
  pairs: [string, string, string][];
  /** files only one reviewer has */
  unpaired: string[];
  /** targets both decided */
  both: number;
  onlyA: number;
  onlyB: number;
  /** both kept or both rejected */
  keepAgree: number;
  /** same action (accept, correct, reject) */
  actionAgree: number;
  /** Cohen's kappa on keep (accept or correct) vs reject; null when chance agreement is 1 */
  kappa: number | null;
  rejectedA: number;
  rejectedB: number;
  /** per field, over targets both kept */
  fields: Record<Field, { compared: number; equal: number }>;
  additions: { both: number; onlyA: number; onlyB: number };
  conflicts: Conflict[];
}

function read(file: string): ReviewFile {
  const r = readReviewFile(file);
  if (!r) throw new InputError(file, 'no such file');
  if (!r.ok) throw new InputError(file, `invalid review file: ${formatProblem(file, r.problem)}`);
  return r.review;
}

/** The pairs to compare: two files, or two folders matched by file name. */
export function pairsOf(a: string, b: string): { pairs: [string, string, string][]; unpaired: string[] } {
  const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
  if (isDir(a) !== isDir(b)) throw new InputError(isDir(a) ? b : a, 'give two review files or two folders of them');
  if (!isDir(a)) return { pairs: [[basename(a).replace(SUFFIX, ''), a, b]], unpaired: [] };
  const list = (d: string) => readdirSync(d).filter((f) => f.endsWith(SUFFIX)).sort();
  const inB = new Set(list(b));
  const inA = new Set(list(a));
  return {
    pairs: list(a).filter((f) => inB.has(f)).map((f) => [f.slice(0, -SUFFIX.length), join(a, f), join(b, f)]),
    unpaired: [...list(a).filter((f) => !inB.has(f)).map((f) => join(a, f)), ...list(b).filter((f) => !inA.has(f)).map((f) => join(b, f))],
  };
}

/** An entry's key: its target id, else where it stands and what it names. */
const keyOf = (e: ReviewEntry) => e.id ?? `${e.was?.quote ?? e.quote}|${e.was?.indicator ?? e.indicator}`;

/** The record a reviewer let stand: the correction over what the machine said. */
function kept(e: ReviewEntry, f: Field): unknown {
  const w = (e.was ?? {}) as Record<string, unknown>;
  const v = (e as Record<string, unknown>)[f] !== undefined ? (e as Record<string, unknown>)[f] : w[f];
  if (v === undefined) return null;
  return typeof v === 'string' && (f === 'quote' || f === 'indicator') ? stripSpace(v) : v;
}

const show = (v: unknown) => (v === null ? 'null' : typeof v === 'string' ? v : JSON.stringify(v));

function sameAddition(x: ReviewEntry, y: ReviewEntry): boolean {
  if (x.line === undefined || y.line === undefined || Math.abs(x.line - y.line) > 1) return false;
  const a = stripSpace(x.quote ?? '');
  const b = stripSpace(y.quote ?? '');
  return a.includes(b) || b.includes(a) || similarity(a, b) >= 0.5;
}

export function agree(a: string, b: string): Agreement {
  const { pairs, unpaired } = pairsOf(a, b);
  const out: Agreement = {
    pairs,
    unpaired,
    both: 0,
    onlyA: 0,
    onlyB: 0,
    keepAgree: 0,
    actionAgree: 0,
    kappa: null,
    rejectedA: 0,
    rejectedB: 0,
    fields: Object.fromEntries(AGREE_FIELDS.map((f) => [f, { compared: 0, equal: 0 }])) as Agreement['fields'],
    additions: { both: 0, onlyA: 0, onlyB: 0 },
    conflicts: [],
  };
  let keepBoth = 0;
  let rejectBoth = 0;
  let keepA = 0;
  let keepB = 0;
  for (const [doc, fa, fb] of pairs) {
    const ra = read(fa);
    const rb = read(fb);
    const decided = (r: ReviewFile) => new Map(r.entries.filter((e) => DECIDED.has(e.action)).map((e) => [keyOf(e), e]));
    const da = decided(ra);
    const db = decided(rb);
    for (const [k, ea] of da) {
      const eb = db.get(k);
      if (!eb) {
        out.onlyA++;
        continue;
      }
      out.both++;
      const conflict = (what: string) =>
        out.conflicts.push({ document: doc, id: ea.id ?? k, line: ea.was?.line ?? ea.line ?? null, quote: ea.was?.quote ?? ea.quote ?? '', what });
      const ka: Keep = ea.action === 'reject' ? 'reject' : 'keep';
      const kb: Keep = eb.action === 'reject' ? 'reject' : 'keep';
      if (ka === 'keep') keepA++;
      else out.rejectedA++;
      if (kb === 'keep') keepB++;
      else out.rejectedB++;
      if (ea.action === eb.action) out.actionAgree++;
      if (ka !== kb) {
        conflict(`A ${ea.action}, B ${eb.action}`);
        continue;
      }
      out.keepAgree++;
      if (ka === 'reject') {
        rejectBoth++;
        continue;
      }
      keepBoth++;
      const differ: string[] = [];
      for (const f of AGREE_FIELDS) {
        const va = kept(ea, f);
        const vb = kept(eb, f);
        out.fields[f].compared++;
        if (JSON.stringify(va) === JSON.stringify(vb)) out.fields[f].equal++;
        else differ.push(`${f}: A ${show(va)}, B ${show(vb)}`);
      }
      if (differ.length) conflict(differ.join('; '));
    }
    for (const k of db.keys()) if (!da.has(k)) out.onlyB++;
    // additions: the same missed target, found by both
    const addsA = ra.entries.filter((e) => e.action === 'add');
    const addsB = rb.entries.filter((e) => e.action === 'add');
    const usedB = new Set<number>();
    for (const x of addsA) {
      const j = addsB.findIndex((y, i) => !usedB.has(i) && sameAddition(x, y));
      if (j >= 0) {
        usedB.add(j);
        out.additions.both++;
        const y = addsB[j]!;
        const differ = AGREE_FIELDS.filter((f) => f !== 'quote' && JSON.stringify(kept(x, f)) !== JSON.stringify(kept(y, f))).map(
          (f) => `${f}: A ${show(kept(x, f))}, B ${show(kept(y, f))}`,
        );
        if (differ.length) out.conflicts.push({ document: doc, id: 'add', line: x.line ?? null, quote: x.quote ?? '', what: `added by both; ${differ.join('; ')}` });
      } else {
        out.additions.onlyA++;
        out.conflicts.push({ document: doc, id: 'add', line: x.line ?? null, quote: x.quote ?? '', what: 'added by A only' });
      }
    }
    addsB.forEach((y, i) => {
      if (usedB.has(i)) return;
      out.additions.onlyB++;
      out.conflicts.push({ document: doc, id: 'add', line: y.line ?? null, quote: y.quote ?? '', what: 'added by B only' });
    });
  }
  // Cohen's kappa on keep vs reject: observed agreement against what the two reviewers' rates give by chance
  if (out.both > 0) {
    const po = (keepBoth + rejectBoth) / out.both;
    const pe = (keepA / out.both) * (keepB / out.both) + (out.rejectedA / out.both) * (out.rejectedB / out.both);
    out.kappa = pe < 1 ? (po - pe) / (1 - pe) : null;
  }
  return out;
}

const ratio = (n: number, d: number) => (d ? (n / d).toFixed(3) : '—');

export function formatAgreement(r: Agreement, a: string, b: string): string[] {
  const lines = [`A: ${a}`, `B: ${b}`];
  lines.push(`${r.pairs.length} document${r.pairs.length === 1 ? '' : 's'} reviewed by both: ${r.pairs.map((p) => p[0]).join(', ') || '—'}`);
  for (const u of r.unpaired) lines.push(`  only one reviewer has ${u}`);
  lines.push(`targets decided by both: ${r.both} (by A only ${r.onlyA}, by B only ${r.onlyB})`);
  lines.push(
    `accept/reject: agreement ${ratio(r.keepAgree, r.both)}, Cohen's kappa ${r.kappa === null ? '— (chance agreement is 1: both gave one answer only)' : r.kappa.toFixed(3)}` +
      ` (rejected: A ${r.rejectedA}, B ${r.rejectedB}; a correction counts as kept)`,
  );
  lines.push(`action (accept / correct / reject): agreement ${ratio(r.actionAgree, r.both)}`);
  const compared = r.fields.kind.compared;
  lines.push(`fields, on the ${compared} target${compared === 1 ? '' : 's'} both kept:`);
  lines.push('  ' + AGREE_FIELDS.map((f) => `${f} ${ratio(r.fields[f].equal, r.fields[f].compared)}`).join('  '));
  lines.push(`additions: ${r.additions.both} by both, ${r.additions.onlyA} by A only, ${r.additions.onlyB} by B only`);
  lines.push(`conflicts (${r.conflicts.length}):`);
  for (const c of r.conflicts) lines.push(`  ${c.document} ${c.id}${c.line ? ` line ${c.line}` : ''} «${c.quote}»: ${c.what}`);
  return lines;
}
