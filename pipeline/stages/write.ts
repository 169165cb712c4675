// The write stage: <out>/<name>.targets.json (+ <name>.text.txt when the text was derived).
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { writeFileAtomic, toJson } from '../fsutil.ts';
import { jsonSchemaOf, publishedSchemas, type DocumentInfo, type Target, type TargetsFile } from '../schema.ts';

export function targetsFileOf(info: DocumentInfo, targets: Target[]): TargetsFile {
  return {
    document: info,
    targets: targets.filter((t) => t.kind !== 'baseline'),
    baselines: targets.filter((t) => t.kind === 'baseline'),
  };
}

export function writeDocument(out: string, name: string, file: TargetsFile, derivedText: string | null): string[] {
  const written: string[] = [];
  // the targets file last: once it is there, the text its line numbers refer to is too
  const textPath = join(out, `${name}.text.txt`);
  if (derivedText !== null) {
    writeFileAtomic(textPath, derivedText);
    written.push(textPath);
  } else {
    rmSync(textPath, { force: true });
  }
  const json = join(out, `${name}.targets.json`);
  writeFileAtomic(json, toJson(file));
  written.push(json);
  return written;
}

/** out/schema/<name>.schema.json for every published shape. */
export function writeSchemas(out: string): void {
  for (const [name, schema] of Object.entries(publishedSchemas)) {
    writeFileAtomic(join(out, 'schema', `${name}.schema.json`), toJson(jsonSchemaOf(schema)));
  }
}
