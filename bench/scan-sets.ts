// The scans OCR accuracy is measured on, fixed before the rules were tuned (session of 2 Dec 2026):
// `tuning` is what false positives were looked at on; `heldout` was picked at the same time and
// only measured, never looked into, so its figures say how the rules do on plans they never saw.
// Each plan is drawn as a scan with each of its set's settings (bench/scan.ts).
import type { ScanOptions } from './scan.ts';

export interface ScanCase {
  /** a plan file, relative to the repository (or absolute) */
  plan: string;
  /** how it is drawn; `variant`: values moved and names changed first (bench/generate.ts), by this seed */
  scans: (ScanOptions & { variant?: number })[];
}

const CORPUS = '../shared/corpus';
const TUNING_SCANS = [
  { seed: 2, noise: 18, rotate: -0.5 },
  { seed: 3, noise: 24, rotate: 0.8 },
];
const HELDOUT_SCANS = [
  { seed: 11, noise: 14, rotate: 0.5 },
  { seed: 12, noise: 22, rotate: -0.7 },
];

const SMALL_TUNING = ['childcare-pdf.txt', 'children-trad.txt', 'disability-tab.txt', 'education-plan.md', 'elderly.html', 'fitness-docx.txt', 'health-hk.txt', 'health-plan.md', 'interview-women.txt', 'monitoring-women.txt', 'news-children.txt', 'report-children.txt'];
const SMALL_HELDOUT = [
  'annual-plan.txt',
  'county-children-table.md',
  'elderly-pdf-spaced.txt',
  'fitness-html.html',
  'health-cells.txt',
  'health-trad-news.txt',
  'kindergarten-news.txt',
  'monitoring-table.txt',
  'population-plan.txt',
  'women-monitoring-trad.txt',
  'women-trad.txt',
];

// A second held-out set (session of 2 Dec 2026, later the same day): plans written fresh for it,
// fixed before they were scanned and measured. In the next session its misses were looked into and
// the rules tuned on them, so from then on it is a tuning set; `fresh2` took its place.
const FRESH_SCANS = [
  { seed: 21, noise: 16, rotate: 0.6 },
  { seed: 22, noise: 22, rotate: -0.5 },
];
const FRESH = [
  'annual-work-county.txt',
  'children-county-trad.txt',
  'disability-county.txt',
  'education-city.md',
  'elderly-district.txt',
  'fitness-province.html',
  'health-province.txt',
  'monitoring-district.txt',
  'population-city.txt',
  'women-city.txt',
];

// The held-out set since then: plans written for the text extractor's second fresh set, fixed here
// with their settings before any of them was scanned; measured, not looked into.
const FRESH2_SCANS = [
  { seed: 31, noise: 16, rotate: 0.6 },
  { seed: 32, noise: 22, rotate: -0.5 },
];
const FRESH2 = [
  'childcare-district.txt',
  'education-province.md',
  'elderly-city.html',
  'employment-city.txt',
  'medical-insurance-province.md',
  'mental-health-city.txt',
  'midterm-review-county.txt',
  'nutrition-county-trad.txt',
  'public-health-emergency-city.txt',
  'rural-social-county.txt',
];

// The third held-out OCR set: the ten plans of test/plans/fresh3, fixed here with their settings before
// any scan of them was drawn; measured, not looked into.
const FRESH3_SCANS = [
  { seed: 41, noise: 16, rotate: 0.6 },
  { seed: 42, noise: 22, rotate: -0.5 },
];
const FRESH3 = [
  'culture-tourism-district.html',
  'ecology-city.md',
  'emergency-city.txt',
  'food-safety-monitoring-district.txt',
  'housing-city.txt',
  'maternal-child-district.txt',
  'science-province.txt',
  'social-assistance-county-trad.txt',
  'tcm-province.txt',
  'water-county.txt',
];

