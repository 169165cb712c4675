// The pipeline end to end: grounded, schema-valid, deterministic output; bad input costs only itself.
import { chmodSync, copyFileSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { LineIndex, stripSpace } from '../model/text.ts';
import type { RunSummary } from '../pipeline/run.ts';
import { TargetsFile } from '../model/schema.ts';
import { CORPUS, FIX, quietRun, scratchDirs } from './support.ts';

const tmp = scratchDirs('pipeline');

describe('run on the corpus', () => {
  let out: string;
  let first: { summary: RunSummary; lines: string[] };
  beforeAll(async () => {
    out = tmp();
    first = await quietRun([CORPUS], out);
  });

  it('writes one valid targets file per plan, with every value grounded in the text', () => {
    const plans = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
    expect(first.summary.failures).toBe(0);
    for (const plan of plans) {
      const name = plan.replace(/\.txt$/, '');
      const json = JSON.parse(readFileSync(join(out, `${name}.targets.json`), 'utf8'));
      const file = TargetsFile.parse(json);
      expect(file.document.file).toBe(plan);
      expect(file.targets.length).toBeGreaterThan(50);
      const text = readFileSync(join(CORPUS, plan), 'utf8');
      const index = new LineIndex(text);
      for (const t of [...file.targets, ...file.baselines]) {
        expect(stripSpace(text.slice(t.source.start, t.source.end))).toBe(t.source.quote);
        const at = index.starts[t.source.line - 1]! + t.source.column - 1;
        expect(at).toBeGreaterThanOrEqual(t.source.start);
        expect(at).toBeLessThan(t.source.end);
        if (t.value !== null && t.kind !== 'full_coverage') {
          // the value's first character stands at line:column
          expect('0123456789０１２３４５６７８９一二三四五六七八九十两百半零〇.．'.includes(text[at]!)).toBe(true);
        }
      }
      // no two targets share an id
      const ids = [...file.targets, ...file.baselines].map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('prints a line per document and a total', () => {
    expect(first.lines.filter((l) => l.startsWith('✓'))).toHaveLength(3);
    expect(first.lines.at(-1)).toMatch(/^3 documents: 3 ok, 0 failed; \d+ targets/);
  });

  it('writes the JSON Schema of its outputs', () => {
    const schema = JSON.parse(readFileSync(join(out, 'schema', 'targets.schema.json'), 'utf8'));
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(['document', 'targets', 'baselines']);
  });

  it('stores documents, targets and the run in SQLite', () => {
    const db = new Database(join(out, 'plan-targets.sqlite'), { readonly: true });
    const docs = db.prepare('SELECT path, status, sha256 FROM documents ORDER BY path').all() as { status: string; sha256: string }[];
    expect(docs).toHaveLength(3);
    expect(docs.every((d) => d.status === 'ok' && /^[0-9a-f]{64}$/.test(d.sha256))).toBe(true);
    const n = (db.prepare('SELECT count(*) AS n FROM targets').get() as { n: number }).n;
    expect(n).toBe(first.summary.targets + first.summary.baselines);
    const runRow = db.prepare('SELECT documents, failures FROM runs ORDER BY id DESC').get();
    expect(runRow).toEqual({ documents: 3, failures: 0 });
    db.close();
  });

  it('gives byte-identical JSON and the same rows when run again', async () => {
    const before = readdirSync(out).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(out, f)));
    const dbRows = () => {
      const db = new Database(join(out, 'plan-targets.sqlite'), { readonly: true });
      const rows = db.prepare('SELECT * FROM targets ORDER BY doc, seq').all();
      db.close();
      return rows;
    };
    const rowsBefore = dbRows();
    const again = await quietRun([CORPUS], out, { force: true });
    expect(again.summary.failures).toBe(0);
    const after = readdirSync(out).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(out, f)));
    expect(after).toEqual(before);
    expect(dbRows()).toEqual(rowsBefore);
    // a second output folder from scratch is identical too
    const other = tmp();
    await quietRun([CORPUS], other);
    for (const f of readdirSync(out).filter((x) => x.endsWith('.targets.json'))) {
      expect(readFileSync(join(other, f))).toEqual(readFileSync(join(out, f)));
    }
  });

  it('only checks hashes when nothing changed', async () => {
    const again = await quietRun([CORPUS], out);
    expect(again.summary.skipped).toBe(3);
    expect(again.lines.filter((l) => l.startsWith('='))).toHaveLength(3);
  });
});

