/**
 * Writes public/models/ready.bin, the binary form of public/models/ready.json (src/nn/binary-model.ts)
 * in float16: the first model a visit loads, at under a sixth of the JSON's size. It prints the test
 * accuracy of both, since float16 rounds each weight. Run after the ready model changes:
 * npm run pack-ready-model (a unit test fails while the two differ).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { evaluate } from '../src/nn/evaluate.ts';
import { parseModel } from '../src/nn/serialize.ts';
import { encodeBinaryModel, parseBinaryModel } from '../src/nn/binary-model.ts';
import { loadMnistFromDisk } from './node-mnist.ts';

const source = new URL('../public/models/ready.json', import.meta.url);
const target = new URL('../public/models/ready.bin', import.meta.url);
const { net, config, metrics } = parseModel(readFileSync(source, 'utf8'));
const bytes = encodeBinaryModel(net, config, metrics, 'float16-le');
writeFileSync(target, bytes);
console.log(`public/models/ready.bin: ${bytes.length.toLocaleString('en')} bytes (ready.json: ${readFileSync(source).length.toLocaleString('en')})`);
const { test } = loadMnistFromDisk();
const packed = parseBinaryModel(bytes).net;
console.log(`MNIST test set: ready.json reads ${evaluate(net, test).correct} of ${test.count}, ready.bin (float16) ${evaluate(packed, test).correct}`);
