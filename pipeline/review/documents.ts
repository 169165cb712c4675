// Finding a document's current targets for the review commands: the store first, else the JSON output.
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { InputError } from '../errors.ts';
import { TargetsFile, type StoreStatus, type Target } from '../../model/schema.ts';
import { Store } from '../stages/store.ts';

export interface CurrentDocument {
  /** path as stored, or null when read from the JSON output */
  path: string | null;
  file: string;
  name: string;
  sha256: string | null;
  targets: { target: Target; storeStatus: StoreStatus }[];
  reviewError: string | null;
  stale: string[];
}

/** A document named by its path, file name or output stem. */
export function findStoredDocument(store: Store, arg: string): ReturnType<Store['documents']>[number] {
  const docs = store.documents();
  const stem = basename(arg, extname(arg));
  const byPath = docs.filter((d) => d.path === store.keyFor(arg));
  const hits = byPath.length ? byPath : docs.filter((d) => d.name === arg || d.file === arg || d.name === stem);
  if (hits.length === 0) throw new InputError(arg, `no such document in the store ${store.file}; run \`plan-targets run\` on it first`);
  if (hits.length > 1) throw new InputError(arg, `names ${hits.length} documents (${hits.map((d) => d.path).join(', ')}); give its path`);
  return hits[0]!;
}

export function openStore(db: string): Store | null {
  return existsSync(db) ? new Store(db, { readonly: true }) : null;
}

export function currentDocument(arg: string, opts: { out: string; db: string }): CurrentDocument {
  const store = openStore(opts.db);
  if (store) {
    try {
      const d = findStoredDocument(store, arg);
      if (d.status !== 'ok') throw new InputError(d.file, `the last run failed on it (${d.error ?? 'unknown error'}); nothing to review`);
      return {
        path: d.path,
        file: d.file,
        name: d.name,
        sha256: d.sha256,
        targets: store.targets({ doc: d.path, includeRejected: true }).map(({ target, storeStatus }) => ({ target, storeStatus })),
        reviewError: d.reviewError,
        stale: d.stale,
      };
    } finally {
      store.close();
    }
  }
  const name = basename(arg, extname(arg));
  const json = join(opts.out, `${name}.targets.json`);
  if (!existsSync(json)) throw new InputError(arg, `no store at ${opts.db} and no ${json}; run \`plan-targets run\` on it first`);
  let parsed: TargetsFile;
  try {
    parsed = TargetsFile.parse(JSON.parse(readFileSync(json, 'utf8')));
  } catch (err) {
    throw new InputError(json, `not a targets file: ${(err as Error).message.split('\n')[0]}`);
  }
  const all = [...parsed.targets, ...parsed.baselines].sort((a, b) => a.source.start - b.source.start);
  return {
    path: null,
    file: parsed.document.file,
    name,
    sha256: parsed.document.sha256,
    targets: all.map((target) => ({ target, storeStatus: target.status })),
    reviewError: null,
    stale: [],
  };
}
