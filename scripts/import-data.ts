/**
 * `npm run import:data -- <file.xlsx|.csv> [--dataset id] [--replace] [--sheet 名称] [--title 标题]
 * [--source id]`: a statistics sheet as data/datasets/<id>.json, every row checked first.
 * Logic: src/lib/import-data.ts.
 */
import { readFile } from 'node:fs/promises';
import { importData } from '../src/lib/import-data';
import { args, main, projectRoot, report, userPath } from './cli';

const USAGE =
  'npm run import:data -- <文件.xlsx 或 .csv> [--dataset 数据集id] [--replace] [--sheet 工作表] [--title 标题] [--source 来源id]\n' +
  '例如：npm run import:data -- ~/下载/临浦镇统计.xlsx --dataset linpu-pilot-2011 --replace';

main(async () => {
  const { values: opts, positionals } = args(
    { dataset: { type: 'string' }, replace: { type: 'boolean' }, sheet: { type: 'string' }, title: { type: 'string' }, source: { type: 'string' } },
    USAGE,
  );
  if (positionals.length !== 1) {
    process.stderr.write(`${positionals.length ? '一次只能导入一个文件。' : '缺少要导入的表格文件。'}\n用法：${USAGE}\n`);
    return 1;
  }
  const shown = positionals[0]!;
  let bytes: Buffer;
  try {
    bytes = await readFile(userPath(shown));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return report([{ file: shown, message: code === 'ENOENT' ? '找不到这个文件。' : `读不了这个文件（${code}）。`, fix: '检查路径和文件名；路径里有空格时，请给整个路径加英文引号。' }], '导入数据', 'npm run import:data');
  }
  const result = await importData(projectRoot, shown, bytes, opts);
  if (!result.ok) return report(result.problems, '导入数据', 'npm run import:data', { wrote: false });
  process.stdout.write(
    `已${result.replaced ? '替换' : '新建'}数据集：${shown}（${result.read}）→ ${result.path}\n` +
      `  ${result.rows} 行数字，${result.indicators} 个指标，${result.regions} 个地区；每一行都通过了统计数据检查。\n` +
      (result.toFill.length ? `  还要填写（文件里标着“【待填写】”）：${result.toFill.join('、')}；需要时再加 notes、highlights 和 charts（见编辑指南“统计数据”）。\n` : '') +
      `下一步：运行\n  npm run check\n`,
  );
  return 0;
});
