// Every phrasing rule of the extractor, for tests and documentation.
import { boundRules } from './bounds.ts';
import { exclusionRules } from './exclusions.ts';
import { noiseRules } from './noise.ts';
import { numeralRules } from './numerals.ts';
import { leadYearRules, phrasingRules } from './phrasings.ts';
import { qualitativeRules } from './qualitative.ts';
import type { PhraseRule } from '../model/examples.ts';
import { unitRules } from './units.ts';
import { verbRules } from './verbs.ts';

export const PHRASE_RULES: PhraseRule[] = [
  ...numeralRules,
  ...unitRules,
  ...boundRules,
  ...verbRules,
  ...exclusionRules,
  ...noiseRules,
  ...phrasingRules,
  ...leadYearRules,
  ...qualitativeRules,
];
