/*
 * UTF-8 through the runtime's TextEncoder and TextDecoder, which Node, workers and pages all have.
 * Typed here, as wasm-api.ts types WebAssembly: the core's lib (ES2022) has neither, and a global
 * declaration would clash with DOM's in the app and worker builds, which compile these files too.
 */
interface TextCodecs {
  TextEncoder: new () => { encode(text: string): Uint8Array<ArrayBuffer> };
  TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
}

const codecs = globalThis as unknown as TextCodecs;

/** The UTF-8 bytes of `text`. */
export const utf8Bytes = (text: string) => new codecs.TextEncoder().encode(text);

/** `bytes` read as UTF-8; throws on a malformed sequence rather than replacing it. */
export const utf8Text = (bytes: Uint8Array) => new codecs.TextDecoder('utf-8', { fatal: true }).decode(bytes);
