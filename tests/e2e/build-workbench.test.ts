/**
 * The editors' workbench end to end, in a scratch copy of the project: a Word policy imported with
 * `npm run import:word`, `npm run check` naming the fields still to fill and passing once an editor
 * fills them, then a real build whose page shows the document's title, 发文字号, 成文日期 and body
 * headings; site settings filled in site.config.yaml shown in the footer and on /about/ (empty
 * fields not shown, the ICP number linked to the MIIT 备案 system); and, without a public URL, one
 * warning and no `localhost` anywhere in the output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { policyDocx } from '../fixtures/office/make';
import { useBrowser, watchedPage } from './support/browser';
import { copyProject, projectRoot, removeCopy, siteBuild } from './support/build';
import { nodeOfType, readHead } from './support/page-head';
import { filesContaining } from './support/scan';
import { serveStatic, type RunningServer } from './support/static-server';

let dir: string;
let build: { status: number | null; output: string };
let server: RunningServer | undefined;
const browser = useBrowser();
const steps: Record<string, { status: number | null; output: string }> = {};

/** An editors' command as `npm run <name>` runs it: the project's Node, tsx, in the scratch copy. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: dir,
    env: { ...process.env, INIT_CWD: dir, NODE_ENV: undefined, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const SETTINGS = `siteName: 两新党建知识库与政策门户
sponsor: 中共测试市委两新工委
organizer:
contact:
  phone: 0571-12345678
  email:
  address: 测试市人民路1号
icp: 浙ICP备12345678号-1
psb: 浙公网安备33010602000001号
siteCode:
url:
base: /
`;

const PAGE = 'policies/guanyu-shifandian/';

beforeAll(async () => {
  dir = copyProject();
  cpSync(join(projectRoot, 'scripts'), join(dir, 'scripts'), { recursive: true });
  writeFileSync(join(dir, 'site.config.yaml'), SETTINGS);
  mkdirSync(join(dir, 'incoming'));
  writeFileSync(join(dir, 'incoming/通知.docx'), await policyDocx());

  steps.import = run('import-word', 'incoming/通知.docx', '--id', 'guanyu-shifandian');
  steps.checkBefore = run('check');
  const file = join(dir, 'content/policies/guanyu-shifandian.md');
  if (existsSync(file)) {
    // What an editor fills in after the import.
    const filled = readFileSync(file, 'utf8')
      .replace(/^level: 【待填写】.*$/m, 'level: 市')
      .replace(/^topics: \[【待填写】\].*$/m, 'topics: [示范创建]')
      .replace(/^summary: 【待填写】.*$/m, 'summary: 测试市部署两新组织党建示范点创建工作的通知。')
      .replace(/^sources: \[【待填写】\].*$/m, 'sources: [shifanhua-plan-2020]');
    writeFileSync(file, filled);
  }
  steps.checkAfter = run('check');
  build = siteBuild(dir, { BASE_PATH: '/', SITE_URL: '' });
  if (build.status === 0) server = await serveStatic(join(dir, 'dist'), '/');
});
afterAll(async () => {
  await server?.close();
  removeCopy(dir);
});

describe('a Word policy through the workbench', () => {
  test('npm run import:word writes the entry with the fields the document gives', () => {
    expect(steps.import!.status, steps.import!.output).toBe(0);
    expect(steps.import!.output).toContain('content/policies/guanyu-shifandian.md');
    expect(steps.import!.output).toContain('测组〔2020〕12号');
    expect(steps.import!.output).toContain('图片'); // the picture was skipped, with a warning
  });

  test('npm run check names each field still to fill, and passes once they are filled', () => {
    expect(steps.checkBefore!.status).toBe(1);
    for (const field of ['level（层级）', 'topics（主题）', 'summary（摘要）', 'sources（来源）']) expect(steps.checkBefore!.output).toContain(field);
    expect(steps.checkAfter!.status, steps.checkAfter!.output).toBe(0);
    expect(steps.checkAfter!.output).toContain('内容检查通过');
  });

  test('the build says once that it has no public URL, and writes no localhost address', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output.split('没有设置网站的公开网址').length - 1).toBe(1);
    const dist = join(dir, 'dist');
    expect(filesContaining(dist, 'localhost')).toEqual([]);
    expect(filesContaining(dist, '127.0.0.1')).toEqual([]);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
    expect(existsSync(join(dist, 'feeds'))).toBe(false);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('rel="canonical"');
  });

  test('without a public URL, pages carry no address: no og:url or og:image, no feed links, no breadcrumb data, no embed code', () => {
    const dist = join(dir, 'dist');
    const pages = (readdirSync(dist, { recursive: true }) as string[]).filter((p) => p.endsWith('.html'));
    const found = pages.flatMap((page) => {
      const html = readFileSync(join(dist, page), 'utf8');
      const head = readHead(html);
      return [
        ...(['og:url', 'og:image'] as const).filter((p) => p in head.properties).map((p) => `${page}: ${p}`),
        ...head.links.filter((l) => l.rel === 'alternate' || l.rel === 'canonical' || l.rel === 'sitemap').map((l) => `${page}: link ${l.rel}`),
        ...head.jsonLd.filter((n) => n['@type'] === 'BreadcrumbList').map(() => `${page}: BreadcrumbList`),
        ...(html.includes('data-feeds') ? [`${page}: 订阅 links`] : []),
        ...(html.includes('chart-embed') ? [`${page}: 嵌入 code`] : []),
      ];
    });
    expect(pages.length).toBeGreaterThan(10);
    expect(found).toEqual([]);
    // The card keeps what needs no address.
    expect(readHead(readFileSync(join(dist, PAGE, 'index.html'), 'utf8')).properties).toMatchObject({ 'og:title': '关于开展“两新”组织党建示范点创建工作的通知', 'og:type': 'article', 'og:locale': 'zh_CN' });
  });

  test('the imported policy’s structured data is a Legislation with its 字号, 成文日期 and 发文机关', () => {
    const head = readHead(readFileSync(join(dir, 'dist', PAGE, 'index.html'), 'utf8'));
    expect(nodeOfType(head, 'Legislation')).toMatchObject({
      name: '关于开展“两新”组织党建示范点创建工作的通知',
      legislationIdentifier: '测组〔2020〕12号',
      legislationDate: '2020-11-06',
      legislationPassedBy: { '@type': 'Organization', name: '中共测试市委组织部' },
    });
  });

  test('the page shows the title, 发文字号, 成文日期 and the body’s headings', async () => {
    const { page, errors } = await watchedPage(browser(), server!.url);
    await page.goto(new URL(PAGE, server!.url).href);
    await expect(page.locator('h1').innerText()).resolves.toBe('《关于开展“两新”组织党建示范点创建工作的通知》');
    const main = await page.locator('main').innerText();
    for (const shown of ['测组〔2020〕12号', '2020年11月6日', '中共测试市委组织部', '各区、县（市）委组织部，市直各单位党组织']) expect(main).toContain(shown);
    expect(await page.locator('main h2').allInnerTexts()).toEqual(expect.arrayContaining(['一、总体要求', '二、主要任务', '三、进度安排']));
    expect(await page.locator('main h3').allInnerTexts()).toEqual(expect.arrayContaining(['（一）指导思想', '（二）工作目标']));
    expect(await page.locator('main h4').allInnerTexts()).toEqual(expect.arrayContaining(['1.集中组建', '2.骨干培训']));
    await expect(page.locator('main table th').allInnerTexts()).resolves.toEqual(['阶段', '时间', '工作内容']);
    await expect(page.locator('main strong', { hasText: '3个' }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the footer and /about/ show the filled site settings and leave out the empty ones', async () => {
    const { page } = await watchedPage(browser(), server!.url);
    await page.goto(server!.url);
    const footer = page.locator('footer');
    const text = await footer.innerText();
    for (const shown of ['主办单位：中共测试市委两新工委', '联系电话：0571-12345678', '通讯地址：测试市人民路1号']) expect(text).toContain(shown);
    for (const hidden of ['承办单位', '电子邮箱', '网站标识码']) expect(text).not.toContain(hidden);
    await expect(footer.getByRole('link', { name: '浙ICP备12345678号-1' }).getAttribute('href')).resolves.toBe('https://beian.miit.gov.cn/');
    await expect(footer.getByRole('link', { name: '浙公网安备33010602000001号' }).getAttribute('href')).resolves.toContain('33010602000001');
    await page.goto(new URL('about/', server!.url).href);
    const about = await page.locator('main [data-site-settings]').innerText();
    expect(about).toContain('ICP备案号');
    expect(about).toContain('中共测试市委两新工委');
    expect(about).not.toContain('承办单位');
    await page.context().close();
  });
});
