// The hash of every source file the build is made from: the build records it, and the CLI uses
// the build only while the sources still hash the same (an edited source runs through tsx).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCE_DIRS = ['model', 'rules', 'extractors', 'pipeline'];

export function sourceHash(root) {
  const h = createHash('sha256');
  h.update(readFileSync(join(root, 'package.json')));
  for (const dir of SOURCE_DIRS) {
    const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|mjs|js|json)$/.test(f))
      .sort();
    for (const f of files) h.update(`${dir}/${f}\0`).update(readFileSync(join(root, dir, f)));
  }
  return h.digest('hex');
}
