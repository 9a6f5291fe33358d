import { trainer } from '../../client/connection.ts';
import type { Shift } from '../../drawing/shift-image.ts';
import { downloadFile } from '../../mnist/download-file.ts';
import { WHY_CONV_DENSE, WHY_CONV_MODEL } from '../../nn/conv/why-conv-model.ts';
import type { WhyConvLook } from '../../worker/why-conv-api.ts';
import { bookMomentUrl } from './learn-client.ts';

const convUrl = `${import.meta.env.BASE_URL}models/${WHY_CONV_MODEL.file}`;

// One download at a time; the worker keeps what it was sent (a new worker is sent it again).
let loading: Promise<void> | null = null;

/** Makes sure the worker holds the step's two networks: fetched the first time the step opens, never before. */
function ensureModels(): Promise<void> {
  loading ??= (async () => {
    if (await trainer().hasWhyConvModels()) return;
    const [conv, dense] = await Promise.all([downloadFile(convUrl), downloadFile(bookMomentUrl(WHY_CONV_DENSE))]);
    await trainer().loadWhyConvModels(conv, dense);
  })().finally(() => (loading = null));
  return loading;
}

/** The step "Why convolution" for a drawing moved by `shift`, with filter `filter` (0-based), computed in the worker. */
export async function whyConvOn(drawing: Float32Array, shift: Shift, filter: number): Promise<WhyConvLook | null> {
  await ensureModels();
  return trainer().whyConvLook(drawing, shift, filter);
}
