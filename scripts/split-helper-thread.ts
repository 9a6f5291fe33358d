/** A Node worker thread that takes a share of each step of a split engine (src/nn/wasm/split-engine.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { runSplitHelper, type SplitHelperInit } from '../src/nn/wasm/split-helper.ts';

void runSplitHelper(workerData as SplitHelperInit, () => parentPort!.postMessage('ready'));
