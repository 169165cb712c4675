// A document's store rows as plain values: built where the document was analysed (a worker),
// so the single store writer only binds and inserts. No database code here.
import type { DocumentInfo, StoreStatus, Target } from '../../model/schema.ts';

export interface StoredDocument {
  path: string;
  file: string;
  name: string;
  info: DocumentInfo | null;
  bytes: number | null;
  rulesVersion: string;
  reviewsSha: string | null;
  status: 'ok' | 'failed';
  stage: string | null;
  error: string | null;
  reviewError: string | null;
  /** review entries that could no longer be placed */
  stale?: string[];
  /** targets and baselines with their store status (rejected ones included) */
  targets: { target: Target; storeStatus: StoreStatus }[];
  runId: number;
}

export interface ReviewLogEntry {
  doc: string;
  targetId: string;
  action: string;
  reviewer: string | null;
  at: string;
  before: unknown;
  after: unknown;
  entrySha: string;
}

/** Column order of each row below; the store's INSERTs are built from these lists. */
export const DOCUMENT_COLUMNS = [
  'path', 'file', 'name', 'sha256', 'format', 'bytes', 'jurisdiction', 'level', 'parents', 'plans', 'rules_version',
  'reviews_sha', 'status', 'stage', 'error', 'review_error', 'stale', 'targets', 'baselines', 'run_id', 'code', 'candidates',
  'genre',
] as const;
export const TARGET_COLUMNS = [
  'doc', 'id', 'seq', 'kind', 'part', 'domain', 'section', 'indicator_text', 'indicator_id', 'verb', 'comparator', 'value',
  'upper', 'unit', 'direction', 'change_base_year', 'change_per_year', 'year', 'norm_value', 'norm_unit', 'line', 'col', 'start', 'end', 'quote', 'status', 'rule', 'confidence',
  'attribute',
  'page', 'box',
] as const;
export const LOG_COLUMNS = ['doc', 'target_id', 'action', 'reviewer', 'at', 'before', 'after', 'entry_sha', 'run_id'] as const;

export type Value = string | number | null;

/** Everything the store keeps of one document, ready to bind. */
export interface DocumentRows {
  path: string;
  document: Value[];
  targets: Value[][];
  log: Value[][];
}

export function documentRows(doc: StoredDocument, reviewLog: ReviewLogEntry[] = []): DocumentRows {
  const info = doc.info;
  let targets = 0;
  let baselines = 0;
  for (const t of doc.targets) {
    if (t.storeStatus === 'rejected') continue;
    if (t.target.kind === 'baseline') baselines++;
    else targets++;
  }
  const document: Value[] = [
    doc.path,
    doc.file,
    doc.name,
    info?.sha256 ?? null,
    info?.format ?? null,
    doc.bytes,
    info?.jurisdiction.name ?? null,
    info?.jurisdiction.level ?? null,
    JSON.stringify(info?.jurisdiction.parents ?? []),
    JSON.stringify(info?.plans ?? []),
    doc.rulesVersion,
    doc.reviewsSha,
    doc.status,
    doc.stage,
    doc.error,
    doc.reviewError,
    JSON.stringify(doc.stale ?? []),
    targets,
    baselines,
    doc.runId,
    info?.jurisdiction.code ?? null,
    JSON.stringify(info?.jurisdiction.candidates ?? []),
    info?.genre ?? null,
  ];
  return {
    path: doc.path,
    document,
    targets: doc.targets.map(({ target: t, storeStatus }, seq) => [
      doc.path,
      t.id,
      seq,
      t.kind,
      t.part,
      t.domain,
      t.section,
      t.indicator.text,
      t.indicator.id,
      t.verb,
      t.comparator,
      t.value,
      t.upper,
      t.unit,
      t.direction,
      t.change?.base_year ?? null,
      t.change === null ? null : t.change.per_year ? 1 : 0,
      t.year,
      t.normalized?.value ?? null,
      t.normalized?.unit ?? null,
      t.source.line,
      t.source.column,
      t.source.start,
      t.source.end,
      t.source.quote,
      storeStatus,
      t.rule,
      t.confidence,
      t.attribute ?? null,
      // scans only: the page and the value's box on its image
      t.source.page ?? null,
      t.source.box ? JSON.stringify(t.source.box) : null,
    ]),
    log: reviewLog.map((e) => [
      e.doc,
      e.targetId,
      e.action,
      e.reviewer,
      e.at,
      JSON.stringify(e.before ?? null),
      JSON.stringify(e.after ?? null),
      e.entrySha,
      doc.runId,
    ]),
  };
}
