import { join } from 'node:path';
import { chromium, type Browser, type Worker } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../chromium-launch.ts';
import { PUBLIC_MNIST_DIR } from '../../node-mnist.ts';
import type { BenchWorker, WorkerAnswer, WorkerRequest } from './bench.worker.ts';
import type { ConvRunRequest, ConvTiming } from '../conv/time-conv.ts';
import { serveStatic } from './serve.ts';

const ROOT = import.meta.dirname;
const OUT_DIR = join(ROOT, '..', '..', '..', 'node_modules', '.bench-dist');
/** BENCH_JS_FLAGS passes V8 flags to Chromium, e.g. BENCH_JS_FLAGS=--trace-deopt with DEBUG=pw:browser. */
const JS_FLAGS = process.env.BENCH_JS_FLAGS ? [`--js-flags=${process.env.BENCH_JS_FLAGS}`] : [];

/** Our engines in a Web Worker of headless Chromium, ready to train on request. */
export interface BrowserBench {
  version: string;
  start(request: WorkerRequest): Promise<void>;
  /** Trains the next slice; the answer comes with the last. */
  next(): Promise<WorkerAnswer | undefined>;
  /** 1 worker against 2, side by side in the worker (workers-bench.ts): the report's lines. */
  workers(layers: number[]): Promise<string[]>;
  /** The same for a convolutional network. */
  convWorkers(model: string): Promise<string[]>;
  /** The conv benchmark's engines, timed in the worker (conv/time-conv.ts): examples per second and a note, by name. */
  conv(request: ConvRunRequest, engines: string[]): Promise<Record<string, ConvTiming>>;
  close(): Promise<void>;
}

/** Builds the bench page (its own config: not the app's), serves it with MNIST, and opens it. */
export async function openBrowserBench(): Promise<BrowserBench> {
  await build({
    configFile: false,
    root: ROOT,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    worker: { format: 'es' },
    // Unminified, so that V8 traces and profiles name the functions.
    build: { outDir: OUT_DIR, emptyOutDir: true, minify: false },
  });
  const { url, server } = await serveStatic({ '/mnist/': PUBLIC_MNIST_DIR, '/': OUT_DIR });
  let browser: Browser | undefined;
  try {
    // Debian's Chromium where it exists (this machine cannot download browsers), else Playwright's own.
    browser = await chromium.launch(chromiumLaunchOptions(JS_FLAGS));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const workerStarted = page.waitForEvent('worker');
    await page.goto(url);
    const worker = await workerStarted;
    await waitForBenchWorker(worker, errors);
    // Playwright sends these functions' source into the worker: they can use only its globals.
    type Scope = { benchWorker: BenchWorker };
    await worker.evaluate(() => (globalThis as unknown as Scope).benchWorker.load());
    const opened = browser;
    return {
      version: opened.version(),
      start: (request) => worker.evaluate((r) => (globalThis as unknown as Scope).benchWorker.start(r), request),
      next: () => worker.evaluate(() => (globalThis as unknown as Scope).benchWorker.next()),
      workers: (layers) => worker.evaluate((l) => (globalThis as unknown as Scope).benchWorker.workers(l), layers),
      convWorkers: (model) => worker.evaluate((m) => (globalThis as unknown as Scope).benchWorker.convWorkers(m), model),
      conv: (request, engines) => worker.evaluate(([r, e]) => (globalThis as unknown as Scope).benchWorker.conv(r, e), [request, engines] as const),
      close: async () => {
        await opened.close();
        server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    server.close();
    throw error;
  }
}

/** Waits until the worker's module has run and put `benchWorker` on its global scope. */
async function waitForBenchWorker(worker: Worker, errors: string[]): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const ready = await worker.evaluate(() => 'benchWorker' in globalThis);
    if (ready) return;
    if (errors.length) throw new Error(`bench page failed: ${errors.join('; ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the bench worker did not start within 10 s');
}
