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
 * `dist/_headers` in the format of Netlify and Cloudflare Pages: the headers for every path (`/*`
 * matches under any base path too).
 */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `# Security headers for every page. Generated from src/lib/csp.ts; do not edit.\n/*\n${lines.join('\n')}\n`;
}
