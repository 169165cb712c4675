// review check, review status (the files as they are now) and review agree, through the CLI.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommanderError } from 'commander';
import { buildProgram } from '../pipeline/cli.ts';
import { describeError } from '../pipeline/errors.ts';
import { run } from '../pipeline/run.ts';
import { initReview } from '../pipeline/review/init.ts';
import { reviewJson } from '../pipeline/review/file.ts';
import { lineOfPath } from '../pipeline/review/jsonpos.ts';
import { agree } from '../pipeline/review/agree.ts';
import { ReviewFile, type ReviewEntry } from '../model/schema.ts';
import { ROOT } from './support.ts';

const PLAN = [
  '某某市妇女发展规划',
  '（2021—2025年）',
  '',
  '一、妇女与健康',
  '（一）主要目标',
  '1. 妇女人均预期寿命提高到81岁以上。',
  '2. 孕产妇死亡率下降到12/10万以下。',
  '3. 适龄妇女宫颈癌筛查率达到80%以上。',
  '4. 乳腺癌筛查率逐步提高。',
  '5. 男方护理假15天。',
  '',
].join('\n');

let dir: string;
const db = () => join(dir, 'out', 'store.sqlite');
const reviews = () => join(dir, 'reviews');
const file = () => join(reviews(), 'plan.review.json');

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const exit = { code: 0 };
  const program = buildProgram({ io: { out: (s) => void (out += s), err: (s) => void (err += s) }, exit });
  try {
    await program.parseAsync(['node', 'plan-targets', ...args]);
    return { code: exit.code, out, err };
  } catch (e) {
    if (e instanceof CommanderError) return { code: e.exitCode, out, err };
    return { code: 2, out, err: err + describeError(e) };
  }
}

const fresh = (): ReviewFile => {
  rmSync(file(), { force: true });
  initReview('plan', { out: join(dir, 'out'), db: db(), reviews: reviews() });
  return ReviewFile.parse(JSON.parse(readFileSync(file(), 'utf8')));
};
const on = (r: ReviewFile, quote: string): ReviewEntry => r.entries.find((e) => e.was!.quote.includes(quote))!;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-targets-review-tools-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'plan.txt'), PLAN);
  await run({ inputs: [join(dir, 'plans')], out: join(dir, 'out'), db: db(), reviews: reviews(), concurrency: 1, inThread: true, log: () => {} });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('review check', () => {
  it('passes a valid file, exit 0', async () => {
    fresh();
    const r = await cli('review', 'check', '--db', db(), '--reviews', reviews());
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain(`${file()}: ok`);
    expect(r.out).toContain('1 review file checked: 1 valid, 0 with problems');
  });

  it('lists every schema problem with its line and JSON path, exit 1', async () => {
    const r = fresh();
    const e0 = r.entries[0] as Record<string, unknown>;
    e0.action = 'acept';
    (r.entries[2] as Record<string, unknown>).valu = 3;
    writeFileSync(file(), reviewJson(r));
    const text = readFileSync(file(), 'utf8');
    const lineOf = (s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;
    const c = await cli('review', 'check', file(), '--db', db());
    expect(c.code).toBe(1);
    expect(c.out).toContain(`${file()}:${lineOf('"acept"')}: $.entries[0].action: `);
    expect(c.out).toContain(`${file()}:${lineOf('"valu"')}: $.entries[2].valu: unknown field "valu"`);
    expect(c.out).toContain('1 review file checked: 0 valid, 1 with problems');
  });

  it('says where JSON breaks, and checks entries against the plan text', async () => {
    writeFileSync(file(), '{\n  "entries": [\n    {"action": "accept",}\n  ]\n}\n');
    const bad = await cli('review', 'check', file(), '--db', db());
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`${file()}:3: $: not valid JSON: unexpected "}" at line 3, column 25`);
    const r = fresh();
    Object.assign(on(r, '孕产妇'), { action: 'correct', line: 3, quote: '孕产妇死亡率下降到12/10万以下' });
    writeFileSync(file(), reviewJson(r));
    const c = await cli('review', 'check', file(), '--db', db());
    expect(c.code).toBe(1);
    expect(c.out).toMatch(/plan\.review\.json:\d+: \$\.entries\[\d+\]\.quote: "孕产妇死亡率下降到12\/10万以下" is not found at line 3/);
    // without a store: the schema only, and it says so
    const schemaOnly = await cli('review', 'check', file(), '--db', join(dir, 'none.sqlite'));
    expect(schemaOnly.code).toBe(0);
    expect(schemaOnly.err).toContain('checked against the schema only');
  });

  it('finds the line of a JSON path', () => {
    const text = '{\n  "entries": [\n    {\n      "id": "t1",\n      "was": {"kind": "numeric"}\n    }\n  ]\n}\n';
    expect(lineOfPath(text, '$.entries[0].id')).toBe(4);
    expect(lineOfPath(text, '$.entries[0].was.kind')).toBe(5);
    expect(lineOfPath(text, '$.entries[0].missing')).toBe(3);
    expect(lineOfPath('{', '$')).toBeNull();
  });
});

