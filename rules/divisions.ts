// The official division codes (GB/T 2260) as a lookup: by code, by name, and each code's parents.
// Data: rules/data/divisions.ts (generated; see its header for the source and version).
import type { JurisdictionLevel, Place } from '../model/schema.ts';
import { DIVISIONS } from './data/divisions.ts';

export interface Division {
  code: string;
  name: string;
  level: JurisdictionLevel;
}

/** Grouping entries of the code list that are no place of their own. */
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const byCode = new Map<string, Division>();
const byName = new Map<string, Division[]>();

/**
 * A …区 is a district of its city, except a 特区 (六枝特区, a county-level unit of its own) and a 区 the province
 * governs directly (xx90xx, 省直辖县级行政区划: 神农架林区), which has no city to be a district of.
 */
function levelOf(code: string, name: string): JurisdictionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return name.endsWith('区') && !name.endsWith('特区') && code.slice(2, 4) !== '90' ? 'district' : 'county';
}

for (const line of DIVISIONS.split('\n')) {
  const code = line.slice(0, 6);
  const name = line.slice(7);
  if (PLACEHOLDER.test(name)) continue;
  const d: Division = { code, name, level: levelOf(code, name) };
  byCode.set(code, d);
  const list = byName.get(name);
  if (list) list.push(d);
  else byName.set(name, [d]);
}

/** Every division name, longest first: for finding names in a title line. */
export const allNames: string[] = [...byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));

/** Every division (placeholders left out), in code order. */
export function allDivisions(): Division[] {
  return [...byCode.values()];
}

export function division(code: string): Division | null {
  return byCode.get(code) ?? null;
}

/** Every division of that exact name (朝阳区: Beijing's and Changchun's). */
export function divisionsNamed(name: string): Division[] {
  return byName.get(name) ?? [];
}

/** The level every division of that name has (万柏林区: district, 神农架林区: county), or null (none, or several levels). */
export function levelNamed(name: string): JurisdictionLevel | null {
  const found = byName.get(name);
  if (!found) return null;
  const level = found[0]!.level;
  return found.every((d) => d.level === level) ? level : null;
}

/** From the province down, without placeholders: 511725 → [四川省 510000, 达州市 511700]. */
export function parentsOf(code: string): Division[] {
  const out: Division[] = [];
  const province = byCode.get(code.slice(0, 2) + '0000');
  if (province && province.code !== code) out.push(province);
  const city = byCode.get(code.slice(0, 4) + '00');
  if (city && city.code !== code) out.push(city);
  return out;
}

export function placeOf(d: Division): Place {
  return { name: d.name, code: d.code, level: d.level };
}

/** Short forms a text may use for a province or city: 四川省 → 四川, 广西壮族自治区 → 广西. */
export function shortNames(name: string): string[] {
  const m = /^(.{2,}?)(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|地区|自治州)$/.exec(name);
  return m ? [name, m[1]!] : [name];
}

/** Cases the lookup must hold (test/compare-places.test.ts runs them). */
export const examples = {
  parents: [
    { name: '渠县', code: '511725', parents: ['四川省', '达州市'] },
    { name: '钟山区', code: '520201', parents: ['贵州省', '六盘水市'] },
    { name: '乐昌市', code: '440281', parents: ['广东省', '韶关市'] },
    { name: '朔州市', code: '140600', parents: ['山西省'] },
    { name: '仙桃市', code: '429004', parents: ['湖北省'] },
  ],
  // 林区 closes a county-level name only where the list has one (神农架林区); 万柏林区 is a district of 太原市
  levels: [
    { name: '神农架林区', level: 'county' },
    { name: '六枝特区', level: 'county' },
    { name: '万柏林区', level: 'district' },
    { name: '碑林区', level: 'district' },
    { name: '滨海新区', level: 'district' },
    { name: '渠县', level: 'county' },
  ],
  ambiguous: [
    { name: '朝阳区', codes: ['110105', '220104'] },
    { name: '鼓楼区', count: 4 },
  ],
};
