#!/usr/bin/env node
// Lists runs of 25 or more Chinese characters that content shares with the source documents.
// Pages and data must be written in our own words. Titles (in 《》 or a `title:`/`term:`/`short:`
// field) may be copied whole; quotations may not: a slogan in “” and a `quote` of data/ keep only
// the words that carry the slogan or the figure, so they are checked like any other text.
// Maintainer tool: the sources live outside the project.
//
//   node scripts/check-copying.mjs <folder of source .txt files> [folder …]   (default: content data)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RUN = 25;
const [sourcesDir, ...folders] = process.argv.slice(2);
if (!sourcesDir) {
  console.error('用法：node scripts/check-copying.mjs <来源文献目录> [要检查的目录 …（默认 content data）]');
  process.exit(2);
}

/** Han characters only, so that punctuation, digits and spacing do not hide a copy. */
const han = (text) => text.replace(/[^\p{Script=Han}]/gu, '');
/** Markdown with its titles taken out: 《titles》 and the title/term/short fields. */
const withoutTitles = (text) => text.replace(/《[^》]*》/g, '|').replace(/^(title|term|short):.*$/gm, '|');

/** The pieces of a file that are checked one by one: every string of a JSON file, or a Markdown file. */
function pieces(file) {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.json')) return withoutTitles(text).split('|');
  const strings = [];
  const walk = (value, key) => {
    if (typeof value === 'string') strings.push(key === 'title' ? '' : value.replace(/《[^》]*》/g, '|'));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(JSON.parse(text));
  return strings.flatMap((s) => s.split('|'));
}

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
for (const file of (folders.length ? folders : ['content', 'data']).flatMap(files)) {
  for (const chunk of pieces(file)) {
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
console.log(hits === 0 ? `没有发现与来源文献相同的 ${RUN} 字以上连续文字（引文在内）。` : `共 ${hits} 处。`);
process.exit(hits === 0 ? 0 : 1);
