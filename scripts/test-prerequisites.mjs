#!/usr/bin/env node
/**
 * What `npm test` needs besides npm packages: the system's Chromium (browser tests) and nginx
 * (deployment tests). Found where Debian, Ubuntu and the environment put them; installed from the
 * system's packages when this runs as root with apt-get; otherwise the test run stops at once with
 * the one command to run. A browser is never downloaded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each tool: where to look (an environment variable first), and the Debian package that provides it. */
const TOOLS = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], pkg: 'chromium' },
  { name: 'nginx', env: 'NGINX_PATH', paths: ['/usr/sbin/nginx'], pkg: 'nginx' },
];

const found = (tool) => [process.env[tool.env], ...tool.paths].find((p) => p && existsSync(p));
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
  console.error(
    `npm test needs ${missing.map((t) => t.name).join(' and ')}, which this machine does not have.\n` +
      `Install ${missing.length > 1 ? 'them' : 'it'} with:\n\n  sudo apt-get install -y ${packages}\n\n` +
      `(or point ${missing.map((t) => t.env).join(' / ')} at an installed binary), then run npm test again.`,
  );
  process.exit(1);
}
