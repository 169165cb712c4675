// A document's identity in the store: its path relative to the corpus root, with posix
// separators, never relative to the working directory. Moving the whole corpus folder, or
// running from another folder, keeps every identity.
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The folder an input stands for: itself, or a file's folder. */
function baseOf(input: string): string {
  const abs = resolve(input);
  return statSync(abs, { throwIfNoEntry: false })?.isDirectory() ? abs : dirname(abs);
}

/** Whether `path` is `dir` or inside it. */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The deepest folder holding all of `dirs` (absolute paths). */
export function commonFolder(dirs: string[]): string {
  let common = dirs[0]!;
  for (const d of dirs.slice(1)) while (!isInside(d, common)) common = dirname(common);
  return common;
}

export interface RootChoice {
  root: string;
  /** the recorded root is inside the new one: existing identities gain this prefix (`sub/`) */
  prefix: string;
}

/**
 * The corpus root of a run. The store's recorded root when every input is inside it. Otherwise
 * the inputs' common folder; when the recorded root still exists it is kept inside the new root
 * (its documents' identities gain the folder between them as a prefix), and when it is gone the
 * corpus was moved: identities stay as they are.
 */
export function chooseRoot(inputs: string[], recorded: string | null): RootChoice {
  const bases = inputs.map(baseOf);
  if (recorded && bases.every((b) => isInside(b, recorded))) return { root: recorded, prefix: '' };
  if (recorded && existsSync(recorded)) {
    const root = commonFolder([recorded, ...bases]);
    const rel = relative(root, recorded).split(sep).join('/');
    return { root, prefix: rel ? `${rel}/` : '' };
  }
  return { root: bases.length ? commonFolder(bases) : process.cwd(), prefix: '' };
}

/** The identity of the file at `path` under `root`; a path outside the root stays absolute. */
export function documentKey(root: string, path: string): string {
  const abs = resolve(path);
  return (isInside(abs, root) ? relative(root, abs) : abs).split(sep).join('/');
}

/** Where a stored identity points on disk now. */
export function keyPath(root: string, key: string): string {
  return resolve(root, key);
}
