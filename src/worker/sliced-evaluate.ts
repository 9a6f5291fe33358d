import { sliceSet, type LabelledImages } from '../mnist/dataset.ts';
import type { EvalResult } from '../nn/types.ts';
import { yieldToEventLoop } from './yield.ts';

// 250 images of [784, 100, 10] take about 5 ms in TypeScript: small enough to answer a predict
// call within 50 ms.
const CHUNK = 250;

/** Accuracy and mean cost on a whole set, computed in chunks by `evaluateChunk` with a yield between them. */
export async function evaluateInSlices(evaluateChunk: (part: LabelledImages) => EvalResult, set: LabelledImages): Promise<EvalResult> {
  let correct = 0;
  let costSum = 0;
  for (let start = 0; start < set.count; start += CHUNK) {
    const part = evaluateChunk(sliceSet(set, start, Math.min(set.count, start + CHUNK)));
    correct += part.correct;
    costSum += part.cost * part.total;
    await yieldToEventLoop();
  }
  const total = set.count;
  return { correct, total, accuracy: total ? correct / total : 0, cost: total ? costSum / total : 0 };
}
