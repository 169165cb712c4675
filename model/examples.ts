// Shared shapes of phrasing rules: each rule is data with examples that run as tests.
import type { Change, Comparator, Direction, Kind } from './schema.ts';

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
  upper?: number | null;
  change?: Change | null;
  /** the id of the phrasing module that made the record */
  rule?: string;
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

/** Examples of a phrasing module, as ESLint's RuleTester takes them. */
export interface PhrasingExamples {
  /** texts the module reads: the records they give, all of them; at least one carries the module's id */
  valid: RuleExample[];
  /** texts the module must leave alone: no record carries its id (and `expect`, when given, holds) */
  invalid: (Omit<RuleExample, 'expect'> & { expect?: ExpectedRecord[] })[];
}

export interface PhrasingMeta {
  /** the id every record the module makes carries as `rule` */
  id: string;
  kind: Kind;
  description: string;
}

export interface PhraseRule {
  id: string;
  description: string;
  examples: RuleExample[];
}
