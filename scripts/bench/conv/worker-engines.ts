import { CONVNETJS } from './convnet.ts';
import { OURS_RELAXED, OURS_SIMD, OURS_TS } from './ours.ts';

/** The conv benchmark's engines that also run in a Chromium worker (TF.js would need its .wasm files served beside the bench page). */
export const WORKER_ENGINES = [OURS_RELAXED, OURS_SIMD, OURS_TS, CONVNETJS];
