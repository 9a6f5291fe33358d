import type { AnyNetwork } from './conv/any-network.ts';
import type { Network } from './network.ts';
import { layerShapes } from './conv/model-spec.ts';
import { parameterCount } from './network.ts';
import { anyModelFromFile, CONV_MODEL_VERSION, denseRead, convShapeOfFile, MAX_LAYERS, MAX_PARAMETERS, ModelFormatError, modelFromFile, toModelFile, type ModelMetrics, type ReadModel } from './serialize.ts';
import type { TrainConfig } from './types.ts';
import { utf8Bytes, utf8Text } from './text-codec.ts';
import { float16BitsToFloat32Bits, FLOAT16_MAX, fromFloat16Bits, isFloat16NonFinite, toFloat16Bits } from './float16.ts';

/**
 * The compact form of a model file (public/models/ready.bin, in int8-scaled: a thirteenth of the
 * JSON's size), so a first visit on a slow phone connection gets its first answer sooner. Layout,
 * little-endian:
 *
 *   bytes 0-3   "NNMB"
 *   bytes 4-7   header length H (uint32)
 *   8 .. 8+H    header: the model file's JSON without weights and biases, plus "encoding"
 *   then        zero bytes up to a multiple of 4
 *   then        the values: weights[0], biases[0], weights[1], biases[1], ... (as in Network, or
 *               for a convolutional model, version 2, as in ConvNetwork), each a float32 or a
 *               float16 as the header's "encoding" says; in int8-scaled, each array is a float32
 *               scale followed by its values as int8, value = int8 x scale
 *
 * Reading it checks everything the JSON model file's reader checks (modelFromFile), and more.
 */
export const BINARY_MODEL_MAGIC = 'NNMB';
/**
 * How the values are stored: IEEE 754 float32 (every weight exactly), float16 (half the bytes, each
 * weight rounded to 3 significant digits), or int8-scaled (a quarter of the bytes: each array's values
 * are whole multiples of its own scale, max |value| / 127). Bytes per value; int8-scaled adds 4 per
 * array for its scale. The fully connected ready model reads MNIST's test set exactly as well in
 * float16 as in float32 (9,859 of 10,000); the convolutional one reads 9,945 in either, and 9,946 in
 * int8-scaled, the form it ships in (npm run pack-ready-model).
 */
export const BINARY_MODEL_ENCODINGS = { 'float32-le': 4, 'float16-le': 2, 'int8-scaled': 1 } as const;
export type BinaryModelEncoding = keyof typeof BINARY_MODEL_ENCODINGS;
/** The bytes an array of `count` values takes in `encoding`. */
const arrayBytes = (encoding: BinaryModelEncoding, count: number) => BINARY_MODEL_ENCODINGS[encoding] * count + (encoding === 'int8-scaled' ? 4 : 0);
/** A header longer than this is not a model header (config and metrics take well under 1 KB). */
export const MAX_BINARY_HEADER_BYTES = 64 * 1024;

const PREFIX_BYTES = 8;
const align4 = (n: number) => Math.ceil(n / 4) * 4;

/** The model as NN Magic's binary model file; a weight too large for float16 is refused by name. */
export function encodeBinaryModel(
  net: AnyNetwork,
  config?: Partial<TrainConfig>,
  metrics?: ModelMetrics,
  encoding: BinaryModelEncoding = 'float32-le',
): Uint8Array<ArrayBuffer> {
  const { weights: _weights, biases: _biases, ...rest } = toModelFile(net, config, metrics);
  const header = utf8Bytes(JSON.stringify({ ...rest, encoding }));
  const dataOffset = align4(PREFIX_BYTES + header.length);
  const arrays = net.weights.flatMap((w, l) => [[`weights[${l}]`, w], [`biases[${l}]`, net.biases[l]]] as const);
  const bytes = new Uint8Array(dataOffset + arrays.reduce((n, [, values]) => n + arrayBytes(encoding, values.length), 0));
  const view = new DataView(bytes.buffer);
  bytes.set(utf8Bytes(BINARY_MODEL_MAGIC), 0);
  view.setUint32(4, header.length, true);
  bytes.set(header, PREFIX_BYTES);
  let offset = dataOffset;
  for (const [name, values] of arrays) {
    if (encoding === 'int8-scaled') {
      const scale = Math.fround(values.reduce((m, v) => Math.max(m, Math.abs(v)), 0) / 127);
      view.setFloat32(offset, scale, true);
      offset += 4;
      for (const v of values) view.setInt8(offset++, scale ? Math.round(v / scale) : 0);
      continue;
    }
    values.forEach((v, i) => {
      if (encoding === 'float32-le') view.setFloat32(offset, v, true);
      else if (Math.abs(v) > FLOAT16_MAX) throw new ModelFormatError(`${name}[${i}] is ${v}, too large for float16 (at most ${FLOAT16_MAX})`);
      else view.setUint16(offset, toFloat16Bits(v), true);
      offset += BINARY_MODEL_ENCODINGS[encoding];
    });
  }
  return bytes;
}

