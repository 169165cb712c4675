// Layout noise of converted plans: page numbers, tables of contents, markdown marks, list markers.
// Each pattern comes with the characters a match can start (or end) with: buildClean matches
// only lines that fit them (test/structure.test.ts checks the two agree).
import type { PhraseRule } from './types.ts';

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
/** （一） 一、 第一章 ① (1) markers */
export const OTHER_MARKER = /^([（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十]{1,3}[章节部分条]|[①-⑳])\s*/;
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
];
