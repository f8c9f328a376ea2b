/**
 * What the web editor's page (`src/cms/admin.astro`) needs: its configuration, made from the
 * schemas and the region registry (`src/lib/cms-config.ts`), and its Content-Security-Policy
 * (`src/lib/csp.ts`), narrowed to the backend it talks to. The backend is decap-server on this
 * computer under `npm run edit` (which sets `LIANGXIN_CMS_PROXY` for `astro dev`), else the
 * publishing setup of the site settings.
 */
import { getCollection } from 'astro:content';
import { backendOrigins, cmsBackend, cmsSetup, LOCAL_BACKEND_ENV, localBackend, type CmsConfig, type EntryRules } from '../lib/cms-config';
import { adminCsp } from '../lib/csp';
import { CONTENT_COLLECTION_IDS, type ContentCollectionId } from '../schemas/registry';
import { siteSettings } from './settings';

/** What the page hands its script (`src/scripts/cms/admin.ts`) as JSON. */
export type EditorSetup = { config: CmsConfig; rules: Record<string, EntryRules>; decap: string };

/** The page's setup and policy; `siteUrl` is shown in the editor's header. */
export async function webEditor(base: string, siteUrl: string | undefined): Promise<{ setup: EditorSetup; csp: string }> {
  const local = import.meta.env.DEV ? process.env[LOCAL_BACKEND_ENV] : undefined;
  if (!local && !siteSettings.cms) throw new Error('网页编辑器只在 npm run edit 或配置了发布方式（site.config.yaml 的 cms）时才有。');
  const backend = local ? localBackend(local) : cmsBackend(siteSettings.cms!);
  const regions = (await getCollection('regions')).map((r) => r.data);
  const mdx: ContentCollectionId[] = [];
  for (const c of CONTENT_COLLECTION_IDS) if ((await getCollection(c)).some((e) => e.filePath?.endsWith('.mdx'))) mdx.push(c);
  const { config, rules } = cmsSetup({ backend, regions, mdx, siteUrl });
  return { setup: { config, rules, decap: `${base}admin/decap/decap-cms.js` }, csp: adminCsp(backendOrigins(backend)) };
}
