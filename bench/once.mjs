// Child-process entry for one timed pipeline run: each measured run gets a fresh process,
// so its peak RSS and JIT warm-up are its own. It runs the compiled build when that matches the
// sources (what the CLI runs), else the TypeScript sources through tsx.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent } from '../bin/sources.mjs';

let runOnce;
if (process.env.PLAN_TARGETS_SOURCES !== '1' && buildIsCurrent(fileURLToPath(new URL('..', import.meta.url)))) {
  ({ runOnce } = await import('../dist/once.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runOnce } = await import('./once.ts'));
}
// the input spec comes as a file: thousands of paths would not fit in one argument
process.stdout.write(JSON.stringify(await runOnce(JSON.parse(readFileSync(process.argv[2], 'utf8')))) + '\n');
