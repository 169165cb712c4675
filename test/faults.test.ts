// Faults: a run killed mid-way, two runs on one store, an output folder that cannot be
// written, a reader racing a writer. The store stays consistent, the next run completes,
// every failure is one clear line, and no output is ever half a file.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { TEMP_RE, removeStaleTemps, writeFileAtomic } from '../pipeline/fsutil.ts';
import { acquireLock, lockPathOf } from '../pipeline/lock.ts';
import type { RunOptions } from '../pipeline/run.ts';
import { quietRun as sharedQuietRun, scratchDirs } from './support.ts';
import { TargetsFile } from '../model/schema.ts';
import { Store } from '../pipeline/stages/store.ts';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'plan-targets.mjs');
const CORPUS = join(ROOT, 'corpus');
const FIX = join(ROOT, 'test', 'fixtures', 'ingest');

const tmp = scratchDirs('faults');

const quietRun = (inputs: string[], out: string, extra: Partial<RunOptions> = {}) =>
  sharedQuietRun(inputs, out, { concurrency: 1, inThread: true, ...extra });

/**
 * A corpus of `n` plans: every 20th a whole corpus plan, the others the committed excerpt
 * of one with a target line of their own (so every document and output differs).
 */
function makeCorpus(dir: string, n: number): string[] {
  const plans = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
  const excerpt = readFileSync(join(FIX, 'plan.txt'), 'utf8');
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = `plan-${String(i).padStart(4, '0')}.txt`;
    if (i % 10 === 0) copyFileSync(join(CORPUS, plans[(i / 10) % plans.length]!), join(dir, name));
    else writeFileSync(join(dir, name), `${excerpt}\n11. 女性参加职业技能培训比例达到${(i % 60) + 20}%以上。\n`);
    names.push(name);
  }
  return names;
}

/** The store agrees with itself: SQLite's own check, foreign keys, and each document's counts match its rows. */
function expectConsistentStore(db: string): { path: string; status: string; sha256: string | null; name: string }[] {
  const d = new Database(db, { readonly: true });
  try {
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(d.pragma('foreign_key_check')).toEqual([]);
    const docs = d.prepare('SELECT path, name, status, sha256, targets, baselines FROM documents').all() as {
      path: string;
      name: string;
      status: string;
      sha256: string | null;
      targets: number;
      baselines: number;
    }[];
    const counts = d
      .prepare(
        `SELECT doc, sum(kind != 'baseline') AS targets, sum(kind = 'baseline') AS baselines FROM targets
         WHERE status != 'rejected' GROUP BY doc`,
      )
      .all() as { doc: string; targets: number; baselines: number }[];
    const byDoc = new Map(counts.map((c) => [c.doc, c]));
    for (const doc of docs) {
      expect({ doc: doc.path, targets: byDoc.get(doc.path)?.targets ?? 0, baselines: byDoc.get(doc.path)?.baselines ?? 0 }).toEqual({
        doc: doc.path,
        targets: doc.targets,
        baselines: doc.baselines,
      });
      if (doc.status === 'failed') expect(byDoc.has(doc.path)).toBe(false);
    }
    // no target rows of a document that is not there
    const orphans = d.prepare('SELECT count(*) AS n FROM targets WHERE doc NOT IN (SELECT path FROM documents)').get() as { n: number };
    expect(orphans.n).toBe(0);
    return docs;
  } finally {
    d.close();
  }
}

/** Every finished output is whole and valid, and says what the store says about its document. */
function expectWholeOutputs(out: string, docs: { name: string; status: string; sha256: string | null }[]): number {
  const byName = new Map(docs.map((d) => [d.name, d]));
  let n = 0;
  for (const f of readdirSync(out).filter((x) => x.endsWith('.targets.json'))) {
    const file = TargetsFile.parse(JSON.parse(readFileSync(join(out, f), 'utf8')));
    const row = byName.get(f.replace(/\.targets\.json$/, ''));
    // a targets file is never older than its store row: killed between store and write, it is absent
    if (row) {
      expect(row.status).toBe('ok');
      expect(file.document.sha256).toBe(row.sha256);
    }
    n++;
  }
  return n;
}

