// The least the comparison could cost while its outputs keep their bytes: one pass over the store's
// targets (the columns compare reads, in no order), the text outputs' bytes encoded and written, and
// compare.xlsx's parts deflated by pako at the writer's levels. Nothing is built or compared: the
// strings are read before the clock starts. measureCompareFloor(db, out) runs it in a child process
// on a store and the folder its comparison was written to:
//   { cpu_s, read_cpu_s, write_cpu_s, deflate_cpu_s, xlsx_raw_mb, text_mb }
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import pako from 'pako';
import { COLUMNS, openStore } from '../pipeline/compare/load.ts';

export interface CompareFloor {
  cpu_s: number;
  read_cpu_s: number;
  write_cpu_s: number;
  deflate_cpu_s: number;
  xlsx_raw_mb: number;
  text_mb: number;
}

/** The text outputs of writeComparison (compare.xlsx apart). */
const TEXT_FILES = ['compare.md', 'compare.csv', 'targets.csv', 'progress.csv', 'hierarchy.csv', 'report.html'];
/** compare.xlsx's parts deflated at level 6 (xlsx.ts); every other part at level 1 */
const LEVEL_6 = new Set(['xl/sharedStrings.xml', 'xl/styles.xml']);

const cpu = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;
const r2 = (x: number) => Number(x.toFixed(2));

export function measureCompareFloor(db: string, out: string): CompareFloor {
  const child = fileURLToPath(new URL('./compare-once.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [child, db, out, '--floor'], { encoding: 'utf8', maxBuffer: 16 << 20 });
  const last = (s: string | null) => (s ?? '').trim().split('\n').pop() ?? '';
  if (r.status !== 0) throw new Error(`${db}: compare floor failed: ${last(r.stderr) || r.error?.message || `exit ${r.status}`}`);
  return JSON.parse(last(r.stdout)) as CompareFloor;
}

/** In this process: what the child runs. */
export async function compareFloorOnce(db: string, out: string): Promise<CompareFloor> {
  const texts = TEXT_FILES.map((f) => readFileSync(join(out, f), 'utf8'));
  const zip = await JSZip.loadAsync(readFileSync(join(out, 'compare.xlsx')));
  const parts: { name: string; bytes: Uint8Array }[] = [];
  for (const f of Object.values(zip.files)) if (!f.dir) parts.push({ name: f.name, bytes: await f.async('uint8array') });
  const scratch = mkdtempSync(join(tmpdir(), 'compare-floor-'));
  try {
    let c0 = process.cpuUsage();
    const store = openStore(db);
    let rows = 0;
    try {
      for (const _ of store.iterateTargets(COLUMNS, { okOnly: true, unordered: true })) rows++;
    } finally {
      store.close();
    }
    const read = cpu(process.cpuUsage(c0));
    c0 = process.cpuUsage();
    texts.forEach((t, i) => writeFileSync(join(scratch, TEXT_FILES[i]!), t));
    const write = cpu(process.cpuUsage(c0));
    c0 = process.cpuUsage();
    for (const p of parts) {
      const d = new pako.Deflate({ raw: true, level: LEVEL_6.has(p.name) ? 6 : 1 });
      d.onData = () => {};
      d.push(p.bytes, true);
    }
    const deflate = cpu(process.cpuUsage(c0));
    if (rows === 0) throw new Error(`${db}: no targets`);
    return {
      cpu_s: r2(read + write + deflate),
      read_cpu_s: r2(read),
      write_cpu_s: r2(write),
      deflate_cpu_s: r2(deflate),
      xlsx_raw_mb: r2(parts.reduce((s, p) => s + p.bytes.length, 0) / 1e6),
      text_mb: r2(texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
