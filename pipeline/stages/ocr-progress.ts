// OCR progress in pages, across threads: the thread that OCRs a page (a worker, or the main thread
// on small runs) writes "page k of n of <file>" into shared memory and wakes the run's watcher,
// which redraws the progress line. No imports: the run's main thread loads it without the parsers.

/** UTF-16 units of the file name kept (longer names are cut: it is a display). */
const NAME_UNITS = 120;
// Int32 cells: lock, sequence, pages done, pages to read, name length, then the name's units
const LOCK = 0;
const SEQ = 1;
const DONE = 2;
const TOTAL = 3;
const LENGTH = 4;
const NAME = 5;

export interface OcrPageProgress {
  file: string;
  done: number;
  total: number;
}

export function createOcrProgress(): SharedArrayBuffer {
  return new SharedArrayBuffer(4 * (NAME + NAME_UNITS));
}

/** A short spin lock: writers and the reader hold it for a few dozen stores. */
function locked<T>(cells: Int32Array, f: () => T, wait: boolean): T | undefined {
  for (let tries = 0; Atomics.compareExchange(cells, LOCK, 0, 1) !== 0; tries++) if (!wait && tries > 100) return undefined;
  try {
    return f();
  } finally {
    Atomics.store(cells, LOCK, 0);
  }
}

/** Says that `done` of `total` pages of `file` are read. */
export function reportOcrPages(shared: SharedArrayBuffer | undefined, file: string, done: number, total: number): void {
  if (!shared) return;
  const cells = new Int32Array(shared);
  locked(
    cells,
    () => {
      const n = Math.min(file.length, NAME_UNITS);
      for (let i = 0; i < n; i++) cells[NAME + i] = file.charCodeAt(i);
      cells[LENGTH] = n;
      cells[DONE] = done;
      cells[TOTAL] = total;
      Atomics.add(cells, SEQ, 1);
    },
    true,
  );
  Atomics.notify(cells, SEQ);
}

function read(cells: Int32Array): OcrPageProgress | undefined {
  return locked(
    cells,
    () => {
      let file = '';
      for (let i = 0; i < cells[LENGTH]!; i++) file += String.fromCharCode(cells[NAME + i]!);
      return { file, done: cells[DONE]!, total: cells[TOTAL]! };
    },
    false,
  );
}

/** Calls `update` with each new page count until the returned stop is called. */
export function watchOcrProgress(shared: SharedArrayBuffer, update: (p: OcrPageProgress) => void): () => void {
  const cells = new Int32Array(shared);
  let stopped = false;
  let seen = Atomics.load(cells, SEQ);
  const waitAsync = (Atomics as unknown as { waitAsync: (a: Int32Array, i: number, v: number, t?: number) => { async: boolean; value: Promise<string> | string } }).waitAsync;
  void (async () => {
    while (!stopped) {
      const w = waitAsync(cells, SEQ, seen, 1000);
      if (w.async) await w.value;
      if (stopped) break;
      const now = Atomics.load(cells, SEQ);
      if (now === seen) continue;
      const p = read(cells);
      if (!p) {
        // a writer holds the lock: look again shortly
        await new Promise((r) => setTimeout(r, 5));
        continue;
      }
      seen = now;
      update(p);
    }
  })();
  return () => {
    stopped = true;
    Atomics.notify(cells, SEQ);
    // the last count, if the watcher had not seen it yet
    if (Atomics.load(cells, SEQ) !== seen) {
      seen = Atomics.load(cells, SEQ);
      const p = read(cells);
      if (p) update(p);
    }
  };
}
