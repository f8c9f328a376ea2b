/**
 * The site's Content-Security-Policy, in one place: `BaseLayout.astro` puts it in a
 * `<meta http-equiv>` tag on every page, and `src/integrations/security-headers.ts` writes it
 * into `dist/_headers` (Netlify, Cloudflare Pages and similar hosts) for the HTTP header, and
 * `src/lib/nginx.ts` generates the nginx configuration of `deploy/` from it.
 *
 * What it allows, and why:
 * - Everything from the site's own origin only (`'self'`): no CDN, no font service, no analytics.
 * - Scripts: only files from the site (`'self'`), never inline code or `eval`; the build emits no
 *   inline script (`vite.build.assetsInlineLimit: 0` in astro.config.mjs). `'wasm-unsafe-eval'`
 *   lets Pagefind compile its WebAssembly search engine; it does not allow JavaScript `eval`.
 *   `<script type="application/json">` (chart data) is data, not script, and needs nothing.
 * - Styles: only stylesheets from the site (`'self'`). No `style="…"` attribute and no `<style>`
 *   element: the build puts every stylesheet in a file (`build.inlineStylesheets: 'never'`), and
 *   components use classes. Scripts may still set `element.style` (Chart.js does), which CSP allows.
 * - Images, fonts, fetches (Pagefind's index): the site's own only. A `data:` image (an icon inlined
 *   in CSS) would need `data:` added to `img-src`.
 * - No plugins (`object-src 'none'`), no `<base>` to another origin, forms submit only to the site.
 * - Not `upgrade-insecure-requests`: intranet copies are often served over plain http, where it
 *   would break every request.
 */

/** Directives that work in both a `<meta>` tag and an HTTP header. */
const DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/**
 * Directives browsers ignore (and warn about) in a `<meta>` tag; only the HTTP header carries
 * them. `frame-ancestors 'self'`: other sites may not frame the portal (clickjacking); an intranet
 * portal that must embed it adds its origin here.
 */
const HEADER_ONLY: readonly (readonly [string, ...string[]])[] = [['frame-ancestors', "'self'"]];

const serialise = (directives: readonly (readonly string[])[]) => directives.map((d) => d.join(' ')).join('; ');

/** The policy for `<meta http-equiv="Content-Security-Policy" content="…">`. */
export const CSP_META = serialise(DIRECTIVES);

/** The policy for the `Content-Security-Policy` HTTP header. */
export const CSP_HEADER = serialise([...DIRECTIVES, ...HEADER_ONLY]);

/** Other response headers every page should carry. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/**
 * The web editor's page (`/admin/`, Decap CMS), which is present only under `npm run edit` and in
 * builds whose site settings configure a publishing backend. It is an application, not a page of
 * the site, and its upstream code needs what the site's pages never get:
 * - `'unsafe-eval'`: Decap validates its configuration with Ajv, which compiles schemas with
 *   `new Function` (without it the editor stops before its login screen);
 * - `'unsafe-inline'` styles: its React components are styled by Emotion, which inserts `<style>`;
 * - `connect-src`, `img-src`: the git host's API (and its avatars), or `decap-server` on this computer.
 * Still only the site's own scripts: no inline script, no script from another origin.
 */
export const ADMIN_PATH = 'admin/';

/** The editor's policy for its `<meta>` tag: exactly the origins its backend talks to (`https://git.example.gov.cn`). */
export function adminCsp(origins: readonly string[]): string {
  const others = [...new Set(origins)];
  return serialise([
    ['default-src', "'self'"],
    ['script-src', "'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', ...others],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...others],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ]);
}

/**
 * The editor's policy for the HTTP header of `/admin/`, which static configuration (nginx) sends
 * without knowing the site settings: any http(s) origin for the backend. Browsers enforce the
 * header and the page's `<meta>` together, so the `<meta>` narrows it to the configured git host.
 */
export const ADMIN_CSP_HEADER = serialise([...adminCsp(['https:', 'http:']).split('; ').map((d) => d.split(' ')), ['frame-ancestors', "'none'"]]);

/** The response headers of `/admin/`: the editor's policy instead of the site's. */
export const ADMIN_HEADERS: Readonly<Record<string, string>> = { ...SECURITY_HEADERS, 'Content-Security-Policy': ADMIN_CSP_HEADER };

/**
 * `dist/_headers` in the format of Netlify and Cloudflare Pages: the headers for every path (`/*`
 * matches under any base path too).
 *
 * With the web editor in the build (`admin` holds its base path), the site's policy cannot be set on
 * `/*`: both hosts apply every matching rule and Cloudflare sends both values, so a browser would
 * enforce the site's policy on the editor too. `/*` then carries the other headers, the site's
 * policy goes on the home page, the 404 page and each top-level folder of `folders`, and the editor's
 * on `<base>admin/*`.
 */
export function headersFile(admin?: { base: string; folders: readonly string[] }): string {
  const rule = (path: string, headers: Readonly<Record<string, string>>) => `${path}\n${Object.entries(headers).map(([n, v]) => `  ${n}: ${v}`).join('\n')}\n`;
  if (!admin) return `# Security headers for every page. Generated from src/lib/csp.ts; do not edit.\n${rule('/*', SECURITY_HEADERS)}`;
  const { 'Content-Security-Policy': _, ...others } = SECURITY_HEADERS;
  const b = admin.base.endsWith('/') ? admin.base : `${admin.base}/`;
  const editor = ADMIN_PATH.replace(/\/$/, '');
  const pages = [b, `${b}index.html`, `${b}404.html`, ...[...admin.folders].filter((f) => f !== editor).sort().map((f) => `${b}${f}/*`)];
  return [
    '# Security headers. Generated from src/lib/csp.ts; do not edit.',
    rule('/*', others),
    '# Pages: the site\'s policy.',
    ...pages.map((path) => rule(path, { 'Content-Security-Policy': CSP_HEADER })),
    '# The web editor: its own policy.',
    rule(`${b}${ADMIN_PATH}*`, { 'Content-Security-Policy': ADMIN_CSP_HEADER }),
  ].join('\n');
}
