/**
 * The site settings for pages: `site.config.yaml` read through Vite (so `astro dev` reloads it) by
 * the one loader, `src/lib/site-settings.ts`. A missing file is one with every field empty; the
 * content check has already reported any mistake in it.
 */
import { parseSiteSettings } from '../lib/site-settings';

const files = import.meta.glob<string>('/site.config.yaml', { query: '?raw', import: 'default', eager: true });

export const siteSettings = parseSiteSettings(files['/site.config.yaml']).settings;
