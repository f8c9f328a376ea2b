/**
 * The web editor end to end: `npm run edit` in a scratch copy of the project (the real Decap CMS and
 * its real local backend, decap-server, on free ports), driven in Chromium as an editor would —
 * a new case made through the form, a policy's 有效性 changed, entries changed and changed back —
 * with the files checked on disk and by `npm run check`; axe on the editor's main screens; and
 * Ctrl-C leaving no process behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { axeViolations } from './support/axe';
import { useBrowser } from './support/browser';
import { projectRoot, removeCopy } from './support/build';
import { editableCopy, npmCheck, processesIn, startEditing, type Editing } from './support/edit';

const browser = useBrowser();
let editing: Editing;
let stopped = false;

beforeAll(async () => {
  editing = await startEditing(editableCopy());
  // The dev server prepares the editor's modules on the first visit (tens of seconds on a busy machine).
  const page = await browser().newPage();
  const seen: string[] = [];
  page.on('console', (m) => seen.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  await page.goto(editing.editorUrl);
  try {
    await page.getByRole('button', { name: '登录' }).waitFor({ timeout: 180_000 });
  } catch (error) {
    throw new Error(`The editor did not show its login: ${(await page.content()).slice(0, 2000)}\n${seen.join('\n')}\n${editing.output()}`, { cause: error });
  }
  await page.close();
}, 420_000);

afterAll(async () => {
  if (!stopped) await editing?.interrupt();
  if (editing) removeCopy(editing.dir);
});

/** A page logged in to the editor (the local backend's login is one button). */
async function editorPage(): Promise<Page> {
  const context = await browser().newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(editing.editorUrl);
  await page.getByRole('button', { name: '登录' }).click({ timeout: 90_000 });
  await page.getByRole('heading', { name: '集合' }).waitFor({ timeout: 60_000 });
  return page;
}

/** A form field by its Chinese label (Decap adds ` (可选)` to optional ones). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\(可选\\))?$`));

/** Picks `text` in a list or a search of entries. */
async function choose(page: Page, label: string, text: string) {
  await field(page, label).fill(text);
  await page.getByRole('option', { name: new RegExp(text) }).first().click({ timeout: 30_000 });
}

/** 发布 → 立即发布, resolved when the local backend has written the file. */
async function publish(page: Page) {
  const saved = page.waitForResponse((r) => (r.request().postData() ?? '').includes('"persistEntry"'), { timeout: 60_000 });
  // Not left unhandled when a click below fails first.
  saved.catch(() => undefined);
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByText('立即发布').click();
  expect((await saved).status()).toBe(200);
}

