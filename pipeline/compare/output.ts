// The comparison's files: each written under a temp name (a large one in pieces, never held whole),
// then all renamed into place together once every one is complete.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { writeTemp } from '../fsutil.ts';
import { Utf8Chunks } from './utf8-chunks.ts';

let counter = 0;

/** A file written in pieces under a temp name (writeTemp's naming, so a killed run's leftovers are swept). */
export class PieceWriter {
  private readonly fd: number;
  private readonly out: Utf8Chunks;
  private closed = false;
  constructor(readonly temp: string) {
    const fd = (this.fd = openSync(temp, 'w'));
    this.out = new Utf8Chunks((b, n) => {
      for (let at = 0; at < n; ) at += writeSync(fd, b, at, n - at);
    });
  }

  write(s: string): void {
    this.out.write(s);
  }

  /** Writes what is left and closes the file; again: nothing. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.out.end();
    } finally {
      closeSync(this.fd);
    }
  }
}

export class Outputs {
  private readonly temps: [temp: string, path: string][] = [];
  private readonly writers: PieceWriter[] = [];
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** A whole file at once. */
  write(name: string, data: string | Buffer): void {
    const path = join(this.dir, name);
    this.temps.push([writeTemp(path, data), path]);
  }

  /** A file written in pieces (commit() closes it). */
  stream(name: string): PieceWriter {
    const path = join(this.dir, name);
    // numbered apart from writeTemp's (thread id × 10⁹ + its own counter)
    const w = new PieceWriter(`${path}.tmp-${process.pid}-${2e12 + counter++}`);
    this.temps.push([w.temp, path]);
    this.writers.push(w);
    return w;
  }

  /** Renames every file into place, in the order they were begun. */
  commit(): string[] {
    for (const w of this.writers) w.close();
    for (const [temp, path] of this.temps) renameSync(temp, path);
    return this.temps.map(([, path]) => path);
  }

  /** Removes the temp files (after a failure). */
  abandon(): void {
    for (const w of this.writers) {
      try {
        w.close();
      } catch {
        // removed below either way
      }
    }
    for (const [temp] of this.temps) rmSync(temp, { force: true });
  }
}
