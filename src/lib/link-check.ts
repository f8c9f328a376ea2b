/**
 * Link check over a built site: every internal link, stylesheet, script and image in every HTML
 * page must reach a file of the build, under the deployment's base path, and every `#anchor` an
 * element of the target page. Run after each build by `src/build/link-check.ts`, which stops the
 * build with the list of broken links and the pages they are on. A page is read once into what the
 * check needs (`builtPage`: its links and anchors), so the HTML of a large site is never all held.
 *
 * The HTML is Astro's own output (attributes always quoted), so a few regular expressions read it;
 * links to other origins are not followed (the portal works offline and on intranets).
 */

export type BuiltFile = {
  /** Path inside the output folder, with `/`: `cases/x/index.html`, `_astro/a.css`. */
  path: string;
  /** The URLs the page refers to (`linksOf`); only for `.html` files. */
  links?: readonly string[];
  /** The page's anchors (`anchorsOf`); only for `.html` files. */
  anchors?: ReadonlySet<string>;
};

type BrokenLink = {
  /** The page the link is on, as a URL path: `/portal/cases/x/`. */
  page: string;
  /** The link as written. */
  href: string;
  /** What is wrong, in Chinese. */
  reason: string;
};

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };
const decodeEntities = (s: string) => s.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, e: string) => ENTITIES[e]!);

/** The URL path a page is served at: `cases/x/index.html` → `/base/cases/x/`. */
export function pageUrl(path: string, base: string): string {
  const url = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  return `${base}${url}`;
}

/** Every `id` (and `<a name>`) in a page: the anchors links may point to. */
export function anchorsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/<[a-zA-Z][^>]*?\s(?:id|name)="([^"]*)"/g)) ids.add(decodeEntities(m[1]!));
  return ids;
}

/** The URLs a page refers to: `href` of links and stylesheets, `src` of scripts and images, form actions. */
export function linksOf(html: string): string[] {
  const links: string[] = [];
  // Skip the contents of <script> elements (JSON data, code) before reading attributes.
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2');
  for (const tag of markup.matchAll(/<(a|link|script|img|source|form|iframe|area)\b([^>]*)>/gi)) {
    const name = tag[1]!.toLowerCase();
    const attrs = tag[2]!;
    for (const m of attrs.matchAll(/\s(href|src|action|srcset)="([^"]*)"/gi)) {
      const attr = m[1]!.toLowerCase();
      // <link rel="canonical"> names the public URL (SITE_URL), not a file of this build; checked as internal only when on the site's origin.
      if (name === 'link' && attr === 'href' && /\brel="(?:preconnect|dns-prefetch)"/.test(attrs)) continue;
      const value = decodeEntities(m[2]!);
      if (attr === 'srcset') links.push(...value.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean));
      else links.push(value);
    }
  }
  return links;
}

/** A built HTML page as the check reads it. */
export function builtPage(path: string, html: string): BuiltFile {
  return { path, links: linksOf(html), anchors: anchorsOf(html) };
}

/**
 * Broken internal links of a built site. `base` is the base path (`/` or `/portal/`), `site` the
 * public origin (`https://example.org`): absolute links to it count as internal.
 */
export function findBrokenLinks(files: readonly BuiltFile[], base: string, site?: string): BrokenLink[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  const origin = 'http://link-check.invalid';
  const siteOrigin = site ? new URL(site).origin : undefined;
  const existing = new Set(files.map((f) => f.path));
  const anchors = new Map<string, ReadonlySet<string>>();
  for (const f of files) if (!anchors.has(f.path)) anchors.set(f.path, f.anchors ?? new Set());
  const anchorsFor = (file: string) => anchors.get(file) ?? new Set<string>();
  const broken: BrokenLink[] = [];

  for (const file of files) {
    if (file.links === undefined) continue;
    // The 404 page is served at any address: resolve its links from a deep one, so a relative link shows as broken.
    const page = file.path === '404.html' ? `${b}404/any/depth/` : pageUrl(file.path, b);
    const shownPage = file.path === '404.html' ? `${b}404.html` : page;
    for (const href of file.links) {
      if (href === '' || href === '#' || /^(mailto|tel|data|blob):/i.test(href)) continue;
      if (/^javascript:/i.test(href)) {
        broken.push({ page: shownPage, href, reason: 'javascript: 链接（安全策略不允许）' });
        continue;
      }
      if (href.startsWith('#')) {
        const fragment = decodeURIComponent(href.slice(1));
        if (!anchorsFor(file.path).has(fragment)) broken.push({ page: shownPage, href, reason: `本页没有 id 为“${fragment}”的位置` });
        continue;
      }
      let url: URL;
      try {
        url = new URL(href, origin + page);
      } catch {
        broken.push({ page: shownPage, href, reason: '不是有效的网址' });
        continue;
      }
      if (url.origin !== origin && url.origin !== siteOrigin) continue; // another site: not checked
      const pathname = decodeURIComponent(url.pathname);
      // An absolute link to elsewhere on the same host (the organisation's own site): not ours to check.
      if (url.origin === siteOrigin && !pathname.startsWith(b)) continue;
      if (!pathname.startsWith(b)) {
        broken.push({ page: shownPage, href, reason: `不在站点的基础路径 ${b} 之下（部署到子路径时会失效）` });
        continue;
      }
      const rest = pathname.slice(b.length);
      let target: string | undefined;
      if (rest === '' || rest.endsWith('/')) target = existing.has(`${rest}index.html`) ? `${rest}index.html` : undefined;
      else if (existing.has(rest)) target = rest;
      else if (existing.has(`${rest}/index.html`)) {
        broken.push({ page: shownPage, href, reason: '页面地址结尾缺少 /' });
        continue;
      }
      if (!target) {
        broken.push({ page: shownPage, href, reason: '指向的页面或文件不存在' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !anchorsFor(target).has(fragment)) {
        broken.push({ page: shownPage, href, reason: `目标页面上没有 id 为“${fragment}”的位置` });
      }
    }
  }
  return broken;
}

/** The broken links as lines for the build log, grouped by page. */
export function describeBrokenLinks(broken: readonly BrokenLink[]): string {
  const byPage = new Map<string, BrokenLink[]>();
  for (const b of broken) byPage.set(b.page, [...(byPage.get(b.page) ?? []), b]);
  return [...byPage]
    .map(([page, links]) => `  ${page}\n${links.map((l) => `    → ${l.href}：${l.reason}`).join('\n')}`)
    .join('\n');
}
