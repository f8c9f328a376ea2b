/**
 * What `npm run edit` runs: the site's dev server (`astro dev`, the live preview) with the web editor
 * at `/admin/`, and Decap's local backend (`decap-server`, from npm) writing into `content/` and
 * `data/` of this working copy — both on free ports of 127.0.0.1, so nothing is reachable from
 * another computer. `stop()` ends both with everything they started (each runs in a process group
 * of its own, which is signalled as a whole) and resolves when they are gone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { LOCAL_BACKEND_ENV } from './cms-config';

export type EditSession = {
  /** The site's preview: `http://127.0.0.1:4321/` (with the base path). */
  siteUrl: string;
  /** The web editor: `<siteUrl>admin/`. */
  editorUrl: string;
  /** decap-server's API: `http://127.0.0.1:<port>/api/v1`. */
  backendUrl: string;
  /** The processes' ids (each the leader of its own group). */
  pids: number[];
  /** Resolves with a message when a server stops by itself. */
  ended: Promise<string>;
  /** Ends both servers and everything they started; resolves when they have exited. */
  stop(): Promise<void>;
};

/** `count` different ports of 127.0.0.1 that nothing listens on now (all held open together, so none repeats). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => {
      const server = createServer();
      return new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server));
      });
    }),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

const require = createRequire(import.meta.url);

type Child = { process: ChildProcess; output: string[]; exited: Promise<number | null> };

function start(command: string[], cwd: string, env: Record<string, string | undefined>, onLine?: (line: string) => void): Child {
  // A process group of its own: stopping it reaches the workers it starts too.
  const child = spawn(process.execPath, command, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const read = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split(/\r?\n/)) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 200) output.shift();
      onLine?.(line);
    }
  };
  child.stdout!.on('data', read);
  child.stderr!.on('data', read);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, output, exited };
}

/** Signals a process group, ignoring one that is already gone. */
function signalGroup(pid: number | undefined, signal: NodeJS.Signals) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Ends a child's process group: SIGTERM, then SIGKILL after `grace` ms; resolves when its leader exited. */
async function stopChild(child: Child, grace = 5000) {
  signalGroup(child.process.pid, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child.process.pid, 'SIGKILL'), grace);
  await child.exited;
  clearTimeout(timer);
  // Whatever the leader left in its group.
  signalGroup(child.process.pid, 'SIGKILL');
}

/** Waits until `url` answers (any status), up to `ms`. */
async function waitFor(url: string, ms: number, init?: RequestInit): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      await fetch(url, init);
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return false;
}

export type EditOptions = { root: string; sitePort?: number; backendPort?: number; log?: (line: string) => void };

/** Starts decap-server and `astro dev` for the project at `root`; see the module comment. */
export async function startEditSession({ root, sitePort, backendPort, log }: EditOptions): Promise<EditSession> {
  const [freeApi, freeSite] = await freePorts(2);
  const apiPort = backendPort ?? freeApi!;
  const backendUrl = `http://127.0.0.1:${apiPort}/api/v1`;
  const backend = start([require.resolve('decap-server/dist/index.js')], root, {
    PORT: String(apiPort),
    BIND_HOST: '127.0.0.1',
    GIT_REPO_DIRECTORY: root,
    MODE: 'fs',
    LOG_LEVEL: 'warn',
  });
  let resolveSite: (url: string) => void;
  const siteAnnounced = new Promise<string>((resolve) => (resolveSite = resolve));
  const port = sitePort ?? freeSite!;
  const site = start(
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', root, '--host', '127.0.0.1', '--port', String(port)],
    root,
    { [LOCAL_BACKEND_ENV]: backendUrl, FORCE_COLOR: '0', NO_COLOR: '1' },
    (line) => {
      log?.(line);
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(line)?.[1];
      if (url) resolveSite(url);
    },
  );
  const children = [backend, site];
  const stop = async () => {
    await Promise.all(children.map((c) => stopChild(c)));
  };
  const ended = Promise.race([
    backend.exited.then((code) => `本机编辑服务（decap-server）意外停止了（退出码 ${code}）：\n${backend.output.slice(-10).join('\n')}`),
    site.exited.then((code) => `网站预览服务（astro dev）意外停止了（退出码 ${code}）：\n${site.output.slice(-10).join('\n')}`),
  ]);
  const failed = await Promise.race([
    Promise.all([siteAnnounced, waitFor(backendUrl, 30_000, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' })]).then(() => undefined),
    ended,
    new Promise<string>((r) => setTimeout(() => r('网站预览服务 60 秒内没有启动。'), 60_000)),
  ]);
  if (failed) {
    await stop();
    throw new Error(failed);
  }
  const siteUrl = await siteAnnounced;
  const editorUrl = new URL('admin/', siteUrl).href;
  // The first request builds the content layer: wait for the editor's page before saying it is ready.
  await waitFor(editorUrl, 120_000);
  return { siteUrl, editorUrl, backendUrl, pids: children.map((c) => c.process.pid!), ended, stop };
}
