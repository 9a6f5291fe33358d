/**
 * Assembles the hand-written WAT training kernels (src/nn/wasm/wat/) with wabt into
 * src/nn/wasm/kernels.generated.ts, as base64 strings, so that Vite (browser, worker) and Node
 * (tsx, vitest) load them the same way, with no fetch. Runs before dev, build, test and train
 * (it is part of `npm run prepare-data`); writes only when the output changes. With WASM_NAMES=1
 * the modules keep their function names, for profiles (`node --cpu-prof`); do not commit those.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import wabtInit from 'wabt';

const WASM_DIR = join(import.meta.dirname, '..', 'src', 'nn', 'wasm');
/** The output file, committed so that a fresh clone type-checks and tests before any script runs. */
export const GENERATED_FILE = join(WASM_DIR, 'kernels.generated.ts');
/** The WAT sources, in module order. */
const SOURCES = ['math.wat', 'gather.wat', 'dense.wat', 'input-layer.wat', 'output.wat', 'step.wat', 'split.wat', 'conv.wat', 'pool.wat', 'conv-step.wat'];
/** Pages a shared memory may grow to (4 GiB, all of wasm32): the page's memory sets the real limit. */
const SHARED_MAXIMUM_PAGES = 65_536;

const SIMD_PROBE = '(module (func (result v128) (v128.const i32x4 0 0 0 0)))';
const RELAXED_SIMD_PROBE =
  '(module (func (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2))))';

/** Index of the parenthesis that closes the one at `open`. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`build-wasm: unbalanced parenthesis at offset ${open}`);
}

/** The top-level atoms and parenthesised expressions of `text`. */
function operands(text: string): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i])) i++;
    else if (text[i] === '(') {
      const end = closingParen(text, i);
      parts.push(text.slice(i, end + 1));
      i = end + 1;
    } else {
      const start = i;
      while (i < text.length && !/[\s()]/.test(text[i])) i++;
      parts.push(text.slice(start, i));
    }
  }
  return parts;
}

/**
 * Expands the kernels' three macros: (madd a b c) = a*b + c, as a multiply then an add for plain
 * SIMD or one relaxed fused multiply-add; (vec.f32 v) and (vec.i32 v) splat a constant to 4 lanes.
 */
export function expandMacros(text: string, fused: boolean): string {
  const macro = /\((madd|vec\.f32|vec\.i32)\s/g;
  let out = '';
  let last = 0;
  for (let m = macro.exec(text); m; m = macro.exec(text)) {
    const close = closingParen(text, m.index);
    const args = operands(text.slice(m.index + m[0].length, close)).map((a) => expandMacros(a, fused));
    const expected = m[1] === 'madd' ? 3 : 1;
    if (args.length !== expected) throw new Error(`build-wasm: (${m[1]} ...) takes ${expected} operands, got ${args.length}: ${text.slice(m.index, close + 1)}`);
    const [a, b, c] = args;
    out += text.slice(last, m.index);
    if (m[1] === 'madd') out += fused ? `(f32x4.relaxed_madd ${a} ${b} ${c})` : `(f32x4.add (f32x4.mul ${a} ${b}) ${c})`;
    else out += `(v128.const ${m[1] === 'vec.f32' ? 'f32x4' : 'i32x4'} ${a} ${a} ${a} ${a})`;
    last = close + 1;
    macro.lastIndex = last;
  }
  return out + text.slice(last);
}

/**
 * The kernels' module text: the sources without comments, the memory imported from JS; `shared`
 * declares that memory shared, for several workers (it then needs a cross-origin-isolated page).
 */
export function kernelsText(fused: boolean, shared = false): string {
  const body = SOURCES.map((name) => readFileSync(join(WASM_DIR, 'wat', name), 'utf8').replace(/;;.*$/gm, '')).join('\n');
  const memory = shared ? `(memory 1 ${SHARED_MAXIMUM_PAGES} shared)` : '(memory 1)';
  return `(module\n(import "env" "memory" ${memory})\n${expandMacros(body, fused)}\n)`;
}

/** Assembled modules: the kernels with plain and with relaxed SIMD, and the two feature probes. */
export async function assembleKernels(): Promise<
  Record<'simd' | 'relaxedSimd' | 'simdShared' | 'relaxedSimdShared' | 'simdProbe' | 'relaxedSimdProbe', Uint8Array>
> {
  const wabt = await wabtInit();
  const assemble = (name: string, text: string, relaxed: boolean, threads = false) => {
    const features = { simd: true, relaxed_simd: relaxed, threads };
    const module = wabt.parseWat(name, text, features);
    try {
      module.resolveNames();
      // validate takes the features too (the typings leave the parameter out); without them it refuses shared memory.
      (module as unknown as { validate(features: object): void }).validate(features);
      return module.toBinary({ write_debug_names: process.env.WASM_NAMES === '1' }).buffer;
    } finally {
      module.destroy();
    }
  };
  return {
    simd: assemble('kernels-simd.wat', kernelsText(false), false),
    relaxedSimd: assemble('kernels-relaxed-simd.wat', kernelsText(true), true),
    simdShared: assemble('kernels-simd-shared.wat', kernelsText(false, true), false, true),
    relaxedSimdShared: assemble('kernels-relaxed-simd-shared.wat', kernelsText(true, true), true, true),
    simdProbe: assemble('simd-probe.wat', SIMD_PROBE, false),
    relaxedSimdProbe: assemble('relaxed-simd-probe.wat', RELAXED_SIMD_PROBE, true),
  };
}

/** The generated TypeScript module's text. */
export async function generatedSource(): Promise<string> {
  const m = await assembleKernels();
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  return `// Generated by scripts/build-wasm.ts from src/nn/wasm/wat/*.wat: do not edit.

/** The training kernels with plain 128-bit SIMD (${m.simd.length} bytes of WebAssembly, base64). */
export const SIMD_KERNELS = '${b64(m.simd)}';

/** The same kernels with relaxed-SIMD fused multiply-add (${m.relaxedSimd.length} bytes). */
export const RELAXED_SIMD_KERNELS = '${b64(m.relaxedSimd)}';

/** SIMD_KERNELS importing a shared memory, for several workers (${m.simdShared.length} bytes). */
export const SIMD_SHARED_KERNELS = '${b64(m.simdShared)}';

/** RELAXED_SIMD_KERNELS importing a shared memory, for several workers (${m.relaxedSimdShared.length} bytes). */
export const RELAXED_SIMD_SHARED_KERNELS = '${b64(m.relaxedSimdShared)}';

/** A tiny module that validates only where WebAssembly has 128-bit SIMD. */
export const SIMD_PROBE = '${b64(m.simdProbe)}';

/** A tiny module that validates only where WebAssembly has relaxed SIMD. */
export const RELAXED_SIMD_PROBE = '${b64(m.relaxedSimdProbe)}';
`;
}

async function main(): Promise<void> {
  const source = await generatedSource();
  if (existsSync(GENERATED_FILE) && readFileSync(GENERATED_FILE, 'utf8') === source) return;
  writeFileSync(GENERATED_FILE, source);
  console.log(`build-wasm: wrote ${GENERATED_FILE}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((error: unknown) => {
    console.error(`build-wasm: ${(error as Error).message}`);
    process.exit(1);
  });
}
