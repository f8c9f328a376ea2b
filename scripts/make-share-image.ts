/**
 * `npm run share-image`: draws the site's share image, `public/share.png` — the picture WeChat,
 * QQ, Weibo and other apps show beside a shared link (`og:image`, src/lib/share-meta.ts). The
 * system Chromium renders a card with the site's star, its name from site.config.yaml and what it
 * holds, at the size `SHARE_IMAGE` gives (1200 × 630, the Open Graph size; apps that show a square
 * crop the middle, where the star and the name are). Run it after changing the site name or the
 * favicon, and commit the PNG. One image serves every page: a picture per page would cost the
 * build far more than a second per hundred pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { loadSiteSettings } from '../src/lib/site-settings';
import { SHARE_IMAGE } from '../src/lib/share-meta';
import { main, projectRoot } from './cli';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

main(async () => {
  const { settings } = loadSiteSettings(projectRoot);
  const favicon = readFileSync(join(projectRoot, 'public/favicon.svg'), 'utf8');
  const { width, height } = SHARE_IMAGE;
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${width}px; height: ${height}px; }
    body { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 28px;
      background: #fff; color: #1f2328; border-top: 24px solid #b3261e; box-sizing: border-box;
      font-family: 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif; }
    svg { width: 168px; height: 168px; }
    h1 { margin: 0; font-size: 64px; font-weight: 700; letter-spacing: 0; }
    p { margin: 0; font-size: 32px; color: #57606a; }
  </style></head><body>${favicon}<h1>${escape(settings.siteName)}</h1>
  <p>政策文件 · 五个一示范化工程 · 典型案例 · 工作方法 · 公开统计</p></body></html>`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.setContent(html, { waitUntil: 'load' });
    const file = join(projectRoot, 'public', SHARE_IMAGE.file);
    await page.screenshot({ path: file, type: 'png' });
    process.stdout.write(`已生成 public/${SHARE_IMAGE.file}（${width} × ${height}），请提交到仓库。\n`);
  } finally {
    await browser.close();
  }
  return 0;
});
