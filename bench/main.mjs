#!/usr/bin/env node
// `npm run bench`: the benchmark, apart from the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv);
