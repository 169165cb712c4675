// Plans of our own beyond the corpus (test/plans/): a tuning set the rules were developed on, and a
// held-out set written after them. Floors: the figures may rise, never fall below these.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchRecords, predictFor, readGold, score, type EvalReport, type Predicted } from '../pipeline/eval.ts';
import { expandGold } from '../pipeline/evalfiles.ts';
import { analyze } from '../pipeline/processor.ts';
import type { GoldRecord } from '../model/schema.ts';

const PLANS = join(import.meta.dirname, 'plans');

interface SetResult {
  report: EvalReport;
  /** matched numeric targets that carry a catalogue id, and all matched numeric targets */
  withId: number;
  numeric: number;
  failed: string[];
}

async function measure(set: string): Promise<SetResult> {
  const dir = join(PLANS, set);
  const gold: GoldRecord[] = expandGold([dir]).flatMap(readGold);
  const docs = [...new Set(gold.map((g) => g.doc))].sort();
  const pred = await predictFor(docs, dir);
  const failed: string[] = [];
  // catalogue ids of the matched numeric targets: the pairs found as eval finds them
  const ids = new Map<string, string | null>();
  for (const doc of docs) {
    const a = await analyze(undefined, { path: join(dir, doc), file: doc });
    if (!a.ok) {
      failed.push(doc);
      continue;
    }
    for (const t of a.targets) ids.set(`${doc}|${t.source.line}|${t.kind}|${t.value}|${t.source.quote}`, t.indicator.id);
  }
  const { pairs } = matchRecords(
    gold.filter((g) => g.kind === 'numeric'),
    pred.filter((p: Predicted) => p.kind === 'numeric'),
  );
  const withId = pairs.filter(([, p]) => ids.get(`${p.doc}|${p.line}|${p.kind}|${p.value}|${p.quote}`)).length;
  return { report: score(gold, pred), withId, numeric: pairs.length, failed };
}

type Kind = 'full_coverage' | 'qualitative' | 'baseline';
type Field = keyof EvalReport['fields'];

/** The floors of a set: numeric precision and recall (or F1), other kinds' F1, catalogue ids, fields on matched records. */
interface Floors {
  numeric: { precision?: number; recall?: number; f1?: number };
  f1?: Partial<Record<Kind, number>>;
  /** matched numeric targets with a catalogue id, a share */
  ids: number;
  fields?: Partial<Record<Field, number>>;
}

/** A set's floors as tests: the figures may rise, never fall below these. */
function describeFloors(title: string, set: string, floors: Floors): void {
  describe(title, () => {
    let r: SetResult;
    beforeAll(async () => {
      r = await measure(set);
    });
    it('every file with targets gives output', () => expect(r.failed).toEqual([]));
    const numeric = Object.entries(floors.numeric) as [keyof Floors['numeric'], number][];
    it(`numeric: ${numeric.map(([m, v]) => `${m} ≥ ${v}`).join(', ')}`, () => {
      for (const [m, v] of numeric) expect(r.report.kinds.numeric[m], m).toBeGreaterThanOrEqual(v);
    });
    for (const [kind, v] of Object.entries(floors.f1 ?? {}) as [Kind, number][]) {
      it(`${kind} F1 ≥ ${v}`, () => expect(r.report.kinds[kind].f1).toBeGreaterThanOrEqual(v));
    }
    it(`catalogue ids on ≥ ${Math.round(floors.ids * 100)}% of matched numeric targets`, () => expect(r.withId / r.numeric).toBeGreaterThanOrEqual(floors.ids));
    const fields = Object.entries(floors.fields ?? {}) as [Field, number][];
    if (fields.length) {
      it(`${fields.map(([f, v]) => `${f} ≥ ${v}`).join(', ')} on matched records`, () => {
        for (const [f, v] of fields) expect(r.report.fields[f].accuracy, f).toBeGreaterThanOrEqual(v);
      });
    }
  });
}

