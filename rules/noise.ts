// Layout noise of converted plans: page numbers, tables of contents, markdown marks, list markers.
// Each pattern comes with the characters a match can start (or end) with: buildClean matches
// only lines that fit them (test/structure.test.ts checks the two agree).
import { POST_BOUNDS, PRE_BOUNDS } from './bounds.ts';
import type { PhraseRule } from '../model/examples.ts';
import { UNITS } from './units.ts';

/** a line holding only a page number (— 5 —, 第3页) */
export const PAGE_NUMBER = /^[\s\-—－–]*(第\s*\d+\s*页|\d{1,3})[\s\-—－–]*$/;
/** First and last characters of a page-number line (trimmed): the line is matched only if both fit. */
export const PAGE_NUMBER_FIRST = '-—－–第0123456789';
export const PAGE_NUMBER_LAST = '-—－–页0123456789';
/** a table-of-contents entry ending in leader dots and a page number */
export const TOC_LINE = /(\.{4,}|…{2,}|·{4,}|-{6,})\s*\d+\s*$/;
export const TOC_LINE_LAST = '0123456789';
/** markdown heading, list and quote marks at the start of a line */
export const MARKDOWN = /^(#{1,6}\s*|[-*+]\s+|>\s*)/;
export const MARKDOWN_FIRST = '#-*+>';
/** 1. / 1、 / １． item numbers (a number glued after them is a value: 3.5岁以下 is item 3) */
export const ARABIC_MARKER = /^(\d{1,2}|[０-９]{1,2})\s*[.．、]\s*/;
export const ARABIC_MARKER_FIRST = '0123456789０１２３４５６７８９';
/**
 * A value cut by a line break, its tail looking like the next item (`达到9` / `2.1岁。`): the line
 * before ends in digits right after a verb or bound that leaves the value open (no unit, no
 * punctuation), and the next line's `N.M` is followed only by a unit, a bound and the clause end.
 * A real item goes on with words (`2.5岁以下儿童…`), so it keeps its number.
 */
export const CUT_VALUE_OPENERS = [...new Set('至到在为达于' + PRE_BOUNDS.map((b) => b.form.slice(-1)).join(''))].join('');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (forms: string[]) => [...forms].sort((a, b) => b.length - a.length).map(escape).join('|');
const unitForms = UNITS.flatMap((u) => u.forms);
/** a unit itself cut by the line end (`2.1/` then `10万`) */
const unitPrefixes = [...new Set(unitForms.flatMap((f) => [...f].slice(1).map((_, i) => f.slice(0, i + 1))))];
/** what may follow the item-like `N.` of a cut value (white space dropped, half-width): digits, unit, bound, clause end */
export const CUT_VALUE_REST = new RegExp(
  `^\\d+(?:(?:${alternatives(unitForms)})?(?:${alternatives(POST_BOUNDS.map((b) => b.form))})?(?:[。；;，,、]|$)|(?:${alternatives(unitPrefixes)})$)`,
);

/** （一） 一、 第一章 ① (1) markers */
export const OTHER_MARKER = /^([（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*、|第(?:[一二三四五六七八九十]{1,3}|\d{1,3})[章节部分条]|[①-⑳])\s*/;
export const OTHER_MARKER_FIRST = '（(一二三四五六七八九十第①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** section words that head a line and end a sentence */
export const HEADING_WORDS = /^(主要目标|策略措施|总体目标|发展现状|前言|序言)/;
export const HEADING_WORDS_FIRST = '主策总发前序';

export const noiseRules: PhraseRule[] = [
  {
    id: 'noise/page-number',
    description: 'a page number inside a broken sentence is skipped',
    examples: [
      { text: '孕产妇死亡率下降到\n— 12 —\n14/10万以下。', expect: [{ value: 14, unit: '1/10万', comparator: '<=', verb: '下降到' }] },
      { text: '第3页', expect: [] },
    ],
  },
  {
    id: 'noise/toc',
    description: 'table-of-contents entries hold no values',
    examples: [
      { text: '一、总体目标……………………3\n二、主要目标……………………12', expect: [] },
    ],
  },
  {
    id: 'noise/markdown',
    description: 'markdown marks are not part of indicators',
    examples: [
      { text: '- **孕产妇死亡率**下降到12/10万以下。', expect: [{ indicator: '孕产妇死亡率', value: 12 }] },
      { text: '| 指标 | 孕产妇死亡率 | 12/10万 |', expect: [] },
      // target tables (指标 | 单位 | 目标值) are not read as targets yet
      { text: '| 孕产妇死亡率 | 1/10万 | 12 | 预期性 |', expect: [{ value: 12, unit: '1/10万' }], notSupported: true },
    ],
  },
  {
    id: 'noise/list-marker',
    description: 'item numbers are no values; the item text starts after them',
    examples: [
      { text: '3. 孕产妇死亡率下降到12/10万以下。', expect: [{ value: 12, indicator: '孕产妇死亡率' }] },
      { text: '（二）儿童与教育\n1、学前教育毛入园率达到90%以上。', expect: [{ value: 90, indicator: '学前教育毛入园率' }] },
    ],
  },
  {
    id: 'noise/cut-value',
    description: 'a value cut by a line break whose tail looks like the next item number is one value',
    examples: [
      { text: '1. 妇女人均预期寿命达到8\n2.5岁。', expect: [{ value: 82.5, unit: '岁', comparator: '=' }] },
      { text: '1. 妇女人均预期寿命达到8\r\n2. 5 岁以上。', expect: [{ value: 82.5, unit: '岁', comparator: '>=' }] },
      { text: '1. 孕产妇死亡率下降到1\n2.5/10万以下。', expect: [{ value: 12.5, unit: '1/10万', comparator: '<=' }] },
      { text: '1. 孕产妇死亡率稳定在1\n2.1/\n10万以内。', expect: [{ value: 12.1, unit: '1/10万', comparator: '<=' }] },
      { text: '2. 平均受教育年限不低于1\n3.5年\n以上；', expect: [{ value: 13.5, unit: '年', comparator: '>=' }] },
      // the next item goes on with words: a real item 2, with the age qualifier 5岁以下
      { text: '1. 每千人口拥有3岁以下婴幼儿托位数达到4\n2.5岁以下儿童死亡率控制在6‰以下。', expect: [{ indicator: '5岁以下儿童死亡率', value: 6, unit: '‰' }] },
      // the line before does not leave a value open (a unit, or no verb before the digits)
      { text: '1. 婴儿死亡率下降到5‰\n2.1岁以下儿童贫血率下降到10%以下。', expect: [{ value: 5, unit: '‰' }, { value: 10, unit: '%' }] },
      { text: '1. 开展专项行动9\n2.妇女人均预期寿命达到80岁。', expect: [{ value: 80, unit: '岁' }] },
    ],
  },
];
