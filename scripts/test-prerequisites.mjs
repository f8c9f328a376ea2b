#!/usr/bin/env node
/**
 * What `npm test` needs besides npm packages: the system's Chromium (browser tests), a Chinese font
 * (so 360 px layout checks and screenshots measure real glyphs, as a reader's phone would, not empty
 * boxes) and nginx (deployment tests). Found where Debian, Ubuntu and the environment put them; installed from the
 * system's packages when this runs as root with apt-get; otherwise the test run stops at once with
 * the one command to run. A browser is never downloaded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each tool: how to find it (a path, an environment variable first), and the Debian package that provides it. */
const TOOLS = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], pkg: 'chromium' },
  { name: 'a Chinese font', present: hasChineseFont, pkg: 'fonts-wqy-microhei' },
  { name: 'nginx', env: 'NGINX_PATH', paths: ['/usr/sbin/nginx'], pkg: 'nginx' },
];

/** fontconfig (which Chromium uses) lists at least one font covering Chinese. */
function hasChineseFont() {
  const list = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return list.status === 0 && list.stdout.trim() !== '';
}

const found = (tool) => (tool.present ? tool.present() : [process.env[tool.env], ...tool.paths].find((p) => p && existsSync(p)));
let missing = TOOLS.filter((tool) => !found(tool));
if (missing.length === 0) process.exit(0);

const packages = missing.map((t) => t.pkg).join(' ');
const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (canInstall) {
  console.log(`npm test: installing ${missing.map((t) => t.name).join(' and ')} from the system's packages (apt-get install ${packages})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  if (run(['update', '-qq']) && run(['install', '-y', '-qq', ...missing.map((t) => t.pkg)])) missing = missing.filter((tool) => !found(tool));
}
if (missing.length > 0) {
  const envs = missing.filter((t) => t.env).map((t) => t.env);
  console.error(
    `npm test needs ${missing.map((t) => t.name).join(' and ')}, which this machine does not have.\n` +
      `Install ${missing.length > 1 ? 'them' : 'it'} with:\n\n  sudo apt-get install -y ${packages}\n\n` +
      (envs.length > 0 ? `(or point ${envs.join(' / ')} at an installed binary), ` : '') +
      'then run npm test again.',
  );
  process.exit(1);
}
