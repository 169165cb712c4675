// What every command module gets: where to print, and the exit code to set.
import { InvalidArgumentError } from 'commander';

export interface CommandIO {
  io: { out: (s: string) => void; err: (s: string) => void };
  exit: { code: number };
}

export const positiveInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expects a whole number ≥ 1');
  return n;
};
