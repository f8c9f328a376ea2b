/**
 * The same-content comparison (`npm run bench -- --pages N --compare starlight`): a default
 * Starlight site in `bench-out/starlight/` — installed there with npm, never into the project's
 * dependencies — with zh-CN as its root locale and its built-in Pagefind, whose pages are the
 * generated entries: each entry's title, its summary as the description, and its Markdown body, as
 * in the benchmark's own site. Starlight's sidebar lists every page, as it does by default.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** The Starlight release compared with; Astro is the project's own version. */
export const STARLIGHT_VERSION = '0.42.4';

const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: '两新党建知识库（Starlight 对照）',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const version = (dir, pkg) => {
  try {
    return JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};

/** Installs Starlight in `dir` (once: kept between runs) and returns the versions installed. */
function install(projectRoot, dir) {
  const astro = version(projectRoot, 'astro');
  mkdirSync(dir, { recursive: true });
  if (version(dir, 'astro') !== astro || version(dir, '@astrojs/starlight') !== STARLIGHT_VERSION) {
    const pkg = { name: 'starlight-comparison', private: true, type: 'module', dependencies: { astro, '@astrojs/starlight': STARLIGHT_VERSION } };
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  }
  return { astro: version(dir, 'astro'), starlight: version(dir, '@astrojs/starlight'), pagefind: version(dir, 'pagefind') };
}

/** An entry file of the generated content: its title, summary and body. */
function entry(text) {
  const end = text.indexOf('\n---', 4);
  const data = yaml.load(text.slice(4, end));
  return { title: data.title ?? data.term, summary: data.summary ?? data.definition, body: text.slice(end + 4).replace(/^\r?\n/, '') };
}

/**
 * A Starlight site in `dir` whose pages are the entries of `contentDir` (the generated site's
 * `content/`), each at the same address as in the portal (`/cases/<id>/` …). Returns the versions
 * and the number of pages written.
 */
export function prepareStarlight(projectRoot, dir, contentDir) {
  const versions = install(projectRoot, dir);
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  const docs = join(dir, 'src/content/docs');
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(docs, 'index.md'), '---\ntitle: 两新党建知识库\ndescription: 与门户相同的生成内容\n---\n\n本站用于与门户比较构建时间。\n');
  let pages = 1;
  for (const collection of readdirSync(contentDir)) {
    mkdirSync(join(docs, collection), { recursive: true });
    for (const file of readdirSync(join(contentDir, collection))) {
      const { title, summary, body } = entry(readFileSync(join(contentDir, collection, file), 'utf8'));
      const front = `---\ntitle: ${JSON.stringify(String(title))}\n${summary ? `description: ${JSON.stringify(String(summary))}\n` : ''}---\n\n`;
      writeFileSync(join(docs, collection, file), front + body);
      pages++;
    }
  }
  return { ...versions, pages };
}
