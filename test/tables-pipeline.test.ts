// A table plan and a monitoring report through the whole run: outputs, store column, schema.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../pipeline/stages/store.ts';
import { TargetsFile } from '../model/schema.ts';
import { ROOT, quietRun, scratchDirs } from './support.ts';

const tmp = scratchDirs('tables');
const TUNING = join(ROOT, 'test', 'plans', 'tuning');

describe('indicator tables through the run', () => {
  it('outputs carry the attribute of table rows only, the store keeps it, and rebuilds the same targets', async () => {
    const input = tmp();
    const out = tmp();
    for (const f of ['health-plan.md', 'monitoring-women.txt']) writeFileSync(join(input, f), readFileSync(join(TUNING, f)));
    const { summary } = await quietRun([input], out);
    expect(summary.failures).toBe(0);
    const file = TargetsFile.parse(JSON.parse(readFileSync(join(out, 'health-plan.targets.json'), 'utf8')));
    const rows = file.targets.filter((t) => t.rule === 'table/row');
    expect(rows).toHaveLength(10);
    expect(rows.filter((t) => t.attribute === '约束性').map((t) => t.indicator.text)).toEqual(['个人卫生支出占卫生总费用的比重']);
    expect(file.targets.filter((t) => t.rule !== 'table/row').every((t) => !('attribute' in t))).toBe(true);
    expect(file.document.genre).toBeUndefined();
    const report = TargetsFile.parse(JSON.parse(readFileSync(join(out, 'monitoring-women.targets.json'), 'utf8')));
    expect(report.document.genre).toBe('monitoring_report');
    expect(report.targets).toEqual([]);
    expect(report.baselines.map((b) => b.value)).toEqual([8.6, 93.4, 65.2, 10.6]);

    const store = new Store(join(out, 'plan-targets.sqlite'), { readonly: true });
    try {
      expect(store.documents().map((d) => [d.file, d.genre])).toEqual([
        ['health-plan.md', null],
        ['monitoring-women.txt', 'monitoring_report'],
      ]);
      const n = (store.db.prepare("SELECT count(*) AS n FROM targets WHERE attribute = '预期性'").get() as { n: number }).n;
      expect(n).toBe(9);
      const stored = store.targets().filter((t) => t.target.source.quote && file.targets.some((x) => x.id === t.target.id));
      expect(JSON.stringify(stored.map((t) => t.target))).toBe(JSON.stringify(file.targets));
    } finally {
      store.db.close();
    }
  });

  it('a file holding only a table (no plan title, no period) gives its rows, not `no plan found`', async () => {
    const input = tmp();
    const out = tmp();
    writeFileSync(join(input, 'table-only.txt'), ['指标 单位 2020年 2025年', '婴儿死亡率 ‰ 4.1 <5', '孕产妇死亡率 1/10万 9.8 ≤9.5', ''].join('\n'));
    const { summary, lines } = await quietRun([input], out);
    expect(summary.failures, lines.join('\n')).toBe(0);
    const file = TargetsFile.parse(JSON.parse(readFileSync(join(out, 'table-only.targets.json'), 'utf8')));
    expect(file.targets.map((t) => [t.indicator.id, t.value, t.year])).toEqual([
      ['infant_mortality_rate', 5, 2025],
      ['maternal_mortality_ratio', 9.5, 2025],
    ]);
    expect(file.baselines.map((t) => [t.value, t.year])).toEqual([
      [4.1, 2020],
      [9.8, 2020],
    ]);
  });
});
