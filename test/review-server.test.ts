// The workbench's JSON API without a browser: what it serves, what it writes, and what it refuses.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../pipeline/run.ts';
import { isLocalHost, startWorkbench, type Workbench } from '../pipeline/review/server.ts';
import { ReviewFile } from '../model/schema.ts';

const PLAN = [
  '某某市妇女发展规划',
  '（2021—2025年）',
  '',
  '一、妇女与健康',
  '（一）主要目标',
  '1. 妇女人均预期寿命提高到81岁以上。',
  '2. 孕产妇死亡率下降到12/10万以下。',
  '3. 适龄妇女宫颈癌筛查率达到80%以上。',
  '4. 男方护理假15天。',
  '',
].join('\n');

interface Reply {
  status: number;
  body: Record<string, any>;
  headers: Record<string, unknown>;
}

let dir: string;
let wb: Workbench;
const reviews = () => join(dir, 'reviews');
const reviewFile = () => join(reviews(), 'plan.review.json');

/** A raw request: node's http lets a test set Host, Origin and bodies as a hostile page would. */
function call(method: string, path: string, opts: { body?: string | Buffer; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: wb.port, method, path, headers: { ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: Record<string, any>;
        try {
          body = JSON.parse(text);
        } catch {
          body = { html: text };
        }
        resolve({ status: res.statusCode!, body, headers: res.headers });
      });
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const json = (v: unknown) => JSON.stringify(v);
const doc = () => call('GET', '/api/documents/plan');
const put = (id: string, body: unknown, etag: string) => call('PUT', `/api/documents/plan/entries/${id}`, { body: json(body), headers: { 'if-match': etag } });
const targetId = async (quotePart: string) => ((await doc()).body.targets as { id: string; source: { quote: string } }[]).find((t) => t.source.quote.includes(quotePart))!.id;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-targets-review-server-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'plan.txt'), PLAN);
  writeFileSync(join(dir, 'secret.json'), '{"entries": []}\n');
  await run({ inputs: [join(dir, 'plans')], out: join(dir, 'out'), db: join(dir, 'out', 'store.sqlite'), reviews: reviews(), concurrency: 1, inThread: true, log: () => {} });
  mkdirSync(reviews());
  wb = await startWorkbench({ port: 0, db: join(dir, 'out', 'store.sqlite'), reviews: reviews(), reviewer: 'li', maxBody: 4096 });
});
afterAll(async () => {
  await wb?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => rmSync(reviewFile(), { force: true }));

describe('serving', () => {
  it('is bound to 127.0.0.1 and serves one self-contained page', async () => {
    expect(wb.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await call('GET', '/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
    // no stylesheet, script or image is fetched from anywhere
    expect(r.body.html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
  });

  it('lists the documents of the store and gives one with text, targets and confidence', async () => {
    const list = await call('GET', '/api/documents');
    expect(list.body.documents).toMatchObject([{ name: 'plan', file: 'plan.txt', decided: 0, reviewFile: false }]);
    const d = await doc();
    expect(d.status).toBe(200);
    expect(d.body.error).toBeNull();
    expect(d.body.text).toBe(PLAN);
    expect(d.body.etag).toBe('none');
    expect(d.body.targets.length).toBeGreaterThan(2);
    for (const t of d.body.targets) {
      expect(t.confidence).toBeGreaterThanOrEqual(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      expect(PLAN.slice(t.source.start, t.source.end).replace(/\s/g, '')).toBe(t.source.quote);
    }
  });

  it('gives the catalogue for the picker', async () => {
    const r = await call('GET', '/api/catalogue');
    expect(r.body.find((c: { id: string }) => c.id === 'maternal_mortality_ratio')).toMatchObject({ name: '孕产妇死亡率' });
  });
});

describe('writing decisions', () => {
  it('writes each decision into the review file at once, with was and the reviewer, and nothing else', async () => {
    const before = readdirSync(reviews()).sort();
    const id = await targetId('孕产妇死亡率');
    const r = await put(id, { action: 'correct', fields: { value: 10, indicator_id: 'maternal_mortality_ratio', unit: '1/10万' } }, 'none');
    expect(r.status).toBe(200);
    const file = ReviewFile.parse(JSON.parse(readFileSync(reviewFile(), 'utf8')));
    // only what changed is written; was carries the catalogue id
    expect(file.entries).toEqual([
      expect.objectContaining({ id, action: 'correct', reviewer: 'li', value: 10, was: expect.objectContaining({ value: 12, indicator_id: 'maternal_mortality_ratio' }) }),
    ]);
    expect(file.entries[0]!.unit).toBeUndefined();
    expect(r.body.etag).not.toBe('none');
    expect(r.body.targets.find((t: { id: string }) => t.id === id).decision).toMatchObject({ action: 'correct', after: { value: 10 } });
    expect(readdirSync(reviews()).sort()).toEqual([...before, 'plan.review.json'].sort());
    // a second decision on the same target replaces the first
    const again = await put(id, { action: 'accept' }, r.body.etag);
    expect(again.status).toBe(200);
    expect(ReviewFile.parse(JSON.parse(readFileSync(reviewFile(), 'utf8'))).entries).toMatchObject([{ id, action: 'accept' }]);
  });

  it('keeps a corrected source span when the correction is changed again', async () => {
    const id = await targetId('孕产妇死亡率');
    const first = await put(id, { action: 'correct', fields: { line: 7, quote: '孕产妇死亡率下降到12/10万' } }, 'none');
    expect(first.status).toBe(200);
    const second = await put(id, { action: 'correct', fields: { value: 11 } }, first.body.etag);
    expect(second.status).toBe(200);
    expect(ReviewFile.parse(JSON.parse(readFileSync(reviewFile(), 'utf8'))).entries).toMatchObject([
      { id, action: 'correct', value: 11, line: 7, quote: '孕产妇死亡率下降到12/10万' },
    ]);
  });

  it('adds a missed target, checking its quote against its line', async () => {
    const bad = await call('POST', '/api/documents/plan/entries', { body: json({ fields: { kind: 'numeric', indicator: '男方护理假', value: 15, unit: '天', line: 3, quote: '男方护理假15天' } }), headers: { 'if-match': 'none' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('not found at line 3');
    const ok = await call('POST', '/api/documents/plan/entries', { body: json({ fields: { kind: 'numeric', indicator: '男方护理假', value: 15, unit: '天', line: 9, quote: '男方护理假15天' } }), headers: { 'if-match': 'none' } });
    expect(ok.status).toBe(200);
    expect(ok.body.added).toMatchObject([{ status: 'added', value: 15, indicator: { text: '男方护理假' } }]);
    // taking it back removes the entry
    const back = await put(ok.body.added[0].id, { action: 'reject' }, ok.body.etag);
    expect(back.status).toBe(200);
    expect(ReviewFile.parse(JSON.parse(readFileSync(reviewFile(), 'utf8'))).entries).toEqual([]);
  });

  it('refuses a stale write with 409 and leaves the file as it is on disk', async () => {
    const id = await targetId('孕产妇死亡率');
    const first = await put(id, { action: 'accept' }, 'none');
    writeFileSync(reviewFile(), readFileSync(reviewFile(), 'utf8').replace('"accept"', '"reject"'));
    const onDisk = readFileSync(reviewFile(), 'utf8');
    const r = await put(id, { action: 'accept' }, first.body.etag);
    expect(r.status).toBe(409);
    expect(r.body.error).toContain('changed on disk');
    expect(readFileSync(reviewFile(), 'utf8')).toBe(onDisk);
    // a file created meanwhile is just as much a conflict
    rmSync(reviewFile());
    const created = await put(id, { action: 'accept' }, 'none');
    expect(created.status).toBe(200);
    expect((await put(id, { action: 'reject' }, 'none')).status).toBe(409);
  });

  it('refuses to write into an invalid review file, and says where it is wrong', async () => {
    writeFileSync(reviewFile(), '{\n  "entries": [\n    {"action": "acept"}\n  ]\n}\n');
    const d = await doc();
    expect(d.body.problem).toMatchObject({ path: '$.entries[0].action', line: 3 });
    const r = await put(await targetId('孕产妇死亡率'), { action: 'accept' }, d.body.etag);
    expect(r.status).toBe(409);
    expect(r.body.error).toContain('until it is fixed');
  });

  it('refuses bad decisions with a JSON error', async () => {
    const id = await targetId('孕产妇死亡率');
    const cases: [unknown, number, string][] = [
      [{ action: 'maybe' }, 400, 'bad decision'],
      [{ action: 'accept', fields: { value: 3 } }, 400, 'only a correction sets fields'],
      [{ action: 'correct', fields: { value: 12 } }, 400, 'changes nothing'],
      [{ action: 'correct', fields: { value: 'twelve' } }, 400, 'bad decision'],
      [{ action: 'correct', fields: { indicator_id: 'no_such_indicator' } }, 400, 'not in the indicator catalogue'],
      [{ action: 'accept', extra: 1 }, 400, 'unknown field'],
    ];
    for (const [body, status, message] of cases) {
      const r = await put(id, body, 'none');
      expect([r.status, r.body.error]).toEqual([status, expect.stringContaining(message)]);
    }
    expect((await put('t000000000', { action: 'accept' }, 'none')).status).toBe(404);
    expect((await call('PUT', `/api/documents/plan/entries/${id}`, { body: json({ action: 'accept' }) })).status).toBe(428);
    expect((await call('PUT', `/api/documents/plan/entries/${id}`, { body: '{"action":', headers: { 'if-match': 'none' } })).status).toBe(400);
    expect((await call('PUT', `/api/documents/plan/entries/${id}`, { body: 'action=accept', headers: { 'if-match': 'none', 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
    expect((await call('DELETE', '/api/documents/plan')).status).toBe(405);
    expect(readdirSync(reviews())).not.toContain('plan.review.json');
  });
});

describe('security', () => {
  it('refuses Host headers that are not this machine (DNS rebinding) and other sites’ origins', async () => {
    expect((await call('GET', '/api/documents', { headers: { host: 'evil.example:80' } })).status).toBe(403);
    expect((await call('GET', '/', { headers: { host: 'localhost.evil.example' } })).status).toBe(403);
    const id = await targetId('孕产妇死亡率');
    const r = await call('PUT', `/api/documents/plan/entries/${id}`, { body: json({ action: 'accept' }), headers: { 'if-match': 'none', origin: 'https://evil.example' } });
    expect(r.status).toBe(403);
    expect(readdirSync(reviews())).not.toContain('plan.review.json');
    expect(isLocalHost('localhost:8765')).toBe(true);
    expect(isLocalHost('[::1]:8765')).toBe(true);
    expect(isLocalHost('127.0.0.1')).toBe(true);
    expect(isLocalHost('127.0.0.1.evil.example')).toBe(false);
  });

  it('serves only the stored documents: `..`, absolute paths and other names reach no file', async () => {
    for (const path of [
      '/api/documents/..%2Fsecret',
      '/api/documents/..%2F..%2Fsecret.json',
      `/api/documents/${encodeURIComponent(join(dir, 'secret.json'))}`,
      '/api/documents/%2Fetc%2Fpasswd',
      '/api/documents/plan.txt',
      '/../secret.json',
      '/api/../../secret.json',
      '/secret.json',
    ]) {
      const r = await call('GET', path);
      expect([path, r.status]).toEqual([path, 404]);
      expect(JSON.stringify(r.body)).not.toContain('entries');
    }
    expect((await call('GET', '/api/documents/%E0%A4%A')).status).toBe(400);
  });

  it('neither reads nor writes through a symbolic link in the reviews folder', async () => {
    const secret = join(dir, 'secret.json');
    symlinkSync(secret, reviewFile());
    const d = await doc();
    expect(d.body.problem.problem).toContain('symbolic link');
    const r = await put(await targetId('孕产妇死亡率'), { action: 'accept' }, d.body.etag);
    expect(r.status).toBe(409);
    expect(readFileSync(secret, 'utf8')).toBe('{"entries": []}\n');
    expect((await call('GET', '/api/documents')).body.documents[0].problem).toContain('symbolic link');
  });

  it('limits the size of a body', async () => {
    const id = await targetId('孕产妇死亡率');
    const r = await call('PUT', `/api/documents/plan/entries/${id}`, { body: json({ action: 'accept', note: 'x'.repeat(10_000) }), headers: { 'if-match': 'none' } });
    expect(r.status).toBe(413);
    expect(r.body.error).toContain('over 4096 bytes');
    // a body sent without a declared length is cut off as it passes the limit
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: wb.port, method: 'PUT', path: `/api/documents/plan/entries/${id}`, headers: { 'content-type': 'application/json', 'if-match': 'none', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.write('{"action": "accept", "note": "');
      req.write('x'.repeat(8000));
      req.write('"}');
      req.end();
    });
    expect(chunked).toBe(413);
    expect(readdirSync(reviews())).not.toContain('plan.review.json');
  });
});
