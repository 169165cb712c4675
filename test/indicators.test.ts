import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getIndicator, matchIndicator, normalizeIndicatorText, normalizeValue, unmatchedReport } from '../extractors/indicators.ts';
import { GoldRecord } from '../model/schema.ts';
import { catalogue } from '../rules/indicators.ts';

const goldDir = new URL('./gold/', import.meta.url);
const gold: GoldRecord[] = readdirSync(goldDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(new URL(f, goldDir), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => GoldRecord.parse(JSON.parse(l))),
  );

describe('catalogue entries', () => {
  for (const entry of catalogue) {
    it(`${entry.id}: its name and valid examples map to it, invalid ones do not`, () => {
      expect(entry.examples.valid.length).toBeGreaterThan(0);
      expect(entry.examples.invalid.length).toBeGreaterThan(0);
      const valid = [entry.name, ...entry.examples.valid];
      expect(valid.map((t) => [t, matchIndicator(t)])).toEqual(valid.map((t) => [t, entry.id]));
      for (const t of entry.examples.invalid) expect([t, matchIndicator(t)]).not.toEqual([t, entry.id]);
    });
  }
});

describe('catalogue shape', () => {
  it('ids are unique ascii snake_case', () => {
    const ids = catalogue.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
  });
  it('names are unique after normalization', () => {
    const names = catalogue.map((e) => normalizeIndicatorText(e.name));
    expect(new Set(names).size).toBe(names.length);
  });
  it('national targets are stated in the entry unit, with a source', () => {
    for (const e of catalogue) if (e.national) expect([e.id, e.national.unit, e.national.source.length > 0]).toEqual([e.id, e.unit, true]);
  });
  it('getIndicator finds every entry', () => {
    for (const e of catalogue) expect(getIndicator(e.id)).toBe(e);
    expect(getIndicator('no_such_indicator')).toBeUndefined();
  });
});

describe('matchIndicator', () => {
  it('ignores scope words, spacing, full-width forms and unit parentheses', () => {
    for (const t of ['孕产妇死亡率', '全市孕产妇死亡率', '孕产妇死亡率（1/10万）', '孕产 妇死亡率', '我区孕产妇死亡率(/10万)'])
      expect(matchIndicator(t)).toBe('maternal_mortality_ratio');
    expect(matchIndicator('０—６岁儿童眼保健和视力检查覆盖率（％）')).toBe('child_eye_care_coverage');
  });
  it('keeps near neighbours apart', () => {
    expect(matchIndicator('新生儿死亡率')).toBe('neonatal_mortality_rate');
    expect(matchIndicator('婴儿死亡率')).toBe('infant_mortality_rate');
    expect(matchIndicator('5岁以下儿童死亡率')).toBe('under5_mortality_rate');
    expect(matchIndicator('3岁以下儿童系统管理率')).toBe('under3_system_management_rate');
    expect(matchIndicator('7岁以下儿童健康管理率')).toBe('under7_health_management_rate');
    expect(matchIndicator('城市社区建立家长学校的比例')).toBe('urban_community_parent_schools');
    expect(matchIndicator('农村社区建立家长学校的比例')).toBe('rural_community_parent_schools');
  });
  it('gives a list of items the id of the first', () => {
    expect(matchIndicator('社区党组织成员、社区党组织书记中女性比例')).toBe('women_share_community_party_members');
    expect(matchIndicator('社区党组织成员、社区党组织书记女性比例')).toBe('women_share_community_party_members');
  });
  it('returns null for text that names no indicator', () => {
    expect(matchIndicator('')).toBeNull();
    expect(matchIndicator('农村地区、欠发达地区以及城市体系')).toBeNull();
  });
  it('is the same with or without context when the text is unambiguous', () => {
    expect(matchIndicator('九年义务教育巩固率', { part: 'women' })).toBe(matchIndicator('九年义务教育巩固率', { part: 'children' }));
  });
});

