/** `/manifest.webmanifest`: the web app manifest (src/lib/offline/web-manifest.ts). */
import type { APIRoute } from 'astro';
import { webManifest } from '../lib/offline/web-manifest';

export const GET: APIRoute = () => new Response(webManifest(), { headers: { 'Content-Type': 'application/manifest+json' } });
