/**
 * `npm run import:word -- <file.docx> [--as policies|reports|cases] [--id x] [--force]`: a Word
 * document as a new entry of content/. Logic: src/lib/import-word.ts.
 */
import { readFile } from 'node:fs/promises';
import { importWord, WORD_TARGETS } from '../src/lib/import-word';
import { formatProblems } from '../src/lib/problems';
import { COLLECTIONS, fieldLabel } from '../src/schemas/registry';
import { args, main, projectRoot, report, userPath } from './cli';

const USAGE = `npm run import:word -- <文件.docx> [--as ${WORD_TARGETS.join('|')}] [--id 英文id] [--force]\n例如：npm run import:word -- ~/下载/关于开展示范点创建工作的通知.docx`;

main(async () => {
  const { values: opts, positionals } = args({ as: { type: 'string' }, id: { type: 'string' }, force: { type: 'boolean' } }, USAGE);
  if (positionals.length !== 1) {
    process.stderr.write(`${positionals.length ? '一次只能导入一个文件。' : '缺少要导入的 Word 文件。'}\n用法：${USAGE}\n`);
    return 1;
  }
  const file = userPath(positionals[0]!);
  // Messages name the file as the editor typed it.
  const shown = positionals[0]!;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return report([{ file: shown, message: code === 'ENOENT' ? '找不到这个文件。' : code === 'EISDIR' ? '这是一个文件夹，不是文件。' : `读不了这个文件（${code}）。`, fix: '检查路径和文件名；路径里有空格时，请给整个路径加英文引号。' }], '导入 Word 文件', 'npm run import:word');
  }
  const result = await importWord(projectRoot, shown, bytes, opts);
  if (!result.ok) return report(result.problems, '导入 Word 文件', 'npm run import:word', { wrote: false });
  const lines = [
    `已${result.replaced ? '替换' : '导入'}：${shown} → ${result.path}（${COLLECTIONS[result.collection].entry}）`,
    '从文件中识别出：',
    ...Object.entries(result.values).map(([k, v]) => `  ${fieldLabel(k) ?? k}（${k}）：${String(v)}`),
  ];
  if (result.taken.length) lines.push(`这些段落填进了上面的字段，不再放在正文里：${result.taken.map((t) => `“${t}”`).join('、')}`);
  if (result.toFill.length) lines.push(`还要填写（文件里标着“【待填写】”）：${result.toFill.join('、')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (result.warnings.length) process.stdout.write(`\n${formatProblems(result.warnings, '导入时')}`);
  process.stdout.write(`\n下一步：打开 ${result.path}，核对正文，填写带“【待填写】”的字段，然后运行\n  npm run check\n`);
  return 0;
});
