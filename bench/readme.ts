// The README's speed table, rendered from the bench's figures (its last JSON line), between two
// marker comments, so the table always says what one bench run measured and on which machine.
import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchFigures } from './bench.ts';

export const START = '<!-- bench:start (written by `npm run bench -- --readme`) -->';
export const END = '<!-- bench:end -->';

/** What the table needs of a bench run. */
export type ReadmeFigures = Pick<
  BenchFigures,
  | 'docs'
  | 'mb'
  | 'docs_per_s'
  | 'mb_per_cpu_s'
  | 'floor_mb_per_cpu_s'
  | 'startup_s'
  | 'pdf_pages_per_cpu_s'
  | 'pdfparse_pages_per_cpu_s'
  | 'speedup_2_workers'
  | 'machine_speedup_2_threads'
  | 'compare_share'
  | 'compare_cpu_s'
  | 'compare_floor_cpu_s'
  | 'compare_floor_share'
  | 'peak_rss_mb'
  | 'rerun_s'
  | 'ocr_pages_per_s'
  | 'cpu_per_plan_ms'
  | 'machine'
>;

const met = (ok: boolean | null): string => (ok === null ? 'not measured' : ok ? 'met' : '**not met**');
const n = (x: number | null, digits = 2): string => (x === null ? '—' : x.toFixed(digits));

export function speedTable(f: ReadmeFigures): string {
  const pdfRatio = f.pdf_pages_per_cpu_s && f.pdfparse_pages_per_cpu_s ? f.pdfparse_pages_per_cpu_s / f.pdf_pages_per_cpu_s : null;
  const rows: [string, string, string, string][] = [
    ['plan text per CPU-second, whole run (`mb_per_cpu_s`)', `${n(f.mb_per_cpu_s, 1)} MB`, '≥ 40 MB', met(f.mb_per_cpu_s >= 40)],
    ['reading, hashing and decoding the same bytes (`floor_mb_per_cpu_s`)', `${n(f.floor_mb_per_cpu_s, 0)} MB`, 'the ceiling', ''],
    [
      'CPU per plan with 1 worker: worker / main thread / V8 helper threads',
      f.cpu_per_plan_ms ? `${n(f.cpu_per_plan_ms.worker, 1)} / ${n(f.cpu_per_plan_ms.main, 1)} / ${n(f.cpu_per_plan_ms.helpers, 1)} ms` : '—',
      '',
      '',
    ],
    ['documents per second, full run', n(f.docs_per_s, 0), '', ''],
    ['start-up: `run` on one small plan, wall (`startup_s`)', `${n(f.startup_s)} s`, '< 0.5 s', met(f.startup_s === null ? null : f.startup_s < 0.5)],
    [
      'PDF pages per CPU-second: run / pdf-parse alone (`pdf_pages_per_cpu_s`, `pdfparse_pages_per_cpu_s`)',
      `${n(f.pdf_pages_per_cpu_s, 1)} / ${n(f.pdfparse_pages_per_cpu_s, 1)}${pdfRatio === null ? '' : ` (${pdfRatio.toFixed(2)}×)`}`,
      'within 1.2×',
      met(pdfRatio === null ? null : pdfRatio <= 1.2),
    ],
    [
      'speed-up 1 → 2 workers, wall (`speedup_2_workers`)',
      `${n(f.speedup_2_workers)}× (pure computation: ${n(f.machine_speedup_2_threads)}×)`,
      '≥ 1.25×',
      met(f.speedup_2_workers === null ? null : f.speedup_2_workers >= 1.25),
    ],
    [
      'comparison tables and report, share of the run (`compare_share`)',
      f.compare_share === null ? '—' : `${(100 * f.compare_share).toFixed(1)}% (${n(f.compare_cpu_s, 1)} CPU-s)`,
      '< 10%',
      met(f.compare_share === null ? null : f.compare_share < 0.1),
    ],
    [
      'the least the comparison could cost with the same bytes (`compare_floor_share`)',
      f.compare_floor_share === null ? '—' : `${(100 * f.compare_floor_share).toFixed(1)}% (${n(f.compare_floor_cpu_s, 1)} CPU-s)`,
      '',
      '',
    ],
    ['peak RSS (`peak_rss_mb`)', `${f.peak_rss_mb} MB`, '< 1 GB', met(f.peak_rss_mb < 1024)],
    ['no-change re-run (`rerun_s`)', `${n(f.rerun_s)} s`, '', ''],
    ['OCR of generated scan pages', f.ocr_pages_per_s === null ? '—' : `${n(f.ocr_pages_per_s)} pages/s`, '', ''],
  ];
  const m = f.machine;
  return [
    START,
    `\`npm run bench\` on ${f.docs.toLocaleString('en')} generated plans (${n(f.mb, 0)} MB), ${m.date}, on ${m.cores} cores (${m.cpu}); ` +
      `load average ${m.load.map((l) => l.toFixed(1)).join(', ')} at the end (other work included).`,
    '',
    '| figure | measured | goal | |',
    '| --- | ---: | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    END,
  ].join('\n');
}

/** Replaces the marked block of `readme` with the table (or fails: the markers must be there once). */
export function withSpeedTable(readme: string, f: ReadmeFigures): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a === -1 || b < a || readme.indexOf(START, a + 1) !== -1) throw new Error(`the README needs the markers ${START} … ${END} once`);
  return readme.slice(0, a) + speedTable(f) + readme.slice(b + END.length);
}

export function writeSpeedTable(path: string, f: ReadmeFigures): void {
  writeFileSync(path, withSpeedTable(readFileSync(path, 'utf8'), f));
}
