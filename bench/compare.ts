// The cost of `compare` on a store: measureCompare(db, out) writes the comparison tables and report
// (writeComparison: compare.md, compare.csv, targets.csv, progress.csv, hierarchy.csv, compare.xlsx,
// report.html) from the store `db` into the folder `out`, in a child process of its own, so the CPU
// and peak RSS it reports are the comparison's alone (module loading not counted):
//   { cpu_s: user + system seconds of every thread, wall_s, peak_rss_mb: the child's peak resident MB }
// Synchronous; throws one line naming the store when the comparison fails. `whole`: every target
// loaded at once (writeComparison's stream: false), as earlier releases did, to set the two side by side.
// Alone: npx tsx bench/compare.ts <store.sqlite> <out dir> [--whole]   (prints the figures as one JSON line)
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface CompareFigures {
  cpu_s: number;
  wall_s: number;
  peak_rss_mb: number;
}

export function measureCompare(db: string, out: string, opts: { whole?: boolean } = {}): CompareFigures {
  const child = fileURLToPath(new URL('./compare-once.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [child, db, out, ...(opts.whole ? ['--whole'] : [])], { encoding: 'utf8', maxBuffer: 16 << 20 });
  const last = (s: string | null) => (s ?? '').trim().split('\n').pop() ?? '';
  if (r.status !== 0) throw new Error(`${db}: compare failed: ${last(r.stderr) || r.error?.message || `exit ${r.status}`}`);
  return JSON.parse(last(r.stdout)) as CompareFigures;
}

/** In this process: what the child runs. */
export async function compareOnce(db: string, out: string, opts: { whole?: boolean } = {}): Promise<CompareFigures> {
  const { writeComparison } = await import('../pipeline/compare/index.ts');
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await writeComparison(db, out, opts.whole ? { stream: false } : {});
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  return {
    cpu_s: Number(((c.user + c.system) / 1e6).toFixed(2)),
    wall_s: Number(wall.toFixed(2)),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [db, out, flag] = process.argv.slice(2);
  if (!db || !out || (flag !== undefined && flag !== '--whole')) {
    process.stderr.write('usage: npx tsx bench/compare.ts <store.sqlite> <out dir> [--whole]\n');
    process.exitCode = 2;
  } else {
    try {
      console.log(JSON.stringify(measureCompare(db, out, { whole: flag === '--whole' })));
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}
