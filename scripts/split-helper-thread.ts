/** A Node worker thread that takes a share of each step of a split engine (src/nn/wasm/split-engine.ts, src/nn/conv/conv-split-engine.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { runConvSplitHelper, type ConvSplitHelperInit } from '../src/nn/conv/conv-split-helper.ts';
import { runSplitHelper, type SplitHelperInit } from '../src/nn/wasm/split-helper.ts';

const init = workerData as SplitHelperInit | ConvSplitHelperInit;
const ready = () => parentPort!.postMessage('ready');
void ('conv' in init ? runConvSplitHelper(init, ready) : runSplitHelper(init, ready));
