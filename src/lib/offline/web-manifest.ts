/**
 * The web app manifest (`/manifest.webmanifest`), so that 添加到主屏幕 gives the portal its name,
 * icon and colour, and opens it without the browser's address bar. Every URL in it is relative to
 * the manifest's own address, so one manifest serves the site at `/` and under a base path such as
 * `/portal/`. The icons are PNG files made from the favicon by `scripts/make-icons.mjs`.
 */

/**
 * What a home screen shows besides the site's name (网站名称 of site.config.yaml), and the page head's
 * default description and colour.
 */
export const SITE_IDENTITY = {
  /** Under the icon on a home screen: at most about six Chinese characters fit. */
  shortName: '两新党建',
  description: '两新组织党建政策、五个一示范化工程、典型案例、工作方法和公开统计。',
  /** The header's red (`--color-brand` in src/styles/global.css). */
  themeColour: '#b3261e',
} as const;

/** The PNG icons in `public/icons/`. */
export const ICONS = [
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/** The manifest's JSON, for the site named `name`. */
export function webManifest(name: string): string {
  const manifest = {
    id: './',
    name,
    short_name: SITE_IDENTITY.shortName,
    description: SITE_IDENTITY.description,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: SITE_IDENTITY.themeColour,
    icons: ICONS,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
