// Limits: a 200 MB file, a million lines, deeply nested HTML, a 2,000-page PDF. Each is
// either processed in bounded time and memory or refused with one line naming the limit.
// Memory is measured in a child process (peak RSS of the whole process, workers included).
// The heaviest cases take ~10 s each; they run in CI like the rest (no skip flag).
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BYTES } from '../pipeline/run.ts';
import { DEFAULT_MAX_BYTES, MAX_HTML_DEPTH, ingest, ingestBuffer } from '../pipeline/stages/ingest.ts';
import { scratchDirs } from './support.ts';

const ROOT = join(import.meta.dirname, '..');
const FIX = join(ROOT, 'test', 'fixtures', 'ingest');
const tmp = scratchDirs('limits');
const MB = 1024 * 1024;

interface ChildRun {
  lines: string[];
  failures: number;
  seconds: number;
  /** peak resident memory of the child, MB */
  peakMb: number;
}

/** `run` over `inputs` in a child process; its peak memory and time. */
async function childRun(inputs: string[]): Promise<ChildRun> {
  const out = tmp();
  const script = join(tmp(), 'child-run.mts');
  writeFileSync(
    script,
    `import { run } from ${JSON.stringify(join(ROOT, 'pipeline', 'run.ts'))};
     const [inputs, out] = JSON.parse(process.argv[2]);
     const lines = [];
     const t0 = performance.now();
     const s = await run({ inputs, out, db: out + '/plan-targets.sqlite', concurrency: 1, reviews: out + '/none', log: (l) => lines.push(l) });
     process.stdout.write(JSON.stringify({ lines, failures: s.failures, seconds: (performance.now() - t0) / 1000, peakMb: process.resourceUsage().maxRSS / 1024 }));`,
  );
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify([inputs, out])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => (stdout += b));
  child.stderr.on('data', (b) => (stderr += b));
  const code = await new Promise((r) => child.on('close', r));
  if (code !== 0) throw new Error(`child run failed (${code}): ${stderr.split('\n')[0]}`);
  return JSON.parse(stdout) as ChildRun;
}

/** Seconds an ingest takes, and its outcome: the text, or the one-line message it refused with. */
async function timedIngest(file: string, data: Buffer): Promise<{ seconds: number; text?: string; error?: string }> {
  const t0 = performance.now();
  try {
    const r = await ingestBuffer(file, data);
    return { seconds: (performance.now() - t0) / 1000, text: r.text };
  } catch (err) {
    return { seconds: (performance.now() - t0) / 1000, error: (err as Error).message };
  }
}

describe('a 200 MB file', () => {
  it('the run refuses it in one line naming the limit, without reading it into memory', async () => {
    const dir = tmp();
    const big = join(dir, 'huge.txt');
    // sparse: 200 MB on paper, no disk and no time to write
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 200 * MB);
    closeSync(fd);
    writeFileSync(join(dir, 'good.txt'), readFileSync(join(FIX, 'plan.txt')));
    const r = await childRun([dir]);
    expect(r.failures).toBe(1);
    const failed = r.lines.filter((l) => l.startsWith('✗'));
    expect(failed).toEqual(['✗ huge.txt: file is 200.0 MB, over the 64 MB limit']);
    expect(r.lines.some((l) => l.startsWith('✓ good.txt'))).toBe(true);
    // a run that read the file would hold 200 MB more than one without it
    rmSync(big);
    const baseline = await childRun([dir]);
    expect(baseline.failures).toBe(0);
    expect(r.peakMb - baseline.peakMb).toBeLessThan(50);
  }, 60_000);

  it('ingest refuses it by its size before opening it', async () => {
    const big = join(tmp(), 'huge.pdf');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 200 * MB);
    closeSync(fd);
    await expect(ingest(big)).rejects.toThrow(/huge\.pdf: file is 200\.0 MB, over the 64 MB limit$/);
  });

  it('the run and ingest apply the same limit', () => {
    expect(MAX_BYTES).toBe(DEFAULT_MAX_BYTES);
  });
});