describeFloors('tuning set (test/plans/tuning)', 'tuning', { numeric: { precision: 0.98, recall: 0.95 }, f1: { baseline: 0.95 }, ids: 0.95, fields: { comparator: 0.97, unit: 0.97, year: 0.97 } });

describeFloors('held-out set (test/plans/heldout)', 'heldout', { numeric: { f1: 0.95 }, f1: { baseline: 0.9 }, ids: 0.9 });

// Written after every rule above, never tuned on: the floors are its first measurement, rounded down
// (numeric 192 gold, P 0.983 R 0.906; baseline 110 gold, F1 0.973; catalogue ids on 133 of 174
// matched). A rule may raise them; one tuned on these plans makes the set no longer fresh.
describeFloors('fresh held-out set (test/plans/fresh), first measurement', 'fresh', { numeric: { precision: 0.98, recall: 0.9 }, f1: { baseline: 0.97 }, ids: 0.76 });

// A second fresh set, written after every rule above by a helper who never ran the extractor on it before
// its gold was done. First measurement: numeric 276 gold, P 0.902 R 0.931; baseline 158 gold, F1 0.869;
// catalogue ids on 85 of 257 matched. Genres, levels and formats chosen away from fresh/: employment, medical
// insurance, mental health, childcare, nutrition (traditional characters), ageing (HTML), rural services (a
// table one cell a line), education, public-health emergency, a mid-term review. Tuned on since (session 7,
// general rules only): the floors are the figures after that, rounded down (numeric P 0.996 R 0.993; baseline
// F1 1.000; ids on 245 of 274 matched; year, part, section 1.000), so it is no longer fresh.
describeFloors('second fresh held-out set (test/plans/fresh2), first measurement', 'fresh2', { numeric: { precision: 0.98, recall: 0.98 }, f1: { baseline: 0.98 }, ids: 0.85, fields: { year: 0.98, part: 0.98, section: 0.98 } });

// A third fresh set, written (plans and gold) by a helper who ran the extractor on it once, after its gold
// was committed. First measurement (main at 395b2ca, the gold with three annotation mistakes fixed by the
// spec): numeric 231 gold, P 0.984 R 0.823; full_coverage 19 gold, F1 0.947; baseline 192 gold, F1 0.870;
// catalogue ids on 43 of 190 matched. Genres away from the sets above: science and technology, ecology,
// water, culture and tourism (HTML), social assistance (traditional characters), housing, traditional
// Chinese medicine, maternal and child health, emergency management, a food-safety annual monitoring report.
// Tuned on since (session 8, general rules only): the floors are the figures after that, rounded down to two
// places (numeric P 1.000 R 0.996; full_coverage, qualitative and baseline F1 1.000; ids on 224 of 230
// matched; year, part, domain, section 1.000, change 0.996, verb 0.906, indicator 0.798), so it is no
// longer fresh.
describeFloors('third set (test/plans/fresh3), tuned on since its first measurement', 'fresh3', { numeric: { precision: 0.99, recall: 0.99 }, f1: { full_coverage: 0.99, qualitative: 0.99, baseline: 0.99 }, ids: 0.97, fields: { year: 0.99, part: 0.99, domain: 0.99, section: 0.99, change: 0.99, verb: 0.9, indicator: 0.79 } });

// A fourth fresh set, written (plans and gold) by a helper who ran the extractor on it once, after its gold
// was committed. Its first measurement (rules as at 41a6055): numeric 298 gold, P 0.952 R 0.866; full_coverage
// 20 gold, F1 0.974; baseline 224 gold, F1 0.921; catalogue ids on 45 of 258 matched. Genres away from the sets
// above: employment, transport (markdown), agricultural and rural modernisation (HTML), business environment
// (targets per year), digital economy, sports (traditional characters), an ecology annual monitoring report,
// market regulation, meteorology, talent development (markdown). Tuned on since (session 9, general rules only):
// the floors are the figures after that, rounded down (numeric P 0.997 R 0.990; full_coverage F1 1.000;
// baseline F1 0.991; ids on 206 of 295 matched; domain and section 1.000).
describeFloors('fourth set (test/plans/fresh4), tuned on since its first measurement', 'fresh4', { numeric: { precision: 0.99, recall: 0.98 }, f1: { full_coverage: 0.99, baseline: 0.99 }, ids: 0.69, fields: { domain: 0.99, section: 0.99 } });

