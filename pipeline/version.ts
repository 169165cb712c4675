// What a result depends on besides its input: the tool's version and its rules.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const VERSION: string = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

// The build (bin/build.mjs) sets this from these same sources; dist/ runs only while they are unchanged.
declare const __PLAN_TARGETS_RULES_VERSION__: string | undefined;

let rulesVersion: string | undefined = typeof __PLAN_TARGETS_RULES_VERSION__ === 'string' ? __PLAN_TARGETS_RULES_VERSION__ : undefined;

/** Hash of every file that decides what is extracted: a change re-extracts everything. */
export function getRulesVersion(): string {
  if (rulesVersion) return rulesVersion;
  const h = createHash('sha256').update(VERSION);
  for (const dir of ['model', 'rules', 'extractors', 'pipeline/stages', 'pipeline/review', 'pipeline/workers']) {
    const files = readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .sort();
    for (const f of files) h.update(`${dir}/${f}\0`).update(readFileSync(join(ROOT, dir, f)));
  }
  h.update('pipeline/processor.ts\0').update(readFileSync(join(ROOT, 'pipeline/processor.ts')));
  rulesVersion = h.digest('hex').slice(0, 16);
  return rulesVersion;
}
