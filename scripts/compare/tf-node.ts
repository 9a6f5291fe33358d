import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// Registers the gradients: Node's build of tfjs-core cannot import register_all_gradients on its own.
import '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/**
 * TF.js in Node on its WebAssembly backend, one thread (as in the browser's compare view and the
 * benchmark), or on its CPU backend when asked or when wasm fails. Resolves with what runs.
 */
export async function startTfInNode(backend: 'wasm' | 'cpu'): Promise<string> {
  if (backend === 'wasm') {
    try {
      setWasmPaths(`${dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'))}/`);
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
      const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
      return `TF.js ${tf.version_core} wasm backend (${simd ? 'SIMD' : 'no SIMD'}, 1 thread)`;
    } catch (error) {
      await tf.setBackend('cpu');
      return `TF.js ${tf.version_core} cpu backend (wasm failed: ${(error as Error).message})`;
    }
  }
  await tf.setBackend('cpu');
  return `TF.js ${tf.version_core} cpu backend`;
}
