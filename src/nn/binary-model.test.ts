import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BINARY_MODEL_MAGIC, encodeBinaryModel, parseAnyBinaryModel, parseBinaryModel } from './binary-model.ts';
import { fromFloat16Bits, toFloat16Bits } from './float16.ts';
import type { AnyNetwork } from './conv/any-network.ts';
import { createNetwork, type Network } from './network.ts';
import { ModelFormatError, parseAnyModel } from './serialize.ts';
import { DEFAULT_CONFIG } from './types.ts';

const net = createNetwork({ layers: [784, 12, 10], activation: 'tanh', cost: 'log-likelihood' }, 'scaled', 4);
// Values that lose bits in careless formats: negative zero, a subnormal, a huge value, odd fractions.
net.weights[0].set([-0, 1.4e-45, Math.fround(3.3e38), -1 / 3, 0.1]);
const bits = (values: Float32Array) => Array.from(new Uint32Array(values.buffer, values.byteOffset, values.length));
const sameBits = (a: Network, b: Network) => {
  for (let l = 0; l < a.weights.length; l++) {
    expect(bits(b.weights[l])).toEqual(bits(a.weights[l]));
    expect(bits(b.biases[l])).toEqual(bits(a.biases[l]));
  }
};

const valid = () => encodeBinaryModel(net, DEFAULT_CONFIG, { bestTestAccuracy: 0.9 });
const headerLength = (bytes: Uint8Array) => new DataView(bytes.buffer).getUint32(4, true);
/** A file with this header object in place of the real one, keeping the weights that follow. */
function withHeader(change: (header: Record<string, unknown>) => Record<string, unknown>): Uint8Array {
  const bytes = valid();
  const length = headerLength(bytes);
  const header = change(JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))));
  const text = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = Math.ceil((8 + length) / 4) * 4;
  const padded = Math.ceil((8 + text.length) / 4) * 4;
  const out = new Uint8Array(padded + bytes.length - dataStart);
  out.set(bytes.subarray(0, 4));
  new DataView(out.buffer).setUint32(4, text.length, true);
  out.set(text, 8);
  out.set(bytes.subarray(dataStart), padded);
  return out;
}
const edited = (edit: (bytes: Uint8Array) => void) => () => {
  const bytes = valid();
  edit(bytes);
  return bytes;
};

