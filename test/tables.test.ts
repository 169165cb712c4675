// Indicator tables: every example of rules/tables.ts through the real extractor, and the layouts converters give.
import { describe, expect, it } from 'vitest';
import { tableRules, UNIT_CELL } from '../rules/tables.ts';
import { UNITS } from '../rules/units.ts';
import { extract, mismatch } from './extract-helpers.ts';
import type { ExpectedRecord } from '../model/examples.ts';
import JSZip from 'jszip';
import { ingestBuffer } from '../pipeline/stages/ingest.ts';
import { analyzeStructure } from '../extractors/structure.ts';
import { extractTargets } from '../extractors/index.ts';

describe('table rules', () => {
  for (const rule of tableRules) {
    rule.examples.forEach((ex, i) => {
      it(`${rule.id} #${i + 1}${ex.notSupported ? ' (not supported yet)' : ''}`, () => {
        const records = extract(ex.text, ex.section ?? '主要目标', ex.period ?? [2021, 2025]);
        const problem = mismatch(records, ex.expect as ExpectedRecord[]);
        if (ex.notSupported) expect(problem, 'now passes: drop notSupported').not.toBeNull();
        else expect(problem).toBeNull();
        for (const r of records) expect(ex.text.slice(r.source.start, r.source.end).replace(/\s+/g, '')).toBe(r.source.quote);
      });
    });
  }
});

describe('unit cells', () => {
  it('take every unit of rules/units.ts, and with a scale the counts and measures (one list)', () => {
    for (const u of UNITS) for (const f of u.forms) expect(UNIT_CELL.test(f), f).toBe(true);
    for (const f of ['万亩', '亿元', '万吨/日', '亿立方米', '万标准箱']) expect(UNIT_CELL.test(f), f).toBe(true);
    for (const f of ['万岁', '亿个百分点', '万年一遇', '万个月', '单位', '指标']) expect(UNIT_CELL.test(f), f).toBe(false);
  });
});

describe('tables as ingest converts them', () => {
  const rows = [
    ['指标', '单位', '2020年', '2025年', '属性'],
    ['孕产妇死亡率', '1/10万', '9.8', '≤9.5', '预期性'],
    ['人均预期寿命', '岁', '78.2', '79', '约束性'],
  ];
  // a row's records share their start (the indicator cell): the target first
  const expected = [
    ['numeric', '孕产妇死亡率', 9.5, '1/10万', 2025, '预期性'],
    ['baseline', '孕产妇死亡率', 9.8, '1/10万', 2020, undefined],
    ['numeric', '人均预期寿命', 79, '岁', 2025, '约束性'],
    ['baseline', '人均预期寿命', 78.2, '岁', 2020, undefined],
  ];
  const records = (text: string) =>
    extractTargets(text, analyzeStructure(text))
      .filter((r) => r.rule.startsWith('table/'))
      .map((r) => [r.kind, r.indicator.text, r.value, r.unit, r.year, r.attribute]);

  it('an HTML <table> (a row a line, cells apart)', async () => {
    const html = `<html><body><div class="content"><h1>某市卫生健康事业发展“十四五”规划</h1><p>专栏1 主要指标</p><table>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</table><p>各地要抓好落实。</p></div></body></html>`;
    const { text } = await ingestBuffer('plan.html', Buffer.from(html));
    expect(records(text)).toEqual(expected);
  });

  it('a Word table (mammoth gives a cell a paragraph)', async () => {
    const p = (s: string) => `<w:p><w:r><w:t xml:space="preserve">${s}</w:t></w:r></w:p>`;
    const table = `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
    const zip = new JSZip();
    const date = new Date('2024-01-01T00:00:00Z');
    const add = (name: string, content: string) => zip.file(name, content, { date, createFolders: false });
    add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    add('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('某市卫生健康事业发展“十四五”规划')}${p('专栏1 主要指标')}${table}${p('各地要抓好落实。')}</w:body></w:document>`);
    const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const { text } = await ingestBuffer('plan.docx', data);
    expect(records(text)).toEqual(expected);
  });
});
