import { CONVNETJS } from './convnet.ts';
import { OURS_RELAXED, OURS_SIMD, OURS_TS } from './ours.ts';
import { TFJS_CPU_BROWSER, TFJS_WASM_BROWSER } from './tfjs-browser.ts';

/** The conv benchmark's engines that also run in a Chromium worker: all of them, TF.js started as the app's comparison starts it. */
export const WORKER_ENGINES = [OURS_RELAXED, OURS_SIMD, OURS_TS, TFJS_WASM_BROWSER, TFJS_CPU_BROWSER, CONVNETJS];
