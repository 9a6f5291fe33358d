import { decodeBase64 } from './base64.ts';
import { RELAXED_SIMD_PROBE, SIMD_PROBE } from './kernels.generated.ts';
import { webAssemblyApi } from './wasm-api.ts';
import type { EngineKind } from '../training-engine.ts';

/**
 * The fastest engine this runtime can run: WebAssembly with relaxed SIMD (fused multiply-add),
 * else plain 128-bit SIMD, else TypeScript. Asks the runtime to validate two tiny modules.
 */
export function detectEngine(): EngineKind {
  const api = webAssemblyApi();
  if (!api) return 'ts';
  const valid = (probe: string) => {
    try {
      return api.validate(decodeBase64(probe));
    } catch {
      return false;
    }
  };
  if (valid(RELAXED_SIMD_PROBE)) return 'wasm-relaxed-simd';
  if (valid(SIMD_PROBE)) return 'wasm-simd';
  return 'ts';
}
