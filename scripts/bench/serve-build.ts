import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

const ROOT = join(import.meta.dirname, '..', '..');

export interface ServedBuild {
  url: string;
  close: () => Promise<void>;
}

/** Builds the app at `root` into `dirName` (under this checkout's node_modules, out of the way) and serves it with `vite preview` (its headers, gzip), on a free port. */
async function serveBuildOf(root: string, dirName: string): Promise<ServedBuild> {
  const outDir = join(ROOT, 'node_modules', dirName);
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir }, preview: { port: 0, open: false } });
  return {
    url: server.resolvedUrls?.local[0] ?? 'http://localhost:4173/',
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

/** This checkout's app, built and served (see serveBuildOf). */
export const serveProductionBuild = (dirName: string): Promise<ServedBuild> => serveBuildOf(ROOT, dirName);

/**
 * The app as it was at git revision `rev`, built and served beside this checkout's: the peer of a
 * before/after benchmark, so both builds meet the same machine in one run (this 2-core machine's speed
 * drifts by a fifth within an hour). A git worktree, with this checkout's node_modules and MNIST files;
 * close() removes it.
 */
export async function serveRevisionBuild(rev: string, dirName: string): Promise<ServedBuild> {
  const tree = mkdtempSync(join(tmpdir(), 'nn-magic-rev-'));
  execFileSync('git', ['worktree', 'add', '--detach', tree, rev], { cwd: ROOT, stdio: 'ignore' });
  const remove = () => execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
    cpSync(join(ROOT, 'public', 'mnist'), join(tree, 'public', 'mnist'), { recursive: true });
    const served = await serveBuildOf(tree, dirName);
    return { url: served.url, close: () => served.close().finally(remove) };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * A first-visit bench's command line: `--against REV` (the revision to alternate with, if any) and
 * its count (the first plain number that is not that revision, e.g. `7`), else `fallback`.
 */
export function firstVisitArgs(fallback: number, args = process.argv.slice(2)): { count: number; against: string | undefined } {
  const at = args.indexOf('--against');
  const against = at >= 0 ? args[at + 1] : undefined;
  const count = args.find((a, i) => /^\d+$/.test(a) && (at < 0 || i !== at + 1));
  return { count: Number(count ?? fallback), against };
}
