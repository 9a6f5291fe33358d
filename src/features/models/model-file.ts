import { ModelFormatError } from '../../nn/serialize.ts';
import { messageOf } from '../../errors/error-message.ts';

/** Files above this size are refused before a byte is read (the largest model allowed is about 60 MB as JSON at worst, 25 MB typically). */
export const MAX_MODEL_FILE_BYTES = 50 * 1024 * 1024;

/** What the import needs of a File (so Node tests can pass plain objects). */
export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Reads a chosen model file after the checks that need no parsing: a .json name, not empty, not
 * above MAX_MODEL_FILE_BYTES, text that opens a JSON object. The content is checked by parseModel.
 */
export async function readModelFile(file: FileLike): Promise<string> {
  if (!/\.json$/i.test(file.name)) {
    throw new ModelFormatError('its name does not end in .json: expected a model file exported by NN Magic');
  }
  if (file.size === 0) throw new ModelFormatError('the file is empty');
  if (file.size > MAX_MODEL_FILE_BYTES) {
    throw new ModelFormatError(`the file is ${megabytes(file.size)}, more than the limit of ${megabytes(MAX_MODEL_FILE_BYTES)}`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    throw new ModelFormatError(`the file could not be read (${messageOf(error)})`);
  }
  // A byte-order mark is harmless; anything else before the opening brace is not a model.
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body) throw new ModelFormatError('the file holds only blank space');
  if (body.includes('\u0000') || body.includes('\uFFFD')) throw new ModelFormatError('the file is binary data, not a JSON model file');
  if (!body.startsWith('{')) throw new ModelFormatError('not a model: the file does not start with a JSON object');
  return body;
}

/** A file name that says what the model is: nn-magic-784-100-10-97.72pct.json, nn-magic-conv-8-5x5-pool-2-10-93.35pct.json. */
export function modelFileName(network: readonly number[] | string, testAccuracy?: number): string {
  const accuracy = testAccuracy === undefined ? '' : `-${(testAccuracy * 100).toFixed(2)}pct`;
  const shape = typeof network === 'string' ? network.toLowerCase().replace(/[^a-z0-9]+/g, '-') : network.join('-');
  return `nn-magic-${shape}${accuracy}.json`;
}