function cli(args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b) => (stdout += b));
  child.stderr!.on('data', (b) => (stderr += b));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, timeout: 1000 });
    try {
      return (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // created but not yet set up
  }
}

async function until(what: string, cond: () => boolean, seconds: number): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > seconds * 1000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a run killed mid-way', () => {
  const N = 1200;

  it(
    'leaves a consistent store and whole outputs; a second run on the store meanwhile fails with one line; the next run completes',
    async () => {
      const input = tmp();
      const out = tmp();
      const names = makeCorpus(input, N);
      const db = join(out, 'plan-targets.sqlite');
      const args = ['run', input, '--out', out, '--reviews', join(out, 'none'), '--concurrency', '1'];

      const first = cli(args);
      const firstDone = finished(first);
      await until('the first run to store documents', () => storedCount(db) >= 10, 90);

      // a second run on the same store while the first is going
      const second = await finished(cli(args));
      expect(first.exitCode).toBeNull(); // the first was still running: the refusal was real
      expect(second.code).toBe(2);
      const message = second.stderr.trim();
      expect(message.split('\n')).toHaveLength(1);
      expect(message).toMatch(/plan-targets\.sqlite: the store is in use by another run \(pid \d+, since .+\); wait for it to finish/);
      expect(message).toContain(String(first.pid));

      await until('a few more documents', () => storedCount(db) >= 25, 90);
      first.kill('SIGKILL');
      const killed = await firstDone;
      expect(killed.signal).toBe('SIGKILL');

      const stored = expectConsistentStore(db);
      expect(stored.length).toBeGreaterThanOrEqual(25);
      expect(stored.length).toBeLessThan(N); // killed mid-way, not after
      expectWholeOutputs(out, stored);
      expect(existsSync(lockPathOf(db))).toBe(true); // left behind by the killed run

      // the next run takes over the stale lock, keeps what was done, does the rest
      const next = await finished(cli(args));
      expect(next.stderr).toBe('');
      expect(next.code).toBe(0);
      const total = next.stdout.trim().split('\n').at(-1)!;
      const unchanged = Number(/\((\d+) unchanged\)/.exec(total)?.[1] ?? 0);
      expect(total).toMatch(new RegExp(`^${N} documents: ${N} ok .*0 failed`));
      expect(unchanged).toBeGreaterThanOrEqual(stored.length - 16); // at most one committed batch caught before its outputs were renamed is redone
      const after = expectConsistentStore(db);
      expect(after).toHaveLength(N);
      expect(after.every((d) => d.status === 'ok')).toBe(true);
      expect(expectWholeOutputs(out, after)).toBe(N);
      expect(readdirSync(out).filter((f) => TEMP_RE.test(f))).toEqual([]); // the killed run's temp files are swept
      expect(existsSync(lockPathOf(db))).toBe(false);

      // nothing lost: the outputs are those of a clean run of the same plans
      const sample = [names[0]!, names[1]!, names[N - 1]!];
      const cleanIn = tmp();
      for (const f of sample) copyFileSync(join(input, f), join(cleanIn, f));
      const cleanOut = tmp();
      await quietRun([cleanIn], cleanOut);
      for (const f of sample) {
        const json = f.replace(/\.txt$/, '.targets.json');
        expect(readFileSync(join(out, json), 'utf8')).toBe(readFileSync(join(cleanOut, json), 'utf8'));
      }
    },
    240_000,
  );
});