describe('bad input', () => {
  const cases: [string, string, RegExp][] = [
    ['empty file', 'empty.txt', /empty/i],
    ['binary file', 'blob.bin', /binary/i],
    ['image', 'image.png', /image|PNG/i],
    ['truncated PDF', 'truncated.pdf', /PDF/],
    ['encrypted PDF', 'encrypted.pdf', /encrypt/i],
  ];

  it.each(cases)('%s: one clear line naming the file; the other documents go on', async (_what, fixture, problem) => {
    const dir = tmp();
    copyFileSync(join(FIX, fixture), join(dir, fixture));
    copyFileSync(join(FIX, 'plan.txt'), join(dir, 'good.txt'));
    const out = tmp();
    const { summary, lines } = await quietRun([dir], out);
    expect(summary.failures).toBe(1);
    const failed = lines.filter((l) => l.startsWith('✗'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain(fixture);
    expect(failed[0]).toMatch(problem);
    expect(failed[0]).not.toMatch(/\n|    at /);
    expect(existsSync(join(out, 'good.targets.json'))).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(report.documents.find((d: { status: string }) => d.status === 'failed').message).toContain(fixture);
  });

  it('a path that cannot be read', async () => {
    const out = tmp();
    const { summary, lines } = await quietRun([join(FIX, 'plan.txt'), '/nonexistent/missing.txt'], out);
    expect(summary.failures).toBe(1);
    expect(lines.find((l) => l.startsWith('✗'))).toMatch(/missing\.txt: cannot read: no such file/);
    expect(existsSync(join(out, 'plan.targets.json'))).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'locked.txt'), '妇女发展规划');
    chmodSync(join(dir, 'locked.txt'), 0);
    const { lines } = await quietRun([dir], tmp());
    expect(lines.find((l) => l.startsWith('✗'))).toMatch(/locked\.txt: cannot read: permission denied/);
  });

  it('a file with no plan in it', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'recipe.txt'), '番茄炒蛋\n\n先把鸡蛋打散，再下锅翻炒。\n');
    const { summary, lines } = await quietRun([dir], tmp());
    expect(summary.failures).toBe(1);
    expect(lines.find((l) => l.startsWith('✗'))).toMatch(/recipe\.txt: no plan found/);
  });

  it('an output folder that cannot be written', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'not-a-folder'), '');
    await expect(quietRun([join(FIX, 'plan.txt')], join(dir, 'not-a-folder'), { db: join(dir, 'db.sqlite') })).rejects.toThrow(
      /not-a-folder: cannot write the output folder/,
    );
  });
});

describe('derived text', () => {
  it('writes <name>.text.txt for PDF, HTML, Word and re-encoded text, so line numbers can be checked', async () => {
    const dir = tmp();
    for (const f of ['plan.pdf', 'plan-gbk.html', 'plan.docx', 'plan-gbk.txt', 'plan.txt']) copyFileSync(join(FIX, f), join(dir, f));
    const out = tmp();
    const { summary } = await quietRun([dir], out);
    expect(summary.failures).toBe(0);
    // names collide on the stem, so the extension joins the name
    expect(readdirSync(out).filter((f) => f.endsWith('.text.txt')).sort()).toEqual(
      ['plan-gbk.html.text.txt', 'plan-gbk.txt.text.txt', 'plan.docx.text.txt', 'plan.pdf.text.txt'],
    );
    // plain UTF-8 text is its own record: no copy
    const targets = readdirSync(out).filter((f) => f.endsWith('.targets.json'));
    expect(targets).toHaveLength(5);
    const textFiles = readdirSync(out).filter((f) => f.endsWith('.text.txt'));
    expect(textFiles).toHaveLength(4);
    for (const tf of textFiles) {
      const json = JSON.parse(readFileSync(join(out, tf.replace('.text.txt', '.targets.json')), 'utf8')) as TargetsFile;
      const text = readFileSync(join(out, tf), 'utf8');
      for (const t of json.targets) expect(stripSpace(text.slice(t.source.start, t.source.end))).toBe(t.source.quote);
    }
  });
});
