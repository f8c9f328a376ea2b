/**
 * Site settings: `site.config.yaml` at the project root, the one file editors change for what the
 * site says about itself — its name, who runs it, the 备案 numbers the law asks a Chinese website
 * to show, and where it is published. Read by `src/lib/site-settings.ts`; astro.config.mjs takes the
 * public URL and base path from it (the environment variables SITE_URL and BASE_PATH override
 * them); the footer and /about/ show the filled fields; the content check (`npm run check`) checks
 * it with the content.
 *
 * Every field but `siteName` may be left empty (`icp:` with nothing after it, or `""`): an empty
 * field is not shown anywhere.
 */
import { z } from 'astro/zod';

/** The provinces' one-character abbreviations, which begin an ICP and a 公安 备案 number. */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台';

/** The MIIT 备案 system, which the ICP number links to (the rules ask for the link). */
export const ICP_LINK = 'https://beian.miit.gov.cn/';
/** The 全国互联网安全管理服务平台 query page for a 公安 备案 number. */
export const PSB_LINK = (code: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;

/** The site's name when the file does not give one. */
export const DEFAULT_SITE_NAME = '两新党建知识库与政策门户';

/**
 * A field that may be left empty: `null` (nothing after the colon) and `""` mean not filled. A
 * number is taken as its digits (YAML reads `siteCode: 3301000001` as a number).
 */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : typeof v === 'number' ? String(v) : v), schema.optional());

const line = z.string().trim().min(1).max(200, '太长了：最多 200 个字');

const ICP = new RegExp(`^[${PROVINCES}]ICP备\\d{6,10}号(?:-\\d{1,3})?$`);
const PSB = new RegExp(`^([${PROVINCES}])公网安备\\s*(\\d{14})号$`);

/** The public address: `https://…` (or `http://`), a host and nothing after it but a `/`. */
const publicUrl = z.string().trim().transform((value, ctx) => {
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (!/^https?:\/\//i.test(value)) {
    return fail(`网址要带上协议，写成 https://${value.replace(/^[a-z]+:\/*|^\/+/i, '') || 'dangjian.example.gov.cn'}（或 http://）`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('不是有效的网址，应写成 https://dangjian.example.gov.cn 这样');
  }
  if (['localhost', '127.0.0.1', '[::1]', '0.0.0.0'].includes(url.hostname)) {
    return fail('这是本机的地址，读者打不开：请写网站对外公开的网址，还没有就留空');
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return fail(`只写协议和域名（${url.origin}），子路径“${url.pathname}”请写在 base`);
  }
  return url.origin;
});

/** The sub-path the site is served under: `/`, or `/portal/`; missing slashes are added. */
const basePath = z
  .string()
  .trim()
  .transform((value) => `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'))
  .pipe(z.string().regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, '子路径只能用英文字母、数字和 - _ . ~，以 / 开头和结尾，例如 /portal/；部署在网站根目录写 /'));

/** Where the web editor publishes: a git host the editors log in to. */
export const CMS_BACKENDS = {
  gitea: 'Gitea 或 Forgejo（自建）',
  gitlab: 'GitLab（自建或 gitlab.com）',
  github: 'GitHub',
} as const;

/** `owner/name` of a repository on the git host. */
const REPO = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+$/;

/** The address of a server the browser talks to: `https://…` (or `http://` on an intranet), no path. */
const serverUrl = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/, error: '写服务器的网址，带 https://（内网也可以是 http://），例如 https://git.example.gov.cn' }))
  .transform((u) => u.replace(/\/+$/, ''));

/**
 * 网页编辑器的发布方式 (`cms`): with it, the public build has `/admin/`, where editors log in to the
 * git host with their own accounts and each save is a commit to `branch`. Without it there is no
 * `/admin/` (editing then happens locally, `npm run edit`). How to set up each host is in
 * docs/editors-guide.md (网页编辑器).
 */
