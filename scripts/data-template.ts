/**
 * `npm run data:template -- [文件.xlsx] [--force]`: writes the Excel template for
 * `npm run import:data` (default 统计数据模板.xlsx in the current folder). Logic: src/lib/data-template.ts.
 */
import { existsSync } from 'node:fs';
import { writeFileAtomic } from '../src/lib/atomic-write';
import { dataTemplate } from '../src/lib/data-template';
import { buildStats } from '../src/lib/stats';
import { readStatsSources } from '../src/lib/stats/files';
import { args, main, projectRoot, report, userPath } from './cli';

const USAGE = 'npm run data:template -- [文件.xlsx] [--force]';

main(async () => {
  const { values: opts, positionals } = args({ force: { type: 'boolean' } }, USAGE);
  const shown = positionals[0] ?? '统计数据模板.xlsx';
  const path = userPath(shown);
  if (!/\.xlsx$/i.test(path)) return report([{ file: shown, message: '模板是 Excel 工作簿，文件名要以 .xlsx 结尾。' }], '生成模板', 'npm run data:template', { wrote: false });
  if (existsSync(path) && !opts.force) {
    return report([{ file: shown, message: '这个文件已经存在，不会覆盖它。', fix: '换一个文件名，或加 --force 覆盖。' }], '生成模板', 'npm run data:template', { wrote: false });
  }
  // The registries and an example figure from the bundled statistics, checked as the build checks them.
  const stats = buildStats(readStatsSources(projectRoot));
  const example = stats.datasets.flatMap((ds) => ds.observations.filter((o) => o.basis === 'reported' && o.value !== null).map((o) => ({ observation: o, source: ds.source })))[0];
  await writeFileAtomic(path, await dataTemplate({ indicators: [...stats.indicators.values()], regions: [...stats.regions.values()], example }), { overwrite: Boolean(opts.force) });
  process.stdout.write(
    `已生成模板：${shown}\n` +
      `  “数据”表：表头、一行示例（取自本站数据，请删除或改写）、指标和地区的下拉列表；“指标与地区”表：全部指标和地区；“填写说明”表：每一列怎么填。\n` +
      `填好后运行：npm run import:data -- ${shown} --dataset 数据集id\n`,
  );
  return 0;
});
