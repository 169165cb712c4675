// Jurisdictions resolved against the GB/T 2260 division codes: codes, parents, ambiguous names.
import { describe, expect, it } from 'vitest';
import { divisionsNamed, examples, levelNamed, parentsOf } from '../rules/divisions.ts';
import { readParents, resolveJurisdiction } from '../pipeline/stages/place.ts';

describe('the division codes', () => {
  it.each(examples.parents)('$name is $code under $parents', (e) => {
    const found = divisionsNamed(e.name);
    expect(found.map((d) => d.code)).toEqual([e.code]);
    expect(parentsOf(e.code).map((p) => p.name)).toEqual(e.parents);
  });

  it.each(examples.levels)('$name is a $level', (e) => {
    expect(levelNamed(e.name)).toBe(e.level);
  });

  it('lists every division of a shared name', () => {
    expect(divisionsNamed('朝阳区').map((d) => d.code)).toEqual(['110105', '220104']);
    expect(divisionsNamed('鼓楼区')).toHaveLength(4);
    // grouping entries are no places
    expect(divisionsNamed('市辖区')).toEqual([]);
  });
});

describe('resolving a jurisdiction', () => {
  it('gives code, level and parents from the province down', () => {
    expect(resolveJurisdiction({ name: '渠县', level: 'county', parents: ['四川省', '达州市'] })).toEqual({
      name: '渠县', level: 'county', code: '511725', candidates: [],
      parents: [{ name: '四川省', code: '510000', level: 'province' }, { name: '达州市', code: '511700', level: 'city' }],
    });
    expect(resolveJurisdiction({ name: '钟山区', level: 'district', parents: [] }).parents.map((p) => p.code)).toEqual(['520000', '520200']);
    // a county-level city the text calls a 市: its code says it is under a city
    expect(resolveJurisdiction({ name: '乐昌市', level: 'city', parents: [] })).toMatchObject({ code: '440281', level: 'county' });
    // a municipality's district: no 市辖区 between
    expect(resolveJurisdiction({ name: '朝阳区', level: 'district', parents: ['北京市'] }).parents).toEqual([{ name: '北京市', code: '110000', level: 'province' }]);
  });

  it('tells apart a shared name by the parents the text cites, or by the province or city it mentions', () => {
    expect(resolveJurisdiction({ name: '朝阳区', level: 'district', parents: ['长春市'] }).code).toBe('220104');
    expect(resolveJurisdiction({ name: '朝阳区', level: 'district', parents: [] }, '北京市朝阳区妇女发展规划').code).toBe('110105');
    expect(resolveJurisdiction({ name: '鼓楼区', level: 'district', parents: [] }, '为贯彻落实《福建省妇女发展规划》').code).toBe('350102');
  });

  it('reports a name it cannot tell apart as ambiguous, never guesses', () => {
    const r = resolveJurisdiction({ name: '朝阳区', level: 'district', parents: [] }, '朝阳区妇女发展规划');
    expect(r).toEqual({ name: '朝阳区', level: 'district', code: null, candidates: ['110105', '220104'], parents: [] });
    // 朝阳市 (Liaoning) is another name: it resolves alone
    expect(resolveJurisdiction({ name: '朝阳市', level: 'city', parents: [] }).code).toBe('211300');
  });

  it('keeps names that are no division as the text gives them', () => {
    expect(resolveJurisdiction({ name: '某市', level: 'city', parents: ['某某省', '四川省'] })).toEqual({
      name: '某市', level: 'city', code: null, candidates: [],
      parents: [{ name: '某某省', code: null, level: null }, { name: '四川省', code: '510000', level: 'province' }],
    });
    expect(resolveJurisdiction({ name: null, level: null, parents: [] }).code).toBeNull();
  });

  it('reads parents of older stores (names) and of new ones (places)', () => {
    expect(readParents(['四川省'])).toEqual([{ name: '四川省', code: null, level: null }]);
    expect(readParents([{ name: '四川省', code: '510000', level: 'province' }])).toEqual([{ name: '四川省', code: '510000', level: 'province' }]);
  });
});

describe('a store written before division codes', () => {
  it('is read: parents as names, no code, and the columns still form', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const Database = (await import('better-sqlite3')).default;
    const { buildStore } = await import('./fixtures/compare-store.ts');
    const { loadStore } = await import('../pipeline/compare/load.ts');
    const dir = mkdtempSync(join(tmpdir(), 'plan-targets-old-store-'));
    const db = buildStore(dir);
    // as an older version left it: no code or candidates columns, parents a list of names
    const raw = new Database(db);
    raw.exec('ALTER TABLE documents DROP COLUMN code; ALTER TABLE documents DROP COLUMN candidates');
    raw.prepare('UPDATE documents SET parents = ?').run(JSON.stringify(['某省']));
    raw.close();
    const { docs } = loadStore(db);
    expect(docs).toHaveLength(4);
    for (const d of docs) expect([d.code, d.candidates, d.parents]).toEqual([null, [], [{ name: '某省', code: null, level: null }]]);
  });
});
