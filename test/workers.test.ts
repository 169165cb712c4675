// Analysis in worker threads: the same bytes out as in-thread, failures named by stage.
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../pipeline/run.ts';
import { WorkerPool } from '../pipeline/workers/pool.ts';
import { IN_THREAD_BELOW, MIN_WORKER_DOCS, WRITER_FEEDS, busyCores, mayUseMoreWorkers, workerCount } from '../pipeline/concurrency.ts';
import { cpus } from 'node:os';
import { CORPUS, FIX, quietRun as sharedQuietRun, scratchDirs } from './support.ts';

const tmp = scratchDirs('workers');

/** Every file under a folder, by relative path, stores left out (they hold run times). */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!/\.sqlite/.test(name)) out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

function storedTargets(out: string): unknown[] {
  const db = new Database(join(out, 'plan-targets.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT * FROM targets ORDER BY doc, seq').all();
  } finally {
    db.close();
  }
}

const quietRun = (inputs: string[], out: string, inThread: boolean) => sharedQuietRun(inputs, out, { inThread });

describe('worker threads', () => {
  let input: string;
  let inThread: { out: string; summary: RunSummary; lines: string[] };
  let workers: { out: string; summary: RunSummary; lines: string[] };
  beforeAll(async () => {
    // plans in several formats, one that fails at ingest, one that fails at extract
    input = tmp();
    for (const f of readdirSync(CORPUS).filter((f) => f.endsWith('.txt'))) copyFileSync(join(CORPUS, f), join(input, f));
    for (const f of ['plan.pdf', 'plan.docx', 'plan-gbk.html', 'empty.txt']) copyFileSync(join(FIX, f), join(input, f));
    writeFileSync(join(input, 'notes.txt'), '会议记录\n今天天气很好，大家讨论了午饭吃什么。\n');
    const a = tmp();
    const b = tmp();
    inThread = { out: a, ...(await quietRun([input], a, true)) };
    workers = { out: b, ...(await quietRun([input], b, false)) };
  }, 120_000);

  it('writes byte-identical outputs and the same store rows as an in-thread run', () => {
    const x = files(inThread.out);
    const y = files(workers.out);
    expect([...y.keys()]).toEqual([...x.keys()]);
    expect([...x.keys()].filter((k) => k.endsWith('.targets.json'))).toHaveLength(6);
    for (const [k, v] of x) expect(y.get(k)!.equals(v), k).toBe(true);
    expect(storedTargets(workers.out)).toEqual(storedTargets(inThread.out));
    expect(workers.lines.slice(0, -1)).toEqual(inThread.lines.slice(0, -1));
  });

  it('names the stage a document failed in inside a worker, and the other documents go on', () => {
    const byName = new Map(workers.summary.documents.map((d) => [d.name, d]));
    expect(byName.get('empty')).toMatchObject({ status: 'failed', stage: 'ingest' });
    expect(byName.get('empty')!.message).toMatch(/^empty\.txt: /);
    expect(byName.get('notes')).toMatchObject({ status: 'failed', stage: 'extract' });
    expect(byName.get('notes')!.message).toMatch(/^notes\.txt: no plan found/);
    expect(workers.summary.failures).toBe(2);
    expect(workers.summary.documents.filter((d) => d.status === 'ok')).toHaveLength(6);
    const db = new Database(join(workers.out, 'plan-targets.sqlite'), { readonly: true });
    const rows = db.prepare("SELECT path, stage FROM documents WHERE status = 'failed' ORDER BY path").all() as { stage: string }[];
    db.close();
    expect(rows.map((r) => r.stage)).toEqual(['ingest', 'extract']);
  });
});

