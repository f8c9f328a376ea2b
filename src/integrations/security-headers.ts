/**
 * Astro integration: writes `dist/_headers` (Netlify, Cloudflare Pages and hosts that read the same
 * format) with the Content-Security-Policy and other security headers from `src/lib/csp.ts` — the
 * same policy every page carries in its `<meta http-equiv>` tag, and the web editor's own policy for
 * `/admin/` when the build has it. For nginx, see deploy/nginx.conf
 * (generated from the same module by `src/lib/nginx.ts`).
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { ADMIN_PATH, headersFile } from '../lib/csp';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        // With the web editor in the build, the site's policy is set by page folder (`policies/x/` → `policies`).
        const folders = [...new Set(pages.map((p) => p.pathname.split('/')[0]!).filter(Boolean))];
        const admin = folders.includes(ADMIN_PATH.replace(/\/$/, '')) ? { base, folders } : undefined;
        await writeFile(new URL('_headers', dir), headersFile(admin));
        logger.info('已写入 _headers（Content-Security-Policy 等安全响应头）');
      },
    },
  };
}
