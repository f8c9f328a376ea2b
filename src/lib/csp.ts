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
 * `frame-ancestors`, which browsers ignore (and warn about) in a `<meta>` tag: only the HTTP header
 * carries it. `'self'`: other sites may not frame the portal (clickjacking); an intranet portal that
 * must embed it adds its origin here. The chart pages of `/embed/` are made to be framed by any site
 * (`*`): they hold a chart, its table, its source and a link back, and nothing that acts.
 */
const frameAncestors = (sources: string) => [['frame-ancestors', sources]] as const;

const serialise = (directives: readonly (readonly string[])[]) => directives.map((d) => d.join(' ')).join('; ');

/** The policy for `<meta http-equiv="Content-Security-Policy" content="…">`. */
export const CSP_META = serialise(DIRECTIVES);

/** The policy for the `Content-Security-Policy` HTTP header of every page but the embeddable charts. */
export const CSP_HEADER = serialise([...DIRECTIVES, ...frameAncestors("'self'")]);

/** The policy for the pages under `EMBED_PATH`: the same, but any site may frame them. */
export const CSP_HEADER_EMBED = serialise([...DIRECTIVES, ...frameAncestors('*')]);

/** The folder of the embeddable chart pages (`/embed/<dataset>/<chart>/`), without the base path. */
export const EMBED_PATH = 'embed/';

const OTHER_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The response headers of every page. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = { 'Content-Security-Policy': CSP_HEADER, ...OTHER_HEADERS };

/** The response headers of the pages under `EMBED_PATH`. */
export const EMBED_HEADERS: Readonly<Record<string, string>> = { 'Content-Security-Policy': CSP_HEADER_EMBED, ...OTHER_HEADERS };

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
 * `dist/_headers` in the format of Netlify and Cloudflare Pages, for a build deployed under `base`
 * whose pages live in the top-level folders `folders` (`policies`, `cases` …; `embed` among them,
 * and `admin` when the build has the web editor).
 *
 * Both hosts apply every rule whose path matches, so one header must not be set twice for a page:
 * Cloudflare sends both values, and a browser enforces both policies — a `frame-ancestors 'self'`
 * from `/*` would still forbid framing `/embed/`, and the site's policy on `/*` would stop the
 * editor. So `/*` carries the headers every file shares (and, without the editor, the policy
 * without `frame-ancestors`, which only matters for pages), and each page folder gets its own
 * policy: `'self'` framing for the home page and each folder, `*` for `/embed/`, the editor's own
 * for `/admin/`. (Netlify applies the later of two rules for one header, which gives the same result.)
 */
export function headersFile(base = '/', folders: readonly string[] = []): string {
  const rule = (path: string, headers: Readonly<Record<string, string>>) => [path, ...Object.entries(headers).map(([n, v]) => `  ${n}: ${v}`)];
  const b = base.endsWith('/') ? base : `${base}/`;
  const embed = EMBED_PATH.replace(/\/$/, '');
  const editor = ADMIN_PATH.replace(/\/$/, '');
  const hasEditor = folders.includes(editor);
  const pages = [b, `${b}index.html`, `${b}404.html`, ...[...folders].filter((f) => f !== embed && f !== editor).sort().map((f) => `${b}${f}/*`)];
  return [
    '# Security headers. Generated from src/lib/csp.ts; do not edit.',
    ...rule('/*', hasEditor ? OTHER_HEADERS : { ...OTHER_HEADERS, 'Content-Security-Policy': CSP_META }),
    '# Pages: only the site itself may frame them.',
    ...pages.flatMap((path) => rule(path, { 'Content-Security-Policy': CSP_HEADER })),
    '# Embeddable charts: any site may frame them.',
    ...rule(`${b}${EMBED_PATH}*`, { 'Content-Security-Policy': CSP_HEADER_EMBED }),
    ...(hasEditor ? ['# The web editor: its own policy.', ...rule(`${b}${ADMIN_PATH}*`, { 'Content-Security-Policy': ADMIN_CSP_HEADER })] : []),
    '',
  ].join('\n');
}
