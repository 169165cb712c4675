// Review files on disk: where they are, reading with errors that name the JSON path, writing.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic, toJson } from '../fsutil.ts';
import { jsonSchemaOf, ReviewFile } from '../../model/schema.ts';
import { jsonErrorOffset } from './jsonpos.ts';

export const SCHEMA_FILE = 'review.schema.json';

export function reviewFilePath(reviewsDir: string, name: string): string {
  return join(reviewsDir, `${name}.review.json`);
}

/** `$.entries[3].value` from a zod path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let s = '$';
  for (const k of path) {
    if (typeof k === 'number') s += `[${k}]`;
    else if (typeof k === 'string' && /^[A-Za-z_$][\w$]*$/.test(k)) s += `.${k}`;
    else s += `[${JSON.stringify(String(k))}]`;
  }
  return s;
}

/** One problem in a review file: the JSON path and what is wrong. */
export interface ReviewProblem {
  path: string;
  problem: string;
}

export function formatProblem(file: string, p: ReviewProblem): string {
  return `${file}: ${p.path}: ${p.problem}`;
}

export type ReadResult =
  | { ok: true; file: string; sha256: string; review: ReviewFile }
  | { ok: false; file: string; sha256: string | null; problem: ReviewProblem };

function notJson(text: string, err: Error): ReviewProblem {
  const at = jsonErrorOffset(text);
  if (at >= 0) {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const what = at < text.length ? JSON.stringify(text[at]) : 'end of file';
    return { path: '$', problem: `not valid JSON: unexpected ${what} at line ${line}, column ${column}` };
  }
  return { path: '$', problem: `not valid JSON (${err.message.split('\n')[0]})` };
}

/** Reads and checks the shape of a review file; the content checks need the targets (see apply.ts). */
export function readReviewFile(file: string): ReadResult | null {
  if (!existsSync(file)) return null;
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (err) {
    return { ok: false, file, sha256: null, problem: { path: '$', problem: `cannot read: ${(err as Error).message}` } };
  }
  const sha256 = createHash('sha256').update(data).digest('hex');
  const text = data.toString('utf8').replace(/^\ufeff/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, file, sha256, problem: notJson(text, err as Error) };
  }
  const problems = schemaProblems(json);
  if (problems.length) {
    const more = problems.length - 1;
    const also = more ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '';
    return { ok: false, file, sha256, problem: { path: problems[0]!.path, problem: problems[0]!.problem + also } };
  }
  return { ok: true, file, sha256, review: ReviewFile.parse(json) };
}

/** Every way parsed JSON misses the review file's schema, in the file's order. */
export function schemaProblems(json: unknown): ReviewProblem[] {
  const r = ReviewFile.safeParse(json);
  if (r.success) return [];
  return r.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: jsonPath([...issue.path, key]), problem: `unknown field "${key}"` }))
      : [{ path: jsonPath(issue.path), problem: issueText(issue.message) }],
  );
}

function issueText(message: string): string {
  return message.replace(/^Invalid input: /, '');
}

/**
 * JSON as a reviewer reads it: one key a line, but each entry's `was` on a
 * single line, so a file of hundreds of targets stays scannable.
 */
export function reviewJson(review: ReviewFile): string {
  const { entries, ...head } = review;
  const headJson = toJson(head).trimEnd().replace(/\n}$/, '');
  const entryJson = entries.map((e) => {
    const lines = Object.entries(e).map(([k, v]) => `      ${JSON.stringify(k)}: ${k === 'was' ? compact(v) : JSON.stringify(v)}`);
    return `    {\n${lines.join(',\n')}\n    }`;
  });
  const body = entries.length ? `[\n${entryJson.join(',\n')}\n  ]` : '[]';
  return `${headJson}${Object.keys(head).length ? ',' : ''}\n  "entries": ${body}\n}\n`;
}

/** A flat object on one line: `{"a": 1, "b": "x"}`. */
function compact(v: unknown): string {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return JSON.stringify(v);
  return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${JSON.stringify(x)}`).join(', ')}}`;
}

/** The JSON Schema beside the review files, so `"$schema": "./review.schema.json"` works after a fresh clone. */
export function writeSchemaCopy(reviewsDir: string): string {
  const p = join(reviewsDir, SCHEMA_FILE);
  writeFileAtomic(p, toJson(jsonSchemaOf(ReviewFile)));
  return p;
}
