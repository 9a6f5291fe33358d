/**
 * Writes public/models/ready.bin, the binary form of public/models/ready.json (src/nn/binary-model.ts):
 * the first model a visit loads, at a quarter of the JSON's size. Run after the ready model changes:
 * npm run pack-ready-model (a unit test fails while the two differ).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeBinaryModel } from '../src/persistence/binary-model.ts';
import { parseModel } from '../src/nn/serialize.ts';

const source = new URL('../public/models/ready.json', import.meta.url);
const target = new URL('../public/models/ready.bin', import.meta.url);
const { net, config, metrics } = parseModel(readFileSync(source, 'utf8'));
const bytes = encodeBinaryModel(net, config, metrics);
writeFileSync(target, bytes);
console.log(`public/models/ready.bin: ${bytes.length.toLocaleString('en')} bytes (ready.json: ${readFileSync(source).length.toLocaleString('en')})`);
