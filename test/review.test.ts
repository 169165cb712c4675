// Reviews: decisions survive re-runs and rule changes; stale and invalid files are reported, never silent.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analysisStages, run, type RunOptions, type RunSummary } from '../pipeline/run.ts';
import { ReviewFile, TargetsFile, type ReviewEntry, type Target } from '../model/schema.ts';
import { Store } from '../pipeline/stages/store.ts';
import { initReview } from '../pipeline/review/init.ts';
import { reviewLog } from '../pipeline/review/report.ts';
import { formatStatusNow, reviewStatusNow } from '../pipeline/review/check.ts';
import { knownDocuments } from '../pipeline/review/workbench.ts';
import { reviewsAsGold } from '../pipeline/review/gold.ts';
import { reviewJson } from '../pipeline/review/file.ts';
import { QuoteFinder } from '../pipeline/review/locate.ts';
import { applyReview } from '../pipeline/review/apply.ts';
import { reviewedOn } from '../pipeline/review/init.ts';
import { jsonSchemaOf, publishedSchemas } from '../model/schema.ts';

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
  '5. 城乡社区妇女议事会实现全覆盖。',
  '二、妇女与教育',
  '（一）主要目标',
  '1. 女性高中阶段毛入学率达到95%以上。',
  '2. 女性平均受教育年限达到11年。',
  '3. 每个县建成1所妇女儿童活动中心。',
  '',
].join('\n');

const OTHER = [
  '某某县儿童发展规划',
  '（2021—2025年）',
  '',
  '一、儿童与健康',
  '（一）主要目标',
  '1. 婴儿死亡率控制在5‰以下。',
  '2. 5岁以下儿童死亡率控制在7‰以下。',
  '',
].join('\n');

