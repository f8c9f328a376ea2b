/** Internal URLs with the deployment's base path (`BASE_PATH`), for components and pages. */
import { absoluteUrl, joinBase } from '../lib/urls';

export const url = (path: string) => joinBase(import.meta.env.BASE_URL, path);

/**
 * The absolute public address of a path (canonical links, share cards, structured data, feeds),
 * or undefined when the build has no public URL (`url` of site.config.yaml, or SITE_URL).
 */
export const publicUrl = (path: string) => absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, path);
