// Whole-process timing of a child: wall from spawn to exit, and CPU (user + system of every
// thread, start-up included) as the child itself reports it at exit (bench/cpu-hook.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = join(ROOT, 'bin', 'plan-targets.mjs');
const HOOK = new URL('./cpu-hook.mjs', import.meta.url).href;

export interface ProcessTime {
  wall: number;
  cpu: number;
  stdout: string;
}

/** `node --import cpu-hook <args>`: fails with the child's first line of output when it exits non-zero. */
export function timeNode(args: string[], env: NodeJS.ProcessEnv = {}): ProcessTime {
  const dir = mkdtempSync(join(tmpdir(), 'plan-targets-cpu-'));
  const cpuFile = join(dir, 'cpu.json');
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', HOOK, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...env, PLAN_TARGETS_CPU_FILE: cpuFile },
    });
    const wall = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status ?? r.signal}): ${(r.stderr || r.stdout || '').trim().split('\n')[0]}`);
    const c = JSON.parse(readFileSync(cpuFile, 'utf8')) as { user: number; system: number };
    return { wall, cpu: c.user + c.system, stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Whether bin/plan-targets.mjs will run the build in dist/ (else the sources through tsx, slower to start). */
export async function usesBuild(): Promise<boolean> {
  const { buildIsCurrent } = await import('../bin/sources.mjs');
  return process.env.PLAN_TARGETS_SOURCES !== '1' && buildIsCurrent(ROOT);
}
