import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBinaryModel } from '../src/nn/binary-model.ts';
import { createConvNetwork } from '../src/nn/conv/conv-network.ts';
import { parseModel as parseDescription } from '../src/nn/conv/parse-model.ts';
import { serializeModel } from '../src/nn/serialize.ts';

const dir = mkdtempSync(join(tmpdir(), 'eval-drawn-'));
const modelPath = join(dir, 'always-seven.json');
const dataPath = join(dir, 'digits.json');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'eval-drawn.ts'), ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  // A model with no weights that answers 7 for any drawing: the counting is then known exactly.
  const bias = new Float32Array(10);
  bias[7] = 5;
  writeFileSync(modelPath, serializeModel({ layers: [784, 10], activation: 'sigmoid', cost: 'cross-entropy', weights: [new Float32Array(7840)], biases: [bias] }));
  const digit = (label: number, writer: number) => ({ label, writer, sample: 0, strokes: [[[0.2, 0], [0.9, 0], [0.4, 1]]] });
  writeFileSync(dataPath, JSON.stringify({ digits: [digit(7, 1), digit(7, 2), digit(1, 2), digit(3, 5)] }));
});

describe('npm run eval:drawn', () => {
  it('prints the accuracy, per-digit accuracy and the confusion matrix', () => {
    const { code, out } = run('--model', modelPath, '--data', dataPath);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('accuracy: 50.00% (2 / 4)');
    expect(out).toMatch(/ {2}7: 100\.00% \(2 \/ 2\)/);
    expect(out).toMatch(/ {2}1: {3}0\.00% \(0 \/ 1\)/);
    expect(out).toContain('confusion matrix');
    expect(out).toMatch(/ {2}3: ( {4}0){7} {4}1( {4}0){2}$/m);
  });

  it('restricts to a range of writers and prints each writer when asked', () => {
    const { out } = run('--model', modelPath, '--data', dataPath, '--writers', '1-2', '--per-writer');
    expect(out.split('\n')[0]).toBe('accuracy: 66.67% (2 / 3)');
    expect(out).toMatch(/writer {2}1: 100\.00% \(1 \/ 1\)/);
    expect(out).toMatch(/writer {2}2: {2}50\.00% \(1 \/ 2\)/);
  });

  it('lists the misread digits by their index in the data file when asked', () => {
    const { out } = run('--model', modelPath, '--data', dataPath, '--writers', '2-5', '--misread');
    const listed = out.slice(out.indexOf('misread ('));
    expect(listed).toMatch(/^misread \(2\):\n {2}#2 \(writer 2\): a 1, read as 7 \(output 0\.993; 1: 0\.500\)\n {2}#3 \(writer 5\): a 3, read as 7 /);
  });

  it('reads a convolutional model too, as JSON or in binary', () => {
    const conv = join(dir, 'conv-seven.json');
    const net = createConvNetwork(parseDescription('conv 2@5x5, pool 2, 10'), 'relu', 'log-likelihood', 'scaled', 1);
    net.weights[2].fill(0);
    net.biases[2].fill(0);
    net.biases[2][7] = 5;
    writeFileSync(conv, serializeModel(net));
    expect(run('--model', conv, '--data', dataPath).out.split('\n')[0]).toBe('accuracy: 50.00% (2 / 4)');
    // The binary form the page loads, as public/models/ready.bin.
    const packed = join(dir, 'conv-seven.bin');
    writeFileSync(packed, encodeBinaryModel(net, undefined, undefined, 'float16-le'));
    expect(run('--model', packed, '--data', dataPath).out.split('\n')[0]).toBe('accuracy: 50.00% (2 / 4)');
  });

  it('refuses bad arguments and files with a clear message and no stack trace', () => {
    const cases: [string[], RegExp][] = [
      [[], /--model <file> is required/],
      [['--model', join(dir, 'missing.json')], /cannot read the model .*missing\.json: ENOENT/],
      [['--model', dataPath], /not an NN Magic model/],
      [['--model', modelPath, '--data', modelPath], /"digits" array/],
      [['--model', modelPath, '--data', dataPath, '--writers', '9-3'], /--writers 9-3: expected a range/],
      [['--model', modelPath, '--data', dataPath, '--writers', '20-30'], /no digits to evaluate from writers 20-30/],
      [['--model', modelPath, '--brush', 'wide'], /--brush wide/],
      [['--model', modelPath, '--colour', 'red'], /Unknown option '--colour'/],
    ];
    for (const [args, message] of cases) {
      const { code, err } = run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(message);
      expect(err).not.toMatch(/\n\s+at /);
    }
  });
});
