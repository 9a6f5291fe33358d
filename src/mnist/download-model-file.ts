import { downloadFile, DownloadError, fileOf } from './download-file.ts';
import { BINARY_MODEL_MAGIC } from '../nn/binary-model.ts';

/**
 * A model file in its binary form, downloaded (downloadFile's retries and messages). A static host
 * may answer a missing file with its HTML page and status 200: that is named, not parsed.
 */
export async function downloadModelFile(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  const bytes = await downloadFile(url, { signal });
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== BINARY_MODEL_MAGIC) throw new DownloadError(fileOf(url), 'the server sent something else than a model');
  return bytes;
}