describe('binary model files', () => {
  it('round-trip bit for bit, with the config and metrics, and encode again to the same bytes', () => {
    const bytes = valid();
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe(BINARY_MODEL_MAGIC);
    const { net: back, config, metrics } = parseBinaryModel(bytes);
    expect(back.layers).toEqual([784, 12, 10]);
    expect(back.activation).toBe('tanh');
    expect(back.cost).toBe('log-likelihood');
    sameBits(net, back);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(metrics).toEqual({ bestTestAccuracy: 0.9 });
    expect(encodeBinaryModel(back, config, metrics)).toEqual(bytes);
  });

  it('reads a file that sits inside a larger buffer (as a download may)', () => {
    const bytes = valid();
    const larger = new Uint8Array(bytes.length + 3);
    larger.set(bytes, 3);
    sameBits(net, parseBinaryModel(larger.subarray(3)).net);
  });

  it('in float16: half the bytes, each value the nearest float16, and the file round-trips bit for bit', () => {
    const small = createNetwork({ layers: [784, 12, 10], activation: 'sigmoid', cost: 'cross-entropy' }, 'scaled', 5);
    const half = encodeBinaryModel(small, undefined, undefined, 'float16-le');
    const full = encodeBinaryModel(small);
    expect(full.length - half.length).toBe(9550 * 2);
    const { net: back } = parseBinaryModel(half);
    for (let l = 0; l < 2; l++) {
      expect(Array.from(back.weights[l])).toEqual(Array.from(small.weights[l], (v) => Math.fround(fromFloat16Bits(toFloat16Bits(v)))));
    }
    expect(encodeBinaryModel(back, undefined, undefined, 'float16-le')).toEqual(half);
  });

  it('in int8-scaled: a byte a value and a float32 scale an array; each value the nearest multiple of its array\'s scale, max |value| / 127', () => {
    const small = createNetwork({ layers: [784, 12, 10], activation: 'sigmoid', cost: 'cross-entropy' }, 'scaled', 5);
    const packed = encodeBinaryModel(small, undefined, undefined, 'int8-scaled');
    const full = encodeBinaryModel(small);
    expect(full.length - packed.length).toBe(9550 * 3 - 4 * 4);
    const { net: back } = parseBinaryModel(packed);
    for (let l = 0; l < 2; l++) {
      for (const [original, read] of [[small.weights[l], back.weights[l]], [small.biases[l], back.biases[l]]]) {
        const scale = Math.fround(original.reduce((m, v) => Math.max(m, Math.abs(v)), 0) / 127);
        // (+ 0: int8 has no negative zero.)
        expect(Array.from(read)).toEqual(Array.from(original, (v) => Math.fround(Math.round(v / scale) * scale) + 0));
        expect(Math.max(...read.map(Math.abs))).toBeCloseTo(Math.max(...original.map(Math.abs)), 6);
      }
    }
    expect(encodeBinaryModel(back, undefined, undefined, 'int8-scaled')).toEqual(packed);
    // An array of zeros has scale 0 and reads as zeros.
    small.biases[0].fill(0);
    expect(Array.from(parseBinaryModel(encodeBinaryModel(small, undefined, undefined, 'int8-scaled')).net.biases[0])).toEqual(new Array(12).fill(0));
  });

  it('in int8-scaled, refuses a scale that is not a finite number of at least 0, naming its array', () => {
    const small = createNetwork({ layers: [784, 12, 10], activation: 'sigmoid', cost: 'cross-entropy' }, 'scaled', 5);
    const packed = encodeBinaryModel(small, undefined, undefined, 'int8-scaled');
    // The last array, biases[1]: its scale, then its 10 values.
    new DataView(packed.buffer).setFloat32(packed.length - 14, -1, true);
    expect(() => parseBinaryModel(packed)).toThrow('the scale of biases[1] is -1, expected a finite number of at least 0');
    new DataView(packed.buffer).setFloat32(packed.length - 14, NaN, true);
    expect(() => parseBinaryModel(packed)).toThrow('the scale of biases[1] is NaN');
    expect(() => parseBinaryModel(packed.subarray(0, packed.length - 1))).toThrow(/take 9565 bytes, expected 9566 \(9550 int8-scaled values/);
  });

  it('refuses to write a weight too large for float16, by name', () => {
    const big = createNetwork({ layers: [784, 12, 10], activation: 'sigmoid', cost: 'cross-entropy' }, 'scaled', 5);
    big.biases[1][3] = 70000;
    expect(() => encodeBinaryModel(big, undefined, undefined, 'float16-le')).toThrow('biases[1][3] is 70000, too large for float16');
  });

  it('public/models/ready.bin holds the weights of ready.json in int8-scaled (else: npm run pack-ready-model)', () => {
    const json = parseAnyModel(readFileSync(new URL('../../public/models/ready.json', import.meta.url), 'utf8'));
    const bytes = new Uint8Array(readFileSync(new URL('../../public/models/ready.bin', import.meta.url)));
    const binary = parseAnyBinaryModel(bytes);
    const shape = ({ weights: _w, biases: _b, ...rest }: AnyNetwork) => rest;
    expect(shape(binary.net)).toEqual(shape(json.net));
    expect(binary.config).toEqual(json.config);
    // Compared as bytes, first difference only: a diff of 86,000 bytes takes Vitest minutes to print.
    const packed = encodeBinaryModel(json.net, json.config, binary.metrics, 'int8-scaled');
    expect(packed.length).toBe(bytes.length);
    expect(packed.findIndex((b, i) => b !== bytes[i])).toBe(-1);
  });

  const malformed: [string, () => Uint8Array, RegExp][] = [
    ['an empty file', () => new Uint8Array(0), /0 bytes, too short/],
    ['a JSON model file', () => new TextEncoder().encode('{"format":"nn-magic-model"}'), /starts with "\{\\"fo", expected "NNMB"/],
    ['a header longer than the limit', edited((b) => new DataView(b.buffer).setUint32(4, 1 << 20, true)), /header length is 1048576 bytes, more than the limit/],
    ['a header running past the end', () => valid().subarray(0, 40), /the file ends after 32/],
    ['a header that is not JSON', edited((b) => (b[8] = 0x7a)), /header is not valid JSON/],
    ['a header that is not UTF-8', edited((b) => (b[9] = 0xff)), /header is not valid JSON/],
    ['a header that is an array', () => withHeader(() => [] as never), /header is not a JSON object/],
    ['weights inside the header', () => withHeader((h) => ({ ...h, weights: [] })), /holds "weights" or "biases"/],
    ['an unknown encoding', () => withHeader((h) => ({ ...h, encoding: 'bfloat16' })), /unknown value encoding "bfloat16"; this app reads "float32-le" or "float16-le" or "int8-scaled"/],
    ['an encoding that does not match the values', () => withHeader((h) => ({ ...h, encoding: 'float16-le' })), /take 38200 bytes, expected 19100 \(9550 float16-le values/],
    ['another format', () => withHeader((h) => ({ ...h, format: 'keras' })), /not an NN Magic model/],
    ['a future version', () => withHeader((h) => ({ ...h, version: 3 })), /unsupported model version 3/],
    ['no layers', () => withHeader((h) => ({ ...h, layers: undefined })), /"layers" must list/],
    ['a fractional layer size', () => withHeader((h) => ({ ...h, layers: [784, 12.5, 10] })), /layer 1 has size 12.5/],
    ['too many parameters', () => withHeader((h) => ({ ...h, layers: [784, 7000, 10] })), /more than the limit/],
    ['an input that is not 784', () => withHeader((h) => ({ ...h, layers: [783, 12, 10] })), /input layer has 783/],
    ['an unknown activation', () => withHeader((h) => ({ ...h, activation: 'swish' })), /unknown activation "swish"/],
    ['weights for other layer sizes', () => withHeader((h) => ({ ...h, layers: [784, 11, 10] })), /take 38200 bytes, expected 35020 \(8755 float32-le values for layers 784-11-10\)/],
    ['a missing value', () => valid().subarray(0, valid().length - 4), /take 38196 bytes, expected 38200/],
    ['a value too many', () => new Uint8Array([...valid(), 0, 0, 0, 0]), /take 38204 bytes, expected 38200/],
    ['a value that is not a number', edited((b) => new DataView(b.buffer).setFloat32(b.length - 4, NaN, true)), /biases\[1\]\[9\] is NaN, expected a finite number/],
    ['an infinite weight', edited((b) => new DataView(b.buffer).setFloat32(b.length - 4 * 130, -Infinity, true)), /weights\[1\] \(10x12\)\[0\] is -Infinity, expected a finite number/],
    ['padding that is not zero', edited((b) => (b[8 + headerLength(b)] = 1)), /padding after the header, is 1, expected 0/],
  ];
  for (const [name, make, message] of malformed) {
    it(`rejects ${name}, naming the fault`, () => {
      const bytes = make();
      expect(() => parseBinaryModel(bytes)).toThrow(ModelFormatError);
      expect(() => parseBinaryModel(bytes)).toThrow(message);
    });
  }
});
