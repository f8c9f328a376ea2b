/**
 * Astro integration: a build without a public URL (`url` in site.config.yaml, or SITE_URL) says so
 * once — canonical links, feeds and the sitemap need one — and goes on: pages then carry no
 * absolute address at all, never a `localhost` one.
 */
import type { AstroIntegration } from 'astro';
import { SITE_SETTINGS_FILE } from '../lib/site-settings';

export default function publicUrl(): AstroIntegration {
  return {
    name: 'public-url',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' || config.site) return;
        logger.warn(
          `没有设置网站的公开网址（${SITE_SETTINGS_FILE} 中的 url，或环境变量 SITE_URL）：这次构建不生成规范链接（canonical）、` +
            '订阅源和站点地图，页面里也不写入任何本机地址。上线前请填写 url。',
        );
      },
    },
  };
}