describe('worker pool', () => {
  const task = (file: string, data: Buffer) => ({
    path: file,
    file,
    name: file,
    data,
    run: { out: tmp(), reviews: tmp(), now: 'now', rulesVersion: 'test', runId: 1 },
  });
  // a stand-in worker: dies in the middle of "crash.txt", answers anything else
  const fake = (): URL => {
    const dir = tmp();
    const file = join(dir, 'fake-worker.mjs');
    writeFileSync(
      file,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (t) => {
  parentPort.postMessage({ id: t.id, type: 'stage', stage: 'ingest' });
  if (t.file === 'huge.txt') {
    const hoard = [];
    for (;;) hoard.push(new Array(1e5).fill(hoard.length));
  }
  if (t.file === 'crash.txt') {
    parentPort.postMessage({ id: t.id, type: 'stage', stage: 'extract' });
    setTimeout(() => { throw new Error('boom'); }, 10);
    return;
  }
  parentPort.postMessage({ id: t.id, type: 'done', result: { ok: false, stage: 'structure', message: t.file + ': ' + (t.data ? t.data.length + ' bytes' : 'read by the worker') } });
});
`,
    );
    return pathToFileURL(file);
  };

  it('a worker that dies fails its document at the stage it was in; the next documents still run', async () => {
    const pool = new WorkerPool(1, fake());
    try {
      const results = await Promise.all(
        ['a.txt', 'crash.txt', 'b.txt'].map((file) => pool.prepare(task(file, Buffer.from(`text of ${file}`)))),
      );
      expect(results[0]).toEqual({ ok: false, stage: 'structure', message: 'a.txt: 13 bytes' });
      expect(results[1]).toMatchObject({ ok: false, stage: 'extract' });
      expect((results[1] as { message: string }).message).toMatch(/^crash\.txt: the analysis worker stopped: boom/);
      // b.txt may have been handed to the worker that died, as its next document: then another worker reads it
      expect(results[2]).toMatchObject({ ok: false, stage: 'structure' });
      expect((results[2] as { message: string }).message).toMatch(/^b\.txt: (13 bytes|read by the worker)$/);
    } finally {
      await pool.close();
    }
  });

  it('a document that needs more memory than a worker may use fails alone, saying so', async () => {
    const pool = new WorkerPool(1, fake(), 16);
    try {
      const [huge, next] = await Promise.all(
        ['huge.txt', 'next.txt'].map((file) => pool.prepare(task(file, Buffer.from('x')))),
      );
      expect(huge).toEqual({ ok: false, stage: 'ingest', message: 'huge.txt: the analysis worker stopped: the document needs more memory than a worker may use (16 MB)' });
      // handed to the same worker as its next document, it goes to a new one, which reads the file itself
      expect(next).toEqual({ ok: false, stage: 'structure', message: 'next.txt: read by the worker' });
    } finally {
      await pool.close();
    }
  });

  it('hands the bytes over without copying; a small pooled Buffer is copied first', async () => {
    const pool = new WorkerPool(2, fake());
    try {
      const own = Buffer.from(new Uint8Array(100).fill(65).buffer);
      const pooled = Buffer.from('abc'); // a slice of Node's shared pool
      const [a, b] = await Promise.all([
        pool.prepare(task('own.txt', own)),
        pool.prepare(task('pooled.txt', pooled)),
      ]);
      expect(a).toMatchObject({ message: 'own.txt: 100 bytes' });
      expect(b).toMatchObject({ message: 'pooled.txt: 3 bytes' });
      expect(own.length).toBe(0); // transferred
      expect(pooled.toString()).toBe('abc'); // the pool is not detached
    } finally {
      await pool.close();
    }
  });
});

describe('how many worker threads a run uses', () => {
  const idle = { cores: 2, busy: 0 };

  it('by default analyses a few documents in this thread, and more in workers, never more than there are documents', () => {
    expect(workerCount({ documents: 1, ...idle })).toBe(0);
    expect(workerCount({ documents: IN_THREAD_BELOW - 1, ...idle })).toBe(0);
    expect(workerCount({ documents: IN_THREAD_BELOW, ...idle })).toBe(1);
    expect(workerCount({ documents: 1, inThread: false, ...idle })).toBe(1);
  });

  it('starts one more worker only for enough documents to pay for its start, up to the cores and what one store writer feeds', () => {
    expect(workerCount({ documents: 199, ...idle })).toBe(1);
    expect(workerCount({ documents: 200, ...idle })).toBe(2);
    expect(workerCount({ documents: 100_000, ...idle })).toBe(2);
    expect(workerCount({ documents: 599, cores: 16, busy: 0 })).toBe(2);
    expect(workerCount({ documents: 600, cores: 16, busy: 0 })).toBe(3);
    expect(workerCount({ documents: 100_000, cores: 16, busy: 0 })).toBe(WRITER_FEEDS);
    expect(mayUseMoreWorkers(199, 2)).toBe(false);
    expect(mayUseMoreWorkers(200, 2)).toBe(true);
    expect(mayUseMoreWorkers(100_000, 1)).toBe(false);
  });

  it('starts no second worker on cores other work keeps busy', () => {
    expect(workerCount({ documents: 2000, cores: 2, busy: 0.4 })).toBe(2);
    expect(workerCount({ documents: 2000, cores: 2, busy: 0.6 })).toBe(1);
    expect(workerCount({ documents: 2000, cores: 2, busy: 5 })).toBe(1);
  });

  it('uses the count given (--concurrency), in this thread below a handful of documents unless workers are asked for', () => {
    expect(workerCount({ documents: 20, given: 4, ...idle })).toBe(4);
    expect(workerCount({ documents: MIN_WORKER_DOCS - 1, given: 4, ...idle })).toBe(0);
    expect(workerCount({ documents: 1, given: 2, inThread: false, ...idle })).toBe(2);
    expect(workerCount({ documents: 5000, given: 2, inThread: true, ...idle })).toBe(0);
  });

  it('measures how busy the cores are as a number of cores', async () => {
    const busy = await busyCores(20);
    expect(busy).toBeGreaterThanOrEqual(0);
    expect(busy).toBeLessThanOrEqual(cpus().length);
  });

  it('a run says how many workers it chose: a small run with no count given analyses in this thread', async () => {
    const out = tmp();
    const { summary } = await sharedQuietRun([join(CORPUS, readdirSync(CORPUS).find((f) => f.endsWith('.txt'))!)], out, { concurrency: undefined });
    expect(summary.workers).toBe(0);
    expect(summary.failures).toBe(0);
  });
});
