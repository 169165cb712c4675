// Reads what `compare` needs out of the SQLite store.
import { existsSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { Store } from '../stages/store.ts';
import type { StoredDoc, StoredTarget } from './types.ts';

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
        parents: d.parents,
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
