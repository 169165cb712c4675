// Reads what `compare` needs out of the SQLite store.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.ts';
import { Store } from '../stages/store.ts';
import type { StoredDoc, StoredTarget } from './types.ts';
import { MONITORING_TITLE, isMonitoringReport } from '../stages/place.ts';

/**
 * 统计监测报告 and the like: a flag the store carries, else a plan title or the text's title line
 * that says so (`out`: where derived texts are).
 */
function monitoring(d: { plans: StoredDoc['plans'] } & Record<string, unknown>, doc: StoredDoc, out: string | undefined): boolean {
  if (d.monitoring === true || d.monitoring === 1 || d.kind === 'monitoring' || d.genre === 'monitoring_report') return true;
  if (doc.plans.some((p) => p.title && MONITORING_TITLE.test(p.title))) return true;
  if (out === undefined) return false;
  return isMonitoringReport(headOf(doc, out));
}

/** The first few kB of the text the extractor read: enough for its title line. */
function headOf(doc: StoredDoc, out: string): string {
  const derived = join(out, `${doc.name}.text.txt`);
  const file = existsSync(derived) ? derived : doc.format === 'text' || doc.format === 'markdown' ? resolve(doc.source ?? doc.path) : null;
  if (!file || !existsSync(file)) return '';
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export function loadStore(db: string, out?: string): { docs: StoredDoc[]; targets: StoredTarget[] } {
  if (!existsSync(db)) throw new InputError(db, 'no store here: run `plan-targets run` first, or name one with --db');
  // read-write so an older store is migrated first; compare itself writes nothing
  const store = new Store(db);
  try {
    const docs: StoredDoc[] = store
      .documents()
      .filter((d) => d.status === 'ok')
      .map((d) => ({
        path: d.path,
        source: d.source,
        file: d.file,
        name: d.name,
        jurisdiction: d.jurisdiction,
        level: d.level,
        code: d.code,
        parents: d.parents,
        candidates: d.candidates,
        monitoring: false,
        sha256: d.sha256,
        format: d.format,
        plans: d.plans as StoredDoc['plans'],
      }));
    const raw = new Map(store.documents().map((d) => [d.path, d as unknown as Record<string, unknown> & { plans: StoredDoc['plans'] }]));
    for (const d of docs) d.monitoring = monitoring(raw.get(d.path)!, d, out);
    const ok = new Set(docs.map((d) => d.path));
    const targets = store.targets().filter((t) => ok.has(t.doc));
    return { docs, targets };
  } finally {
    store.close();
  }
}
