import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

const ROOT = join(import.meta.dirname, '..', '..');

/** Builds the app into `dirName` (under node_modules, out of the way) and serves it with `vite preview` (its headers, gzip), on a free port. */
export async function serveProductionBuild(dirName: string): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = join(ROOT, 'node_modules', dirName);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { port: 0, open: false } });
  return {
    url: server.resolvedUrls?.local[0] ?? 'http://localhost:4173/',
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
