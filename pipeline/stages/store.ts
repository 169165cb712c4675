// The SQLite store: one writer, WAL, one transaction per document.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../errors.ts';
import type { DocumentInfo, StoreStatus, Target } from '../schema.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  path TEXT PRIMARY KEY,            -- as given on the command line, posix separators
  file TEXT NOT NULL,               -- base name
  name TEXT NOT NULL,               -- output stem: <out>/<name>.targets.json
  sha256 TEXT,
  format TEXT,
  bytes INTEGER,
  jurisdiction TEXT,
  level TEXT,
  parents TEXT NOT NULL DEFAULT '[]',  -- JSON array
  plans TEXT NOT NULL DEFAULT '[]',    -- JSON array of Plan
  rules_version TEXT,
  reviews_sha TEXT,                 -- hash of the review file applied, or null
  status TEXT NOT NULL,             -- ok | failed
  stage TEXT,                       -- the stage that failed
  error TEXT,
  review_error TEXT,                -- an invalid review file: results unreviewed
  stale TEXT NOT NULL DEFAULT '[]', -- JSON array: review entries that could no longer be placed
  targets INTEGER NOT NULL DEFAULT 0,
  baselines INTEGER NOT NULL DEFAULT 0,
  run_id INTEGER
);
CREATE TABLE IF NOT EXISTS targets (
  doc TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,             -- order in the document's output
  kind TEXT NOT NULL,
  part TEXT NOT NULL,
  domain TEXT NOT NULL,
  section TEXT NOT NULL,
  indicator_text TEXT NOT NULL,
  indicator_id TEXT,
  verb TEXT,
  comparator TEXT,
  value REAL,
  unit TEXT,
  direction TEXT,
  year INTEGER,
  norm_value REAL,
  norm_unit TEXT,
  line INTEGER NOT NULL,
  col INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  quote TEXT NOT NULL,
  status TEXT NOT NULL,             -- extracted | accepted | corrected | added | rejected
  rule TEXT NOT NULL,
  json TEXT NOT NULL,               -- the full Target as written to JSON
  PRIMARY KEY (doc, id)
);
CREATE INDEX IF NOT EXISTS targets_indicator ON targets(indicator_id);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  version TEXT NOT NULL,
  rules_version TEXT NOT NULL,
  documents INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  targets INTEGER NOT NULL DEFAULT 0,
  failures INTEGER NOT NULL DEFAULT 0,
  args TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS review_log (
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL,
  target_id TEXT NOT NULL,
  action TEXT NOT NULL,             -- accept | reject | correct | add
  reviewer TEXT,
  at TEXT NOT NULL,                 -- when the decision was first seen by a run
  before TEXT,                      -- JSON of the target before, or null
  after TEXT,                       -- JSON of the target after, or null
  entry_sha TEXT NOT NULL,          -- hash of the review entry: a decision is logged once
  run_id INTEGER,
  UNIQUE (doc, target_id, entry_sha)
);
`;

export const STORE_VERSION = '1';

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

export class Store {
  readonly db: Database.Database;

  constructor(readonly file: string, opts: { readonly?: boolean } = {}) {
    try {
      if (!opts.readonly) mkdirSync(dirname(file), { recursive: true });
      this.db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false, timeout: 30_000 });
      if (!opts.readonly) {
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
        this.db.pragma('foreign_keys = ON');
        this.db.exec(SCHEMA);
        // stores made before the stale column
        const cols = this.db.prepare('PRAGMA table_info(documents)').all() as { name: string }[];
        if (!cols.some((c) => c.name === 'stale')) this.db.exec("ALTER TABLE documents ADD COLUMN stale TEXT NOT NULL DEFAULT '[]'");
        this.db.prepare('INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)').run('store_version', STORE_VERSION);
      }
    } catch (err) {
      throw new InputError(file, `cannot open the store: ${(err as Error).message}`);
    }
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared once per store: a run saves thousands of documents with the same statements. */
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  close(): void {
    this.db.close();
  }

  beginRun(version: string, rulesVersion: string, args: string[], at: string): number {
    const r = this.db
      .prepare('INSERT INTO runs(started_at, version, rules_version, args) VALUES (?, ?, ?, ?)')
      .run(at, version, rulesVersion, JSON.stringify(args));
    return Number(r.lastInsertRowid);
  }

  finishRun(id: number, counts: { documents: number; skipped: number; targets: number; failures: number }, at: string): void {
    this.db
      .prepare('UPDATE runs SET finished_at = ?, documents = ?, skipped = ?, targets = ?, failures = ? WHERE id = ?')
      .run(at, counts.documents, counts.skipped, counts.targets, counts.failures, id);
  }

  /** What a previous run recorded for a path, for incremental runs. */
  fingerprint(path: string): { sha256: string | null; rulesVersion: string | null; reviewsSha: string | null; status: string; name: string } | undefined {
    return this.db
      .prepare('SELECT sha256, rules_version AS rulesVersion, reviews_sha AS reviewsSha, status, name FROM documents WHERE path = ?')
      .get(path) as never;
  }

  /** Replace everything known about one document, atomically. */
  saveDocument(doc: StoredDocument, reviewLog: ReviewLogEntry[] = []): void {
    const info = doc.info;
    const insertDoc = this.stmt(`INSERT INTO documents
      (path, file, name, sha256, format, bytes, jurisdiction, level, parents, plans, rules_version, reviews_sha,
       status, stage, error, review_error, stale, targets, baselines, run_id)
      VALUES (@path, @file, @name, @sha256, @format, @bytes, @jurisdiction, @level, @parents, @plans, @rulesVersion,
       @reviewsSha, @status, @stage, @error, @reviewError, @stale, @targets, @baselines, @runId)`);
    const insertTarget = this.stmt(`INSERT INTO targets
      (doc, id, seq, kind, part, domain, section, indicator_text, indicator_id, verb, comparator, value, unit, direction,
       year, norm_value, norm_unit, line, col, start, "end", quote, status, rule, json)
      VALUES (@doc, @id, @seq, @kind, @part, @domain, @section, @indicatorText, @indicatorId, @verb, @comparator, @value,
       @unit, @direction, @year, @normValue, @normUnit, @line, @col, @start, @end, @quote, @status, @rule, @json)`);
    const insertLog = this.stmt(`INSERT OR IGNORE INTO review_log
      (doc, target_id, action, reviewer, at, before, after, entry_sha, run_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const tx = this.db.transaction(() => {
      this.stmt('DELETE FROM targets WHERE doc = ?').run(doc.path);
      this.stmt('DELETE FROM documents WHERE path = ?').run(doc.path);
      const live = doc.targets.filter((t) => t.storeStatus !== 'rejected');
      insertDoc.run({
        path: doc.path,
        file: doc.file,
        name: doc.name,
        sha256: info?.sha256 ?? null,
        format: info?.format ?? null,
        bytes: doc.bytes,
        jurisdiction: info?.jurisdiction.name ?? null,
        level: info?.jurisdiction.level ?? null,
        parents: JSON.stringify(info?.jurisdiction.parents ?? []),
        plans: JSON.stringify(info?.plans ?? []),
        rulesVersion: doc.rulesVersion,
        reviewsSha: doc.reviewsSha,
        status: doc.status,
        stage: doc.stage,
        error: doc.error,
        reviewError: doc.reviewError,
        stale: JSON.stringify(doc.stale ?? []),
        targets: live.filter((t) => t.target.kind !== 'baseline').length,
        baselines: live.filter((t) => t.target.kind === 'baseline').length,
        runId: doc.runId,
      });
      doc.targets.forEach(({ target: t, storeStatus }, seq) => {
        insertTarget.run({
          doc: doc.path,
          id: t.id,
          seq,
          kind: t.kind,
          part: t.part,
          domain: t.domain,
          section: t.section,
          indicatorText: t.indicator.text,
          indicatorId: t.indicator.id,
          verb: t.verb,
          comparator: t.comparator,
          value: t.value,
          unit: t.unit,
          direction: t.direction,
          year: t.year,
          normValue: t.normalized?.value ?? null,
          normUnit: t.normalized?.unit ?? null,
          line: t.source.line,
          col: t.source.column,
          start: t.source.start,
          end: t.source.end,
          quote: t.source.quote,
          status: storeStatus,
          rule: t.rule,
          json: JSON.stringify(t),
        });
      });
      for (const e of reviewLog) {
        insertLog.run(e.doc, e.targetId, e.action, e.reviewer, e.at, JSON.stringify(e.before ?? null), JSON.stringify(e.after ?? null), e.entrySha, doc.runId);
      }
    });
    tx.immediate();
  }

  /** Mark a document as seen in this run without touching its results (incremental runs). */
  touch(path: string, runId: number): void {
    this.stmt('UPDATE documents SET run_id = ? WHERE path = ?').run(runId, path);
  }

  documents(): { path: string; file: string; name: string; status: string; error: string | null; reviewError: string | null; stale: string[]; jurisdiction: string | null; level: string | null; parents: string[]; plans: unknown[]; targets: number; baselines: number; sha256: string | null; format: string | null }[] {
    const rows = this.db
      .prepare(`SELECT path, file, name, status, error, review_error AS reviewError, stale, jurisdiction, level, parents, plans,
                targets, baselines, sha256, format FROM documents ORDER BY path`)
      .all() as Record<string, unknown>[];
    return rows.map((r) => ({
      ...r,
      stale: JSON.parse((r.stale as string | null) ?? '[]'),
      parents: JSON.parse(r.parents as string),
      plans: JSON.parse(r.plans as string),
    })) as never;
  }

  /** Targets of one document (or all), rejected ones only when asked. */
  targets(opts: { doc?: string; includeRejected?: boolean } = {}): { doc: string; storeStatus: StoreStatus; target: Target }[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (opts.doc) {
      where.push('doc = ?');
      args.push(opts.doc);
    }
    if (!opts.includeRejected) where.push("status != 'rejected'");
    const sql = `SELECT doc, status, json FROM targets ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY doc, seq`;
    return (this.db.prepare(sql).all(...args) as { doc: string; status: StoreStatus; json: string }[]).map((r) => ({
      doc: r.doc,
      storeStatus: r.status,
      target: JSON.parse(r.json) as Target,
    }));
  }

  reviewLog(doc?: string): ReviewLogEntry[] {
    const rows = this.db
      .prepare(`SELECT doc, target_id AS targetId, action, reviewer, at, before, after, entry_sha AS entrySha FROM review_log
                ${doc ? 'WHERE doc = ?' : ''} ORDER BY id`)
      .all(...(doc ? [doc] : [])) as Record<string, unknown>[];
    return rows.map((r) => ({ ...r, before: JSON.parse(r.before as string), after: JSON.parse(r.after as string) })) as never;
  }

  lastRun(): { id: number; started_at: string; finished_at: string | null; documents: number; targets: number; failures: number } | undefined {
    return this.db.prepare('SELECT * FROM runs ORDER BY id DESC LIMIT 1').get() as never;
  }
}