describe('review status', () => {
  it('reads the files as they are now, not as the last run saw them, and lists every problem it counts', async () => {
    const r = fresh();
    on(r, '孕产妇').action = 'accept';
    on(r, '宫颈癌').action = 'reject';
    writeFileSync(file(), reviewJson(r));
    // no run in between
    const s = await cli('review', 'status', '--db', db(), '--reviews', reviews());
    expect(s.code).toBe(0);
    expect(s.out).toMatch(/plan\.txt\s+\d+\s+2 \(\d+%\)\s+1\s+0\s+1\s+0\s+0/);
    // an entry whose quote is gone, and an orphan file
    const gone = fresh();
    Object.assign(on(gone, '孕产妇'), { action: 'accept' });
    on(gone, '孕产妇').was!.quote = '孕产妇死亡率下降到9/10万以下';
    on(gone, '孕产妇').id = 'tgone0000000';
    writeFileSync(file(), reviewJson(gone));
    writeFileSync(join(reviews(), 'elsewhere.review.json'), '{"entries": []}\n');
    const t = await cli('review', 'status', '--db', db(), '--reviews', reviews());
    expect(t.code).toBe(1);
    expect(t.out).toContain(`stale: ${file()}: $.entries[`);
    expect(t.out).toContain('its quote is no longer in the text');
    expect(t.out).toContain('review file without a document in the store: elsewhere.review.json');
    expect(t.out).toMatch(/1 document: 0 of \d+ targets reviewed, 1 stale, 0 review errors, 1 review file without a document/);
    rmSync(join(reviews(), 'elsewhere.review.json'));
    // a typo: the error, with its line
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('"pending"', '"pendng"'));
    const u = await cli('review', 'status', '--db', db(), '--reviews', reviews());
    expect(u.code).toBe(1);
    expect(u.out).toMatch(new RegExp(`review error: ${file().replace(/[.]/g, '\\.')}:\\d+: \\$\\.entries\\[\\d+\\]\\.action: `));
    expect(u.out).toContain('1 review error');
  });
});