/** Every file of content/ and data/ with a hash of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const top of ['content', 'data']) {
    for (const entry of readdirSync(join(dir, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  }
  return files;
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

describe('the web editor (npm run edit)', { timeout: 240_000 }, () => {
  test('prints where the editor and the preview are, in Chinese, on 127.0.0.1', () => {
    expect(editing.output()).toContain('网页编辑器：');
    expect(editing.editorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/admin\/$/);
    expect(editing.output()).toContain('按 Ctrl-C 停止');
  });

  test('a case made through the form is content/cases/<id>.md with the right frontmatter, and npm run check passes', async () => {
    const before = snapshot(editing.dir);
    const page = await editorPage();
    await page.goto(`${editing.editorUrl}#/collections/cases/new`);
    await field(page, '标题').fill('测试区楼宇联合党支部');
    await choose(page, '地区', '临浦镇');
    await choose(page, '组织类型', '楼宇');
    await choose(page, '组建方式', '联合组建');
    await choose(page, '工作方法', '六清');
    await choose(page, '来源', '集中攻坚月');
    await field(page, '摘要').fill('测试用的案例：几家楼宇企业联合建立党支部。');
    // The body is Markdown text (a plain-text editor with no label of its own).
    await page.locator('.cms-editor-raw [contenteditable=true]').click();
    await page.keyboard.type('## 做法');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('几家企业党员不足三名，联合组建党支部。');
    await publish(page);
    await page.waitForURL(/#\/collections\/cases\/entries\/[a-z0-9-]+$/, { timeout: 30_000 });
    const id = /entries\/([a-z0-9-]+)$/.exec(page.url())![1]!;
    await page.context().close();

    expect(changedFiles(before, snapshot(editing.dir))).toEqual([`content/cases/${id}.md`]);
    expect(id).toMatch(/^ceshi-/);
    const text = readFileSync(join(editing.dir, `content/cases/${id}.md`), 'utf8');
    const read = readFrontmatter(text);
    expect(read.ok, text).toBe(true);
    if (!read.ok) return;
    expect(read.value.data).toEqual({
      title: '测试区楼宇联合党支部',
      region: 'xiaoshan-linpu',
      orgTypes: ['楼宇'],
      formations: ['联合组建'],
      methods: ['liu-qing'],
      summary: '测试用的案例：几家楼宇企业联合建立党支部。',
      sources: ['hangzhou-gongjianyue-2011'],
    });
    expect(read.value.body).toBe('\n## 做法\n\n几家企业党员不足三名，联合组建党支部。\n');
    const check = npmCheck(editing.dir);
    expect(check.status, check.output).toBe(0);
  });

  test('a body the form lets through but that would run code or publish raw HTML is refused by npm run check, naming the file, line and construct', async () => {
    const before = snapshot(editing.dir);
    const page = await editorPage();
    await page.goto(`${editing.editorUrl}#/collections/cases/new`);
    await field(page, '标题').fill('测试正文安全');
    await choose(page, '地区', '临浦镇');
    await choose(page, '组织类型', '楼宇');
    await choose(page, '来源', '集中攻坚月');
    await field(page, '摘要').fill('测试用的案例：正文里有脚本。');
    await page.locator('.cms-editor-raw [contenteditable=true]').click();
    for (const line of ['第一段。', '<script>alert(1)</script>', '[点这里](javascript:alert(1))', '<img src="x.png" onerror="alert(1)">']) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
    }
    await publish(page);
    await page.waitForURL(/#\/collections\/cases\/entries\/[a-z0-9-]+$/, { timeout: 30_000 });
    const id = /entries\/([a-z0-9-]+)$/.exec(page.url())![1]!;
    await page.context().close();
    const file = `content/cases/${id}.md`;
    expect(changedFiles(before, snapshot(editing.dir))).toEqual([file]);
    // Written as typed: the form itself neither runs nor strips it …
    expect(readFileSync(join(editing.dir, file), 'utf8')).toContain('<script>alert(1)</script>');

    // … and the check refuses each construct, in Chinese, at its line.
    const check = npmCheck(editing.dir);
    expect(check.status, check.output).toBe(1);
    const lines = readFileSync(join(editing.dir, file), 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    for (const construct of ['<script>', 'javascript:', 'onerror']) {
      const at = `${file} 第 ${lineOf(construct)} 行`;
      const said = check.output.split('\n\n').filter((block) => block.includes(at) && block.includes(construct) && block.includes('改法：'));
      expect(said, `${construct} at ${at}\n${check.output}`).not.toEqual([]);
    }
    rmSync(join(editing.dir, file));
  });

  test('a policy’s 有效性 changed through the form changes that file, by that one line, and nothing else', async () => {
    const file = 'content/policies/shifanhua-gongcheng-2020.md';
    const original = readFileSync(join(editing.dir, file), 'utf8');
    const before = snapshot(editing.dir);
    const page = await editorPage();
    await page.goto(`${editing.editorUrl}#/collections/policies/entries/shifanhua-gongcheng-2020`);
    await field(page, '标题').waitFor();
    await choose(page, '有效性', '现行有效');
    await publish(page);
    await page.context().close();

    expect(changedFiles(before, snapshot(editing.dir))).toEqual([file]);
    const after = readFileSync(join(editing.dir, file), 'utf8').split('\n');
    const added = after.findIndex((l) => l === 'status: 现行有效');
    expect(added).toBeGreaterThan(0);
    expect(after.filter((_, i) => i !== added).join('\n')).toBe(original);
  });

  // One entry of each kind, the MDX case among them, and entries whose fields hold lists of
  // objects, nested objects, masked figures and references to the MDX case.
  const SAMPLE = [
    ['policies', 'shifanhua-gongcheng-2020'],
    ['program', readdirSync(join(projectRoot, 'content/program'))[0]!.replace(/\.md$/, '')],
    ['cases', 'xiaoshan-qiye-shujuku'],
    ['cases-mdx', 'linpu-quanfugai'],
    ['methods', 'cunqi-lianjian'],
    ['glossary', 'liu-qing'],
    ['reports', readdirSync(join(projectRoot, 'content/reports'))[0]!.replace(/\.md$/, '')],
  ] as const;

  test('entries changed and changed back through the form keep every other line byte for byte', { timeout: 600_000 }, async () => {
    const before = snapshot(editing.dir);
    const page = await editorPage();
    const rewritten: string[] = [];
    for (const [collection, id] of SAMPLE) {
      const titleField = collection === 'glossary' ? 'term' : 'title';
      const file = join(editing.dir, `content/${collection.replace(/-mdx$/, '')}/${id}.${collection.endsWith('-mdx') ? 'mdx' : 'md'}`);
      const text = readFileSync(file, 'utf8');
      const read = readFrontmatter(text);
      if (!read.ok) throw new Error(`${collection}/${id} does not read`);
      const original = String(read.value.data[titleField]);
      // Each entry opened afresh, as from a link: Decap 3 moved by address from one collection's entry
      // to another's keeps the previous form's values (and marks them unsaved). After a save, astro
      // dev's live reload may reload the editor's page (a content file changed) and abort a
      // navigation under way: then it is opened again once that reload is done.
      const open = async () => {
        for (let attempt = 1; ; attempt++) {
          try {
            await page.goto(`${editing.editorUrl}#/collections/${collection}/entries/${id}`);
            await page.reload();
            return;
          } catch (error) {
            if (attempt === 3 || !String(error).includes('ERR_ABORTED')) throw error;
            await page.waitForLoadState('load');
          }
        }
      };
      await open();
      const title = field(page, titleField === 'term' ? '术语' : '标题');
      // This entry's form, read from its file.
      await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe(original);
      // Decap publishes only a changed entry (a change undone in the form is none): the title
      // saved with an x added, then saved again without it.
      await title.fill(`${original}x`);
      await publish(page);
      // Opened again, as read back from the file just written.
      await open();
      await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe(`${original}x`);
      await title.fill(original);
      await publish(page);
      // Every other line as it was; the title's line written anew (cms-format.ts: quotes only where
      // YAML needs them, so `term: "六清"` comes back as `term: 六清`), with the same value.
      const after = readFileSync(file, 'utf8');
      const changed = after.split('\n').flatMap((line, i) => (line === text.split('\n')[i] ? [] : [line]));
      expect(changed.every((line) => line.startsWith(`${titleField}: `)), `${collection}/${id}:\n${changed.join('\n')}`).toBe(true);
      expect(readFrontmatter(after)).toEqual(read);
      if (after !== text) {
        expect(text.split('\n').find((l) => l.startsWith(`${titleField}: `)), `${collection}/${id}`).toMatch(/^\w+: ["']/);
        rewritten.push(relative(editing.dir, file));
      }
    }
    await page.context().close();
    // No other file written; a file changed at all only where its title was quoted without need.
    expect(changedFiles(before, snapshot(editing.dir))).toEqual(rewritten.sort());
  });

  test('axe: the editor’s main screens have no serious or critical violations', async () => {
    const context = await browser().newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(editing.editorUrl);
    await page.getByRole('button', { name: '登录' }).waitFor({ timeout: 90_000 });
    const screens: Record<string, string[]> = { 登录: await axeViolations(page) };
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '集合' }).waitFor({ timeout: 60_000 });
    await page.goto(`${editing.editorUrl}#/collections/cases`);
    await page.getByRole('heading', { name: '典型案例' }).waitFor();
    screens['条目列表'] = await axeViolations(page);
    await page.goto(`${editing.editorUrl}#/collections/cases/new`);
    await field(page, '标题').waitFor();
    screens['新建案例的表单'] = await axeViolations(page);
    await context.close();
    console.log(`axe on the web editor (upstream Decap CMS UI):\n${Object.entries(screens).map(([s, v]) => `${s}: ${v.length ? `\n  ${v.join('\n  ')}` : '无'}`).join('\n')}`);
    // By screen and rule: which elements, and how many, vary with Decap's generated class names.
    const serious = Object.entries(screens).flatMap(([s, v]) => v.filter((line) => /^\S+ \((serious|critical)\)/.test(line)).map((line) => `${s}: ${line.split(':')[0]}`));
    expect(serious).toEqual(KNOWN_UPSTREAM);
  });

  test('Ctrl-C stops the preview and the local backend, and leaves no process behind', async () => {
    const ended = await editing.interrupt();
    stopped = true;
    expect(ended.code === 0 || ended.signal === 'SIGINT', JSON.stringify(ended)).toBe(true);
    // The edit command stops both servers' process groups before it exits.
    await expect.poll(() => processesIn(editing.dir), { timeout: 30_000 }).toEqual([]);
    await expect.poll(() => editing.output(), { timeout: 30_000 }).toContain('已停止。');
    await expect(fetch(editing.siteUrl)).rejects.toThrow();
    expect(existsSync(join(editing.dir, 'content'))).toBe(true);
  });
});

/**
 * What the upstream Decap CMS UI (3.x, unmodified) fails, serious or critical, listed so that a new
 * failure shows; docs/editors-guide.md and docs/architecture.md note them. The header's links and
 * buttons and the publish button's grey-on-white text are below 4.5:1; on the new entry's form one
 * element Decap gives an input role has no accessible name.
 */
const KNOWN_UPSTREAM: string[] = [
  '条目列表: color-contrast (serious)',
  '新建案例的表单: aria-input-field-name (serious)',
  '新建案例的表单: color-contrast (serious)',
];
