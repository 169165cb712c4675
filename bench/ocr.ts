// How well a scan gives the targets of its text: a plan drawn as a scan (bench/scan.ts), run
// through the analysis (OCR included), its numeric targets matched against the text version's.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeStructure } from '../extractors/structure.ts';
import { mulberry32, variant } from './generate.ts';
import { similarity } from '../model/text.ts';
import { awaitsReview } from '../rules/confidence.ts';
import type { Target } from '../model/schema.ts';
import { analyze } from '../pipeline/processor.ts';
import { DEFAULT_OCR_MAX_PAGES } from '../pipeline/stages/ocr.ts';
import { makeScan, type ScanOptions } from './scan.ts';

export interface ScanScore {
  /** numeric targets of the text version */
  expected: number;
  /** numeric targets read from the scan */
  found: number;
  /** found ones that match a text target: same value, unit, comparator, range, year, change, indicator */
  matched: number;
  recall: number;
  precision: number;
  /**
   * The same over the scan records OCR did not flag: those the comparison keeps, not waiting for
   * review (rules/confidence.ts awaitsReview), the one line between flagged and not. The bar of
   * issue #18 is on both precisions, all records' and these.
   */
  compared: { found: number; matched: number; precision: number };
  misses: Target[];
  extras: Target[];
  /** right records that wait for review (not compared): what compared recall loses */
  held: Target[];
}

const same = (a: Target, b: Target) =>
  a.value === b.value &&
  a.unit === b.unit &&
  a.comparator === b.comparator &&
  a.upper === b.upper &&
  a.year === b.year &&
  JSON.stringify(a.change) === JSON.stringify(b.change) &&
  (a.indicator.id !== null && a.indicator.id === b.indicator.id ? true : similarity(a.indicator.text, b.indicator.text) >= 0.5);


/** Numeric targets of the scan against those of the text, one to one, in order. */
export function scoreScan(text: Target[], scan: Target[]): ScanScore {
  const want = text.filter((t) => t.kind === 'numeric');
  const got = scan.filter((t) => t.kind === 'numeric');
  const used = new Set<number>();
  const extras: Target[] = [];
  const matchedScan = new Set<Target>();
  for (const g of got) {
    const i = want.findIndex((w, k) => !used.has(k) && same(w, g));
    if (i === -1) extras.push(g);
    else {
      used.add(i);
      matchedScan.add(g);
    }
  }
  const compared = got.filter((g) => !awaitsReview('extracted', g.rule, g.confidence, true));
  const comparedMatched = compared.filter((g) => matchedScan.has(g)).length;
  return {
    expected: want.length,
    found: got.length,
    matched: matchedScan.size,
    recall: want.length ? matchedScan.size / want.length : 1,
    precision: got.length ? matchedScan.size / got.length : 1,
    compared: { found: compared.length, matched: comparedMatched, precision: compared.length ? comparedMatched / compared.length : 1 },
    misses: want.filter((_, k) => !used.has(k)),
    extras,
    held: got.filter((g) => matchedScan.has(g) && !compared.includes(g)),
  };
}

export interface ScanRun {
  pages: number;
  seconds: number;
  score: ScanScore;
  /** the OCR text, for a look at what went wrong */
  text: string;
  /** the scan's document failed (this line) */
  failed?: string;
}

/**
 * Draws `text` as a scan, reads it back, scores it against the text's own targets (or, with
 * `truth`, against those: a Markdown or HTML plan's, whose text is what is drawn).
 */
export async function measureScan(name: string, text: string, opts: ScanOptions & { cacheDir?: string | null; truth?: Target[] } = {}): Promise<ScanRun> {
  const scan = await makeScan(text, opts);
  const drawn = opts.maxPages === undefined ? text : scan.pageLines.flat().join('\n');
  const truth = opts.truth && opts.maxPages === undefined ? { ok: true as const, targets: opts.truth } : await analyze(Buffer.from(drawn), { file: `${name}.txt` });
  if (!truth.ok) throw new Error(truth.message);
  const cacheDir = opts.cacheDir === undefined ? null : opts.cacheDir;
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const t0 = performance.now();
  const read = await analyze(scan.pdf, { file: `${name}.pdf`, ocr: { mode: 'auto', cacheDir, maxPages: DEFAULT_OCR_MAX_PAGES } });
  const seconds = (performance.now() - t0) / 1000;
  // a scan the pipeline refuses (its text reads as no plan) gives nothing: every target a miss
  if (!read.ok) return { pages: scan.images.length, seconds, score: scoreScan(truth.targets, []), text: '', failed: read.message };
  return { pages: scan.images.length, seconds, score: scoreScan(truth.targets, read.targets), text: read.ingested.text };
}

/**
 * A plan file drawn as a scan and scored: its text as the extractor reads it (Markdown, HTML and
 * the rest as text) is what is drawn; `variant`: names and values moved first (bench/generate.ts).
 */
export async function measurePlanScan(path: string, opts: ScanOptions & { cacheDir?: string | null; variant?: number } = {}): Promise<ScanRun> {
  let data = readFileSync(path);
  let file = basename(path);
  if (opts.variant !== undefined) {
    const text = data.toString('utf8');
    data = Buffer.from(variant({ text, name: analyzeStructure(text).jurisdiction.name }, 0, mulberry32(opts.variant)));
    file = file.replace(/\.[^.]+$/, '') + `-variant${opts.variant}.txt`;
  }
  const plain = await analyze(data, { file });
  if (!plain.ok) throw new Error(plain.message);
  const name = file.replace(/\.[^.]+$/, '');
  return measureScan(name, /\.(md|markdown)$/i.test(file) ? printedMarkdown(plain.ingested.text) : plain.ingested.text, { ...opts, truth: plain.targets });
}

/** Markdown as it would be printed: no heading marks, a table's cells apart, no rule rows. */
export function printedMarkdown(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s*\|?\s*:?-{3,}/.test(l))
    .map((l) => (/^\s*\|/.test(l) ? l.replace(/^\s*\||\|\s*$/g, '').split('|').map((c) => c.trim()).filter(Boolean).join(' ') : l.replace(/^\s*#+\s*/, '')))
    .join('\n');
}

/** A scratch cache folder, emptied. */
export function freshDir(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