function readHeader(bytes: Uint8Array): { header: Record<string, unknown>; dataOffset: number; encoding: BinaryModelEncoding } {
  if (bytes.length < PREFIX_BYTES) throw new ModelFormatError(`not a binary model: ${bytes.length} bytes, too short for its ${PREFIX_BYTES}-byte start`);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== BINARY_MODEL_MAGIC) throw new ModelFormatError(`not an NN Magic binary model: it starts with ${JSON.stringify(magic)}, expected "${BINARY_MODEL_MAGIC}"`);
  const headerBytes = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (headerBytes > MAX_BINARY_HEADER_BYTES) throw new ModelFormatError(`the header length is ${headerBytes} bytes, more than the limit of ${MAX_BINARY_HEADER_BYTES}`);
  if (PREFIX_BYTES + headerBytes > bytes.length) throw new ModelFormatError(`the header length is ${headerBytes} bytes, but the file ends after ${bytes.length - PREFIX_BYTES}`);
  let header: unknown;
  try {
    header = JSON.parse(utf8Text(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerBytes)));
  } catch (error) {
    throw new ModelFormatError(`the header is not valid JSON text (${(error as Error).message})`);
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) throw new ModelFormatError('the header is not a JSON object');
  const fields = header as Record<string, unknown>;
  if ('weights' in fields || 'biases' in fields) throw new ModelFormatError('the header holds "weights" or "biases": in a binary model they follow the header');
  if (typeof fields.encoding !== 'string' || !Object.hasOwn(BINARY_MODEL_ENCODINGS, fields.encoding)) {
    const known = Object.keys(BINARY_MODEL_ENCODINGS).map((e) => `"${e}"`).join(' or ');
    throw new ModelFormatError(`unknown value encoding ${JSON.stringify(fields.encoding)}; this app reads ${known}`);
  }
  const encoding = fields.encoding as BinaryModelEncoding;
  const dataOffset = align4(PREFIX_BYTES + headerBytes);
  if (dataOffset > bytes.length) throw new ModelFormatError('the file ends inside the padding after the header');
  for (let i = PREFIX_BYTES + headerBytes; i < dataOffset; i++) {
    if (bytes[i] !== 0) throw new ModelFormatError(`byte ${i}, padding after the header, is ${bytes[i]}, expected 0`);
  }
  return { header: fields, dataOffset, encoding };
}

const isLayerList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length >= 2 && value.length <= MAX_LAYERS && value.every((n) => Number.isInteger(n) && n >= 1);

/**
 * Reads a binary model file; any fault (a wrong start, a bad header, too few or too many values,
 * a value that is not a finite number) gives a ModelFormatError that names it.
 */
export const parseBinaryModel = (bytes: Uint8Array): ReadModel<Network> => denseRead(parseAnyBinaryModel(bytes));