describe('a file of a million lines', () => {
  it('is processed in bounded time and memory', async () => {
    const dir = tmp();
    const parts = ['某市妇女发展规划（2021—2025年）\n\n（一）妇女与健康\n\n主要目标：\n\n'];
    let k = 0;
    for (let line = 6; line < 1_000_000; line++) {
      parts.push(line % 100 === 0 ? `${(k++ % 9) + 1}. 孕产妇死亡率下降到${(k % 50) + 1}/10万以内。\n` : '加强妇女健康服务。\n');
    }
    writeFileSync(join(dir, 'million.txt'), parts.join(''));
    expect(statSync(join(dir, 'million.txt')).size).toBeLessThan(DEFAULT_MAX_BYTES); // under the size limit: it must be processed
    const r = await childRun([dir]);
    expect(r.failures).toBe(0);
    expect(r.lines[0]).toMatch(/^✓ million\.txt .* 9999 targets/);
    // measured: ~6 s and ~520 MB peak on a shared 2-core machine (28 MB of text)
    expect(r.seconds).toBeLessThan(60);
    expect(r.peakMb).toBeLessThan(1500);
  }, 120_000);
});

describe('deeply nested HTML', () => {
  const plan = '<p>孕产妇死亡率下降到12.5/10万以内。</p>';
  const page = (inner: string) => Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${inner}</body></html>`);

  it.each([
    ['div', (n: number) => '<div>'.repeat(n) + plan + '</div>'.repeat(n)],
    ['unclosed span', (n: number) => '<span>'.repeat(n) + plan],
    ['lists', (n: number) => '<ul><li>'.repeat(n) + plan],
    ['tables', (n: number) => '<table><tr><td>'.repeat(n) + plan],
  ])('%s nested 100,000 deep: refused at once, naming the limit', async (_what, make) => {
    const r = await timedIngest('deep.html', page(make(100_000)));
    expect(r.error).toMatch(new RegExp(`^deep\\.html: HTML is nested too deeply \\(\\d+ levels, over the limit of ${MAX_HTML_DEPTH}\\)$`));
    expect(r.seconds).toBeLessThan(5);
  });

  it('nested just under the limit: read, in bounded time', async () => {
    const r = await timedIngest('deep.html', page('<div>'.repeat(MAX_HTML_DEPTH - 10) + plan + '</div>'.repeat(MAX_HTML_DEPTH - 10)));
    expect(r.text).toBe('孕产妇死亡率下降到12.5/10万以内。\n');
    expect(r.seconds).toBeLessThan(10);
  });

  it.each([['li'], ['p'], ['tr'], ['option']])('100,000 <%s> the parser closes itself: read, in bounded time', async (tag) => {
    const r = await timedIngest('flat.html', page(`<${tag}>`.repeat(100_000) + plan));
    expect(r.text).toBe('孕产妇死亡率下降到12.5/10万以内。\n');
    expect(r.seconds).toBeLessThan(5);
  });

  // These nest in htmlparser2 (parse time grows with the square of their count), so they count as nesting.
  it('100,000 repeated <caption> (or <body>, <head>, <colgroup>, <thead>): refused or read promptly', async () => {
    // 100,000 <p> take ~0.2 s; linear time would give ~0.2 s here too
    const r = await timedIngest('flat.html', page('<caption>'.repeat(100_000) + plan));
    expect(r.seconds).toBeLessThan(2);
  }, 120_000);
});

/** A minimal valid PDF: `pages` pages in Helvetica, one ASCII line each, offsets computed. */
function manyPagePdf(pages: number, line: (i: number) => string): Buffer {
  const objs: string[] = [];
  const kids: string[] = [];
  for (let i = 0; i < pages; i++) kids.push(`${4 + 2 * i} 0 R`);
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  for (let i = 0; i < pages; i++) {
    const stream = `BT /F1 12 Tf 72 720 Td (${line(i).replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`;
    objs[4 + 2 * i] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`;
    objs[5 + 2 * i] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objs.length; n++) {
    offsets[n] = Buffer.byteLength(out, 'latin1');
    out += `${n} 0 obj\n${objs[n]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objs.length; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('a 2,000-page PDF', () => {
  it('the generator makes a PDF ingest reads page by page', async () => {
    const r = await ingestBuffer('three.pdf', manyPagePdf(3, (i) => `Page ${i + 1}`));
    expect(r.format).toBe('pdf');
    expect(r.pages).toEqual([1, 2, 3]);
    expect(r.text).toBe('Page 1\nPage 2\nPage 3');
  });

  it('is read whole in bounded time and memory; with no plan in it, one clear line says so', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'pages.pdf'), manyPagePdf(2000, (i) => `Page ${i + 1}: item ${i % 100} of the annex`));
    const r = await childRun([dir]);
    expect(r.lines[0]).toBe('✗ pages.pdf: no plan found: no plan title, period or target in the text');
    // measured: ~8 s; peak ~590 MB, nearly flat in the page count (250 pages ~525 MB, 4,000 ~545 MB)
    expect(r.seconds).toBeLessThan(45);
    expect(r.peakMb).toBeLessThan(1500);
  }, 120_000);
});
