/**
 * The parts of the WebAssembly JavaScript API the engine uses. They are typed here, not by an
 * ambient declaration: the core's lib (ES2022) has no WebAssembly types, and a global
 * `declare namespace WebAssembly` would clash with DOM's in the app and worker builds, which
 * compile these files too.
 */

/** A compiled module, opaque to us. */
export type WasmModule = object;

/** Linear memory; `buffer` is replaced (the old one detached) when the memory grows. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  /** Adds pages of 64 KiB; returns the old size in pages. */
  grow(pages: number): number;
}

export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

export interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: Record<string, Record<string, unknown>>): Promise<WasmInstance>;
  /** `shared` memory (its buffer a SharedArrayBuffer) needs `maximum`, and a cross-origin-isolated page. */
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
}

/** Bytes in a page of linear memory. */
export const WASM_PAGE_BYTES = 65_536;

/** The runtime's WebAssembly, or undefined where it has none. */
export function webAssemblyApi(): WasmApi | undefined {
  return (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
}