const cmsSettings = z
  .object({
    /** The git host: gitea (also Forgejo), gitlab or github. */
    backend: z.enum(Object.keys(CMS_BACKENDS) as [keyof typeof CMS_BACKENDS, ...(keyof typeof CMS_BACKENDS)[]]),
    /** The repository, `owner/name` (GitLab groups: `group/subgroup/name`). */
    repo: z.string().trim().regex(REPO, '仓库写成 所有者/仓库名，例如 dangjian/liangxin-portal'),
    /** The branch the site is built from. Default main. */
    branch: z.string().trim().min(1).default('main'),
    /** The address of a self-hosted Gitea or GitLab, e.g. `https://git.example.gov.cn`. Required for Gitea; GitLab defaults to gitlab.com. */
    server: serverUrl.optional(),
    /** The Client ID of the OAuth application registered on Gitea or GitLab (not confidential: login uses PKCE). */
    appId: z.string().trim().min(1).optional(),
    /** GitHub only: the address of the OAuth login service (GitHub needs one that holds the client secret). */
    authServer: serverUrl.optional(),
  })
  .strict()
  .superRefine((cms, ctx) => {
    const need = (field: 'server' | 'appId' | 'authServer', message: string) => {
      if (!cms[field]) ctx.addIssue({ code: 'custom', path: [field], message });
    };
    if (cms.backend === 'gitea') need('server', 'Gitea 要写服务器网址 server，例如 https://git.example.gov.cn');
    if (cms.backend !== 'github') need('appId', `${CMS_BACKENDS[cms.backend]} 要写 OAuth 应用的 Client ID（appId），见 docs/editors-guide.md 的“网页编辑器”一节`);
    if (cms.backend === 'github') need('authServer', 'GitHub 要写 OAuth 登录服务的网址 authServer，见 docs/editors-guide.md 的“网页编辑器”一节');
  });

export type CmsSettings = z.output<typeof cmsSettings>;

export const siteSettingsSchema = z
  .object({
    /** 网站名称: in every page's title, the header, the footer. Default 两新党建知识库与政策门户. */
    siteName: line.default(DEFAULT_SITE_NAME),
    /** 主办单位, e.g. 中共××市委“两新”工委. */
    sponsor: optional(line),
    /** 承办单位. */
    organizer: optional(line),
    /** 联系方式: any of 联系电话, 电子邮箱, 通讯地址. */
    contact: optional(
      z
        .object({
          /** 联系电话, e.g. `0571-12345678`. */
          phone: optional(z.string().trim().regex(/^[0-9+()（）\-－ 转]{5,40}$/, '电话号码只能有数字、-、括号、空格和“转”，例如 0571-12345678')),
          /** 电子邮箱. */
          email: optional(z.string().trim().pipe(z.email('不是有效的电子邮箱，应写成 name@example.gov.cn 这样'))),
          /** 通讯地址. */
          address: optional(line),
        })
        .strict(),
    ),
    /** ICP备案号, e.g. `浙ICP备12345678号` or `浙ICP备12345678号-1`; linked to https://beian.miit.gov.cn/. */
    icp: optional(z.string().trim().regex(ICP, 'ICP备案号应写成 浙ICP备12345678号 的形式（省份简称 + ICP备 + 数字 + 号，可带 -1 这样的后缀）')),
    /** 公安机关备案号, e.g. `浙公网安备33010602000001号` (14 digits); linked to its record. */
    psb: optional(z.string().trim().regex(PSB, '公安机关备案号应写成 浙公网安备33010602000001号 的形式（省份简称 + 公网安备 + 14 位数字 + 号）')),
    /** 网站标识码 of a government website: 10 letters or digits, e.g. `3301000001`. */
    siteCode: optional(z.string().trim().regex(/^[0-9A-Za-z]{10}$/, '网站标识码是 10 位数字或字母，例如 3301000001')),
    /** The public address, `https://…` without a path. Canonical links, feeds and the sitemap need it. SITE_URL overrides it. */
    url: optional(publicUrl),
    /**
     * 数据许可协议: the address of the licence under which readers may reuse the statistics, e.g.
     * `https://creativecommons.org/licenses/by/4.0/deed.zh-hans`. Empty: the site claims none, and
     * the data pages and their structured data name none.
     */
    license: optional(z.string().trim().pipe(z.url({ protocol: /^https?$/, error: '许可协议写它的网址，例如 https://creativecommons.org/licenses/by/4.0/deed.zh-hans' }))),
    /** The sub-path the site is served under, `/` (default) or e.g. `/portal/`. BASE_PATH overrides it. */
    base: optional(basePath),
    /** 网页编辑器的发布方式; empty: the public site has no /admin/. */
    cms: optional(cmsSettings),
  })
  .strict();

export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** The digits of a 公安 备案 number, for its link: `浙公网安备 33010602000001号` → `33010602000001`. */
export const psbCode = (psb: string) => PSB.exec(psb)?.[2];
