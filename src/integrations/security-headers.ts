/**
 * Astro integration: writes `dist/_headers` (Netlify, Cloudflare Pages and hosts that read the same
 * format) with the Content-Security-Policy and other security headers from `src/lib/csp.ts` — the
 * same policy every page carries in its `<meta http-equiv>` tag. For nginx, see deploy/nginx.conf
 * (generated from the same module by `src/lib/nginx.ts`).
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/csp';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile());
        logger.info('已写入 _headers（Content-Security-Policy 等安全响应头）');
      },
    },
  };
}
