// Child-process entry of measureCompare (bench/compare.ts) and measureCompareFloor
// (bench/compare-floor.ts): one comparison, or its floor (`--floor`), its figures as a JSON line; a
// failure as one line on stderr. Plain JS so it can load TypeScript through tsx.
import { register } from 'tsx/esm/api';

register();
try {
  const [db, out, flag] = process.argv.slice(2);
  const figures =
    flag === '--floor'
      ? await (await import('./compare-floor.ts')).compareFloorOnce(db, out)
      : await (await import('./compare.ts')).compareOnce(db, out, { whole: flag === '--whole' });
  process.stdout.write(JSON.stringify(figures) + '\n');
} catch (err) {
  process.stderr.write(`${String(err?.message ?? err).split('\n')[0]}\n`);
  process.exitCode = 1;
}
