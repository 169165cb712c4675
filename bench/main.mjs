#!/usr/bin/env node
// `npm run bench`: the benchmark, apart from the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
try {
  process.exitCode = await main(process.argv);
} catch (err) {
  // a timed run that failed: one line, no stack trace
  process.stderr.write(`bench: ${String(err?.message ?? err).split('\n')[0]}\n`);
  process.exitCode = 1;
}
