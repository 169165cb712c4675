// Forgetting documents: their current store rows and their outputs go; their review log and
// earlier versions stay (`plan-targets history` still shows them). Nothing else deletes rows.
import { rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ForgetResult, Store } from './stages/store.ts';

export interface Forgotten extends ForgetResult {
  /** output files removed */
  outputs: string[];
}

/**
 * Outputs first, then the rows in one transaction: a forget cut short leaves a row without
 * outputs, which the next run simply redoes, never outputs without a row.
 */
export function forgetDocuments(store: Store, out: string, docs: string[]): Forgotten[] {
  const names = new Map(store.documents().map((d) => [d.path, d.name]));
  const outputs = new Map<string, string[]>();
  for (const doc of docs) {
    const name = names.get(doc);
    if (name === undefined) continue;
    const removed: string[] = [];
    for (const f of [`${name}.targets.json`, `${name}.text.txt`]) {
      const p = join(out, f);
      if (existsSync(p)) {
        rmSync(p, { force: true });
        removed.push(p);
      }
    }
    outputs.set(doc, removed);
  }
  return store.forget(docs).map((r) => ({ ...r, outputs: outputs.get(r.path) ?? [] }));
}

/** One line saying what was removed and what was kept. */
export function forgottenLine(f: Forgotten): string {
  const kept = [
    f.reviewLog ? `${f.reviewLog} review log entr${f.reviewLog === 1 ? 'y' : 'ies'}` : '',
    f.versions ? `${f.versions} earlier version${f.versions === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return (
    `- ${f.path}  forgotten: its document row, ${f.targetRows} target row${f.targetRows === 1 ? '' : 's'}` +
    `${f.outputs.length ? `, ${f.outputs.length} output${f.outputs.length === 1 ? '' : 's'} (${f.outputs.map((o) => o.split(/[\\/]/).pop()).join(', ')})` : ''}` +
    `${kept.length ? `; kept ${kept.join(' and ')}` : ''}`
  );
}
