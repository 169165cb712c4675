// The write stage: <out>/<name>.targets.json (+ <name>.text.txt when the text was derived),
// rendered to temp files by the thread that analysed the document, published by the run.
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { renameSync, rmSync } from 'node:fs';
import { writeFileIfChanged, writeTemp, toJson } from '../fsutil.ts';
import { jsonSchemaOf, publishedSchemas, type DocumentInfo, type Target, type TargetsFile } from '../../model/schema.ts';

export function targetsFileOf(info: DocumentInfo, targets: Target[]): TargetsFile {
  return {
    document: info,
    targets: targets.filter((t) => t.kind !== 'baseline'),
    baselines: targets.filter((t) => t.kind === 'baseline'),
  };
}

/** A document's outputs under temp names: written where it was analysed, published after its store row is saved. */
export interface PendingOutputs {
  out: string;
  name: string;
  /** temp file of <name>.text.txt, or null when the text is the input itself */
  text: string | null;
  /** temp file of <name>.targets.json */
  targets: string;
}

/** UTF-8 scratch, reused across documents (each worker thread has its own); large texts get their own buffer. */
const KEEP_SCRATCH = 4 << 20;
let scratch = Buffer.allocUnsafe(0);

/**
 * The UTF-8 bytes of `text`, valid until the next call. Encoding into a buffer at hand costs half
 * of what writeFileSync's own encoding of the string does (most of it, a new buffer per file).
 */
function utf8(text: string): Buffer {
  const most = 3 * text.length;
  if (most > KEEP_SCRATCH) return Buffer.from(text, 'utf8');
  if (scratch.length < most) scratch = Buffer.allocUnsafe(Math.min(KEEP_SCRATCH, Math.max(most, 2 * scratch.length)));
  return scratch.subarray(0, scratch.write(text, 'utf8'));
}

export function renderDocument(out: string, name: string, file: TargetsFile, derivedText: string | null): PendingOutputs {
  const text = derivedText === null ? null : writeTemp(join(out, `${name}.text.txt`), derivedText);
  try {
    return { out, name, text, targets: writeTemp(join(out, `${name}.targets.json`), utf8(toJson(file))) };
  } catch (err) {
    if (text) rmSync(text, { force: true });
    throw err;
  }
}

/** Puts rendered outputs in place; the targets file last: once it is there, the text its line numbers refer to is too. */
export function publishDocument(p: PendingOutputs): string[] {
  const textPath = join(p.out, `${p.name}.text.txt`);
  const json = join(p.out, `${p.name}.targets.json`);
  if (p.text !== null) renameSync(p.text, textPath);
  else rmSync(textPath, { force: true });
  renameSync(p.targets, json);
  return p.text !== null ? [textPath, json] : [json];
}

/** Removes rendered outputs that will not be published (the document failed after rendering). */
export function discardDocument(p: PendingOutputs): void {
  for (const f of [p.text, p.targets]) if (f) rmSync(f, { force: true });
}

// Rendered once by the build (bin/build.mjs) from these same sources: dist/ runs only while they are unchanged.
// (JSON of the texts by name: a string, which esbuild inlines where an object would become a module)
declare const __PLAN_TARGETS_SCHEMAS__: string | undefined;

/** The text of out/schema/<name>.schema.json for every published shape, by name. */
export function schemaTexts(): Record<string, string> {
  if (typeof __PLAN_TARGETS_SCHEMAS__ === 'string') return JSON.parse(__PLAN_TARGETS_SCHEMAS__) as Record<string, string>;
  return Object.fromEntries(Object.entries(publishedSchemas).map(([name, schema]) => [name, toJson(jsonSchemaOf(schema))]));
}

/** out/schema/<name>.schema.json for every published shape. */
export function writeSchemas(out: string): void {
  for (const [name, text] of Object.entries(schemaTexts())) writeFileIfChanged(join(out, 'schema', `${name}.schema.json`), text);
}
