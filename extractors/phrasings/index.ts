// Every phrasing module, in the order the engine offers them a value: the order is the precedence.
import type { Phrasing, TensePhrasing, ValuePhrasing } from '../phrasing.ts';
import { fromCurrent } from './baseline-from-current.ts';
import { fromTo } from './baseline-from-to.ts';
import { current } from './baseline-current.ts';
import { dated } from './baseline-dated.ts';
import { pastMarker } from './baseline-past-marker.ts';
import { pastPeriod } from './baseline-past-period.ts';
import { pastYear } from './baseline-past-year.ts';
import { situation } from './baseline-situation.ts';
import { bareRate } from './bare-rate.ts';
import { borrowed } from './borrowed.ts';
import { changeAmount } from './change-amount.ts';
import { changeBaseYear } from './change-base-year.ts';
import { changeIdiom } from './change-idiom.ts';
import { changeMultiple } from './change-multiple.ts';
import { changePerYear } from './change-per-year.ts';
import { countedChain } from './counted-chain.ts';
import { countedObject } from './counted-object.ts';
import { countedVerb } from './counted-verb.ts';
import { deadline } from './deadline.ts';
import { jun } from './jun.ts';
import { level } from './level.ts';
import { listRespectively } from './list.ts';
import { parallelGroups } from './parallel-groups.ts';
import { perCaseRate } from './per-case-rate.ts';
import { range } from './range.ts';
import { relativeFigure } from './relative-figure.ts';
import { reusedNames } from './reused-names.ts';
import { shareOf } from './share-of.ts';
import { sharedSubjectPhrasing } from './shared-subject.ts';
import { QUALITATIVE_PHRASINGS } from './qualitative.ts';
import { COVERAGE_PHRASINGS } from './coverage.ts';
import { TABLE_PHRASINGS } from './table.ts';

/** How a value reads; each is offered every value, the first that reads it names the record. */
export const VALUE_PHRASINGS: ValuePhrasing[] = [changeIdiom, changePerYear, changeBaseYear, changeMultiple, changeAmount, perCaseRate, range];

/** What makes a figure a past one; the first that holds names a baseline. */
export const TENSE_PHRASINGS: TensePhrasing[] = [fromTo, fromCurrent, pastYear, pastPeriod, pastMarker, current, dated, situation];

/** How a list's indicator was found; the first of these that shaped it names a target; numeric/level when none did. */
export const INDICATOR_PHRASINGS: Phrasing[] = [
  relativeFigure,
  countedChain,
  reusedNames,
  parallelGroups,
  sharedSubjectPhrasing,
  listRespectively,
  jun,
  deadline,
  shareOf,
  countedVerb,
  countedObject,
  borrowed,
  bareRate,
  level,
];


/** every module, for the tests and the documentation */
export const ALL_PHRASINGS: Phrasing[] = [...VALUE_PHRASINGS, ...TENSE_PHRASINGS, ...INDICATOR_PHRASINGS, ...QUALITATIVE_PHRASINGS, ...COVERAGE_PHRASINGS, ...TABLE_PHRASINGS];
