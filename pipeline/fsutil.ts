// Files written atomically: a reader never sees half a file.
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync, rmSync, type Dirent } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

export function writeFileAtomic(path: string, data: string | Buffer): void {
  const tmp = writeTemp(path, data);
  try {
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** writeFileAtomic, unless the file already holds exactly `data` (a rename costs more than a read). */
export function writeFileIfChanged(path: string, data: string): void {
  try {
    if (readFileSync(path, 'utf8') === data) return;
  } catch {
    // missing or unreadable: written below
  }
  writeFileAtomic(path, data);
}

/**
 * Writes `data` next to `path` under a temp name and returns that name; `renameSync(temp, path)`
 * later makes it appear whole. Unique per process and thread (workers write their own).
 */
export function writeTemp(path: string, data: string | Buffer): string {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${threadId * 1e9 + counter++}`;
  try {
    writeFileSync(tmp, data);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return tmp;
}

/** JSON as the project writes it everywhere: two-space indent, final newline. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** The temp-file name writeTemp uses: `<path>.tmp-<pid>-<n>`. */
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
