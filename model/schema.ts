// The single source of truth for every data shape: types, validation and JSON Schema.
// a namespace import: the bundle then keeps only what is used (not zod's 60-odd locales, most of its size)
import * as z from 'zod';

export const Part = z.enum(['women', 'children', 'other']);
export type Part = z.infer<typeof Part>;

export const Kind = z.enum(['numeric', 'full_coverage', 'qualitative', 'baseline']);
export type Kind = z.infer<typeof Kind>;

export const Comparator = z.enum(['>=', '<=', '~', '=']);
export type Comparator = z.infer<typeof Comparator>;

export const Direction = z.enum(['up', 'down', 'keep']);
export type Direction = z.infer<typeof Direction>;

/** 属性 of an indicator table's row: a binding (约束性) or an expected (预期性) target. */
export const Attribute = z.enum(['约束性', '预期性']);
export type Attribute = z.infer<typeof Attribute>;

/** Status in outputs; `rejected` exists only in the store. */
export const Status = z.enum(['extracted', 'accepted', 'corrected', 'added']);
export type Status = z.infer<typeof Status>;
export const StoreStatus = z.enum(['extracted', 'accepted', 'corrected', 'added', 'rejected']);
export type StoreStatus = z.infer<typeof StoreStatus>;

export const Format = z.enum(['text', 'markdown', 'html', 'pdf', 'docx', 'image']);
export type Format = z.infer<typeof Format>;

export const JurisdictionLevel = z.enum(['province', 'city', 'county', 'district', 'other']);
export type JurisdictionLevel = z.infer<typeof JurisdictionLevel>;

/**
 * Where a value came from. `start`/`end` are UTF-16 offsets into the text the
 * extractor read (the input file, or `<name>.text.txt` for PDF/HTML/Word);
 * `quote` is that slice with white space removed.
 */
