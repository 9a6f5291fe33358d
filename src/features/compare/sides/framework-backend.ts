import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core alone has no gradients; the full @tensorflow/tfjs would register them and much else.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import { messageOf } from '../../../errors/error-message.ts';


/**
 * Starts TF.js on its WebAssembly backend (XNNPACK), on one thread like our engine, with its .wasm
 * files served from our own origin (the page is cross-origin isolated); on its CPU backend if that
 * fails. Resolves with a label saying which backend runs.
 */
export async function startFrameworkBackend(): Promise<string> {
  try {
    setWasmPaths({
      'tfjs-backend-wasm.wasm': wasmUrl,
      'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
      // Never fetched: threads are off below. TF.js wants an entry for every binary.
      'tfjs-backend-wasm-threaded-simd.wasm': wasmSimdUrl,
    });
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
    const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    return `TF.js ${tf.version_core}, wasm backend (${simd ? 'SIMD' : 'no SIMD'}, 1 thread)`;
  } catch (error) {
    await tf.setBackend('cpu');
    return `TF.js ${tf.version_core}, cpu backend (wasm failed: ${messageOf(error)})`;
  }
}
