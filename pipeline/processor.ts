// The stages that need no store, ingest → normalize: part of a document's work in a worker
// (document.ts), and eval's whole analysis.
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { analyzeStructure } from '../extractors/structure.ts';
import { extractTargets } from '../extractors/index.ts';
import { InputError, describeError } from './errors.ts';
import { documentRunner, type Stage, type StageFn } from './machine.ts';
import type { DocStructure, Extracted, Target } from '../model/schema.ts';
import type { Ingested } from './stages/ingest.ts';
import { normalizeTargets } from './stages/normalize.ts';
import type { OcrOptions } from './stages/ocr.ts';
import { groundScanned } from './stages/ocr-ground.ts';

/** What the analysis stages read and add. */
export interface AnalysisContext {
  path: string;
  file: string;
  data?: Buffer;
  maxBytes?: number;
  /** OCR of scans (default: auto, no page cache) */
  ocr?: OcrOptions;
  /** told as each stage starts (a worker reports where it is) */
  onStage?: (stage: Stage) => void;
  ingested?: Ingested;
  structure?: DocStructure;
  extracted?: Extracted[];
  targets?: Target[];
}

export const ANALYSIS_STAGES = ['ingest', 'structure', 'extract', 'normalize'] as const satisfies readonly Stage[];
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

// loaded on first use: its PDF, Word and HTML parsers weigh some 100 MB, which a main thread that
// leaves analysis to workers never needs; and once (a dynamic import through tsx's hooks costs
// some 0.7 ms each time)
let ingestModule: Promise<typeof import('./stages/ingest.ts')> | undefined;
const loadIngest = () => (ingestModule ??= import('./stages/ingest.ts'));

/** The stages that need no store: ingest → normalize. Also used by eval. */
export const analysisStages = {
  ingest: async (c: AnalysisContext, maxBytes?: number, ocr?: OcrOptions) => {
    const data = c.data ?? readPlanFile(c.path);
    const { ingestBuffer } = await loadIngest();
    return { ingested: await ingestBuffer(c.file, data, { maxBytes, ocr }), data: undefined };
  },
  structure: (c: AnalysisContext) => ({ structure: analyzeStructure(c.ingested!.text) }),
  extract: (c: AnalysisContext) => {
    const extracted = extractTargets(c.ingested!.text, c.structure!);
    if (extracted.length === 0 && c.structure!.plans.length === 0) {
      throw new InputError(c.file, 'no plan found: no plan title, period or target in the text');
    }
    return { extracted };
  },
  // scans: each record's page and box, and OCR's doubt in its confidence
  normalize: (c: AnalysisContext) => ({
    targets: groundScanned(
      normalizeTargets(c.extracted!),
      c.ingested!.text,
      c.ingested!.ocr,
      c.structure!.plans.flatMap((p) => (p.period ? [p.period] : [])),
    ),
  }),
};

export function readPlanFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new InputError(basename(path), `cannot read: ${why}`);
  }
}

/** The analysis stages, as a processor is configured: tests hand their own instead of patching modules. */
export type AnalysisStages = typeof analysisStages;

export interface AnalyzeOptions {
  file: string;
  path?: string;
  maxBytes?: number;
  ocr?: OcrOptions;
  /** stages that replace the default ones (tests: other rules) */
  stages?: Partial<AnalysisStages>;
  onStage?: (stage: Stage) => void;
}

/** A document's analysis: only what review, store rows and outputs need (prepareDocument, eval, reviews as gold). */
export type Analysis =
  | {
      ok: true;
      /** the text is needed by review (quotes) and write (derived text) */
      ingested: Ingested;
      /** DocStructure without its per-line contexts, which are not needed after extract */
      structure: Omit<DocStructure, 'lines' | 'reportYear'>;
      targets: Target[];
    }
  | { ok: false; stage: Stage; message: string };

/** A stage function that says where the document is before it runs. */
export function announced<C extends { onStage?: (stage: Stage) => void }>(stage: Stage, f: StageFn<C>): StageFn<C> {
  return (c) => {
    c.onStage?.(stage);
    return f(c);
  };
}

/** The machine's stage functions for ingest → normalize, `stages` over the defaults. */
export function analysisStageFns(stages: Partial<AnalysisStages> = {}): Record<AnalysisStage, StageFn<AnalysisContext>> {
  const st = { ...analysisStages, ...stages };
  return {
    ingest: announced('ingest', (c) => st.ingest(c, c.maxBytes, c.ocr)),
    structure: announced('structure', st.structure),
    extract: announced('extract', st.extract),
    normalize: announced('normalize', st.normalize),
  };
}

const defaultRunner = documentRunner(analysisStageFns(), ANALYSIS_STAGES);

/** One document's bytes through ingest → normalize on the document machine; a failure names its stage. */
export async function analyze(data: Buffer | undefined, options: AnalyzeOptions): Promise<Analysis> {
  const runner = options.stages ? documentRunner(analysisStageFns(options.stages), ANALYSIS_STAGES) : defaultRunner;
  const out = await runner({ path: options.path ?? options.file, file: options.file, data, maxBytes: options.maxBytes, ocr: options.ocr, onStage: options.onStage });
  if (out.failed) return { ok: false, ...out.failed };
  const c = out.context;
  const { jurisdiction, plans, genre } = c.structure!;
  return { ok: true, ingested: c.ingested!, structure: { jurisdiction, plans, ...(genre ? { genre } : {}) }, targets: c.targets! };
}
