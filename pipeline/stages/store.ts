// The SQLite store: one writer, WAL, one transaction per document.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, resolve, sep } from 'node:path';
import { InputError } from '../errors.ts';
import { documentKey, isInside, keyPath } from '../identity.ts';
import type { Place, StoreStatus, Target } from '../../model/schema.ts';
import { readParents } from './place.ts';
import { DOCUMENT_COLUMNS, LOG_COLUMNS, TARGET_COLUMNS, documentRows, type DocumentRows, type ReviewLogEntry, type StoredDocument } from './rows.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  path TEXT PRIMARY KEY,            -- identity: the path relative to the corpus root (meta corpus_root), posix separators
  file TEXT NOT NULL,               -- base name
  name TEXT NOT NULL,               -- output stem: <out>/<name>.targets.json
  sha256 TEXT,
  format TEXT,
  bytes INTEGER,
  jurisdiction TEXT,
  level TEXT,
  parents TEXT NOT NULL DEFAULT '[]',  -- JSON array of {name, code, level} (older stores: of names)
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
  run_id INTEGER,
  code TEXT,                        -- GB/T 2260 division code of the jurisdiction
  candidates TEXT NOT NULL DEFAULT '[]', -- JSON array: codes an ambiguous name could be
  genre TEXT                        -- monitoring_report for a 统计监测报告; null for plans
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
  upper REAL,                       -- the upper end of a range
  unit TEXT,
  direction TEXT,
  change_base_year INTEGER,
  change_per_year INTEGER,          -- null: a level; 0 or 1: a change (base year in change_base_year, or null)
  year INTEGER,
  norm_value REAL,
  norm_unit TEXT,
  line INTEGER NOT NULL,
  col INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  quote TEXT NOT NULL,
  status TEXT NOT NULL,             -- extracted | accepted | corrected | added | rejected
  rule TEXT NOT NULL,               -- the columns hold the whole Target: Store.targets() rebuilds it
  confidence REAL NOT NULL DEFAULT 0.5,
  attribute TEXT,                   -- indicator tables: 约束性 | 预期性
  page INTEGER,                     -- scans: the page the value was read from by OCR
  box TEXT,                         -- scans: JSON [left, top, right, bottom] of the value on the page image
  PRIMARY KEY (doc, id)
);
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
-- earlier versions of a document (its file's content changed, or it could no longer be read):
-- what was stored then, its targets with their review statuses; the current one is in documents
CREATE TABLE IF NOT EXISTS versions (
  doc TEXT NOT NULL,
  version INTEGER NOT NULL,
  sha256 TEXT,
  format TEXT,
  bytes INTEGER,
  jurisdiction TEXT,
  plans TEXT NOT NULL DEFAULT '[]',
  rules_version TEXT,
  targets INTEGER NOT NULL DEFAULT 0,
  baselines INTEGER NOT NULL DEFAULT 0,
  stored_run INTEGER,               -- the run that stored this version
  superseded_run INTEGER,           -- the run that stored the next one
  PRIMARY KEY (doc, version)
);
`;

/** version_targets: the targets table's columns, keyed by version too. */
const VERSION_TARGETS = (cols: string) => `
CREATE TABLE IF NOT EXISTS version_targets (
  version INTEGER NOT NULL,
  ${cols},
  PRIMARY KEY (doc, version, id)
)`;

export type TargetColumn = (typeof TARGET_COLUMNS)[number];
const TARGET_COLUMN_SET = new Set<string>(TARGET_COLUMNS);

/** Indexes for readers' queries, not needed by the writer: a large run builds them once at its end. */
const READER_INDEXES = ['CREATE INDEX IF NOT EXISTS targets_indicator ON targets(indicator_id)'];

/** 2: identities relative to the corpus root; versions. */
export const STORE_VERSION = '2';

export type { ReviewLogEntry, StoredDocument } from './rows.ts';

export interface ForgetResult {
  path: string;
  file: string;
  name: string;
  version: number;
  /** target and baseline rows removed, rejected ones included */
  targetRows: number;
  /** kept: review log entries and earlier versions */
  reviewLog: number;
  versions: number;
}

export interface VersionInfo {
  version: number;
  sha256: string | null;
  format: string | null;
  jurisdiction: string | null;
  targets: number;
  baselines: number;
  status: string;
  storedRun: number | null;
  storedAt: string | null;
  supersededRun: number | null;
  supersededAt: string | null;
  current: boolean;
}

interface TargetRow {
  doc: string;
  id: string;
  kind: Target['kind'];
  part: Target['part'];
  domain: string;
  section: string;
  indicator_text: string;
  indicator_id: string | null;
  verb: string | null;
  comparator: Target['comparator'];
  value: number | null;
  upper: number | null;
  unit: string | null;
  direction: Target['direction'];
  change_base_year: number | null;
  change_per_year: number | null;
  year: number | null;
  norm_value: number | null;
  norm_unit: string | null;
  line: number;
  col: number;
  start: number;
  end: number;
  quote: string;
  status: StoreStatus;
  rule: string;
  confidence: number;
  attribute: Target['attribute'] | null;
  page: number | null;
  box: string | null;
}

/** A stored row as the Target it was made from, keys in the schema's order (outputs compare byte for byte). */
function targetOf(r: TargetRow): Target {
  return {
    id: r.id,
    kind: r.kind,
    part: r.part,
    domain: r.domain,
    section: r.section,
    indicator: { text: r.indicator_text, id: r.indicator_id },
    verb: r.verb,
    comparator: r.comparator,
    value: r.value,
    upper: r.upper,
    unit: r.unit,
    direction: r.direction,
    change: r.change_per_year === null ? null : { base_year: r.change_base_year, per_year: r.change_per_year === 1 },
    year: r.year,
    normalized: r.norm_unit === null || r.norm_value === null ? null : { value: r.norm_value, unit: r.norm_unit },
    source: {
      line: r.line,
      column: r.col,
      start: r.start,
      end: r.end,
      quote: r.quote,
      ...(r.page !== null ? { page: r.page } : {}),
      ...(r.box !== null ? { box: JSON.parse(r.box) as [number, number, number, number] } : {}),
    },
    // only extracted records are rejected: that is the status they had
    status: r.status === 'rejected' ? 'extracted' : r.status,
    rule: r.rule,
    confidence: r.confidence,
    ...(r.attribute ? { attribute: r.attribute } : {}),
  };
}

export class Store {
  readonly db: Database.Database;

  constructor(readonly file: string, opts: { readonly?: boolean } = {}) {
    try {
      if (!opts.readonly) mkdirSync(dirname(file), { recursive: true });
      this.db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false, timeout: 30_000 });
      if (!opts.readonly) {
        // a new store only (set before WAL; an existing file keeps its size): a run of a few hundred
        // plans inserts its target rows in about 10% less CPU than with pages of 4 KB
        this.db.pragma('page_size = 8192');
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
        this.db.pragma('foreign_keys = ON');
        // a run writes tens of MB: a larger page cache keeps index pages in memory, and rarer
        // checkpoints mean fewer fsyncs (each costs the writer tens of milliseconds)
        this.db.pragma('cache_size = -65536');
        this.db.pragma('wal_autocheckpoint = 8192');
        this.db.exec(SCHEMA);
        // also after a run killed while it had them dropped
        this.ensureReaderIndexes();
        // stores made before the stale column
        const cols = this.db.prepare('PRAGMA table_info(documents)').all() as { name: string }[];
        if (!cols.some((c) => c.name === 'stale')) this.db.exec("ALTER TABLE documents ADD COLUMN stale TEXT NOT NULL DEFAULT '[]'");
        // stores made before division codes: parents stay names, read by readParents
        if (!cols.some((c) => c.name === 'code')) this.db.exec('ALTER TABLE documents ADD COLUMN code TEXT');
        if (!cols.some((c) => c.name === 'candidates')) this.db.exec("ALTER TABLE documents ADD COLUMN candidates TEXT NOT NULL DEFAULT '[]'");
        // stores made before document genres: every document a plan until re-extracted
        if (!cols.some((c) => c.name === 'genre')) this.db.exec('ALTER TABLE documents ADD COLUMN genre TEXT');
        // stores made when each target was also kept as JSON: the columns say the same
        const targetCols = this.db.prepare('PRAGMA table_info(targets)').all() as { name: string }[];
        if (targetCols.some((c) => c.name === 'json')) this.db.exec('ALTER TABLE targets DROP COLUMN json');
        // stores made before changes and ranges (a level without an upper end), confidence, table attributes and scans (no page, no box)
        for (const [col, type] of [['upper', 'REAL'], ['change_base_year', 'INTEGER'], ['change_per_year', 'INTEGER'], ['confidence', 'REAL NOT NULL DEFAULT 0.5'], ['attribute', 'TEXT'], ['page', 'INTEGER'], ['box', 'TEXT']] as const)
          if (!targetCols.some((c) => c.name === col)) this.db.exec(`ALTER TABLE targets ADD COLUMN ${col} ${type}`);
        // stores made before versions: every document is its first
        for (const [col, type] of [['version', 'INTEGER NOT NULL DEFAULT 1'], ['stored_run', 'INTEGER']] as const)
          if (!cols.some((c) => c.name === col)) this.db.exec(`ALTER TABLE documents ADD COLUMN ${col} ${type}`);
        // version_targets mirrors targets (its columns as they are now, and any added later)
        const liveCols = this.db.prepare('PRAGMA table_info(targets)').all() as { name: string; type: string }[];
        this.db.exec(VERSION_TARGETS(liveCols.map((c) => `"${c.name}" ${c.type}`).join(', ')));
        const kept = new Set((this.db.prepare('PRAGMA table_info(version_targets)').all() as { name: string }[]).map((c) => c.name));
        for (const c of liveCols) if (!kept.has(c.name)) this.db.exec(`ALTER TABLE version_targets ADD COLUMN "${c.name}" ${c.type}`);
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
  fingerprint(path: string):
    | {
        sha256: string | null;
        rulesVersion: string | null;
        reviewsSha: string | null;
        status: string;
        name: string;
        targets: number;
        baselines: number;
        reviewError: string | null;
        stale: string[];
      }
    | undefined {
    const row = this.stmt(
      `SELECT sha256, rules_version AS rulesVersion, reviews_sha AS reviewsSha, status, name, targets, baselines,
              review_error AS reviewError, stale FROM documents WHERE path = ?`,
    ).get(path) as (Record<string, unknown> & { stale: string }) | undefined;
    return row ? ({ ...row, stale: JSON.parse(row.stale) } as never) : undefined;
  }

  /** Drops the readers' indexes: a run about to write many documents inserts faster without them. */
  dropReaderIndexes(): void {
    this.db.exec('DROP INDEX IF EXISTS targets_indicator');
  }

  ensureReaderIndexes(): void {
    for (const sql of READER_INDEXES) this.db.exec(sql);
  }

  documentCount(): number {
    return (this.stmt('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  }

  /** Replace everything known about one document, atomically. */
  saveDocument(doc: StoredDocument, reviewLog: ReviewLogEntry[] = []): void {
    this.saveRows([documentRows(doc, reviewLog)]);
  }

  /**
   * Replace everything known about these documents in one transaction: all of them or none.
   * `touched`: documents seen in this run whose results stay as they are (incremental runs).
   */
  saveRows(docs: DocumentRows[], touched: { path: string; runId: number }[] = []): void {
    const insert = (table: string, cols: readonly string[], verb = 'INSERT') =>
      this.stmt(`${verb} INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
    const insertDoc = insert('documents', DOCUMENT_COLUMNS);
    const insertTarget = insert('targets', TARGET_COLUMNS);
    const insertLog = insert('review_log', LOG_COLUMNS, 'INSERT OR IGNORE');
    const deleteTargets = this.stmt('DELETE FROM targets WHERE doc = ?');
    const deleteDoc = this.stmt('DELETE FROM documents WHERE path = ?');
    const touch = this.stmt('UPDATE documents SET run_id = ? WHERE path = ?');
    const previous = this.stmt('SELECT sha256, status, version FROM documents WHERE path = ?');
    const lastVersion = this.stmt('SELECT max(version) AS v FROM versions WHERE doc = ?');
    const setVersion = this.stmt('UPDATE documents SET version = ?, stored_run = ? WHERE path = ?');
    const SHA = DOCUMENT_COLUMNS.indexOf('sha256');
    const RUN = DOCUMENT_COLUMNS.indexOf('run_id');
    this.db
      .transaction(() => {
        for (const d of docs) {
          const runId = d.document[RUN] as number | null;
          const prev = previous.get(d.path) as { sha256: string | null; status: string; version: number } | undefined;
          let version: number;
          if (!prev) {
            // new, or forgotten and back: after its last version
            version = ((lastVersion.get(d.path) as { v: number | null }).v ?? 0) + 1;
          } else if (prev.status === 'ok' && prev.sha256 !== d.document[SHA]) {
            // its content changed (or it can no longer be read): what was stored stays, as history
            this.archive(d.path, runId);
            version = prev.version + 1;
          } else {
            // the same content again (new rules, a review), or a failure replaced: the same version
            version = prev.version;
          }
          deleteTargets.run(d.path);
          deleteDoc.run(d.path);
          insertDoc.run(d.document);
          setVersion.run(version, runId, d.path);
          for (const row of d.targets) insertTarget.run(row);
          for (const row of d.log) insertLog.run(row);
        }
        for (const t of touched) touch.run(t.runId, t.path);
      })
      .immediate();
  }

  /** Copies a document's current row and targets into versions / version_targets. */
  private archive(doc: string, supersededRun: number | null): void {
    const cols = TARGET_COLUMNS.map((c) => `"${c}"`).join(', ');
    this.stmt(
      `INSERT OR REPLACE INTO versions (doc, version, sha256, format, bytes, jurisdiction, plans, rules_version, targets, baselines, stored_run, superseded_run)
       SELECT path, version, sha256, format, bytes, jurisdiction, plans, rules_version, targets, baselines, coalesce(stored_run, run_id), ?
       FROM documents WHERE path = ?`,
    ).run(supersededRun, doc);
    this.stmt(`INSERT OR REPLACE INTO version_targets (version, ${cols}) SELECT (SELECT version FROM documents WHERE path = ?), ${cols} FROM targets WHERE doc = ?`).run(
      doc,
      doc,
    );
  }

  /** Whether the store keeps versions (a store made before them, opened read-only, does not). */
  hasVersions(): boolean {
    return this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'version_targets'").get() !== undefined;
  }

  /** The corpus root identities are relative to (absolute), or null for a store made before roots. */
  corpusRoot(): string | null {
    return (this.db.prepare("SELECT value FROM meta WHERE key = 'corpus_root'").get() as { value: string } | undefined)?.value ?? null;
  }

  /**
   * Records the corpus root. `prefix`: the old root is a folder under the new one, and every stored
   * identity gains it. `legacy`: a store made before roots keyed documents by the path given on the
   * command line (relative to the working directory `cwd`, or absolute): those under the root are
   * keyed relative to it. One transaction.
   */
  setCorpusRoot(root: string, opts: { prefix?: string; legacy?: { cwd: string } } = {}): { rekeyed: number; merged: number } {
    let rekeyed = 0;
    let merged = 0;
    this.db
      .transaction(() => {
        this.db.pragma('defer_foreign_keys = ON');
        const moves: [string, string][] = [];
        const paths = (this.db.prepare('SELECT path FROM documents UNION SELECT doc FROM versions UNION SELECT doc FROM review_log').all() as { path: string }[]).map(
          (r) => r.path,
        );
        for (const p of paths) {
          let to = p;
          if (opts.legacy) {
            // only what lies under the root: a path from another working directory stays as it was
            const abs = resolve(opts.legacy.cwd, p);
            if (isInside(abs, root)) to = documentKey(root, abs);
          }
          else if (opts.prefix) to = isAbsolute(p) ? p : opts.prefix + p;
          if (to !== p) moves.push([p, to]);
        }
        for (const [from, to] of moves) {
          const taken = this.db.prepare('SELECT run_id FROM documents WHERE path = ?').get(to) as { run_id: number | null } | undefined;
          const mine = this.db.prepare('SELECT run_id FROM documents WHERE path = ?').get(from) as { run_id: number | null } | undefined;
          if (taken && mine) {
            // one file stored twice (run from two working directories): the later is current, the other history
            const [older, newer] = (taken.run_id ?? 0) >= (mine.run_id ?? 0) ? [from, to] : [to, from];
            this.rename(older, `${to}\u0000old`);
            this.rename(newer, to);
            this.mergeAsVersion(`${to}\u0000old`, to);
            merged++;
          } else {
            this.rename(from, to);
          }
          rekeyed++;
        }
        this.db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run('corpus_root', root);
        this.db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run('store_version', STORE_VERSION);
      })
      .immediate();
    return { rekeyed, merged };
  }

  private rename(from: string, to: string): void {
    this.db.prepare('UPDATE documents SET path = ? WHERE path = ?').run(to, from);
    this.db.prepare('UPDATE targets SET doc = ? WHERE doc = ?').run(to, from);
    this.db.prepare('UPDATE review_log SET doc = ? WHERE doc = ?').run(to, from);
    this.db.prepare('UPDATE versions SET doc = ? WHERE doc = ?').run(to, from);
    this.db.prepare('UPDATE version_targets SET doc = ? WHERE doc = ?').run(to, from);
  }

  /** A duplicate row of `doc` (stored under another key) becomes its earliest version. */
  private mergeAsVersion(dup: string, doc: string): void {
    const first = ((this.db.prepare('SELECT min(version) AS v FROM versions WHERE doc = ?').get(doc) as { v: number | null }).v ?? 1) - 1;
    this.db.prepare('UPDATE documents SET version = ? WHERE path = ?').run(first, dup);
    this.archive(dup, (this.db.prepare('SELECT stored_run FROM documents WHERE path = ?').get(doc) as { stored_run: number | null }).stored_run);
    this.db.prepare('UPDATE versions SET doc = ? WHERE doc = ?').run(doc, dup);
    this.db.prepare('UPDATE version_targets SET doc = ? WHERE doc = ?').run(doc, dup);
    this.db.prepare('DELETE FROM targets WHERE doc = ?').run(dup);
    this.db.prepare('DELETE FROM documents WHERE path = ?').run(dup);
    this.db.prepare('UPDATE review_log SET doc = ? WHERE doc = ?').run(doc, dup);
  }

  /** The identity an argument names: a path under the corpus root, else the argument as given. */
  keyFor(arg: string): string {
    const root = this.corpusRoot();
    return root ? documentKey(root, arg) : arg.split(sep).join('/');
  }

  /**
   * Removes documents' current rows (document and targets), in one transaction; their review log
   * and earlier versions stay. Returns what was removed, per document.
   */
  forget(docs: string[]): ForgetResult[] {
    const result: ForgetResult[] = [];
    this.db
      .transaction(() => {
        for (const doc of docs) {
          const row = this.db.prepare('SELECT path, file, name, version FROM documents WHERE path = ?').get(doc) as
            | { path: string; file: string; name: string; version: number }
            | undefined;
          if (!row) continue;
          const targets = (this.db.prepare('SELECT count(*) AS n FROM targets WHERE doc = ?').get(doc) as { n: number }).n;
          this.db.prepare('DELETE FROM targets WHERE doc = ?').run(doc);
          this.db.prepare('DELETE FROM documents WHERE path = ?').run(doc);
          const log = (this.db.prepare('SELECT count(*) AS n FROM review_log WHERE doc = ?').get(doc) as { n: number }).n;
          const versions = (this.db.prepare('SELECT count(*) AS n FROM versions WHERE doc = ?').get(doc) as { n: number }).n;
          result.push({ path: row.path, file: row.file, name: row.name, version: row.version, targetRows: targets, reviewLog: log, versions });
        }
      })
      .immediate();
    return result;
  }

  /** A document's versions, oldest first; the last is current unless it was forgotten. */
  versions(doc: string): VersionInfo[] {
    const old = this.db
      .prepare(
        `SELECT v.version, v.sha256, v.format, v.jurisdiction, v.targets, v.baselines, v.stored_run AS storedRun, s.started_at AS storedAt,
                v.superseded_run AS supersededRun, n.started_at AS supersededAt
         FROM versions v LEFT JOIN runs s ON s.id = v.stored_run LEFT JOIN runs n ON n.id = v.superseded_run
         WHERE v.doc = ? ORDER BY v.version`,
      )
      .all(doc) as Omit<VersionInfo, 'current' | 'status'>[];
    const cur = this.db
      .prepare(
        `SELECT d.version, d.sha256, d.format, d.jurisdiction, d.targets, d.baselines, d.status, d.error, coalesce(d.stored_run, d.run_id) AS storedRun,
                s.started_at AS storedAt
         FROM documents d LEFT JOIN runs s ON s.id = coalesce(d.stored_run, d.run_id) WHERE d.path = ?`,
      )
      .get(doc) as (Omit<VersionInfo, 'current' | 'supersededRun' | 'supersededAt'> & { error: string | null }) | undefined;
    return [
      ...old.map((v) => ({ ...v, status: 'ok', current: false })),
      ...(cur ? [{ ...cur, supersededRun: null, supersededAt: null, current: true }] : []),
    ];
  }

  /** The targets (not rejected) of one version of a document, current or earlier. */
  versionTargets(doc: string, version: number): { storeStatus: StoreStatus; target: Target }[] {
    const cur = this.db.prepare('SELECT version FROM documents WHERE path = ?').get(doc) as { version: number } | undefined;
    const rows =
      cur?.version === version
        ? this.db.prepare("SELECT * FROM targets WHERE doc = ? AND status != 'rejected' ORDER BY seq").all(doc)
        : this.db.prepare("SELECT * FROM version_targets WHERE doc = ? AND version = ? AND status != 'rejected' ORDER BY seq").all(doc, version);
    return (rows as TargetRow[]).map((r) => ({ storeStatus: r.status, target: targetOf(r) }));
  }

  /** Every identity the store knows, current or only in its history. */
  knownDocuments(): { path: string; file: string; name: string; current: boolean }[] {
    const cur = this.db.prepare('SELECT path, file, name FROM documents').all() as { path: string; file: string; name: string }[];
    const known = new Set(cur.map((d) => d.path));
    const old = (this.db.prepare('SELECT DISTINCT doc FROM versions').all() as { doc: string }[]).filter((r) => !known.has(r.doc));
    return [...cur.map((d) => ({ ...d, current: true })), ...old.map((r) => {
      const file = r.doc.split('/').pop()!;
      return { path: r.doc, file, name: basename(file, extname(file)), current: false };
    })];
  }

  /** A document named by its path (under the corpus root or as stored), file name or output name. */
  findDocument(arg: string, opts: { history?: boolean } = {}): { path: string; file: string; name: string; current: boolean } {
    const docs = this.knownDocuments().filter((d) => opts.history || d.current);
    const key = this.keyFor(arg);
    const posix = arg.split(sep).join('/');
    const stem = basename(arg, extname(arg));
    const byPath = docs.filter((d) => d.path === key || d.path === posix);
    const hits = byPath.length ? byPath : docs.filter((d) => d.name === arg || d.file === arg || d.name === stem);
    if (hits.length === 0) throw new InputError(arg, `no such document in the store ${this.file}`);
    if (hits.length > 1) throw new InputError(arg, `names ${hits.length} documents (${hits.map((d) => d.path).join(', ')}); give its path`);
    return hits[0]!;
  }

  documents(): { path: string; source: string; file: string; name: string; status: string; error: string | null; reviewError: string | null; stale: string[]; jurisdiction: string | null; level: string | null; code: string | null; parents: Place[]; candidates: string[]; plans: unknown[]; targets: number; baselines: number; sha256: string | null; format: string | null; genre: string | null }[] {
    const rows = this.db
      .prepare(`SELECT path, file, name, status, error, review_error AS reviewError, stale, jurisdiction, level, code, parents, candidates, plans,
                targets, baselines, sha256, format, genre FROM documents ORDER BY path`)
      .all() as Record<string, unknown>[];
    const root = this.corpusRoot();
    return rows.map((r) => ({
      ...r,
      // where the file is on disk: identities are relative to the corpus root
      source: root ? keyPath(root, r.path as string) : resolve(r.path as string),
      stale: JSON.parse((r.stale as string | null) ?? '[]'),
      parents: readParents(JSON.parse(r.parents as string)),
      candidates: JSON.parse((r.candidates as string | null) ?? '[]'),
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
    const sql = `SELECT * FROM targets ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY doc, seq`;
    return (this.db.prepare(sql).all(...args) as TargetRow[]).map((r) => ({ doc: r.doc, storeStatus: r.status, target: targetOf(r) }));
  }

  /**
   * Streams target rows as arrays of the named columns (in that order), by document then by their
   * order in its output, as targets() does, without an object per row: a 2,000-plan store has
   * ~270,000. Only documents whose status is `ok` when `okOnly`; rejected targets only when asked;
   * only those of documents `docs` when given; only those naming an indicator when `withIndicator`;
   * by indicator first (then document and order) when `byIndicator`; in no order when `unordered`.
   * The statement holds the store until the iterator is done (finish it, or call return()).
   */
  iterateTargets(
    columns: readonly TargetColumn[],
    opts: { okOnly?: boolean; includeRejected?: boolean; docs?: readonly string[]; withIndicator?: boolean; byIndicator?: boolean; unordered?: boolean } = {},
  ): IterableIterator<unknown[]> {
    for (const c of columns) if (!TARGET_COLUMN_SET.has(c)) throw new Error(`no target column ${c}`);
    const where: string[] = [];
    if (!opts.includeRejected) where.push("status != 'rejected'");
    if (opts.okOnly) where.push("doc IN (SELECT path FROM documents WHERE status = 'ok')");
    if (opts.docs) where.push(`doc IN (${opts.docs.map(() => '?').join(', ')})`);
    if (opts.withIndicator) where.push('indicator_id IS NOT NULL');
    const order = opts.unordered ? '' : ` ORDER BY ${opts.byIndicator ? 'indicator_id, doc, seq' : 'doc, seq'}`;
    // by indicator: along its index, sorting one indicator's rows at a time (SQLite would rather sort
    // them all: up to the page cache's 64 MB held by its sorter, and slower)
    // (a store opened read-only may predate the index: then SQLite chooses)
    const from = opts.byIndicator && this.hasIndicatorIndex() ? 'targets INDEXED BY targets_indicator' : 'targets';
    const sql = `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}${order}`;
    // a caller reading document by document asks the same few statements many times
    const st = opts.docs ? this.stmt(sql) : this.db.prepare(sql);
    return st.raw(true).iterate(...(opts.docs ?? [])) as IterableIterator<unknown[]>;
  }

  private hasIndicatorIndex(): boolean {
    return this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'targets_indicator'").get() !== undefined;
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

/**
 * The run's single writer: documents saved together, one transaction per batch (a commit per
 * document costs the writer more than its rows). A batch goes when it is full or a few
 * milliseconds after the last one added; `save` resolves once its document is committed.
 */
export class BatchWriter {
  private docs: { rows: DocumentRows; resolve: () => void; reject: (err: unknown) => void }[] = [];
  private touched: { path: string; runId: number }[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** a failure of marking unchanged documents as seen: the run reports it at the end */
  private touchError: unknown = null;

  private saved = 0;
  private indexesDropped = false;

  /**
   * `deferIndexesAfter`: once this many documents are saved, the readers' indexes are dropped and
   * built again by finish() (one sort instead of an index update per row: ~12% off a 2,000-plan run).
   */
  constructor(
    private readonly store: Store,
    private readonly maxDocs = 16,
    private readonly delayMs = 20,
    private readonly deferIndexesAfter = Infinity,
  ) {}

  save(rows: DocumentRows): Promise<void> {
    return new Promise((resolve, reject) => {
      this.docs.push({ rows, resolve, reject });
      if (this.docs.length >= this.maxDocs) this.flush();
      else this.schedule();
    });
  }

  /** Records that an unchanged document was seen in this run. */
  touch(path: string, runId: number): void {
    this.touched.push({ path, runId });
    if (this.touched.length >= this.maxDocs * 16) this.flush();
    else this.schedule();
  }

  /** Commits what is waiting and rebuilds dropped indexes; throws only what no document can carry (a failed touch). */
  finish(): void {
    this.flush();
    if (this.indexesDropped) this.store.ensureReaderIndexes();
    this.indexesDropped = false;
    if (this.touchError) throw this.touchError;
  }

  /**
   * A batch waits until `delayMs` pass with no document added (or it is full): while documents
   * keep coming it fills, and the writer commits 16 at a time, not the two or three that a delay
   * counted from its first document gathers (each commit rewrites the pages a batch touches).
   */
  private schedule(): void {
    if (this.timer) this.timer.refresh();
    else this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const docs = this.docs.splice(0);
    const touched = this.touched.splice(0);
    if (docs.length === 0 && touched.length === 0) return;
    this.saved += docs.length;
    if (!this.indexesDropped && this.saved >= this.deferIndexesAfter) {
      this.store.dropReaderIndexes();
      this.indexesDropped = true;
    }
    try {
      this.store.saveRows(
        docs.map((d) => d.rows),
        touched,
      );
      for (const d of docs) d.resolve();
      return;
    } catch {
      // one bad document must not cost the others: each again on its own
    }
    for (const d of docs) {
      try {
        this.store.saveRows([d.rows]);
        d.resolve();
      } catch (err) {
        d.reject(err);
      }
    }
    try {
      this.store.saveRows([], touched);
    } catch (err) {
      this.touchError ??= err;
    }
  }
}