// A fifth fresh set, written (plans and gold) by a helper who ran the extractor on it once, after its gold
// was committed. Its first measurement (rules as at 78db27e; the gold fixes after the run touched verb, section
// and indicator fields only): numeric 258 gold, P 0.912 R 0.922; full_coverage 12 gold, F1 0.957; baseline
// 134 gold, F1 0.896; catalogue ids on 55 of 238 matched. Genres away from the sets above: veterans' services,
// soil and water conservation (markdown, a column per target year), forestry and grassland (HTML), public legal
// services, energy (markdown), consumption (a column per year), science literacy (traditional characters), a
// land-space master plan, a civil-affairs annual work plan. Tuned on since (session 9, general rules only): the
// floors are the figures after that, rounded down (numeric P 0.992 R 0.992; full_coverage F1 1.000; baseline
// F1 0.996; ids on 222 of 256 matched; year and section 1.000).
describeFloors('fifth set (test/plans/fresh5), tuned on since its first measurement', 'fresh5', { numeric: { precision: 0.99, recall: 0.99 }, f1: { full_coverage: 0.99, baseline: 0.99 }, ids: 0.86, fields: { year: 0.99, section: 0.99 } });

// A sixth fresh set, written (plans and gold) by a helper who never ran the extractor on it; measured once
// by the lead (rules as at 7de40c4, after the fresh5 round): numeric 376 gold, P 0.915 R 0.912; full_coverage
// 17 gold, F1 0.970; qualitative 7 gold, F1 1.000; baseline 243 gold, F1 0.880; catalogue ids on 80 of 343 matched. Genres away from the sets
// above: youth development, manufacturing (markdown, a column per target year), waste sorting (HTML),
// cultural heritage (traditional characters), an intellectual-property mid-term review, a patriotic-health
// annual work plan, new urbanization to 2035, drug control, postal express, marine economy. Tuned on since
// (session 9, second round, general rules only): the floors are the figures after that, rounded down (numeric
// P 1.000 R 0.973; full_coverage F1 0.970; baseline F1 0.992; ids on 294 of 366 matched; year 0.992, section 0.997).
describeFloors('sixth set (test/plans/fresh6), tuned on since its first measurement', 'fresh6', { numeric: { precision: 0.99, recall: 0.97 }, f1: { full_coverage: 0.96, baseline: 0.99 }, ids: 0.8, fields: { year: 0.99, section: 0.99 } });

// A seventh fresh set, written (plans and gold) by a helper who never ran the extractor on it; measured once
// by the lead (rules as at 6efcf1c, after the fresh6 round): numeric 191 gold, P 0.960 R 0.890; full_coverage
// 14 gold, F1 0.963; qualitative 7 gold, F1 0.875; baseline 100 gold, F1 0.843; catalogue ids on 46 of 170
// matched. Genres away from the sets above: commerce and foreign trade, grain security (markdown), public
// culture (HTML), archives (traditional characters), smart city (a space-aligned table), an oral-health action
// plan, earthquake prevention (a full-width-space table). Tuned on since (session 10, general rules only): the
// floors are the figures after that, rounded down (numeric P 1.000 R 1.000; full_coverage F1 1.000; baseline
// F1 0.995; ids on 179 of 191 matched; year 1.000, section 1.000).
describeFloors('seventh set (test/plans/fresh7), tuned on since its first measurement', 'fresh7', { numeric: { precision: 0.99, recall: 0.99 }, f1: { full_coverage: 0.99, baseline: 0.99 }, ids: 0.93, fields: { year: 0.99, section: 0.99 } });

