// Child-process entry of measureCompare (bench/compare.ts): one comparison, its figures as a JSON
// line; a failure as one line on stderr. Plain JS so it can load TypeScript through tsx.
import { register } from 'tsx/esm/api';

register();
const { compareOnce } = await import('./compare.ts');
try {
  process.stdout.write(JSON.stringify(await compareOnce(process.argv[2], process.argv[3], { whole: process.argv[4] === '--whole' })) + '\n');
} catch (err) {
  process.stderr.write(`${String(err?.message ?? err).split('\n')[0]}\n`);
  process.exitCode = 1;
}
