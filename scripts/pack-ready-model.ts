/**
 * Writes public/models/ready.bin, the binary form of public/models/ready.json (src/nn/binary-model.ts)
 * in int8-scaled: the first model a visit loads, at a thirteenth of the JSON's size. Rounding each
 * weight to its array's 255 levels changes what the model reads a little, so the file records the
 * MNIST test accuracy of its own weights (the page shows it as the model's), and this prints both.
 * Run after the ready model changes: npm run pack-ready-model (a unit test fails while the two differ).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseAnyModel } from '../src/nn/serialize.ts';
import { encodeBinaryModel } from '../src/nn/binary-model.ts';
import { loadMnistFromDisk } from './node-mnist.ts';
import { accuracyOfModelFile } from './measure-shift/shift-models.ts';

const source = new URL('../public/models/ready.json', import.meta.url);
const target = new URL('../public/models/ready.bin', import.meta.url);
const { net, config, metrics } = parseAnyModel(readFileSync(source, 'utf8'));
const { test } = loadMnistFromDisk();
const correct = (accuracy: number) => Math.round(accuracy * test.count);
// The JSON's float32 weights, read through the same path as the packed file's (float32 binary, lossless).
const exact = (await accuracyOfModelFile(encodeBinaryModel(net, config, metrics, 'float32-le')))(test);
const packedAccuracy = (await accuracyOfModelFile(encodeBinaryModel(net, config, metrics, 'int8-scaled')))(test);
const bytes = encodeBinaryModel(net, config, { ...metrics, finalTestAccuracy: correct(packedAccuracy) / test.count }, 'int8-scaled');
writeFileSync(target, bytes);
console.log(`public/models/ready.bin: ${bytes.length.toLocaleString('en')} bytes (ready.json: ${readFileSync(source).length.toLocaleString('en')})`);
console.log(`MNIST test set: ready.json reads ${correct(exact)} of ${test.count}, ready.bin (int8-scaled) ${correct(packedAccuracy)}`);
