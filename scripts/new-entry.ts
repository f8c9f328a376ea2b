/**
 * `npm run new -- <类别> <标题> [--id x]`: writes content/<collection>/<id>.md with every field of
 * the collection's schema — placeholders for the required ones, comments for the optional ones.
 * Logic: src/lib/new-entry.ts.
 */
import { collectionChoices, createEntry } from '../src/lib/new-entry';
import { COLLECTIONS } from '../src/schemas/registry';
import { args, main, projectRoot, report } from './cli';

const USAGE = `npm run new -- <类别> <标题> [--id 英文id]\n类别：${collectionChoices()}\n例如：npm run new -- 方法 楼宇党建`;

main(async () => {
  const { values, positionals } = args({ id: { type: 'string' } }, USAGE);
  const [word, ...titleWords] = positionals;
  if (!word || titleWords.length === 0) {
    process.stderr.write(`缺少${word ? '标题' : '类别和标题'}。\n用法：${USAGE}\n`);
    return 1;
  }
  const result = await createEntry(projectRoot, word, titleWords.join(' '), values.id);
  if (!result.ok) return report(result.problems, '新建条目', 'npm run new', { wrote: false });
  process.stdout.write(
    `已新建${COLLECTIONS[result.collection].entry}：${result.path}\n` +
      `下一步：打开这个文件，填写带“【待填写】”的字段和正文（以 # 开头的可选字段需要时去掉 # 再填），然后运行\n  npm run check\n`,
  );
  return 0;
});