describe('review serve', () => {
  it('starts on 127.0.0.1, prints its address, serves the stored documents and stops on SIGINT', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'plan-targets.mjs'), 'review', 'serve', '--port', '0', '--db', db(), '--reviews', reviews()], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await expect.poll(() => out, { timeout: 30_000 }).toMatch(/review workbench: http:\/\/127\.0\.0\.1:\d+\//);
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
    const list = (await (await fetch(`${url}api/documents`)).json()) as { documents: { name: string }[] };
    expect(list.documents.map((d) => d.name)).toEqual(['plan']);
    try {
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    expect(err).toBe('');
  });

  it('serves its page from the compiled build too (dist/ bundles the server, not the page script)', async () => {
    const build = `.build-review-${process.pid}`;
    let child: ReturnType<typeof spawn> | undefined;
    try {
      const b = spawnSync(process.execPath, ['bin/build.mjs', '--outdir', build], { cwd: ROOT, encoding: 'utf8' });
      expect(b.status, b.stderr).toBe(0);
      const runner = join(dir, 'built.mjs');
      writeFileSync(runner, `const { main } = await import(${JSON.stringify(`file://${join(ROOT, build, 'cli.js')}`)});\nprocess.exitCode = await main(['node', 'plan-targets', ...process.argv.slice(2)]);\n`);
      child = spawn(process.execPath, [runner, 'review', 'serve', '--port', '0', '--db', db(), '--reviews', reviews()], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout!.on('data', (c) => (out += c));
      const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
      await expect.poll(() => out, { timeout: 30_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
      const page = await (await fetch(/http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0])).text();
      expect(page).toContain('function selectionInText');
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      if (child && child.exitCode === null) child.kill('SIGKILL');
      rmSync(join(ROOT, build), { recursive: true, force: true });
    }
  }, 120_000);

  it('a missing store is one line, exit 2', async () => {
    const r = await cli('review', 'serve', '--db', join(dir, 'none.sqlite'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/none\.sqlite: no store here/);
  });
});

describe('review agree', () => {
  /** Two reviewers' files over the same extraction. */
  function twoReviewers(decide: (a: ReviewFile, b: ReviewFile) => void): [string, string] {
    const base = fresh();
    const a = structuredClone(base);
    const b = structuredClone(base);
    decide(a, b);
    mkdirSync(join(dir, 'A'), { recursive: true });
    mkdirSync(join(dir, 'B'), { recursive: true });
    writeFileSync(join(dir, 'A', 'plan.review.json'), reviewJson(a));
    writeFileSync(join(dir, 'B', 'plan.review.json'), reviewJson(b));
    return [join(dir, 'A'), join(dir, 'B')];
  }

  it("gives agreement, Cohen's kappa on accept/reject, field agreement and the conflicts", async () => {
    const [A, B] = twoReviewers((a, b) => {
      // 4 targets both decided: keep/keep, keep/keep (value differs), reject/reject, keep/reject
      on(a, '预期寿命').action = 'accept';
      on(b, '预期寿命').action = 'accept';
      Object.assign(on(a, '孕产妇'), { action: 'correct', value: 10 });
      Object.assign(on(b, '孕产妇'), { action: 'correct', value: 11 });
      on(a, '宫颈癌').action = 'reject';
      on(b, '宫颈癌').action = 'reject';
      on(a, '乳腺癌').action = 'accept';
      on(b, '乳腺癌').action = 'reject';
      a.entries.push({ action: 'add', kind: 'numeric', indicator: '男方护理假', value: 15, unit: '天', line: 10, quote: '男方护理假15天' });
    });
    const r = agree(A, B);
    expect(r).toMatchObject({ both: 4, onlyA: 0, onlyB: 0, keepAgree: 3, actionAgree: 3, rejectedA: 1, rejectedB: 2 });
    // po = 3/4; pe = (3/4)(2/4) + (1/4)(2/4) = 1/2; kappa = (0.75 - 0.5) / 0.5
    expect(r.kappa).toBeCloseTo(0.5, 10);
    expect(r.fields.value).toEqual({ compared: 2, equal: 1 });
    expect(r.fields.unit).toEqual({ compared: 2, equal: 2 });
    expect(r.additions).toEqual({ both: 0, onlyA: 1, onlyB: 0 });
    expect(r.conflicts.map((c) => c.what)).toEqual(['value: A 10, B 11', 'A accept, B reject', 'added by A only']);
    const c = await cli('review', 'agree', A, B);
    expect(c.code).toBe(0);
    expect(c.out).toContain("accept/reject: agreement 0.750, Cohen's kappa 0.500");
    expect(c.out).toContain('value 0.500');
    expect(c.out).toMatch(/plan t\w+ line 7 «孕产妇死亡率下降到12\/10万以下»: value: A 10, B 11/);
    // two files work as well as two folders
    const files = await cli('review', 'agree', join(A, 'plan.review.json'), join(B, 'plan.review.json'));
    expect(files.out).toContain("Cohen's kappa 0.500");
  });

  it('perfect agreement is kappa 1; one answer only is said to have no kappa; an invalid file is one line', async () => {
    const [A, B] = twoReviewers((a, b) => {
      on(a, '孕产妇').action = 'accept';
      on(b, '孕产妇').action = 'accept';
      on(a, '宫颈癌').action = 'reject';
      on(b, '宫颈癌').action = 'reject';
    });
    expect(agree(A, B).kappa).toBe(1);
    const [C, D] = twoReviewers((a, b) => {
      on(a, '孕产妇').action = 'accept';
      on(b, '孕产妇').action = 'accept';
    });
    expect(agree(C, D).kappa).toBeNull();
    writeFileSync(join(D, 'plan.review.json'), '{"entries": 3}');
    const bad = await cli('review', 'agree', C, D);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('plan.review.json: $.entries: expected array');
  });
});
