// PDF reading against its yardstick: pages per CPU-second of a whole `plan-targets run` on some
// PDFs, beside pdf-parse's getText alone on the same files (bench/pdfparse-alone.mjs). Both are
// child processes timed the same way: the CPU of the whole process, Node's start-up and module
// loading included for both; the run skips the comparison tables (--no-compare), which are not
// PDF reading. The two alternate, and the median of each counts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, median, timeNode, usesBuild } from './process-time.ts';
import { makePdf } from './pdf.ts';

export interface PdfSpeed {
  pages: number;
  pipeline_pages_per_cpu_s: number;
  pdfparse_pages_per_cpu_s: number;
  /** pdf-parse's pages per CPU-second over the run's: the goal is ≤ 1.2 */
  pdf_cpu_ratio: number;
  /** the CLI ran the build in dist/ (false: the sources through tsx, which starts slower) */
  build: boolean;
}

const ALONE = new URL('./pdfparse-alone.mjs', import.meta.url).pathname;

/** `cli`: another checkout's bin/plan-targets.mjs, to time a version beside this one. */
export async function measurePdf(files: string[], opts: { runs?: number; cli?: string } = {}): Promise<PdfSpeed> {
  const runs = Math.max(1, opts.runs ?? 3);
  const out = mkdtempSync(join(tmpdir(), 'plan-targets-pdf-speed-'));
  try {
    const run = () => timeNode([opts.cli ?? CLI, 'run', ...files, '--out', out, '--force', '--no-compare', '--quiet']);
    const alone = () => timeNode([ALONE, ...files]);
    const pages = Number(alone().stdout.trim());
    // one of each first, not counted: the files into the page cache, the disk's metadata warm
    run();
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < runs; i++) {
      a.push(run().cpu);
      b.push(alone().cpu);
    }
    const pipeline = pages / median(a);
    const pdfparse = pages / median(b);
    const r2 = (n: number) => Math.round(n * 100) / 100;
    return { pages, pipeline_pages_per_cpu_s: r2(pipeline), pdfparse_pages_per_cpu_s: r2(pdfparse), pdf_cpu_ratio: r2(pdfparse / pipeline), build: await usesBuild() };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Plans laid out as PDFs (bench/pdf.ts) in dir: their paths. */
export function writePdfs(texts: string[], dir: string): string[] {
  return texts.map((text, i) => {
    const file = join(dir, `plan-${i + 1}.pdf`);
    writeFileSync(file, makePdf(text).data);
    return file;
  });
}
