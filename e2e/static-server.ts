import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A plain static host, like a school's web space: files from `root` under the path `base`, with a
 * content type and nothing else (no COOP/COEP, no compression); a missing file gets 404.html.
 * It listens on a free port; the URL it returns ends in `base`. `host.edit` may change a file as
 * it is served (a new version of the app, say).
 */
export async function startStaticServer(root: string, base = '/'): Promise<StaticHost> {
  const host: StaticHost = { url: '', server: null as unknown as Server, edit: (_path, body) => body };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // Only files under root: "..", however written, stays inside it.
    const inside = path.startsWith(base) ? normalize(`/${path.slice(base.length)}`) : null;
    let file = inside === null ? null : join(root, inside.endsWith('/') ? `${inside}index.html` : inside);
    let status = 200;
    if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      file = join(root, '404.html');
      status = 404;
    }
    const body = host.edit(path, readFileSync(file));
    response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host.server = server;
  host.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`;
  return host;
}

/** A running static host. */
export interface StaticHost {
  url: string;
  server: Server;
  /** Changes a file's bytes as they are served; by default they go as they are. */
  edit: (path: string, body: Buffer) => Buffer;
}
