// Files written atomically: a reader never sees half a file.
import { mkdirSync, readdirSync, renameSync, writeFileSync, rmSync, type Dirent } from 'node:fs';
import { dirname, join } from 'node:path';

let counter = 0;

export function writeFileAtomic(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${counter++}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** JSON as the project writes it everywhere: two-space indent, final newline. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** The temp-file name writeFileAtomic uses: `<path>.tmp-<pid>-<n>`. */
export const TEMP_RE = /\.tmp-(\d+)-\d+$/;

/**
 * Removes temp files a killed process left in a folder (and its subfolders one
 * level down). Only those of processes that are gone: a live writer keeps its own.
 */
export function removeStaleTemps(dir: string): string[] {
  const removed: string[] = [];
  const sweep = (d: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return; // no folder yet: nothing left behind
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (depth > 0) sweep(p, depth - 1);
        continue;
      }
      const m = TEMP_RE.exec(e.name);
      if (!m || !e.isFile()) continue;
      const pid = Number(m[1]);
      if (pid !== process.pid && !processAlive(pid)) {
        rmSync(p, { force: true });
        removed.push(p);
      }
    }
  };
  sweep(dir, 1);
  return removed;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
