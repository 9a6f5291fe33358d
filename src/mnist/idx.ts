import { IMAGE_SIZE, type LabelledImages } from './dataset.ts';

/** An error in a data file: names the file and what was expected. */
export class IdxFormatError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'IdxFormatError';
  }
}

// IDX magic numbers: 0x00 0x00, type 0x08 (unsigned byte), then the number of dimensions.
const IMAGES_MAGIC = 0x00000803;
const LABELS_MAGIC = 0x00000801;
const hex = (n: number) => `0x${n.toString(16).padStart(8, '0')}`;

/** Parses an IDX3 image file of 28x28 images; the pixel bytes are a view, not a copy. */
export function parseIdxImages(bytes: Uint8Array, file: string): { images: Uint8Array; count: number } {
  if (bytes.length < 16) {
    throw new IdxFormatError(file, `truncated: ${bytes.length} bytes, expected a 16-byte IDX image header`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  if (magic !== IMAGES_MAGIC) {
    throw new IdxFormatError(file, `wrong magic number ${hex(magic)}, expected ${hex(IMAGES_MAGIC)} (IDX unsigned-byte images)`);
  }
  const count = view.getUint32(4);
  const rows = view.getUint32(8);
  const cols = view.getUint32(12);
  if (rows !== 28 || cols !== 28) {
    throw new IdxFormatError(file, `images are ${rows}x${cols}, expected 28x28`);
  }
  const expected = 16 + count * IMAGE_SIZE;
  if (bytes.length !== expected) {
    throw new IdxFormatError(file, `${bytes.length} bytes, expected ${expected} for ${count} images of 28x28 (truncated or padded)`);
  }
  return { images: bytes.subarray(16), count };
}

/** Parses an IDX1 label file; every label must be a digit 0-9. */
export function parseIdxLabels(bytes: Uint8Array, file: string): Uint8Array {
  if (bytes.length < 8) {
    throw new IdxFormatError(file, `truncated: ${bytes.length} bytes, expected an 8-byte IDX label header`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  if (magic !== LABELS_MAGIC) {
    throw new IdxFormatError(file, `wrong magic number ${hex(magic)}, expected ${hex(LABELS_MAGIC)} (IDX unsigned-byte labels)`);
  }
  const count = view.getUint32(4);
  if (bytes.length !== 8 + count) {
    throw new IdxFormatError(file, `${bytes.length} bytes, expected ${8 + count} for ${count} labels (truncated or padded)`);
  }
  const labels = bytes.subarray(8);
  const bad = labels.findIndex((l) => l > 9);
  if (bad >= 0) throw new IdxFormatError(file, `label ${bad} is ${labels[bad]}, expected a digit 0-9`);
  return labels;
}

/** Parses a matching pair of image and label files. */
export function parseIdxPair(
  imageBytes: Uint8Array,
  imageFile: string,
  labelBytes: Uint8Array,
  labelFile: string,
): LabelledImages {
  const { images, count } = parseIdxImages(imageBytes, imageFile);
  const labels = parseIdxLabels(labelBytes, labelFile);
  if (labels.length !== count) {
    throw new IdxFormatError(labelFile, `${labels.length} labels, but ${imageFile} has ${count} images; expected equal counts`);
  }
  return { images, labels, count };
}

/** The four MNIST files, as served gzip-compressed under public/mnist/. */
export const MNIST_FILES = {
  trainImages: 'train-images-idx3-ubyte',
  trainLabels: 'train-labels-idx1-ubyte',
  testImages: 't10k-images-idx3-ubyte',
  testLabels: 't10k-labels-idx1-ubyte',
} as const;

/** Expected sizes of the uncompressed files. */
export const MNIST_SIZES: Record<keyof typeof MNIST_FILES, number> = {
  trainImages: 47_040_016,
  trainLabels: 60_008,
  testImages: 7_840_016,
  testLabels: 10_008,
};

/** True when bytes start with the gzip magic 1f 8b (a server may already have decompressed them). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
