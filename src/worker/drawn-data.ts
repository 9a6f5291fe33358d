import type { LabelledImages } from '../mnist/dataset.ts';
import { fetchPenDigits } from '../mnist/fetch-pen-digits.ts';
import { createRng } from '../nn/rng.ts';
import { createPoolRenderer } from '../training-data/render-pen-digit.ts';
import type { DrawnEvent } from '../protocol/trainer-events.ts';
import { yieldToEventLoop } from './yield.ts';

/** Renders of each pen-drawn digit in the page's pool: 2 x 7,494, about 15,000 images (the CLI's default is 4). */
export const APP_DRAWN_VARIANTS = 2;
// A fixed seed: the pool is rendered once per page and shared by every run that asks for it.
const POOL_SEED = 0x2545f491;
// Digits rendered between yields: about 20 ms of work, so predict, pause and stop still answer.
const DIGITS_PER_SLICE = 8;

/** Where the pen-drawn digits stand. */
export type DrawnProgress = Omit<DrawnEvent, 'kind'>;

/**
 * The pen-drawn digits as training images, fetched and rendered through the draw pad's pipeline
 * only when a run first asks for them, then kept. Rendering runs in slices with a yield between
 * them, so the worker keeps answering while it works.
 */
export function createDrawnPool(url: string) {
  let loading: Promise<LabelledImages> | null = null;
  let pool: LabelledImages | null = null;

  async function load(onProgress: (progress: DrawnProgress) => void): Promise<LabelledImages> {
    onProgress({ phase: 'download', done: 0, total: 1 });
    const digits = await fetchPenDigits(url);
    const renderer = createPoolRenderer(digits, APP_DRAWN_VARIANTS, createRng(POOL_SEED));
    let lastReport = 0;
    while (!renderer.renderSome(DIGITS_PER_SLICE)) {
      const now = performance.now();
      if (now - lastReport > 100) {
        lastReport = now;
        onProgress({ phase: 'render', done: renderer.done, total: renderer.total });
      }
      await yieldToEventLoop();
    }
    onProgress({ phase: 'render', done: renderer.total, total: renderer.total });
    return (pool = renderer.pool());
  }

  return {
    /** The pool, loading it on first call; later calls share the same load. A failed load may be tried again. */
    async get(onProgress: (progress: DrawnProgress) => void): Promise<LabelledImages> {
      loading ??= load(onProgress).catch((error: unknown) => {
        loading = null;
        throw error;
      });
      return loading;
    },
    /** The pool if it is rendered already, else null. */
    current: (): LabelledImages | null => pool,
  };
}

/** The pen-drawn digits of a page, loaded on demand. */
export type DrawnPool = ReturnType<typeof createDrawnPool>;
