// The bench page is built by Vite (run-in-chromium.ts), which resolves the app's `.wasm?url` imports.
/// <reference types="vite/client" />
import * as tf from '@tensorflow/tfjs-core';
import { tfEngine, type TfBackend } from './tfjs-engine.ts';

/**
 * TF.js in a browser worker, started as the app's comparison starts it (framework-backend.ts: its
 * .wasm files from our own origin, one thread). Imported when the engine starts, so that Node, which
 * lists these engines by name (worker-engines.ts), never loads the browser-only module.
 */
async function startTfInBrowser(backend: TfBackend): Promise<string> {
  // The module also registers the CPU backend and the gradients.
  const { startFrameworkBackend } = await import('../../../src/features/compare/sides/framework-backend.ts');
  if (backend === 'wasm') return startFrameworkBackend();
  await tf.setBackend('cpu');
  return `TF.js ${tf.version_core}, cpu backend`;
}

export const TFJS_CPU_BROWSER = tfEngine('cpu', startTfInBrowser);
export const TFJS_WASM_BROWSER = tfEngine('wasm', startTfInBrowser);
