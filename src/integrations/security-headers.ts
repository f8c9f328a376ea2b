/**
 * Astro integration: writes `dist/_headers` (Netlify, Cloudflare Pages and hosts that read the same
 * format) with the Content-Security-Policy and other security headers from `src/lib/csp.ts` — the
 * same policy every page carries in its `<meta http-equiv>` tag, with `frame-ancestors` by page
 * folder (`*` for the embeddable charts of /embed/, `'self'` for the rest), and the web editor's own
 * policy for `/admin/` when the build has it. For nginx, see deploy/nginx.conf (generated from the
 * same module by `src/lib/nginx.ts`).
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/csp';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        // The top-level folders of the pages (`policies/x/` → `policies`); the home and 404 pages have rules of their own.
        const folders = [...new Set(pages.filter((p) => p.pathname.includes('/')).map((p) => p.pathname.split('/')[0]!))].filter(Boolean);
        await writeFile(new URL('_headers', dir), headersFile(base, folders));
        logger.info('已写入 _headers（Content-Security-Policy 等安全响应头）');
      },
    },
  };
}
