/** `/manifest.webmanifest`: the web app manifest (src/lib/offline/web-manifest.ts). */
import type { APIRoute } from 'astro';
import { webManifest } from '../lib/offline/web-manifest';
import { siteSettings } from '../site/settings';

export const GET: APIRoute = () => new Response(webManifest(siteSettings.siteName), { headers: { 'Content-Type': 'application/manifest+json' } });
