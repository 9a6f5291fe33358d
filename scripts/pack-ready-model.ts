/**
 * Writes public/models/ready.bin, the binary form of public/models/ready.json (src/nn/binary-model.ts)
 * in float16: the first model a visit loads, at under a sixth of the JSON's size. It prints the test
 * accuracy of both, since float16 rounds each weight. Run after the ready model changes:
 * npm run pack-ready-model (a unit test fails while the two differ).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseAnyModel } from '../src/nn/serialize.ts';
import { encodeBinaryModel } from '../src/nn/binary-model.ts';
import { loadMnistFromDisk } from './node-mnist.ts';
import { accuracyOfModelFile } from './measure-shift/shift-models.ts';

const source = new URL('../public/models/ready.json', import.meta.url);
const target = new URL('../public/models/ready.bin', import.meta.url);
const { net, config, metrics } = parseAnyModel(readFileSync(source, 'utf8'));
const bytes = encodeBinaryModel(net, config, metrics, 'float16-le');
writeFileSync(target, bytes);
console.log(`public/models/ready.bin: ${bytes.length.toLocaleString('en')} bytes (ready.json: ${readFileSync(source).length.toLocaleString('en')})`);
const { test } = loadMnistFromDisk();
// The JSON's float32 weights, read through the same path as the packed file's (float32 binary, lossless).
const exact = await accuracyOfModelFile(encodeBinaryModel(net, config, metrics, 'float32-le'));
const packed = await accuracyOfModelFile(bytes);
const correct = (accuracy: number) => Math.round(accuracy * test.count);
console.log(`MNIST test set: ready.json reads ${correct(exact(test))} of ${test.count}, ready.bin (float16) ${correct(packed(test))}`);