describe('over the gold records', () => {
  const coverage = (kind: string): number => {
    const recs = gold.filter((r) => r.kind === kind);
    return recs.filter((r) => matchIndicator(r.indicator, { part: r.part, domain: r.domain }) !== null).length / recs.length;
  };
  it('at least 95% of numeric records get an id', () => {
    expect(coverage('numeric')).toBeGreaterThanOrEqual(0.95);
  });
  it('most qualitative and full_coverage records get an id', () => {
    expect(coverage('qualitative')).toBeGreaterThanOrEqual(0.9);
    expect(coverage('full_coverage')).toBeGreaterThanOrEqual(0.9);
  });
  it('an indicator in two or more plans gets the same id in each', () => {
    const ids = new Map<string, Map<string, string | null>>();
    for (const r of gold) {
      if (r.kind === 'baseline') continue;
      const key = normalizeIndicatorText(r.indicator);
      const byDoc = ids.get(key) ?? new Map<string, string | null>();
      byDoc.set(`${r.doc}/${r.part}`, matchIndicator(r.indicator, { part: r.part, domain: r.domain }));
      ids.set(key, byDoc);
    }
    let shared = 0;
    for (const [key, byDoc] of ids) {
      const docs = new Set([...byDoc.keys()].map((k) => k.split('/')[0]));
      if (docs.size < 2) continue;
      shared++;
      const distinct = [...new Set(byDoc.values())];
      expect([key, distinct.length, distinct[0] === null]).toEqual([key, 1, false]);
    }
    expect(shared).toBeGreaterThan(20);
  });
  it('the national outline indicators get the ids named for them', () => {
    const pairs: [string, string][] = [
      ['孕产妇死亡率', 'maternal_mortality_ratio'],
      ['适龄妇女宫颈癌筛查率', 'cervical_cancer_screening_rate'],
      ['适龄妇女宫颈癌人群筛查率', 'cervical_cancer_screening_rate'],
      ['每千名儿童拥有儿科执业（助理）医生', 'pediatricians_per_1000_children'],
      ['每千名儿童拥有床位', 'pediatric_beds_per_1000_children'],
    ];
    for (const [t, id] of pairs) expect(matchIndicator(t)).toBe(id);
  });
});

describe('normalizeValue', () => {
  it('converts between proportion units into the canonical unit', () => {
    expect(normalizeValue('infant_mortality_rate', 3.13, '%')).toEqual({ value: 31.3, unit: '‰' });
    expect(normalizeValue('infant_mortality_rate', 5, '‰')).toEqual({ value: 5, unit: '‰' });
    expect(normalizeValue('maternal_mortality_ratio', 0.12, '‰')).toEqual({ value: 12, unit: '1/10万' });
    expect(normalizeValue('maternal_mortality_ratio', 12.5, '/10万')).toEqual({ value: 12.5, unit: '1/10万' });
    expect(normalizeValue('cervical_cancer_screening_rate', 700, '‰')).toEqual({ value: 70, unit: '%' });
    expect(normalizeValue('cervical_cancer_screening_rate', 70, '％')).toEqual({ value: 70, unit: '%' });
  });
  it('converts durations and count classifiers', () => {
    expect(normalizeValue('daily_physical_activity_time', 60, '分钟')).toEqual({ value: 1, unit: '小时' });
    expect(normalizeValue('childcare_slots_per_1000', 4.5, '张')).toEqual({ value: 4.5, unit: '个' });
  });
  it('keeps incomparable units as given, half-width', () => {
    expect(normalizeValue('child_overall_myopia_rate', 0.5, '个百分点')).toEqual({ value: 0.5, unit: '个百分点' });
    expect(normalizeValue('child_injury_mortality_rate', 20, '％')).toEqual({ value: 20, unit: '%' });
    expect(normalizeValue(null, 3, '‰')).toEqual({ value: 3, unit: '‰' });
    expect(normalizeValue('maternal_mortality_ratio', 12, null)).toEqual({ value: 12, unit: '' });
  });
  it('is null without a value', () => {
    expect(normalizeValue('maternal_mortality_ratio', null, null)).toBeNull();
  });
});

describe('unmatchedReport', () => {
  it('counts texts without an id, most frequent first, then by text', () => {
    const report = unmatchedReport(['乙指标', '孕产妇死亡率', '甲指标', '乙指标', '甲 指标', '丙指标']);
    expect(report).toEqual([
      { text: '乙指标', count: 2 },
      { text: '甲指标', count: 2 },
      { text: '丙指标', count: 1 },
    ]);
  });
});