let dir: string;
let opts: RunOptions;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'review-test-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'plan.txt'), PLAN);
  writeFileSync(join(dir, 'plans', 'other.txt'), OTHER);
  opts = {
    inputs: [join(dir, 'plans')],
    out: join(dir, 'out'),
    db: join(dir, 'out', 'store.sqlite'),
    reviews: join(dir, 'reviews'),
    concurrency: 1,
    inThread: true,
    rulesVersion: 'rules-1',
    log: () => {},
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const statusNow = () => reviewStatusNow(knownDocuments(opts.db), opts.reviews);
const reviewPath = (name = 'plan') => join(dir, 'reviews', `${name}.review.json`);
const outputOf = (name = 'plan'): Target[] => {
  const f = TargetsFile.parse(JSON.parse(readFileSync(join(dir, 'out', `${name}.targets.json`), 'utf8')));
  return [...f.targets, ...f.baselines];
};
const readReview = (name = 'plan'): ReviewFile => ReviewFile.parse(JSON.parse(readFileSync(reviewPath(name), 'utf8')));
const writeReview = (r: ReviewFile, name = 'plan') => writeFileSync(reviewPath(name), reviewJson(r));
const entryFor = (r: ReviewFile, quotePart: string): ReviewEntry => {
  const e = r.entries.find((x) => x.was?.quote.includes(quotePart));
  if (!e) throw new Error(`no target quoting ${quotePart}; extraction: ${r.entries.map((x) => x.was?.quote).join(' | ')}`);
  return e;
};
const withStore = <T>(f: (s: Store) => T): T => {
  const s = new Store(opts.db, { readonly: true });
  try {
    return f(s);
  } finally {
    s.close();
  }
};
const docOf = (s: RunSummary, name: string) => s.documents.find((d) => d.name === name)!;

/** Decides on three targets and adds one: the reviewer's day. */
function review(): void {
  initReview(join(dir, 'plans', 'plan.txt'), { out: opts.out, db: opts.db, reviews: opts.reviews, reviewer: 'wang' });
  const r = readReview();
  Object.assign(entryFor(r, '12/10万'), { action: 'correct', indicator: '孕产妇死亡率', value: 10, note: 'plan says 12, the table 10' });
  Object.assign(entryFor(r, '宫颈癌'), { action: 'reject', reviewer: 'li' });
  Object.assign(entryFor(r, '81岁'), { action: 'accept' });
  r.entries.push({ action: 'add', kind: 'numeric', indicator: '妇女儿童活动中心', verb: '建成', comparator: '=', value: 1, unit: '所', year: 2025, line: 15, quote: '每个县建成1所妇女儿童活动中心' });
  writeReview(r);
}

function checkReviewed(): void {
  const out = outputOf();
  const corrected = out.find((t) => t.status === 'corrected')!;
  expect(corrected).toMatchObject({ value: 10, indicator: { text: '孕产妇死亡率' }, rule: 'review:wang' });
  expect(corrected.source.quote).toContain('12/10万');
  expect(out.some((t) => t.source.quote.includes('宫颈癌'))).toBe(false);
  const added = out.filter((t) => t.status === 'added');
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({ value: 1, unit: '所', indicator: { text: '妇女儿童活动中心' }, part: 'women', source: { line: 15 } });
  expect(out.find((t) => t.source.quote.includes('81岁'))!.status).toBe('accepted');
  withStore((s) => {
    const rejected = s.targets({ includeRejected: true }).filter((t) => t.storeStatus === 'rejected');
    expect(rejected.map((t) => t.target.source.quote)).toEqual([expect.stringContaining('宫颈癌')]);
  });
}

/** New rules: every indicator phrase widened, so every id moves (the run is configured with them, not patched). */
const changedRules: RunOptions['stages'] = {
  extract: (c) => {
    const { extracted } = analysisStages.extract(c);
    return { extracted: extracted.map((e) => ({ ...e, indicator: { ...e.indicator, text: `全市${e.indicator.text}` } })) };
  },
};

describe('review decisions', () => {
  it('are applied the same by worker threads as in-thread: same outputs, same store rows', async () => {
    await run(opts);
    review();
    await run(opts);
    const inThread = readFileSync(join(dir, 'out', 'plan.targets.json'));
    const rows = withStore((s) => s.targets({ includeRejected: true }));
    const log = withStore((s) => s.reviewLog().map(({ at, ...e }) => e));
    await run({ ...opts, inThread: false, force: true });
    expect(readFileSync(join(dir, 'out', 'plan.targets.json')).equals(inThread)).toBe(true);
    expect(withStore((s) => s.targets({ includeRejected: true }))).toEqual(rows);
    expect(withStore((s) => s.reviewLog().map(({ at, ...e }) => e))).toEqual(log);
    checkReviewed();
  });

  it('a correction, a rejection and an addition survive re-runs, rule changes and moved text', async () => {
    await run(opts);
    const machine = outputOf();
    review();
    const before = readFileSync(reviewPath());
    let s = await run({ ...opts, reviewer: 'zhao' });
    expect(docOf(s, 'plan').reviewError ?? null).toBeNull();
    checkReviewed();
    expect(outputOf().length).toBeGreaterThanOrEqual(machine.length - 1); // one rejected, one added (unless the extractor found it too)

    // unchanged input and review file: skipped, results kept
    s = await run(opts);
    expect(docOf(s, 'plan').status).toBe('unchanged');
    checkReviewed();

    // changed rules: every id moves; decisions are re-placed by source and indicator
    s = await run({ ...opts, rulesVersion: 'rules-2', stages: changedRules });
    expect(s.stale).toBe(0);
    checkReviewed();
    const ids = new Set(outputOf().map((t) => t.id));
    expect(readReview().entries.filter((e) => e.id && ids.has(e.id))).toHaveLength(0);

    // edited text: lines shift and the same statement appears earlier (ids move by rank)
    const edited = PLAN.replace('（2021—2025年）\n', '（2021—2025年）\n说明一\n说明二\n2. 孕产妇死亡率下降到12/10万以下。\n');
    writeFileSync(join(dir, 'plans', 'plan.txt'), edited);
    for (const [rules, stages] of [
      ['rules-1', undefined],
      ['rules-2', changedRules],
    ] as const) {
      s = await run({ ...opts, rulesVersion: rules, stages });
      expect(s.stale).toBe(0);
      const out = outputOf();
      const corrected = out.filter((t) => t.status === 'corrected');
      expect(corrected).toHaveLength(1);
      expect(corrected[0]!.source.line).toBe(10); // the reviewed statement, not its new twin on line 5
      expect(out.find((t) => t.status === 'added')!.source.line).toBe(18);
      expect(out.find((t) => t.status === 'accepted')!.source.line).toBe(9);
      expect(out.some((t) => t.source.quote.includes('宫颈癌'))).toBe(false);
    }

    // the pipeline never writes the review file; each decision is logged once
    expect(readFileSync(reviewPath())).toEqual(before);
    withStore((st) => {
      const log = st.reviewLog();
      expect(log.map((e) => e.action).sort()).toEqual(['accept', 'add', 'correct', 'reject']);
      expect(log.find((e) => e.action === 'reject')!.reviewer).toBe('li');
      expect(log.find((e) => e.action === 'correct')!.reviewer).toBe('wang'); // the file's reviewer before --reviewer
      expect(log.find((e) => e.action === 'correct')).toMatchObject({ before: { value: 12 }, after: { value: 10, status: 'corrected' } });
      expect(log.find((e) => e.action === 'add')!.before).toBeNull();
    });
  });

  it('a correction whose statement is gone is reported stale, with file and entry, and counted', async () => {
    await run(opts);
    review();
    writeFileSync(join(dir, 'plans', 'plan.txt'), PLAN.replace('2. 孕产妇死亡率下降到12/10万以下。\n', ''));
    const lines: string[] = [];
    const s = await run({ ...opts, log: (l) => lines.push(l) });
    expect(s.stale).toBe(1);
    const stale = docOf(s, 'plan').stale!;
    expect(stale).toHaveLength(1);
    expect(stale[0]).toContain(reviewPath());
    expect(stale[0]).toMatch(/\$\.entries\[\d+\]: correct t\w+ «孕产妇死亡率下降到12\/10万以下» line 7: its quote is no longer in the text/);
    expect(lines.join('\n')).toContain('1 stale review entry');
    expect(lines.join('\n')).toContain(`stale: ${stale[0]}`);
    const runJson = JSON.parse(readFileSync(join(dir, 'out', 'run.json'), 'utf8'));
    expect(runJson.documents.find((d: { name: string }) => d.name === 'plan').stale).toEqual(stale);
    // the other decisions still stand
    const out = outputOf();
    expect(out.filter((t) => t.status === 'added')).toHaveLength(1);
    expect(out.some((t) => t.source.quote.includes('宫颈癌'))).toBe(false);
    // an unchanged re-run still reports it
    const again = await run(opts);
    expect(docOf(again, 'plan').status).toBe('unchanged');
    expect(again.stale).toBe(1);
    const now = await statusNow();
    expect(now.find((r) => r.name === 'plan')).toMatchObject({ stale: 1, staleEntries: stale });
    expect(formatStatusNow(now, []).join('\n')).toContain(`stale: ${stale[0]}`);
  });
});

describe('an invalid review file', () => {
  // each spoils the file and says which error it expects; `n` is the number of entries init wrote
  const cases: [string, (r: ReviewFile, raw: string) => string, (n: number) => RegExp][] = [
    [
      'not JSON',
      (_r, raw) => raw.replace('"entries": [', '"entries": [,'),
      () => /plan\.review\.json: \$: not valid JSON: unexpected "," at line 7, column 15$/,
    ],
    [
      'an unknown field',
      (r) => (Object.assign(r.entries[2]!, { action: 'accept', valeu: 3 }), reviewJson(r)),
      () => /plan\.review\.json: \$\.entries\[2\]\.valeu: unknown field "valeu"$/,
    ],
    [
      'an unknown id',
      (r) => (r.entries.push({ id: 'tdeadbeef000', action: 'reject' }), reviewJson(r)),
      (n) => new RegExp(`plan\\.review\\.json: \\$\\.entries\\[${n}\\]\\.id: unknown id "tdeadbeef000"`),
    ],
    [
      'a value that is not a number',
      (r) => JSON.stringify({ ...r, entries: r.entries.map((e, i) => (i === 1 ? { ...e, action: 'correct', value: '12.5' } : e)) }),
      () => /plan\.review\.json: \$\.entries\[1\]\.value: expected number, received string$/,
    ],
    [
      'a quote not found at its line',
      (r) => (r.entries.push({ action: 'add', kind: 'numeric', indicator: '孕产妇死亡率', value: 12, unit: '1/10万', line: 3, quote: '孕产妇死亡率下降到12/10万以下' }), reviewJson(r)),
      (n) => new RegExp(`plan\\.review\\.json: \\$\\.entries\\[${n}\\]\\.quote: "孕产妇死亡率下降到12/10万以下" is not found at line 3$`),
    ],
  ];

  it.each(cases)('%s: error with file and JSON path; machine results and other documents intact', async (_kind, spoil, expected) => {
    const first = await run(opts);
    const machine = outputOf();
    const machineOther = outputOf('other');
    initReview('plan', { out: opts.out, db: opts.db, reviews: opts.reviews });
    initReview('other', { out: opts.out, db: opts.db, reviews: opts.reviews });
    const n = readReview().entries.length;
    expect(n).toBe(machine.length);
    const o = readReview('other');
    o.entries[0]!.action = 'reject';
    writeReview(o, 'other');
    const spoiled = spoil(readReview(), readFileSync(reviewPath(), 'utf8'));
    writeFileSync(reviewPath(), spoiled);

    const s = await run(opts);
    expect(s.failures).toBe(0);
    const plan = docOf(s, 'plan');
    expect(plan.status).toBe('ok');
    expect(plan.reviewError).toMatch(expected(n));
    expect(plan.reviewError).toContain(reviewPath());
    expect(plan.reviewError!.split('\n')).toHaveLength(1);
    expect(plan.line).toContain('review file invalid, unreviewed');
    expect(outputOf()).toEqual(machine); // unreviewed machine results, byte-equal
    expect(readFileSync(reviewPath(), 'utf8')).toBe(spoiled);
    // the other document is reviewed as usual
    expect(docOf(s, 'other').reviewError ?? null).toBeNull();
    expect(outputOf('other')).toHaveLength(machineOther.length - 1);
    expect(s.targets).toBe(first.targets - 1);
    const rows = await statusNow();
    // the file as it is now: the same problem, with its line
    const [where, ...problem] = plan.reviewError!.slice(reviewPath().length + 2).split(': ');
    const now = rows.find((r) => r.name === 'plan')!.reviewError!;
    expect(now.startsWith(reviewPath())).toBe(true);
    expect(now).toContain(`: ${where}: `);
    expect(rows.find((r) => r.name === 'plan')!.reviewError).toContain(problem.join(': '));
    expect(rows.find((r) => r.name === 'plan')).toMatchObject({ reviewed: 0 });
    expect(rows.find((r) => r.name === 'other')).toMatchObject({ reviewed: 1, rejected: 1, reviewError: null });
    withStore((st) => expect(st.reviewLog().map((e) => e.action)).toEqual(['reject']));
  });
});

describe('review commands', () => {
  it('init never overwrites; --merge appends only new targets as pending', async () => {
    await run(opts);
    const r = initReview('plan', { out: opts.out, db: opts.db, reviews: opts.reviews });
    expect(r.added).toBe(outputOf().length);
    expect(existsSync(join(dir, 'reviews', 'review.schema.json'))).toBe(true);
    const file = readReview();
    expect(file.$schema).toBe('./review.schema.json');
    expect(file.entries.every((e) => e.action === 'pending' && e.was)).toBe(true);
    entryFor(file, '81岁').action = 'accept';
    writeReview(file);
    const written = readFileSync(reviewPath(), 'utf8');
    expect(() => initReview('plan', { out: opts.out, db: opts.db, reviews: opts.reviews })).toThrow(/already exists: it is never overwritten/);
    expect(readFileSync(reviewPath(), 'utf8')).toBe(written);

    writeFileSync(join(dir, 'plans', 'plan.txt'), PLAN + '3. 女性参加基本医疗保险比例达到97%以上。\n');
    await run(opts);
    const m = initReview('plan', { out: opts.out, db: opts.db, reviews: opts.reviews, merge: true });
    expect(m.kept).toBe(file.entries.length);
    expect(m.added).toBeGreaterThanOrEqual(1);
    const merged = readReview();
    expect(merged.entries.slice(0, file.entries.length)).toEqual(file.entries);
    expect(merged.entries.slice(file.entries.length).map((e) => e.action)).toEqual(Array(m.added).fill('pending'));
  });

  it('init reads the JSON output when there is no store', async () => {
    await run(opts);
    const r = initReview('plan', { out: opts.out, db: join(dir, 'none.sqlite'), reviews: opts.reviews });
    expect(r.added).toBe(outputOf().length);
    expect(readReview().document?.file).toBe('plan.txt');
  });

  it('log and status show who decided what, and how much is reviewed', async () => {
    await run(opts);
    review();
    await run({ ...opts, reviewer: 'zhao' });
    withStore((st) => {
      const log = reviewLog(st, 'plan.txt');
      expect(log[0]).toMatch(/plan\.txt: 4 decisions/);
      expect(log.find((l) => l.includes(' correct '))).toMatch(/wang\s+correct t\w+ {2}.*value 12 → 10 {2}«孕产妇死亡率下降到12\/10万以下»$/);
      expect(log.find((l) => l.includes(' reject '))).toMatch(/li\s+reject/);
    });
    const rows = await statusNow();
    expect(rows.find((r) => r.name === 'plan')).toMatchObject({ accepted: 1, corrected: 1, rejected: 1, added: 1, reviewed: 4, stale: 0 });
    expect(formatStatusNow(rows, []).join('\n')).toMatch(/2 documents: 4 of \d+ targets reviewed, 0 stale, 0 review errors/);
  });

  it('reviews are gold: accepted, corrected and added count, rejected is a false positive', async () => {
    await run(opts);
    review();
    const g = await reviewsAsGold(opts.reviews, join(dir, 'plans'));
    expect(g.problems).toEqual([]);
    expect(g.gold).toHaveLength(3);
    expect(g.gold.find((x) => x.indicator === '孕产妇死亡率')).toMatchObject({ value: 10, doc: 'plan.txt' });
    expect(g.pred.map((p) => p.quote).some((q) => q.includes('宫颈癌'))).toBe(true);
    const { score } = await import('../pipeline/eval.ts');
    const rep = score(g.gold, g.pred);
    expect(rep.misses.map((m) => m.value)).toContain(10); // the extractor's value was wrong
    expect(rep.extras.map((p) => p.quote)).toEqual(expect.arrayContaining([expect.stringContaining('宫颈癌'), expect.stringContaining('12/10万')]));
    expect(rep.kinds.numeric.matched).toBeGreaterThanOrEqual(1); // the accepted one
  });
});

describe('applying entries', () => {
  const text = PLAN;
  let targets: Target[];
  beforeEach(() => {
    let c = { path: 'plan.txt', file: 'plan.txt', name: 'plan', data: Buffer.from(PLAN) } as Parameters<typeof analysisStages.structure>[0];
    return (async () => {
      c = { ...c, ...(await analysisStages.ingest(c)) };
      c = { ...c, ...analysisStages.structure(c) };
      c = { ...c, ...analysisStages.extract(c) };
      targets = analysisStages.normalize(c).targets!;
    })();
  });
  const apply = (entries: ReviewEntry[]) =>
    applyReview({ file: 'r.json', review: { entries }, text, targets, doc: 'plan.txt', now: 'T' });
  const quoting = (part: string) => targets.find((t) => t.source.quote.includes(part))!;

  it('an addition the extractor also finds stays one record', () => {
    const t = quoting('11年');
    const r = apply([
      { id: t.id, action: 'pending', was: reviewedOn(t) },
      { action: 'add', kind: t.kind, indicator: t.indicator.text, value: t.value, unit: t.unit, line: t.source.line, quote: t.source.quote },
    ]);
    if (!r.ok) throw new Error(r.problem.problem);
    expect(r.targets.filter((x) => x.target.source.quote === t.source.quote).map((x) => x.storeStatus)).toEqual(['added']);
    expect(r.targets).toHaveLength(targets.length);
  });

  it('an entry written by hand (id, no was) is placed by id; a corrected source must stand at its line', () => {
    const t = quoting('12/10万');
    const r = apply([{ id: t.id, action: 'correct', line: 7, quote: '孕产妇死亡率下降到12/10万' }]);
    if (!r.ok) throw new Error(r.problem.problem);
    expect(r.targets.find((x) => x.storeStatus === 'corrected')!.target.source).toMatchObject({ line: 7, quote: '孕产妇死亡率下降到12/10万' });
    const bad = apply([{ id: t.id, action: 'correct', line: 10, quote: '下降到12/10万以下' }, { id: quoting('81岁').id, action: 'accept' }]);
    expect(bad).toMatchObject({ ok: false, problem: { path: '$.entries[0].quote', problem: expect.stringContaining('not found at line 10') } });
  });

  it.each([
    [{ action: 'accept', value: 3 }, '$.entries[0].value', 'only a correct or add entry sets fields'],
    [{ action: 'correct' }, '$.entries[0]', 'at least one field'],
    [{ action: 'correct', line: 7 }, '$.entries[0].quote', 'together'],
    [{ action: 'add', kind: 'numeric', indicator: 'x', line: 7, quote: '孕产妇' }, '$.entries[0].value', 'needs a number'],
  ] as [Partial<ReviewEntry>, string, string][])('rejects %j at %s', (e, path, problem) => {
    const id = e.action === 'add' ? {} : { id: quoting('12/10万').id };
    expect(apply([{ ...id, ...e } as ReviewEntry])).toMatchObject({ ok: false, problem: { path, problem: expect.stringContaining(problem) } });
  });

  it('under new rules an accepted record stays as accepted; a rejection of a changed record goes stale', () => {
    const life = quoting('81岁');
    const screening = quoting('宫颈癌');
    const entries: ReviewEntry[] = [
      { id: life.id, action: 'accept', was: reviewedOn(life) },
      { id: screening.id, action: 'reject', was: reviewedOn(screening) },
    ];
    // new rules read other values (ids hash the value, so both ids move)
    targets = targets.map((t) => (t === life || t === screening ? { ...t, id: `${t.id}x`, value: 7, comparator: '=' } : t));
    const r = apply(entries);
    if (!r.ok) throw new Error(r.problem.problem);
    const accepted = r.targets.find((x) => x.storeStatus === 'accepted')!.target;
    expect(accepted).toMatchObject({ id: `${life.id}x`, value: 81, comparator: life.comparator, status: 'accepted' });
    expect(r.targets.find((x) => x.target.id === `${screening.id}x`)!.storeStatus).toBe('extracted');
    expect(r.stale).toEqual([expect.stringMatching(/^r\.json: \$\.entries\[1\]: reject t\w+ «适龄妇女宫颈癌筛查率达到80%以上» line 8: the record there changed to numeric 7% \(t\w+x\)$/)]);
  });

  it('the same id decided twice is an error', () => {
    const id = quoting('81岁').id;
    expect(apply([{ id, action: 'accept' }, { id, action: 'reject' }])).toMatchObject({ ok: false, problem: { path: '$.entries[1].id' } });
  });

  it('a file written by init reads back and its schema is published', () => {
    const review: ReviewFile = { $schema: './review.schema.json', entries: targets.map((t) => ({ id: t.id, action: 'pending', was: reviewedOn(t) })) };
    expect(ReviewFile.parse(JSON.parse(reviewJson(review)))).toEqual(review);
    const schema = JSON.stringify(jsonSchemaOf(publishedSchemas.review!));
    expect(schema).toContain('"entries"');
    expect(schema).toContain('"additionalProperties":false');
  });

  it('the schema copy beside the corpus reviews is current (else: plan-targets review schema)', () => {
    const copy = readFileSync(join(import.meta.dirname, '..', 'corpus', 'reviews', 'review.schema.json'), 'utf8');
    expect(JSON.parse(copy)).toEqual(jsonSchemaOf(publishedSchemas.review!));
  });
});

describe('quote finder', () => {
  it('finds a quote across line breaks and stray spaces, at its line', () => {
    const f = new QuoteFinder('第一行\n孕产妇死亡 率下降\n到12/10万以下。\n');
    expect(f.atLine('孕产妇死亡率下降到12/10万以下', 3)).toMatchObject({ firstLine: 2, lastLine: 3, start: 4 });
    expect(f.atLine('孕产妇死亡率下降到12/10万以下', 6)).toBeUndefined();
    expect(f.nearest('不存在', 1)).toBeUndefined();
  });
});
