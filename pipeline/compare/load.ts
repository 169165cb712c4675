// Reads what `compare` needs out of the SQLite store.
import { existsSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { Store } from '../stages/store.ts';
import type { StoredDoc, StoredTarget } from './types.ts';

/** 统计监测报告 and the like: a title or file name that says so (the document may carry the flag later). */
export function isMonitoringReport(file: string, plans: StoredDoc['plans']): boolean {
  return [file, ...plans.map((p) => p.title ?? '')].some((t) => MONITORING_TITLE.test(t));
}

const MONITORING_TITLE = /(?:监测|评估|实施情况|进展情况|终期|中期)(?:统计)?报告/;

export function loadStore(db: string): { docs: StoredDoc[]; targets: StoredTarget[] } {
  if (!existsSync(db)) throw new InputError(db, 'no store here: run `plan-targets run` first, or name one with --db');
  // read-write so an older store is migrated first; compare itself writes nothing
  const store = new Store(db);
  try {
    const docs: StoredDoc[] = store
      .documents()
      .filter((d) => d.status === 'ok')
      .map((d) => ({
        path: d.path,
        file: d.file,
        name: d.name,
        jurisdiction: d.jurisdiction,
        level: d.level,
        code: d.code,
        parents: d.parents,
        candidates: d.candidates,
        monitoring: isMonitoringReport(d.file, d.plans as StoredDoc['plans']),
        sha256: d.sha256,
        format: d.format,
        plans: d.plans as StoredDoc['plans'],
      }));
    const ok = new Set(docs.map((d) => d.path));
    const targets = store.targets().filter((t) => ok.has(t.doc));
    return { docs, targets };
  } finally {
    store.close();
  }
}
