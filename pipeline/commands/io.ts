// What every command module gets: where to print, and the exit code to set.
import { InvalidArgumentError } from 'commander';

export interface CommandIO {
  /** out: results (stdout); err: progress and errors (stderr); tty: stderr is a terminal (progress display) */
  io: { out: (s: string) => void; err: (s: string) => void; tty?: boolean };
  /** 0 ok, 1 a document failed; usage and I/O errors (2) are thrown and mapped by main() */
  exit: { code: number };
}

export const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expects a whole number ≥ 1');
  return n;
};
