import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/problems';
import { operatorFacts, registrationFacts } from '../../src/lib/site-info';
import { loadSiteSettings, parseSiteSettings } from '../../src/lib/site-settings';
import { DEFAULT_SITE_NAME } from '../../src/schemas/site';

const settings = (yaml: string, env = {}) => parseSiteSettings(yaml, env);

describe('site settings (site.config.yaml)', () => {
  test('the bundled file is valid and leaves the public URL to the deployment', () => {
    const { settings: s, problems } = loadSiteSettings(new URL('../../', import.meta.url).pathname);
    expect(problems).toEqual([]);
    expect(s.siteName).toBe(DEFAULT_SITE_NAME);
    expect(s.url).toBeUndefined();
    expect(s.base).toBe('/');
  });

  test('a missing file is one with every field empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-'));
    try {
      expect(loadSiteSettings(dir)).toEqual({ settings: { siteName: DEFAULT_SITE_NAME }, problems: [] });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  test('empty fields (nothing after the colon, or "") are not filled', () => {
    const { settings: s, problems } = settings('sponsor:\norganizer: ""\ncontact:\n  phone:\nicp:\n');
    expect(problems).toEqual([]);
    expect(operatorFacts(s)).toEqual([]);
    expect(registrationFacts(s)).toEqual([]);
  });

  test('filled fields come out in the footer’s order, the 备案 numbers linked', () => {
    const { settings: s } = settings(
      'sponsor: 中共测试市委两新工委\ncontact:\n  email: dj@example.gov.cn\n  phone: 0571-1234 5678\nicp: 浙ICP备12345678号-1\npsb: 浙公网安备 33010602000001号\nsiteCode: 3301000001\n',
    );
    expect(operatorFacts(s)).toEqual([
      { label: '主办单位', value: '中共测试市委两新工委' },
      { label: '联系电话', value: '0571-1234 5678', href: 'tel:057112345678' },
      { label: '电子邮箱', value: 'dj@example.gov.cn', href: 'mailto:dj@example.gov.cn' },
    ]);
    expect(registrationFacts(s)).toEqual([
      { label: 'ICP备案号', value: '浙ICP备12345678号-1', href: 'https://beian.miit.gov.cn/', bare: true },
      { label: '公安机关备案号', value: '浙公网安备 33010602000001号', href: 'https://beian.mps.gov.cn/#/query/webSearch?code=33010602000001', bare: true },
      { label: '网站标识码', value: '3301000001' },
    ]);
  });

  test('invalid values are refused with the field, its line and the form to use; the other fields still count', () => {
    const { settings: s, problems } = settings('sponsor: 测试工委\nicp: 浙ICP12345678\nurl: www.example.gov.cn\nbase: /门户/\n');
    expect(s.sponsor).toBe('测试工委');
    expect(s.icp).toBeUndefined();
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "检查发现 3 处错误。请逐条改正后重新运行 npm run check（写法见 docs/editors-guide.md）：

      ✗ site.config.yaml 第 2 行
        问题：字段 icp（ICP备案号）：ICP备案号应写成 浙ICP备12345678号 的形式（省份简称 + ICP备 + 数字 + 号，可带 -1 这样的后缀）。
        改法：写法见文件里的注释和 src/schemas/site.ts

      ✗ site.config.yaml 第 3 行
        问题：字段 url（公开网址）：网址要带上协议，写成 https://www.example.gov.cn（或 http://）。
        改法：写法见文件里的注释和 src/schemas/site.ts

      ✗ site.config.yaml 第 4 行
        问题：字段 base（子路径）：子路径只能用英文字母、数字和 - _ . ~，以 / 开头和结尾，例如 /portal/；部署在网站根目录写 /。
        改法：写法见文件里的注释和 src/schemas/site.ts
      "
    `);
  });

  test('a local address, a path in the URL and an unknown field are refused', () => {
    const text = (yaml: string) => formatProblems(settings(yaml).problems);
    expect(text('url: http://localhost:4321')).toContain('本机的地址');
    expect(text('url: https://example.gov.cn/portal/')).toContain('子路径“/portal/”请写在 base');
    expect(text('sponsr: 测试')).toContain('是不是 sponsor（主办单位）');
  });

  test('the base path gets its slashes; SITE_URL and BASE_PATH override the file, checked the same way', () => {
    expect(settings('base: portal').settings.base).toBe('/portal/');
    const { settings: s } = settings('url: https://a.example.gov.cn\nbase: /a/', { SITE_URL: 'https://b.example.gov.cn/', BASE_PATH: '/b/' });
    expect([s.url, s.base]).toEqual(['https://b.example.gov.cn', '/b/']);
    const bad = settings('', { SITE_URL: 'b.example.gov.cn' });
    expect(bad.settings.url).toBeUndefined();
    expect(bad.problems).toMatchObject([{ file: '环境变量 SITE_URL', message: expect.stringContaining('https://b.example.gov.cn') }]);
  });

  test('YAML mistakes get the frontmatter reader’s messages and lines', () => {
    const { problems } = settings('siteName: 测试\nsponsor：测试工委\n');
    expect(problems).toMatchObject([{ file: 'site.config.yaml', line: 2, message: expect.stringContaining('中文冒号') }]);
  });
});
