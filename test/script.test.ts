// Traditional characters: matched as simplified, every offset, line and quote on the original text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simplifiedChars, toSimplified } from '../extractors/script.ts';
import { matchIndicator } from '../extractors/indicators.ts';
import { analyzeStructure } from '../extractors/structure.ts';
import { extractTargets } from '../extractors/index.ts';

const SIMPLIFIED = [
  '某市儿童发展规划（2021—2030年）',
  '一、儿童与健康',
  '（一）主要目标',
  '1.婴儿、5岁以下儿童死亡率分别降至4‰和6‰以下。',
  '2.儿童青少年总体近视率显著下降，适龄儿童免疫规划疫苗接种率保持在95%以上。',
  '3.孕产妇死亡率控制在8/10万以下，每千人口拥有3岁以下婴幼儿托位数达到4.5个。',
].join('\n');
const TRADITIONAL = [
  '某市兒童發展規劃（2021—2030年）',
  '一、兒童與健康',
  '（一）主要目標',
  '1.嬰兒、5歲以下兒童死亡率分別降至4‰和6‰以下。',
  '2.兒童青少年總體近視率顯著下降，適齡兒童免疫規劃疫苗接種率保持在95%以上。',
  '3.孕產婦死亡率控制在8/10萬以下，每千人口擁有3歲以下嬰幼兒托位數達到4.5個。',
].join('\n');

describe('traditional characters', () => {
  it('convert to the simplified text, character for character', () => {
    expect(toSimplified(TRADITIONAL)).toBe(SIMPLIFIED);
  });
  it('leave a simplified text as it is (the same string)', () => {
    expect(toSimplified(SIMPLIFIED)).toBe(SIMPLIFIED);
  });
  it('keep the length of any text, surrogates and mixed scripts included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('兒童', '發展', '乾淨', '顯著', '臺灣', '裡', '𠵾', '㗲', '著', '台'), fc.string()), { maxLength: 40 }), (parts) => {
        const t = parts.join('') + TRADITIONAL;
        expect(toSimplified(t).length).toBe(t.length);
      }),
      { numRuns: 200 },
    );
  });
  it('give the records of the simplified plan, with quotes from the original', () => {
    const trad = extractTargets(TRADITIONAL, analyzeStructure(TRADITIONAL));
    const simp = extractTargets(SIMPLIFIED, analyzeStructure(SIMPLIFIED));
    expect(trad.length).toBe(simp.length);
    expect(trad.length).toBeGreaterThanOrEqual(6);
    trad.forEach((r, i) => {
      const s = simp[i]!;
      // the indicator as written (traditional), the same phrase once simplified, the same catalogue id
      expect(simplifiedChars(r.indicator.text)).toBe(s.indicator.text);
      expect(matchIndicator(r.indicator.text)).toBe(matchIndicator(s.indicator.text));
      const blank = (x: typeof r) => ({ ...x, indicator: { ...x.indicator, text: '' }, source: { ...x.source, quote: '' } });
      expect(blank(r)).toEqual(blank(s));
      expect(r.source.quote).toBe(TRADITIONAL.slice(r.source.start, r.source.end).replace(/\s+/g, ''));
    });
    expect(analyzeStructure(TRADITIONAL).plans[0]!.title).toBe('某市儿童发展规划');
  });
});