describe('store, then write: a targets file never outlives its store row', () => {
  it('when a document is stored again, its old targets file is gone until the new one is written', async () => {
    const input = tmp();
    const out = tmp();
    const plan = readFileSync(join(FIX, 'plan.txt'), 'utf8');
    writeFileSync(join(input, 'a.txt'), plan);
    await quietRun([input], out);
    expect(existsSync(join(out, 'a.targets.json'))).toBe(true);

    writeFileSync(join(input, 'a.txt'), `${plan}\n11. 女性参加职业技能培训比例达到66%以上。\n`);
    const seen: boolean[] = [];
    // a kill right inside the store's transaction (row saved, outputs not yet written) must not leave the old file
    const real = Store.prototype.saveRows;
    Store.prototype.saveRows = function (this: Store, ...a: Parameters<Store['saveRows']>) {
      if (a[0].length > 0) seen.push(existsSync(join(out, 'a.targets.json')));
      return real.apply(this, a);
    };
    try {
      await quietRun([input], out);
    } finally {
      Store.prototype.saveRows = real;
    }
    expect(seen).toEqual([false]);
    const file = TargetsFile.parse(JSON.parse(readFileSync(join(out, 'a.targets.json'), 'utf8')));
    expect(file.targets.some((t) => t.value === 66)).toBe(true);
  });
});

describe('two runs at once on one store', () => {
  it('the second fails at once with one line naming the first; the store is untouched by it; later runs go on', async () => {
    const out = tmp();
    const first = quietRun([join(FIX, 'plan.txt')], out);
    const second = quietRun([join(FIX, 'plan-gbk.txt')], out);
    await expect(second).rejects.toThrow(/plan-targets\.sqlite: the store is in use by another run \(pid \d+, since /);
    await second.catch((err: Error) => expect(err.message).not.toContain('\n'));
    const { summary } = await first;
    expect(summary.failures).toBe(0);
    const docs = expectConsistentStore(join(out, 'plan-targets.sqlite'));
    expect(docs.map((d) => basename(d.path))).toEqual(['plan.txt']);
    // released: the next run takes the store
    const third = await quietRun([join(FIX, 'plan-gbk.txt')], out);
    expect(third.summary.failures).toBe(0);
  });

  it('a lock left by a process that is gone is taken over; a live holder is named', () => {
    const dir = tmp();
    const db = join(dir, 'store.sqlite');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(lockPathOf(db), JSON.stringify({ pid: Number(gone), host: hostname(), since: 'then' }));
    const lock = acquireLock(db);
    expect(JSON.parse(readFileSync(lockPathOf(db), 'utf8')).pid).toBe(process.pid);
    expect(() => acquireLock(db)).toThrow(new RegExp(`store\\.sqlite: the store is in use by another run \\(pid ${process.pid}, since `));
    lock.release();
    expect(existsSync(lockPathOf(db))).toBe(false);
    acquireLock(db).release();
  });

  it('the lock file is hidden, so a run over the store folder never reads it as a plan', () => {
    expect(basename(lockPathOf('/x/out/plan-targets.sqlite'))).toBe('.plan-targets.sqlite.lock');
  });
});

describe('outputs that cannot be written', () => {
  it('an output folder that cannot be written (its schema folder is a file): one line naming it', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'schema'), '');
    const err = await quietRun([join(FIX, 'plan.txt')], out, { db: join(dir, 'db.sqlite') }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/\/out: cannot write the output folder: /);
    expect((err as Error).message).not.toContain('\n');
    // the store's lock is released: the next run may go
    expect(existsSync(lockPathOf(join(dir, 'db.sqlite')))).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only output folder: one line naming it', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    mkdirSync(out);
    chmodSync(out, 0o555);
    try {
      await expect(quietRun([join(FIX, 'plan.txt')], out, { db: join(dir, 'db.sqlite') })).rejects.toThrow(/out: cannot write the output folder/);
    } finally {
      chmodSync(out, 0o755);
    }
  });

  it('one output that cannot be written fails that document in one line; the others are written', async () => {
    const input = tmp();
    const out = tmp();
    copyFileSync(join(FIX, 'plan-gbk.txt'), join(input, 'gbk.txt'));
    copyFileSync(join(FIX, 'plan.txt'), join(input, 'good.txt'));
    mkdirSync(join(out, 'gbk.text.txt')); // where the derived text of gbk.txt must go
    const { summary, lines } = await quietRun([input], out);
    expect(summary.failures).toBe(1);
    const failed = lines.filter((l) => l.startsWith('✗'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/: cannot write outputs: /);
    expect(failed[0]).not.toMatch(/\n|    at /);
    expect(existsSync(join(out, 'good.targets.json'))).toBe(true);
    // the failed document has no targets file pointing at a text that is not there
    expect(existsSync(join(out, 'gbk.targets.json'))).toBe(false);
    const docs = expectConsistentStore(join(out, 'plan-targets.sqlite'));
    expect(docs.find((d) => d.path.endsWith('gbk.txt'))?.status).toBe('failed');
    expect(readdirSync(out).filter((f) => TEMP_RE.test(f))).toEqual([]);
  });
});

