// Reads what `compare` needs out of the SQLite store.
import { existsSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { Store } from '../stages/store.ts';
import type { StoredDoc, StoredTarget } from './types.ts';
import { MONITORING_RULE } from '../../rules/structure.ts';

/** 统计监测报告 and the like: the genre the structure stage stored, or a plan title that says so. */
function monitoring(d: Record<string, unknown>, doc: StoredDoc): boolean {
  return d.genre === 'monitoring_report' || doc.plans.some((p) => p.title !== null && MONITORING_RULE.pattern.test(p.title));
}

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
    for (const d of docs) d.monitoring = monitoring(raw.get(d.path)!, d);
    const ok = new Set(docs.map((d) => d.path));
    const targets = store.targets().filter((t) => ok.has(t.doc));
    return { docs, targets };
  } finally {
    store.close();
  }
}
