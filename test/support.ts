// Shared by the end-to-end suites: scratch folders removed after the file, and a quiet run.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { run, type RunOptions, type RunSummary } from '../pipeline/run.ts';

export const ROOT = join(import.meta.dirname, '..');
export const CORPUS = join(ROOT, 'corpus');
export const FIX = join(ROOT, 'test', 'fixtures', 'ingest');

/** A factory of fresh folders under one scratch folder, removed when the test file ends. */
export function scratchDirs(prefix: string): () => string {
  const scratch = mkdtempSync(join(tmpdir(), `plan-targets-${prefix}-`));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let n = 0;
  return () => {
    const d = join(scratch, String(n++));
    mkdirSync(d);
    return d;
  };
}

/** `run` with the store in `out`, no reviews, and the printed lines collected instead of shown. */
export async function quietRun(
  inputs: string[],
  out: string,
  extra: Partial<RunOptions> = {},
): Promise<{ summary: RunSummary; lines: string[] }> {
  const lines: string[] = [];
  const summary = await run({
    inputs,
    out,
    db: join(out, 'plan-targets.sqlite'),
    concurrency: 2,
    reviews: join(out, 'no-reviews'),
    log: (l) => lines.push(l),
    ...extra,
  });
  return { summary, lines };
}
