/**
 * The security promises of the built output, read from its files: every page carries the one
 * Content-Security-Policy of src/lib/csp.ts before anything it governs, no page holds inline
 * script or style that the policy would block, and dist/_headers carries the same policy.
 * tests/e2e/every-page.test.ts checks the pages in Chromium under it; tests/e2e/nginx.test.ts the
 * headers nginx sends with deploy/nginx.conf.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { CSP_HEADER, CSP_HEADER_EMBED, CSP_META, EMBED_PATH } from '../../src/lib/csp';

const distDir = inject('distDir');
const pages = (readdirSync(distDir, { recursive: true }) as string[]).filter((p) => p.endsWith('.html'));
const html = (page: string) => readFileSync(join(distDir, page), 'utf8');

/** `page: finding` for each page where `find` finds something. */
function offenders(find: (html: string) => string[]): string[] {
  return pages.flatMap((page) => find(html(page)).map((f) => `${page}: ${f}`));
}

describe('Content-Security-Policy', () => {
  test('every page carries the policy in a meta tag right after its charset, before any stylesheet or script', () => {
    expect(pages.length).toBeGreaterThan(10);
    const tag = `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP_META}">`;
    expect(offenders((h) => (h.includes(`<head>${tag}`) ? [] : ['no CSP meta tag at the top of <head>']))).toEqual([]);
  });

  test('no page has an inline script, a <style> element, a style attribute or an event-handler attribute', () => {
    const found = offenders((h) => [
      ...[...h.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g)].map((m) => `inline script ${m[0]}`),
      ...[...h.matchAll(/<style\b[^>]*>/g)].map((m) => `style element ${m[0]}`),
      ...[...h.matchAll(/<[a-z][^>]*\sstyle="[^"]*"/g)].map((m) => `style attribute ${m[0].slice(0, 80)}`),
      ...[...h.matchAll(/<[a-z][^>]*\son[a-z]+="[^"]*"/g)].map((m) => `event handler ${m[0].slice(0, 80)}`),
    ]);
    expect(found).toEqual([]);
  });

  test('the policy allows no inline script, no eval and no other origin', () => {
    expect(CSP_HEADER).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    expect(CSP_HEADER).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP_HEADER).toContain("default-src 'self'");
  });

  test('dist/_headers: the policy for every file, frame-ancestors \'self\' for every page folder, * for /embed/ only', () => {
    const file = readFileSync(join(distDir, '_headers'), 'utf8');
    const base = inject('basePath');
    const rule = (path: string) => file.split(/\n(?=\S)/).find((r) => r.startsWith(`${path}\n`)) ?? `(no rule for ${path})`;
    expect(rule('/*').split('\n')).toContain(`  Content-Security-Policy: ${CSP_META}`);
    expect(rule('/*')).toContain('  X-Content-Type-Options: nosniff');
    expect(rule(base)).toContain(`  Content-Security-Policy: ${CSP_HEADER}`);
    const folders = new Set(pages.filter((p) => p.includes('/')).map((p) => p.split('/')[0]!));
    expect(folders).toContain(EMBED_PATH.slice(0, -1));
    for (const folder of folders) {
      expect(rule(`${base}${folder}/*`)).toContain(`  Content-Security-Policy: ${folder === 'embed' ? CSP_HEADER_EMBED : CSP_HEADER}`);
    }
    expect(file.split('frame-ancestors *').length - 1).toBe(1);
  });
});
