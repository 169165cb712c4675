// Round trips: one plan in every format and encoding gives the targets of its UTF-8 text.
// Formats with their own text (PDF, Word, HTML) may move line numbers, so those are set aside;
// re-encoded text reads back to the very same text, so there everything must match.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../extractors/index.ts';
import { analyzeStructure } from '../extractors/structure.ts';
import { LineIndex, stripSpace } from '../model/text.ts';
import type { Extracted } from '../model/schema.ts';
import { ingestBuffer } from '../pipeline/stages/ingest.ts';

const FIX = join(import.meta.dirname, 'fixtures', 'ingest');
const CORPUS = join(import.meta.dirname, '..', 'corpus');

async function targetsOf(file: string, data: Buffer): Promise<{ text: string; format: string; records: Extracted[] }> {
  const ingested = await ingestBuffer(file, data);
  return { text: ingested.text, format: ingested.format, records: extractTargets(ingested.text, analyzeStructure(ingested.text)) };
}

/** What a target says, without where it stands. */
const essence = (records: Extracted[]) =>
  records.map((r) => ({ kind: r.kind, indicator: r.indicator.text, value: r.value, unit: r.unit, comparator: r.comparator }));

function expectGrounded(text: string, records: Extracted[]): void {
  const index = new LineIndex(text);
  for (const r of records) {
    expect(stripSpace(text.slice(r.source.start, r.source.end))).toBe(r.source.quote);
    const at = index.starts[r.source.line - 1]! + r.source.column - 1;
    expect(at >= r.source.start && at < r.source.end).toBe(true);
  }
}

describe('the committed plan fixture in every format', () => {
  const reference = targetsOf('plan.txt', readFileSync(join(FIX, 'plan.txt')));

  it('the UTF-8 text has targets to compare (not vacuous)', async () => {
    const ref = await reference;
    expect(ref.records.filter((r) => r.kind === 'numeric').length).toBeGreaterThanOrEqual(10);
  });

  const sameText: [string, string][] = [
    ['GBK text', 'plan-gbk.txt'],
    ['UTF-8 with BOM', 'plan-bom.txt'],
    ['UTF-16 LE with BOM', 'plan-utf16le-bom.txt'],
    ['UTF-16 BE with BOM', 'plan-utf16be-bom.txt'],
    ['UTF-16 LE without BOM', 'plan-utf16le.txt'],
  ];
  it.each(sameText)('%s (%s): the same text, so the same records, positions included', async (_what, file) => {
    const ref = await reference;
    const got = await targetsOf(file, readFileSync(join(FIX, file)));
    expect(got.text).toBe(ref.text);
    expect(got.records).toEqual(ref.records);
  });

  const ownText: [string, string, string][] = [
    ['PDF', 'plan.pdf', 'pdf'],
    ['Word .docx', 'plan.docx', 'docx'],
    ['HTML in GBK', 'plan-gbk.html', 'html'],
    ['HTML in UTF-8', 'plan-utf8.html', 'html'],
    ['Markdown', 'plan.md', 'markdown'],
  ];
  it.each(ownText)('%s (%s): the same targets, grounded in its own text', async (_what, file, format) => {
    const ref = await reference;
    const got = await targetsOf(file, readFileSync(join(FIX, file)));
    expect(got.format).toBe(format);
    expect(essence(got.records)).toEqual(essence(ref.records));
    expectGrounded(got.text, got.records);
  });
});

describe('whole corpus plans, re-encoded in memory', () => {
  const plans = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
  const encodings: [string, (s: string) => Buffer][] = [
    ['GBK', (s) => iconv.encode(s, 'gbk')],
    ['GB18030', (s) => iconv.encode(s, 'gb18030')],
    ['UTF-16 LE with BOM', (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf-16le')])],
    ['UTF-16 BE with BOM', (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(s, 'utf-16be')])],
  ];

  it.each(plans)('%s: GBK, GB18030 and UTF-16 give the same records as UTF-8', async (plan) => {
    const utf8 = readFileSync(join(CORPUS, plan));
    const ref = await targetsOf(plan, utf8);
    expect(ref.records.length).toBeGreaterThan(50);
    const text = utf8.toString('utf8');
    for (const [name, encode] of encodings) {
      // GBK cannot spell every character: where it loses one, it is no round trip
      if (name === 'GBK' && iconv.decode(encode(text), 'gbk') !== text) continue;
      const got = await targetsOf(plan, encode(text));
      expect(got.text, name).toBe(ref.text);
      expect(got.records, name).toEqual(ref.records);
    }
  });

  it.each(plans)('%s: CRLF line breaks give the same targets on the same lines', async (plan) => {
    const text = readFileSync(join(CORPUS, plan), 'utf8');
    const ref = await targetsOf(plan, Buffer.from(text));
    const got = await targetsOf(plan, Buffer.from(text.replace(/\n/g, '\r\n')));
    expect(essence(got.records)).toEqual(essence(ref.records));
    expect(got.records.map((r) => [r.source.line, r.source.column])).toEqual(ref.records.map((r) => [r.source.line, r.source.column]));
    expectGrounded(got.text, got.records);
  });
});
