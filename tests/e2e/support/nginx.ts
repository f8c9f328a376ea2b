/**
 * Debian's nginx (`/usr/sbin/nginx`, or `NGINX_PATH`) serving built sites with the project's own
 * configuration (src/lib/nginx.ts, the generator of deploy/nginx.conf), run as the current user:
 * a main configuration in a temporary folder (its `-p` prefix, with the pid, logs and temp files),
 * listening on a free port of 127.0.0.1. Nothing of the system's nginx configuration is read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { nginxServer, type NginxSite } from '../../../src/lib/nginx';

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

export type RunningNginx = { origin: string; close: () => Promise<void> };

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The main configuration: the project's server block inside a minimal `http {}`. */
function mainConfig(dir: string, port: number, sites: readonly NginxSite[]): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${join(dir, t)};`);
  return [
    // As root, nginx would hand its workers to `nobody`: keep them the current user.
    ...(process.getuid?.() === 0 ? [`user ${userInfo().username};`] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    `    access_log ${join(dir, 'access.log')};`,
    ...temp,
    ...nginxServer({ listen: `127.0.0.1:${port}`, sites }).map((l) => (l ? `    ${l}` : l)),
    '}',
    '',
  ].join('\n');
}

/** Starts nginx serving `sites`; resolves once it answers. */
export async function startNginx(sites: readonly NginxSite[]): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}. Install it with: apt-get install -y nginx (or set NGINX_PATH)`);
  const dir = mkdtempSync(join(tmpdir(), 'liangxin-nginx-'));
  const port = await freePort();
  const config = join(dir, 'nginx.conf');
  writeFileSync(config, mainConfig(dir, port, sites));
  const errorLog = join(dir, 'error.log');
  const nginx: ChildProcess = spawn(NGINX, ['-p', dir, '-c', config, '-e', errorLog], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => nginx.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const log = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  const stop = async () => {
    if (nginx.exitCode === null) nginx.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  for (let tries = 0; ; tries++) {
    if (nginx.exitCode !== null) {
      const message = log();
      await stop();
      throw new Error(`nginx did not start:\n${message}`);
    }
    try {
      await fetch(origin, { redirect: 'manual' });
      break;
    } catch {
      if (tries > 100) {
        await stop();
        throw new Error(`nginx did not answer on ${origin}:\n${log()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return { origin, close: stop };
}
