// Child-process entry for one timed pipeline run: each measured run gets a fresh process,
// so its peak RSS and JIT warm-up are its own. Plain JS so it can load TypeScript through tsx.
import { register } from 'tsx/esm/api';

register();
const { readFileSync } = await import('node:fs');
const { runOnce } = await import('./once.ts');
// the input spec comes as a file: thousands of paths would not fit in one argument
process.stdout.write(JSON.stringify(await runOnce(JSON.parse(readFileSync(process.argv[2], 'utf8')))) + '\n');