// The fourth held-out OCR set: the ten plans of test/plans/fresh4, fixed here with their settings before
// any scan of them was drawn (none drawn yet); measured, not looked into.
const FRESH4_SCANS = [
  { seed: 51, noise: 16, rotate: 0.6 },
  { seed: 52, noise: 22, rotate: -0.5 },
];
const FRESH4 = [
  'business-environment-district.txt',
  'digital-economy-city.txt',
  'ecology-monitoring-province.txt',
  'employment-county.txt',
  'market-regulation-city.txt',
  'meteorology-city.txt',
  'rural-revitalization-city.html',
  'sports-county-trad.txt',
  'talent-county.md',
  'transport-province.md',
];

// The fifth held-out OCR set: the nine plans of test/plans/fresh5, fixed here with their settings before
// any scan of them was drawn (none drawn yet); measured, not looked into.
const FRESH5_SCANS = [
  { seed: 61, noise: 16, rotate: 0.6 },
  { seed: 62, noise: 22, rotate: -0.5 },
];
const FRESH5 = [
  'civil-affairs-annual-city.txt',
  'consumption-city.txt',
  'energy-province.md',
  'forestry-city.html',
  'land-space-county.txt',
  'legal-services-district.txt',
  'science-literacy-county-trad.txt',
  'soil-water-county.md',
  'veterans-province.txt',
];

// The sixth held-out OCR set: the ten plans of test/plans/fresh6, fixed here with their settings before
// any scan of them was drawn (none drawn yet); measured, not looked into.
const FRESH6_SCANS = [
  { seed: 71, noise: 16, rotate: 0.6 },
  { seed: 72, noise: 22, rotate: -0.5 },
];
const FRESH6 = [
  'cultural-heritage-county-trad.txt',
  'drug-control-district.txt',
  'ip-midterm-review-province.txt',
  'manufacturing-province.md',
  'marine-economy-province.txt',
  'patriotic-health-annual-county.txt',
  'postal-express-city.txt',
  'urbanization-county.txt',
  'waste-sorting-city.html',
  'youth-development-city.txt',
];

// The seventh held-out OCR set: the seven plans of test/plans/fresh7, fixed here with their settings before
// any scan of them was drawn (none drawn yet); measured, not looked into.
const FRESH7_SCANS = [
  { seed: 81, noise: 16, rotate: 0.6 },
  { seed: 82, noise: 22, rotate: -0.5 },
];
const FRESH7 = [
  'archives-county-trad.txt',
  'earthquake-prevention-county.txt',
  'foreign-trade-city.txt',
  'grain-security-province.md',
  'oral-health-city.txt',
  'public-culture-district.html',
  'smart-city-city.txt',
];

// The eighth held-out OCR set: the eight plans of test/plans/fresh8, fixed here with their settings before
// any scan of them was drawn (none drawn yet); measured, not looked into.
const FRESH8_SCANS = [
  { seed: 91, noise: 17, rotate: 0.55 },
  { seed: 92, noise: 21, rotate: -0.6 },
];
const FRESH8 = [
  'civil-air-defense-county.txt',
  'exhibition-district.txt',
  'finance-city.md',
  'radio-tv-county-trad.txt',
  'social-credit-city.txt',
  'supply-marketing-coop-province.html',
  'surveying-mapping-province.txt',
  'volunteer-annual-district.txt',
];

// The ninth held-out OCR set: the seven plans of test/plans/fresh9, fixed here with their settings before
// any scan of them was drawn (none drawn yet); measured, not looked into.
const FRESH9_SCANS = [
  { seed: 101, noise: 18, rotate: 0.45 },
  { seed: 102, noise: 20, rotate: -0.65 },
];
const FRESH9 = [
  'agri-mechanization-midterm-review-province.txt',
  'family-education-district-trad.txt',
  'housing-provident-fund-province.txt',
  'logistics-city.txt',
  'private-economy-district.md',
  'urban-renewal-city.html',
  'work-safety-county.txt',
];

