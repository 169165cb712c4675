// One run at a time per store: a lock file beside the store names the run holding it.
// A second run fails at once with one line saying who holds it; a lock left by a
// killed run (its process is gone) is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { InputError } from './errors.ts';
import { processAlive } from './fsutil.ts';

export interface Lock {
  path: string;
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
  since: string;
}

/** A lock file with no holder in it (killed between create and write) is stale after this. */
const EMPTY_LOCK_MS = 10_000;

/** Hidden (dot file), so a run over the store's folder never takes it for a plan. */
export function lockPathOf(db: string): string {
  return join(dirname(db), `.${basename(db)}.lock`);
}

function readHolder(path: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? { pid: h.pid, host: h.host, since: String(h.since ?? '') } : null;
  } catch {
    return null; // unreadable or half-written: judged by its age below
  }
}

/**
 * Takes the store's lock or throws an InputError naming the run that holds it.
 * `now` only goes into the lock file (who holds it since when), never into outputs.
 */
export function acquireLock(db: string, now: string = new Date().toISOString()): Lock {
  const path = lockPathOf(db);
  const me: Holder = { pid: process.pid, host: hostname(), since: now };
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (err) {
    throw new InputError(db, `cannot lock the store: ${(err as Error).message}`);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new InputError(db, `cannot lock the store: ${(err as Error).message}`);
      }
      const holder = readHolder(path);
      const stale =
        holder === null
          ? Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0) > EMPTY_LOCK_MS
          : holder.host === me.host && holder.pid !== me.pid && !processAlive(holder.pid);
      if (stale) {
        rmSync(path, { force: true });
        continue;
      }
      const who = holder ? `pid ${holder.pid}${holder.host !== me.host ? ` on ${holder.host}` : ''}, since ${holder.since}` : 'another process';
      throw new InputError(db, `the store is in use by another run (${who}); wait for it to finish, or delete ${path} if no run is going`);
    }
    try {
      writeSync(fd, JSON.stringify(me) + '\n');
    } finally {
      closeSync(fd);
    }
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      process.off('exit', release);
      // only our own lock: never remove one a later run took over
      if (readHolder(path)?.pid === me.pid) rmSync(path, { force: true });
    };
    process.on('exit', release);
    return { path, release };
  }
  throw new InputError(db, `cannot lock the store: ${path} keeps coming back`);
}
