// The benchmark runs end to end on a tiny corpus and its last line carries every figure the speed
// issue names; the README's speed table is written from those figures. No speed is asserted here.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bench, type BenchFigures } from '../bench/bench.ts';
import { END, START, speedTable, withSpeedTable } from '../bench/readme.ts';

const REQUIRED = [
  'mb_per_cpu_s',
  'floor_mb_per_cpu_s',
  'startup_s',
  'pdf_pages_per_cpu_s',
  'pdfparse_pages_per_cpu_s',
  'speedup_2_workers',
  'compare_share',
  'compare_floor_share',
  'peak_rss_mb',
  'rerun_s',
] as const;

describe('npm run bench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-targets-bench-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let figures: BenchFigures;

  it('measures a tiny corpus with 1 and 2 workers, a PDF, start-up and the comparison', { timeout: 240_000 }, async () => {
    const lines: string[] = [];
    figures = await bench({ docs: 4, workers: [1, 2], speedupDocs: 0, repeat: 1, pdfs: 1, scanPages: 0, yardstickMs: 50, dir, seeds: 'corpus', log: (l) => lines.push(l) });
    expect(figures.docs).toBe(4);
    for (const key of REQUIRED) {
      expect(figures[key], key).not.toBeNull();
      expect(Number.isFinite(figures[key] as number), key).toBe(true);
    }
    expect(figures.floor_mb_per_cpu_s).toBeGreaterThan(0);
    expect(figures.compare_share).toBeGreaterThan(0);
    expect(figures.compare_share).toBeLessThan(1);
    // the floor (the same bytes written, nothing built) is part of what the comparison does
    expect(figures.compare_floor_cpu_s).toBeGreaterThan(0);
    expect(figures.compare_floor_share).toBeGreaterThan(0);
    expect(figures.compare_floor_share).toBeLessThan(1);
    expect(lines.some((l) => l.startsWith("the comparison's floor"))).toBe(true);
    expect(lines.some((l) => l.startsWith('full run'))).toBe(true);
    // the last line of `npm run bench` is this object as JSON
    expect(JSON.parse(JSON.stringify(figures))).toEqual(figures);
  });

  it("writes the README's speed table between its markers, naming the machine", () => {
    const table = speedTable(figures);
    expect(table.startsWith(START) && table.endsWith(END)).toBe(true);
    expect(table).toContain(`${figures.machine.cores} cores`);
    for (const key of REQUIRED) expect(table, key).toContain(`\`${key}\``);
    const readme = `# x\n\nbefore\n${START}\nold\n${END}\nafter\n`;
    const next = withSpeedTable(readme, figures);
    expect(next).toContain('before\n' + table + '\nafter');
    expect(withSpeedTable(next, figures)).toBe(next);
    expect(() => withSpeedTable('# no markers\n', figures)).toThrow(/markers/);
  });
});

describe('npm run bench -- --only pdf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-targets-bench-pdf-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("times the generated PDFs beside pdf-parse alone, and nothing else; its last line is the figures' JSON", { timeout: 240_000 }, async () => {
    const { main } = await import('../bench/cli.ts');
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => (written.push(String(s)), true)) as typeof process.stdout.write;
    try {
      expect(await main(['node', 'bench', '--only', 'pdf', '--pdfs', '1', '--dir', dir])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    const figures = JSON.parse(written.join('').trim().split('\n').at(-1)!);
    expect(figures.pages).toBeGreaterThan(0);
    for (const key of ['pipeline_pages_per_cpu_s', 'pdfparse_pages_per_cpu_s', 'pdf_cpu_ratio']) expect(Number.isFinite(figures[key]), key).toBe(true);
    expect(figures.load).toHaveLength(3);
    // no text corpus of the full bench's size was made
    expect(existsSync(join(dir, 'corpus'))).toBe(false);
  });
});
