#!/usr/bin/env node
// Scan accuracy of one plan: see bench/scan-cli.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./scan-cli.ts');
process.exitCode = await main(process.argv);