export const Source = z
  .object({
    line: z.number().int().min(1).describe('1-based line of the value (numeric, baseline) or indicator'),
    column: z.number().int().min(1).describe('1-based column (UTF-16 units) of that character'),
    start: z.number().int().min(0).describe('offset of the first character of the quote'),
    end: z.number().int().min(0).describe('offset just past the quote'),
    quote: z.string().min(1).describe('text.slice(start, end) with white space removed'),
    // scans only (absent for text): where the value stands on the page image
    page: z.number().int().min(1).optional().describe('scans: 1-based page the value was read from by OCR'),
    box: z
      .tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()])
      .optional()
      .describe("scans: the value's box on the page image, pixels [left, top, right, bottom]"),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const Indicator = z
  .object({
    text: z.string().min(1).describe('the indicator phrase as written, white space removed'),
    id: z.string().nullable().describe('canonical indicator id from rules/indicators, or null'),
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;

/**
 * A target that moves a value rather than sets its level: `value`/`unit` are the amount of change,
 * `direction` its sign. `base_year` null: from the plan's start (or per year when `per_year`).
 */
export const Change = z
  .object({
    base_year: z.number().int().nullable().describe('以2020年为基数, 较2020年: the year the change is measured from'),
    per_year: z.boolean().describe('每年, 年均: the amount is per year'),
  })
  .strict();
export type Change = z.infer<typeof Change>;

/** Value in the indicator's canonical unit, so equal units compare across plans. */
export const Normalized = z
  .object({ value: z.number(), unit: z.string() })
  .strict();
export type Normalized = z.infer<typeof Normalized>;

const targetFields = {
  id: z.string().min(1).describe('stable across re-runs of the same text'),
  kind: Kind,
  part: Part,
  domain: z.string().min(1),
  section: z.string().min(1),
  indicator: Indicator,
  verb: z.string().nullable(),
  comparator: Comparator.nullable(),
  value: z.number().nullable().describe('the level, the lower end of a range, or the amount of a change'),
  upper: z.number().nullable().describe('the upper end of a range (85%—90%), else null'),
  unit: z.string().nullable(),
  direction: Direction.nullable().describe('qualitative targets and changes: up, down or keep'),
  change: Change.nullable().describe('null for a level'),
  year: z.number().int().nullable(),
  normalized: Normalized.nullable(),
  source: Source,
  status: Status,
  rule: z.string().min(1).describe('the rule that produced the record, or review:<reviewer>'),
  confidence: z.number().min(0).max(1).describe("the rule's measured precision on the gold; 1 once a reviewer decided"),
  attribute: Attribute.optional().describe('indicator tables: the row\'s 属性 (约束性 / 预期性); absent elsewhere'),
};

export const Target = z.object(targetFields).strict();
export type Target = z.infer<typeof Target>;

/** What an extractor emits: a target before ids, catalogue and review. */
export const Extracted = Target.omit({ id: true, status: true, normalized: true, confidence: true });
export type Extracted = z.infer<typeof Extracted>;

/** The jurisdiction as the text names it (the structure stage): its name and the places it cites above it. */
export const JurisdictionCue = z
  .object({
    name: z.string().nullable(),
    level: JurisdictionLevel.nullable(),
    parents: z.array(z.string()),
  })
  .strict();
export type JurisdictionCue = z.infer<typeof JurisdictionCue>;

/** GB/T 2260 division code: 6 digits (四川省 510000, 达州市 511700, 渠县 511725). */
export const DivisionCode = z.string().regex(/^[0-9]{6}$/);

export const Place = z
  .object({
    name: z.string(),
    code: DivisionCode.nullable().describe('null when the name is not an official division, or not one alone'),
    level: JurisdictionLevel.nullable(),
  })
  .strict();
export type Place = z.infer<typeof Place>;

/** The document's jurisdiction, resolved against the division codes (pipeline/stages/place.ts). */
export const Jurisdiction = z
  .object({
    name: z.string().nullable(),
    level: JurisdictionLevel.nullable(),
    code: DivisionCode.nullable().describe('GB/T 2260 code; null when unknown or ambiguous'),
    parents: z.array(Place).describe('from the province down: 渠县 → [四川省, 达州市]'),
    candidates: z.array(DivisionCode).describe('codes the name could be when the text does not tell them apart; else empty'),
  })
  .strict();
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const Plan = z
  .object({
    part: Part,
    title: z.string().nullable(),
    period: z.tuple([z.number().int(), z.number().int()]).nullable(),
    issuer: z.string().nullable(),
    docNumber: z.string().nullable(),
    lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  })
  .strict();
export type Plan = z.infer<typeof Plan>;

/** What kind of document a file is, where it is not a plan: a monitoring report states achievements. */
export const DocumentGenre = z.enum(['monitoring_report']);
export type DocumentGenre = z.infer<typeof DocumentGenre>;

export const DocumentInfo = z
  .object({
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: Format,
    jurisdiction: Jurisdiction,
    plans: z.array(Plan),
    genre: DocumentGenre.optional().describe('monitoring_report for a 统计监测报告 (its figures are baselines); absent for plans'),
  })
  .strict();
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const TargetsFile = z
  .object({
    document: DocumentInfo,
    targets: z.array(Target),
    baselines: z.array(Target),
  })
  .strict();
export type TargetsFile = z.infer<typeof TargetsFile>;

/** A hand-checked record, one per line of a gold `.jsonl` file (see TARGETS.md). */
export const GoldRecord = z
  .object({
    doc: z.string(),
    line: z.number().int().min(1),
    part: Part,
    domain: z.string(),
    section: z.string(),
    kind: Kind,
    indicator: z.string(),
    verb: z.string().nullable(),
    comparator: Comparator.nullable(),
    value: z.number().nullable(),
    unit: z.string().nullable(),
    direction: Direction.nullable().optional(),
    year: z.number().int().nullable(),
    quote: z.string(),
    change: Change.nullable().optional(),
    upper: z.number().nullable().optional(),
  })
  .strict();
export type GoldRecord = z.infer<typeof GoldRecord>;

/** Per-line context the structure stage gives the extractors. */
export interface LineContext {
  part: Part;
  domain: string;
  section: string;
  /** index into DocStructure.plans, or null outside any plan */
  plan: number | null;
}

export interface DocStructure {
  jurisdiction: JurisdictionCue;
  plans: Plan[];
  /** set for a monitoring report (统计监测报告): its figures are achievements */
  genre?: DocumentGenre;
  /** the year a monitoring report reports on */
  reportYear?: number | null;
  /** lines[i] is the context of line i + 1 */
  lines: LineContext[];
}

/** Every schema that is published as JSON Schema under out/schema/. */
export const publishedSchemas = { targets: TargetsFile, gold: GoldRecord } as Record<string, z.ZodType>;

export function jsonSchemaOf(schema: z.ZodType): unknown {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
}

// ---- Review files: <reviews>/<name>.review.json, edited by hand (docs/REVIEWING.md) ----

export const ReviewAction = z.enum(['pending', 'accept', 'reject', 'correct', 'add']);
export type ReviewAction = z.infer<typeof ReviewAction>;

/** Fields a `correct` entry changes, or an `add` entry gives. */
export const reviewFields = {
  kind: Kind.optional(),
  part: Part.optional(),
  domain: z.string().min(1).optional(),
  section: z.string().min(1).optional(),
  indicator: z.string().min(1).optional().describe('the indicator phrase as written'),
  indicator_id: z
    .string()
    .min(1)
    .nullable()
    .optional()
    .describe('the catalogue id (rules/indicators.ts) the indicator maps to; null: none fits'),
  verb: z.string().nullable().optional(),
  comparator: Comparator.nullable().optional(),
  value: z.number().nullable().optional(),
  unit: z.string().nullable().optional(),
  upper: z.number().nullable().optional(),
  direction: Direction.nullable().optional(),
  change: Change.nullable().optional(),
  year: z.number().int().nullable().optional(),
  line: z.number().int().min(1).optional().describe('1-based line of the value (or indicator) in the text'),
  quote: z.string().min(1).optional().describe('the source span, found at `line` (white space ignored)'),
};

/** The target as it stood when the decision was made: finds it again when ids move. */
export const ReviewedOn = z
  .object({
    ...reviewFields,
    indicator: z.string().min(1),
    line: z.number().int().min(1),
    quote: z.string().min(1),
  })
  .strict()
  .describe('written by `review init`; do not edit: it re-places the decision when ids move');
export type ReviewedOn = z.infer<typeof ReviewedOn>;

export const REVIEW_FIELDS = Object.keys(reviewFields) as (keyof typeof reviewFields)[];

export const ReviewEntry = z
  .object({
    id: z.string().min(1).optional().describe('target id from <name>.targets.json; not for `add`'),
    action: ReviewAction,
    reviewer: z.string().min(1).optional(),
    note: z.string().optional(),
    ...reviewFields,
    was: ReviewedOn.optional(),
  })
  .strict();
export type ReviewEntry = z.infer<typeof ReviewEntry>;

export const ReviewFile = z
  .object({
    $schema: z.string().optional(),
    document: z
      .object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
      .strict()
      .optional()
      .describe('the document version the entries were written against'),
    reviewer: z.string().min(1).optional().describe('default reviewer of every entry'),
    entries: z.array(ReviewEntry),
  })
  .strict();
export type ReviewFile = z.infer<typeof ReviewFile>;

publishedSchemas.review = ReviewFile;