// The tenth held-out OCR set: the seven plans of test/plans/fresh10, fixed here with their settings before
// any scan of them was drawn (none drawn yet); measured, not looked into.
const FRESH10_SCANS = [
  { seed: 111, noise: 19, rotate: 0.5 },
  { seed: 112, noise: 17, rotate: -0.55 },
];
const FRESH10 = [
  'accessibility-district.html',
  'cyberspace-informatization-city.txt',
  'gas-safety-annual-county.txt',
  'medical-device-regulation-province.txt',
  'overseas-chinese-affairs-city-trad.txt',
  'statistics-modernization-district.txt',
  'teacher-workforce-province.md',
];

// The eleventh held-out OCR set: the six plans of test/plans/fresh11, fixed here with their settings before
// any scan of them was drawn (none drawn yet); measured, not looked into.
const FRESH11_SCANS = [
  { seed: 121, noise: 18, rotate: 0.6 },
  { seed: 122, noise: 21, rotate: -0.45 },
];
const FRESH11 = [
  'elderly-education-city.md',
  'healthy-village-county.txt',
  'homestay-tourism-annual-district.txt',
  'nursing-service-city-trad.txt',
  'rural-water-supply-province.html',
  'water-saving-society-county.txt',
];

const SETS = {
  tuning: [
    ...['000_8bed7d9551db38ad.txt', '001_1a19cb00b77d39e6.txt', '002_dfb985888ef61168.txt'].map((f) => ({ plan: `${CORPUS}/${f}`, scans: TUNING_SCANS })),
    ...SMALL_TUNING.map((f) => ({ plan: `test/plans/tuning/${f}`, scans: TUNING_SCANS })),
  ],
  heldout: [
    ...SMALL_HELDOUT.map((f) => ({ plan: `test/plans/heldout/${f}`, scans: HELDOUT_SCANS })),
    // 000's text was tuned on for the previous session's rules; a variant of it (other names and values) never was scanned
    { plan: `${CORPUS}/000_8bed7d9551db38ad.txt`, scans: HELDOUT_SCANS.map((s) => ({ ...s, variant: 5 })) },
  ],
  fresh: FRESH.map((f) => ({ plan: `test/plans/fresh/${f}`, scans: FRESH_SCANS })),
  fresh2: FRESH2.map((f) => ({ plan: `test/plans/fresh2/${f}`, scans: FRESH2_SCANS })),
  fresh3: FRESH3.map((f) => ({ plan: `test/plans/fresh3/${f}`, scans: FRESH3_SCANS })),
  fresh4: FRESH4.map((f) => ({ plan: `test/plans/fresh4/${f}`, scans: FRESH4_SCANS })),
  fresh5: FRESH5.map((f) => ({ plan: `test/plans/fresh5/${f}`, scans: FRESH5_SCANS })),
  fresh6: FRESH6.map((f) => ({ plan: `test/plans/fresh6/${f}`, scans: FRESH6_SCANS })),
  fresh7: FRESH7.map((f) => ({ plan: `test/plans/fresh7/${f}`, scans: FRESH7_SCANS })),
  fresh8: FRESH8.map((f) => ({ plan: `test/plans/fresh8/${f}`, scans: FRESH8_SCANS })),
  fresh9: FRESH9.map((f) => ({ plan: `test/plans/fresh9/${f}`, scans: FRESH9_SCANS })),
  fresh10: FRESH10.map((f) => ({ plan: `test/plans/fresh10/${f}`, scans: FRESH10_SCANS })),
  fresh11: FRESH11.map((f) => ({ plan: `test/plans/fresh11/${f}`, scans: FRESH11_SCANS })),
};

export const SCAN_SETS: Record<string, ScanCase[]> = {
  ...SETS,
  // parts, to run apart
  'tuning-small': SETS.tuning.slice(3),
  'heldout-small': SETS.heldout.slice(0, -1),
};
