#!/usr/bin/env node
// Lists runs of 25 or more Chinese characters that content shares with the source documents.
// Pages must be written in our own words; titles (in 《》 or a `title:` field) and quoted slogans
// (in “”) are allowed and skipped. Maintainer tool: the sources live outside the project.
//
//   node scripts/check-copying.mjs <folder of source .txt files> [content folder]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RUN = 25;
const [sourcesDir, contentDir = 'content'] = process.argv.slice(2);
if (!sourcesDir) {
  console.error('用法：node scripts/check-copying.mjs <来源文献目录> [内容目录]');
  process.exit(2);
}

/** Han characters only, so that punctuation and spacing differences do not hide a copy. */
const han = (text) => text.replace(/[^\p{Script=Han}]/gu, '');
/** Text with allowed quotations removed: 《titles》, “slogans”, and title/term fields. */
const ownWords = (text) =>
  text
    .replace(/《[^》]*》/g, '|')
    .replace(/“[^”]*”/g, '|')
    .replace(/^(title|term|short):.*$/gm, '|');

const windows = new Map();
for (const name of readdirSync(sourcesDir).filter((f) => f.endsWith('.txt'))) {
  const text = han(readFileSync(join(sourcesDir, name), 'utf8'));
  for (let i = 0; i + RUN <= text.length; i++) windows.set(text.slice(i, i + RUN), name);
}

const files = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(md|mdx|json)$/.test(f) ? [p] : [];
  });

let hits = 0;
for (const file of files(contentDir)) {
  for (const chunk of ownWords(readFileSync(file, 'utf8')).split('|')) {
    const text = han(chunk);
    for (let i = 0; i + RUN <= text.length; i++) {
      const w = text.slice(i, i + RUN);
      if (windows.has(w)) {
        let end = i + RUN;
        while (end < text.length && windows.has(text.slice(end - RUN + 1, end + 1))) end++;
        console.log(`${file}: ${text.slice(i, end)}  ← ${windows.get(w)}`);
        hits++;
        i = end;
      }
    }
  }
}
console.log(hits === 0 ? `没有发现与来源文献相同的 ${RUN} 字以上连续文字。` : `共 ${hits} 处。`);
process.exit(hits === 0 ? 0 : 1);