// An eighth fresh set, written (plans and gold) by a helper who never ran the extractor on it; measured once
// by the lead (rules as at 11bfae2, session 10): numeric 213 gold, P 0.971 R 0.953; full_coverage 15 gold,
// F1 1.000; qualitative 5 gold, F1 0.909; baseline 139 gold, F1 0.947;
// catalogue ids on 9 of 203 matched (its genres are far from the catalogue's). Genres away from the sets above:
// civil air defence (a notice with its document number), finance (markdown, a 2020 | 2025 | 属性 table),
// supply and marketing co-operatives (a government article page with an HTML table), radio and television
// (traditional characters), social credit (an ASCII-space-aligned table), surveying and mapping (a
// full-width-space table), an annual volunteer-service work plan, exhibition economy. The floors are that
// first measurement, rounded down.
describeFloors('eighth fresh held-out set (test/plans/fresh8), first measurement', 'fresh8', { numeric: { precision: 0.97, recall: 0.95 }, f1: { full_coverage: 0.99, baseline: 0.94 }, ids: 0.04 });

// A ninth fresh set, written (plans and gold) by a helper who never ran the extractor on it; measured once
// by the lead (rules as at bed3337, session 10, after the fresh7 text round): numeric 169 gold, P 1.000 R 0.953;
// full_coverage 13 gold, F1 1.000; qualitative 6 gold, F1 0.909; baseline 136 gold, F1 0.931; catalogue ids
// on 43 of 161 matched. Genres away from the sets above: work safety (a text table), urban renewal (a government article page with an HTML table),
// private economy (markdown), logistics (a table of contents, full-width digits), family education (traditional
// characters), a farm-mechanisation mid-term review (2020 / 2022 / 2025 columns), housing provident fund (‰ values).
// The floors are that first measurement, rounded down.
describeFloors('ninth fresh held-out set (test/plans/fresh9), first measurement', 'fresh9', { numeric: { precision: 0.99, recall: 0.95 }, f1: { full_coverage: 0.99, baseline: 0.93 }, ids: 0.26 });

// A tenth fresh set, written the same way; measured once by the lead (rules as at 5e19d95, session 10, after the
// fresh7 rounds and the places work): numeric 189 gold, P 1.000 R 0.963; full_coverage 15 gold, F1 1.000;
// qualitative 8 gold, F1 1.000; baseline 107 gold, F1 0.963; catalogue ids on 21 of 182 matched. Genres away from the sets above: an annual
// town-gas safety work plan (2023 figures, 2024 targets), cyberspace and informatization (a space-aligned 专栏
// table), the teaching workforce (markdown), accessibility (a government article page with an HTML table),
// overseas Chinese affairs (traditional characters), medical-device regulation (a table of contents with page
// numbers), statistics modernization. The floors are that first measurement, rounded down.
describeFloors('tenth fresh held-out set (test/plans/fresh10), first measurement', 'fresh10', { numeric: { precision: 0.99, recall: 0.96 }, f1: { full_coverage: 0.99, baseline: 0.96 }, ids: 0.11 });

// An eleventh fresh set (six plans), written the same way; measured once by the lead (rules as at 73cc4a4,
// session 10, after the fresh8 scan round): numeric 98 gold, P 0.990 R 0.990 (97 of 98); full_coverage 10 gold, F1 1.000;
// qualitative 4 gold, F1 1.000; baseline 64 gold, F1 0.947; catalogue ids on 44 of 97 matched. Genres away from the sets above: a water-saving
// society (a space-aligned 专栏 table), an annual homestay-tourism work plan, elderly education (markdown), rural
// water supply (a government article page with an HTML table), nursing services (traditional characters), a
// healthy-village action plan. The floors are that first measurement, rounded down.
describeFloors('eleventh fresh held-out set (test/plans/fresh11), first measurement', 'fresh11', { numeric: { precision: 0.98, recall: 0.98 }, f1: { full_coverage: 0.99, baseline: 0.94 }, ids: 0.45 });
