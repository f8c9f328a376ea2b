/**
 * A small static file server for dist/, as a plain static host serves it: `/x/` → `/x/index.html`,
 * unknown paths → `404.html` with status 404, everything below the deployment's base path.
 */
import { createReadStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    return undefined;
  }
  return undefined;
}

export type RunningServer = { url: string; close: () => Promise<void> };

/**
 * Serves `root` under `base` (e.g. `/` or `/portal/`) on a free port of 127.0.0.1. With `gzip`, text
 * is sent compressed to clients that accept it, as a production host does (for measurements).
 */
export async function serveStatic(root: string, base = '/', options: { gzip?: boolean } = {}): Promise<RunningServer> {
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      file = await fileAt(join(root, relative));
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = options.gzip && /text|json|javascript|xml|svg|wasm/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(status, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip({ level: 6 })) : body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
