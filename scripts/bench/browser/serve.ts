import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { ISOLATION_HEADERS } from '../../../security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
};

/** Where a URL path is served from: the first mount whose prefix matches. */
export type Mounts = Record<string, string>;

/**
 * A static server on localhost for the bench page and MNIST. The .gz files go out with
 * Content-Encoding: gzip, so the browser decompresses them and the worker receives IDX bytes.
 */
export async function serveStatic(mounts: Mounts): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const relative = normalize(path.slice(prefix?.length ?? 0)).replace(/^(\.\.[/\\])+/, '');
    const file = prefix === undefined ? undefined : join(mounts[prefix], relative === '.' || relative === '' ? 'index.html' : relative);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end(`not found: ${path}`);
      return;
    }
    const gzip = extname(file) === '.gz';
    response.writeHead(200, {
      // Cross-origin isolation, so the page's workers can share memory (the split engine's rows).
      ...ISOLATION_HEADERS,
      'Content-Type': gzip ? 'application/octet-stream' : (TYPES[extname(file)] ?? 'application/octet-stream'),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
