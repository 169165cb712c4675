// 2022年，全国婴儿死亡率下降至4.9‰: a figure of a year named bare (not 到2025年, 2025年前) is what
// that year achieved, outside the lists of targets.
import { BASE_YEAR_AFTER, BASE_YEAR_BEFORE } from '../../rules/baseline.ts';
import { sentenceBefore, type TensePhrasing } from '../phrasing.ts';

const YEAR = /(19|20)\d\d年(?:底|末)?/g;
/** before the year: it is a target year (到2025年, 力争2025年) */
const TARGET_BEFORE = /(到|至|于|在|力争|争取|确保|计划|预计|将)$/;
/** after the year: a deadline (2023年底前, 年内) */
const DEADLINE_AFTER = /^(前|以前|之前|内)/;
/** after the year: a pause (2022年，…), as a report's sentence opens */
const YEAR_PAUSE = /^[，,、]/;

export const dated: TensePhrasing = {
  meta: {
    id: 'baseline/dated',
    kind: 'baseline',
    description: 'a bare year (not 到…年, not …年前) before a figure outside 主要目标: what that year achieved',
  },
  holds: (site) => {
    if (site.context.section === '主要目标' || site.period === null) return false;
    const before = sentenceBefore(site);
    // no 年, no year: most sentences, without matchAll's copy of the regex
    if (!before.includes('年')) return false;
    let m: RegExpExecArray | null = null;
    // 到2023年…达到30%，2025年达到50%: a bare year after a target year of its sentence goes on with the schedule
    let scheduled = false;
    for (const x of before.matchAll(YEAR)) {
      // 以2020年为基数, 较2020年: the base of a change, no date of the figure
      if (BASE_YEAR_BEFORE.includes(before[x.index! - 1] ?? '') || BASE_YEAR_AFTER.some((w) => before.startsWith(w, x.index! + x[0].length))) continue;
      if (m && TARGET_BEFORE.test(before.slice(Math.max(0, m.index! - 2), m.index!))) scheduled = true;
      m = x;
    }
    if (!m || scheduled) return false;
    const year = Number(m[0].slice(0, 4));
    if (year > site.period[1]) return false;
    // 2024年新增公共充电桩1500个 among a plan's tasks: a year of its period, no pause after it, schedules the task
    // (2022年，帮助1230名… reports it)
    if (site.context.section === '策略措施' && year >= site.period[0] && !YEAR_PAUSE.test(before.slice(m.index! + m[0].length))) return false;
    return !TARGET_BEFORE.test(before.slice(Math.max(0, m.index! - 2), m.index!)) && !DEADLINE_AFTER.test(before.slice(m.index! + m[0].length));
  },
  examples: {
    valid: [
      {
        text: '2022年，全市婴儿死亡率下降至4.9‰，孕产妇死亡率下降至15.7/10万。',
        section: 'other',
        expect: [
          { kind: 'baseline', value: 4.9, unit: '‰', year: 2022, rule: 'baseline/dated' },
          { kind: 'baseline', value: 15.7, unit: '1/10万', year: 2022, rule: 'baseline/dated' },
        ],
      },
    ],
    invalid: [
      { text: '到2025年，全市婴儿死亡率下降至4.5‰。', section: 'other', expect: [{ kind: 'numeric', value: 4.5, year: 2025 }] },
      { text: '2023年底前，全市建成标准化儿童之家200个。', section: '策略措施', expect: [{ kind: 'numeric', value: 200 }] },
      { text: '以2020年为基数，全省重大慢性病过早死亡率下降10%。', section: '策略措施', expect: [{ kind: 'numeric', value: 10, change: { base_year: 2020, per_year: false } }] },
      { text: '2022年，全市婴儿死亡率下降至4.9‰。', section: '主要目标', expect: [{ kind: 'numeric', value: 4.9 }] },
      { text: '2024年新增公共充电桩1500个。', section: '策略措施', expect: [{ kind: 'numeric', value: 1500, unit: '个', year: 2024 }] },
      {
        text: '到2023年，开设托班的公办幼儿园比例达到30%，2025年达到50%。',
        section: '策略措施',
        expect: [{ kind: 'numeric', value: 30, year: 2023 }, { kind: 'numeric', value: 50, year: 2025 }],
      },
    ],
  },
};