/** As parseBinaryModel, for either kind of network: version 1 (fully connected) or 2 (convolutional). */
export function parseAnyBinaryModel(bytes: Uint8Array): ReadModel {
  const { header, dataOffset, encoding } = readHeader(bytes);
  const { encoding: _encoding, ...file } = header;
  if (file.format === 'nn-magic-model' && file.version === CONV_MODEL_VERSION) return parseConvValues(file, bytes, dataOffset, encoding);
  const sizes = file.layers;
  // Layer sizes the model file reader would refuse: it says why, before any size is used here.
  if (!isLayerList(sizes) || parameterCount(sizes) > MAX_PARAMETERS) return modelFromFile({ ...file, weights: [], biases: [] });
  const expected = sizes.slice(1).reduce((n, size, l) => n + arrayBytes(encoding, size * sizes[l]) + arrayBytes(encoding, size), 0);
  const found = bytes.length - dataOffset;
  if (found !== expected) {
    // A fault in the header comes first: it is what the file's maker got wrong.
    const zeros = (n: number) => new Array<number>(n).fill(0);
    modelFromFile({ ...file, weights: sizes.slice(1).map((n, l) => zeros(n * sizes[l])), biases: sizes.slice(1).map(zeros) });
    throw new ModelFormatError(`the weights and biases take ${found} bytes, expected ${expected} (${parameterCount(sizes)} ${header.encoding} values for layers ${sizes.join('-')})`);
  }
  const take = valueReader(new DataView(bytes.buffer, bytes.byteOffset + dataOffset, expected), encoding);
  const weights: Float32Array[] = [];
  const biases: Float32Array[] = [];
  for (let l = 1; l < sizes.length; l++) {
    weights.push(take(sizes[l] * sizes[l - 1], `weights[${l - 1}] (${sizes[l]}x${sizes[l - 1]})`));
    biases.push(take(sizes[l], `biases[${l - 1}]`));
  }
  // The same checks as a JSON model file: format, version, sizes, activation, cost, finite values.
  return anyModelFromFile({ ...file, weights, biases });
}

/**
 * Reads the values of `view` in order, `count` at a call, into a Float32Array, refusing any that is
 * not finite; named as the JSON reader names them.
 */
function valueReader(view: DataView, encoding: BinaryModelEncoding) {
  let offset = 0;
  return (count: number, what: string): Float32Array => {
    const values = new Float32Array(count);
    if (encoding === 'float32-le') {
      for (let i = 0; i < count; i++, offset += 4) {
        values[i] = view.getFloat32(offset, true);
        if (!Number.isFinite(values[i])) throw new ModelFormatError(`${what}[${i}] is ${values[i]}, expected a finite number`);
      }
      return values;
    }
    if (encoding === 'int8-scaled') {
      const scale = view.getFloat32(offset, true);
      offset += 4;
      if (!Number.isFinite(scale) || scale < 0) throw new ModelFormatError(`the scale of ${what} is ${scale}, expected a finite number of at least 0`);
      // Through an Int8Array, not view.getInt8: the ready model's 86,000 values are read once, by code
      // not yet optimised, where each DataView call costs (reading ready.bin at a first call in Node:
      // median 4.3 against 5.3 ms, five fresh processes each).
      const ints = new Int8Array(view.buffer, view.byteOffset + offset, count);
      for (let i = 0; i < count; i++) values[i] = ints[i] * scale;
      offset += count;
      return values;
    }
    const bits = new Uint32Array(values.buffer);
    for (let i = 0; i < count; i++, offset += 2) {
      const half = view.getUint16(offset, true);
      if (isFloat16NonFinite(half)) throw new ModelFormatError(`${what}[${i}] is ${fromFloat16Bits(half)}, expected a finite number`);
      bits[i] = float16BitsToFloat32Bits(half);
    }
    return values;
  };
}

/** A convolutional model's values (version 2): the description in the header says how many each layer has. */
function parseConvValues(file: Record<string, unknown>, bytes: Uint8Array, dataOffset: number, encoding: BinaryModelEncoding): ReadModel {
  const shapes = layerShapes(convShapeOfFile(file).spec);
  const count = shapes.reduce((n, s) => n + s.weights + s.biases, 0);
  const expected = shapes.reduce((n, s) => n + arrayBytes(encoding, s.weights) + arrayBytes(encoding, s.biases), 0);
  const found = bytes.length - dataOffset;
  if (found !== expected) throw new ModelFormatError(`the weights and biases take ${found} bytes, expected ${expected} (${count} values for ${String(file.model)})`);
  const take = valueReader(new DataView(bytes.buffer, bytes.byteOffset + dataOffset, expected), encoding);
  const weights: Float32Array[] = [];
  const biases: Float32Array[] = [];
  shapes.forEach((s, l) => {
    weights.push(take(s.weights, `weights[${l}]`));
    biases.push(take(s.biases, `biases[${l}]`));
  });
  return anyModelFromFile({ ...file, weights, biases });
}
