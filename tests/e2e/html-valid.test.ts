/**
 * Every HTML file of the build passes html-validate with the project's configuration
 * (`.htmlvalidate.mjs`: the recommended rules, any rule narrowed or turned off there with its reason). Valid
 * markup is what search engines, share crawlers and assistive technology read most reliably.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { expect, inject, test } from 'vitest';
import { projectRoot } from './support/build';

const distDir = inject('distDir');
const pages = (readdirSync(distDir, { recursive: true }) as string[]).filter((p) => p.endsWith('.html')).sort();

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
  expect(pages.length).toBeGreaterThan(10);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const config = join(projectRoot, 'page.html');
  const found: string[] = [];
  for (const page of pages) {
    // Validated as a file of the project root, so that `.htmlvalidate.mjs` there applies.
    const report = await validator.validateString(readFileSync(join(distDir, page), 'utf8'), config);
    const messages: Message[] = report.results.flatMap((r) => r.messages);
    found.push(...messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`));
  }
  expect(found).toEqual([]);
});
