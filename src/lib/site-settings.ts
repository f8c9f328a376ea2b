/**
 * The one loader of the site settings (`site.config.yaml`, schema in `src/schemas/site.ts`). It
 * never throws: it returns the settings and the problems an editor must fix, each with its line.
 * A field with a problem is left out of the settings (so `astro dev` keeps running, showing the
 * rest), and the content check reports it, which stops a build.
 *
 * Callers: astro.config.mjs (the public URL and base path, through `deployment`), the content check
 * (`npm run check` and the build), and the pages (`src/site/settings.ts`, which reads the same
 * text through Vite).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSettingsSchema, type SiteSettings } from '../schemas/site';
import { readYamlFile } from './frontmatter';
import type { Problem } from './problems';
import { explainIssues } from './schema-messages';
import { decodeText } from './text-file';

/** The settings file, relative to the project root. */
export const SITE_SETTINGS_FILE = 'site.config.yaml';

const GUIDE = '写法见文件里的注释和 src/schemas/site.ts';

/** The environment variables that override the file: where a build is deployed. */
export type DeploymentEnv = { SITE_URL?: string; BASE_PATH?: string };

type SettingsRead = { settings: SiteSettings; problems: Problem[] };

const defaults = (): SiteSettings => siteSettingsSchema.parse({});

/** Reads the settings from the file's bytes or text (`undefined`: no file, all fields empty). */
export function parseSiteSettings(input: Uint8Array | string | undefined, env: DeploymentEnv = {}): SettingsRead {
  const problems: Problem[] = [];
  const add = (p: Omit<Problem, 'file'>) => problems.push({ file: SITE_SETTINGS_FILE, ...p });
  let data: Record<string, unknown> = {};
  let fieldLines = new Map<string, number>();
  if (input !== undefined) {
    const decoded = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') } : decodeText(input);
    if ('error' in decoded) add({ line: decoded.line, message: decoded.error });
    else {
      const read = readYamlFile(decoded.text);
      read.problems.forEach(add);
      if (read.ok) ({ data, fieldLines } = read);
    }
  }
  let result = siteSettingsSchema.safeParse(data);
  if (!result.success) {
    for (const m of explainIssues(siteSettingsSchema as never, result.error.issues, data, { guide: GUIDE })) {
      add({ line: fieldLines.get(String(m.path[0])), message: m.message, fix: m.fix ?? GUIDE });
    }
    // The fields that are fine still count: drop each field with a problem and read again.
    const bad = new Set(result.error.issues.map((i) => String(i.path[0] ?? '')));
    result = siteSettingsSchema.safeParse(Object.fromEntries(Object.entries(data).filter(([k]) => !bad.has(k))));
  }
  const settings = result.success ? result.data : defaults();
  return overrideFromEnv(settings, env, problems);
}

/** SITE_URL and BASE_PATH, checked as the fields they replace are, take their place. */
function overrideFromEnv(settings: SiteSettings, env: DeploymentEnv, problems: Problem[]): SettingsRead {
  const out = { ...settings };
  for (const [name, field] of [['SITE_URL', 'url'], ['BASE_PATH', 'base']] as const) {
    const value = env[name];
    if (!value) continue;
    const shape = siteSettingsSchema.shape[field];
    const parsed = shape.safeParse(value);
    if (parsed.success) out[field] = parsed.data as string;
    else {
      const [m] = explainIssues(shape as never, parsed.error.issues.map((i) => ({ ...i, path: [field, ...i.path] })), { [field]: value });
      problems.push({ file: `环境变量 ${name}`, message: m?.message ?? `${name} 的值“${value}”不对。`, fix: `改正或去掉环境变量 ${name}（它代替 ${SITE_SETTINGS_FILE} 中的 ${field}）。` });
    }
  }
  return { settings: out, problems };
}

/** Reads `site.config.yaml` under `root`; a missing file counts as one with every field empty. */
export function loadSiteSettings(root: string, env: DeploymentEnv = {}): SettingsRead {
  let bytes: Uint8Array | undefined;
  try {
    bytes = readFileSync(join(root, SITE_SETTINGS_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return parseSiteSettings(bytes, env);
}
