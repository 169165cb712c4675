#!/usr/bin/env node
// The CLI: the compiled build in dist/ (made by `npm ci` / `npm run build`) while it matches the
// sources, else the TypeScript sources through tsx (no build, or a source edited since).
// PLAN_TARGETS_SOURCES=1 always runs the sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent as matches } from './sources.mjs';
import { applyV8Flags } from './v8-flags.mjs';

applyV8Flags();

// `plan-targets … | head` closes the pipe early: that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INFO = new URL('../dist/build-info.json', import.meta.url);

function buildIsCurrent() {
  if (process.env.PLAN_TARGETS_SOURCES === '1' || !existsSync(INFO)) return false;
  const current = matches(ROOT, fileURLToPath(INFO));
  if (!current && process.stderr.isTTY) {
    process.stderr.write('plan-targets: dist/ is older than the sources, running the sources (`npm run build` to rebuild)\n');
  }
  return current;
}

let main;
if (buildIsCurrent()) {
  try {
    ({ main } = await import('../dist/cli.js'));
  } catch (err) {
    process.stderr.write(`plan-targets: the build in dist/ does not load (${String(err?.message ?? err).split('\n')[0]}); running the sources (\`npm run build\` to rebuild)\n`);
  }
}
if (!main) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../pipeline/cli.ts'));
}
process.exitCode = await main(process.argv);
