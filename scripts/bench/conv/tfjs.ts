import { startTfInNode } from '../../compare/tf-node.ts';
import { tfEngine } from './tfjs-engine.ts';

/** TF.js in Node, on each backend (the Chromium worker's are in tfjs-browser.ts). */
export const TFJS_CPU = tfEngine('cpu', startTfInNode);
export const TFJS_WASM = tfEngine('wasm', startTfInNode);
