// Shared shapes of phrasing rules: each rule is data with examples that run as tests.
import type { Comparator, Direction, Kind } from './schema.ts';

/** What a record produced from an example must look like (only the fields given are checked). */
export interface ExpectedRecord {
  kind?: Kind;
  value?: number | null;
  unit?: string | null;
  comparator?: Comparator | null;
  verb?: string | null;
  indicator?: string;
  direction?: Direction | null;
  year?: number | null;
}

export interface RuleExample {
  /** plan text (one or more lines) */
  text: string;
  /** section of every line of the example; 主要目标 unless given */
  section?: string;
  /** the records expected, all of them; [] means nothing is extracted */
  expect: ExpectedRecord[];
  /** the extractor knowingly fails this example; the test asserts it still fails */
  notSupported?: boolean;
}

export interface PhraseRule {
  id: string;
  description: string;
  examples: RuleExample[];
}
