/**
 * The nginx configuration that serves the built site, generated from the one home of the site's
 * headers (`./csp.ts`), so that the policy every page carries and the headers nginx sends cannot
 * drift apart. `deploy/nginx.conf` (a server at the root of a domain) and
 * `deploy/nginx-subpath.conf` (a `location /portal/` block for an existing server) are this
 * module's output, checked in for operators to copy; tests/unit/nginx.test.ts keeps them equal to
 * it, and tests/e2e/nginx.test.ts runs the same configuration in Debian's nginx.
 *
 * What it does, for a deployment under `base` served from the folder `root`:
 * - every response carries the security headers of `./csp.ts` (also 404s: `always`);
 * - `/_astro/` (file names with a content hash) is cached for a year, never revalidated; everything
 *   else (pages, CSV/JSON downloads, the search index) is `no-cache`: revalidated on each use, so a
 *   new build shows at once;
 * - types are the site's own list, with `charset=utf-8` on text (`text/csv; charset=utf-8`), so the
 *   result does not depend on the server's `mime.types` (Debian's has no `.csv`). Pagefind's index
 *   and WebAssembly (`pagefind/wasm.<language>.pagefind`, `*.pf_*`) are compressed binaries that
 *   its script unpacks itself: `application/octet-stream` is right for them;
 * - a missing page (or a folder without `index.html`) answers 404 with the site's 404 page;
 * - `_headers` (the same headers for Netlify-style hosts) is not served;
 * - `/x` redirects to `/x/` with a relative `Location`, so it works behind a proxy or TLS terminator.
 * nginx's `add_header` is not inherited by a block that has its own, so each block lists them all.
 */
import { SECURITY_HEADERS } from './csp';

/** One deployment: its base path (`/` or `/portal/`) and the folder of its build on the server. */
export type NginxSite = { base: string; root: string };

/** File types of the site's output, by extension. Text types are sent with `charset=utf-8`. */
const TYPES: readonly (readonly [type: string, extensions: string, text: boolean])[] = [
  ['text/html', 'html', true],
  ['text/css', 'css', true],
  ['text/javascript', 'js mjs', true],
  ['application/json', 'json', true],
  ['application/manifest+json', 'webmanifest', true],
  ['text/csv', 'csv', true],
  ['application/xml', 'xml', true],
  ['text/plain', 'txt', true],
  ['image/svg+xml', 'svg', true],
  ['image/png', 'png', false],
  ['image/jpeg', 'jpg jpeg', false],
  ['image/webp', 'webp', false],
  ['image/x-icon', 'ico', false],
  ['font/woff2', 'woff2', false],
  ['application/wasm', 'wasm', false],
];

/** Hashed file names: Astro's bundled scripts, styles and assets. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

const headers = (cacheControl: string) =>
  Object.entries({ 'Cache-Control': cacheControl, ...SECURITY_HEADERS }).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`);

const indent = (lines: readonly string[], by: string) => lines.map((l) => (l ? by + l : l));

const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** The `location <base> { … }` block that serves one deployment. */
function nginxLocation(site: NginxSite): string[] {
  const base = withSlash(site.base);
  const text = TYPES.filter(([, , isText]) => isText).map(([type]) => type);
  return [
    ...(base === '/' ? [] : [`location = ${base.slice(0, -1)} {`, '    absolute_redirect off;', `    return 301 ${base};`, '}', '']),
    `location ${base} {`,
    ...indent(
      [
        base === '/' ? `root ${site.root};` : `alias ${withSlash(site.root)};`,
        'index index.html;',
        'absolute_redirect off;',
        `error_page 403 404 =404 ${base}404.html;`,
        '',
        '# 本站用到的文件类型；其他文件（搜索索引等）按二进制（application/octet-stream）发送。',
        'types {',
        ...indent(TYPES.map(([type, extensions]) => `${type} ${extensions};`), '    '),
        '}',
        'default_type application/octet-stream;',
        'charset utf-8;',
        `charset_types ${text.filter((t) => t !== 'text/html').join(' ')};`,
        'gzip on;',
        'gzip_vary on;',
        `gzip_types ${text.filter((t) => t !== 'text/html').join(' ')};`,
        '',
        '# 页面、下载文件和搜索索引：每次使用前向服务器确认有无更新，新构建立即生效。',
        ...headers(REVALIDATE),
        '',
        '# 文件名带内容哈希的脚本和样式：缓存一年，不必确认。',
        `location ${base}_astro/ {`,
        ...indent(headers(IMMUTABLE), '    '),
        '}',
        '',
        '# dist/_headers 是给 Netlify 一类主机读的响应头文件，不是网页，不对外提供。',
        `location = ${base}_headers {`,
        '    return 404;',
        '}',
      ],
      '    ',
    ),
    '}',
  ];
}

/** A `server { … }` block listening on `listen`, serving each site. */
export function nginxServer(options: { listen: string; serverName?: string; sites: readonly NginxSite[] }): string[] {
  return [
    'server {',
    ...indent(
      [
        `listen ${options.listen};`,
        ...(options.serverName ? [`server_name ${options.serverName};`] : []),
        'server_tokens off;',
        ...options.sites.flatMap((site) => ['', ...nginxLocation(site)]),
      ],
      '    ',
    ),
    '}',
  ];
}

const GENERATED = [
  '# 由 src/lib/nginx.ts 按 src/lib/csp.ts 的安全策略生成，请勿手改：改了那两个文件后运行',
  '#   npx vitest run -u tests/unit/nginx.test.ts',
  '# 重新生成本文件（npm test 会比对）。说明见 docs/deployment.md。',
];

/** The files of `deploy/`: what an operator copies to the server. */
export const DEPLOY_FILES: Readonly<Record<string, () => string>> = {
  'deploy/nginx.conf': () =>
    [
      '# 两新党建知识库与政策门户：nginx 配置，网站部署在域名的根路径。',
      '# 放到 /etc/nginx/sites-available/liangxin-portal 并链接到 sites-enabled/，改 server_name 和 root',
      '# （npm run build 生成的 dist/ 上传到的目录），然后 nginx -t && systemctl reload nginx。',
      ...GENERATED,
      '',
      ...nginxServer({ listen: '80', serverName: 'dangjian.example.org', sites: [{ base: '/', root: '/var/www/liangxin-portal/dist' }] }),
      '',
    ].join('\n'),
  'deploy/nginx-subpath.conf': () =>
    [
      '# 两新党建知识库与政策门户：nginx 配置片段，网站部署在已有网站的子路径 /portal/ 下',
      '# （构建时用 BASE_PATH=/portal/ npm run build）。把下面两段放进已有的 server { … } 中，',
      '# 改 alias（dist/ 上传到的目录，末尾要有 /），然后 nginx -t && systemctl reload nginx。',
      ...GENERATED,
      '',
      ...nginxLocation({ base: '/portal/', root: '/var/www/liangxin-portal/dist' }),
      '',
    ].join('\n'),
};