describe('atomic writes', () => {
  it('a reader racing a writer sees the old file or the new one, never part of one', async () => {
    const dir = tmp();
    const target = join(dir, 'big.json');
    const a = 'A'.repeat(4 << 20);
    const b = 'B'.repeat(3 << 20);
    writeFileAtomic(target, a);
    const script = join(dir, 'writer.mts');
    writeFileSync(
      script,
      `import { writeFileAtomic } from ${JSON.stringify(join(ROOT, 'pipeline', 'fsutil.ts'))};
       const a = 'A'.repeat(${4 << 20}), b = 'B'.repeat(${3 << 20});
       for (let i = 0; i < 60; i++) writeFileAtomic(${JSON.stringify(target)}, i % 2 ? a : b);
       process.stdout.write('done');`,
    );
    const writer = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const done = finished(writer);
    let reads = 0;
    let sawB = false;
    while (writer.exitCode === null) {
      const got = readFileSync(target, 'latin1');
      expect(got === a || got === b).toBe(true);
      sawB ||= got === b;
      reads++;
      await new Promise((r) => setImmediate(r));
    }
    expect((await done).stdout).toBe('done');
    // the reads overlapped the writes: both versions were seen
    expect(reads).toBeGreaterThan(1);
    expect(sawB).toBe(true);
    expect(readdirSync(dir).filter((f) => TEMP_RE.test(f))).toEqual([]);
  }, 60_000);

  it('a write that fails leaves the old file and no temp file', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'taken'));
    expect(() => writeFileAtomic(join(dir, 'taken'), 'x')).toThrow();
    writeFileAtomic(join(dir, 'kept.json'), 'old');
    expect(() => writeFileAtomic(join(dir, 'kept.json', 'inside'), 'x')).toThrow();
    expect(readFileSync(join(dir, 'kept.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((f) => TEMP_RE.test(f))).toEqual([]);
  });

  it('temp files of dead processes are swept, those of live ones kept', () => {
    const dir = tmp();
    const gone = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());
    writeFileSync(join(dir, `x.targets.json.tmp-${gone}-0`), '{"half');
    mkdirSync(join(dir, 'schema'));
    writeFileSync(join(dir, 'schema', `t.schema.json.tmp-${gone}-3`), '');
    writeFileSync(join(dir, `y.targets.json.tmp-${process.pid}-0`), 'mine');
    writeFileSync(join(dir, 'plan.txt'), 'not a temp file');
    expect(removeStaleTemps(dir).map((p) => basename(p)).sort()).toEqual([`t.schema.json.tmp-${gone}-3`, `x.targets.json.tmp-${gone}-0`]);
    expect(readdirSync(dir).sort()).toEqual(['plan.txt', 'schema', `y.targets.json.tmp-${process.pid}-0`]);
  });
});
