/**
 * Accuracy on real drawings: draws each pen-recorded digit on the pad as the app would (same
 * rasteriser, brush and preprocessing), classifies it with a saved model, and prints the accuracy,
 * per-digit accuracy and the confusion matrix.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { BRUSH_WIDTH, PAD_SIZE } from '../src/drawing/brush.ts';
import { penDigitToStrokes } from '../src/drawing/pen-digits.ts';
import { strokesToInput } from '../src/drawing/preprocess.ts';
import { parseAnyBinaryModel } from '../src/nn/binary-model.ts';
import { answererOf } from '../src/nn/conv/any-network.ts';
import { argmax } from '../src/nn/evaluate.ts';
import { parseAnyModel } from '../src/nn/serialize.ts';
import { DEFAULT_DRAWN_DIGITS, loadDrawnDigits } from './eval-drawn/load-drawn-digits.ts';
import { createTally, formatReport, record } from './eval-drawn/report.ts';

const USAGE = `usage: npm run eval:drawn -- --model <file> [options]
  --model <file>     a model saved by the trainer, fully connected or convolutional, as .json or
                     binary .bin (e.g. public/models/ready.json, public/models/ready-dense.bin)
  --data <file>      drawn digits: the packed .bin.gz or JSON (default ${relative(process.cwd(), DEFAULT_DRAWN_DIGITS)})
  --writers a-b      only the digits of writers a to b (e.g. 21-30)
  --per-writer       also print the accuracy of each writer
  --misread          also list each misread digit: its index in the data, writer, label, answer and outputs
  --brush <px>       brush diameter on the ${PAD_SIZE} px pad (default ${BRUSH_WIDTH}, the app's)`;

function fail(problem: string, showUsage = false): never {
  console.error(`eval:drawn: ${problem}${showUsage ? `\n\n${USAGE}` : ''}`);
  process.exit(2);
}

function parseWriters(value: string | undefined): [number, number] | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)(?:-(\d+))?$/.exec(value.trim());
  const from = Number(match?.[1]);
  const to = Number(match?.[2] ?? match?.[1]);
  if (!match || from > to) fail(`--writers ${value}: expected a range such as 21-30`, true);
  return [from, to];
}

function parseCommandLine(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        model: { type: 'string' },
        data: { type: 'string' },
        writers: { type: 'string' },
        brush: { type: 'string' },
        'per-writer': { type: 'boolean' },
        misread: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message, true);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.model) fail('--model <file> is required', true);
  const brush = values.brush === undefined ? BRUSH_WIDTH : Number(values.brush);
  if (!Number.isFinite(brush) || brush <= 0 || brush > PAD_SIZE) fail(`--brush ${values.brush}: expected a width in px from 1 to ${PAD_SIZE}`, true);
  return { model: values.model, data: values.data ?? DEFAULT_DRAWN_DIGITS, writers: parseWriters(values.writers), perWriter: !!values['per-writer'], misread: !!values.misread, brush };
}

function main(): void {
  const options = parseCommandLine(process.argv.slice(2));
  let net;
  try {
    const bytes = readFileSync(options.model);
    // A .json model file, or the binary form the page loads (public/models/ready.bin, float16).
    net = (options.model.endsWith('.bin') ? parseAnyBinaryModel(bytes) : parseAnyModel(bytes.toString('utf8'))).net;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(`cannot read the model ${options.model}: ${code ?? (error as Error).message}`);
  }
  let digits;
  try {
    digits = loadDrawnDigits(options.data);
  } catch (error) {
    fail((error as Error).message);
  }
  const { writers } = options;
  // Indexed as in the data file, so that a listed digit can be found again (e2e/my-digits.spec.ts picks one).
  let indexed = digits.map((digit, index) => ({ digit, index }));
  if (writers) indexed = indexed.filter(({ digit: d }) => d.writer >= writers[0] && d.writer <= writers[1]);
  if (indexed.length === 0) fail(`no digits to evaluate${writers ? ` from writers ${writers[0]}-${writers[1]}` : ''}`);

  const answer = answererOf(net);
  const tally = createTally();
  const misread: string[] = [];
  for (const { digit, index } of indexed) {
    const input = strokesToInput(penDigitToStrokes(digit.strokes), PAD_SIZE, options.brush);
    // A sample with no ink is still a digit someone meant: it counts as a miss, not a skip.
    const outputs = input ? answer(input) : null;
    const predicted = outputs ? argmax(outputs) : null;
    record(tally, digit.label, predicted, digit.writer);
    if (predicted !== digit.label) {
      const read = outputs && predicted !== null ? `read as ${predicted} (output ${outputs[predicted].toFixed(3)}; ${digit.label}: ${outputs[digit.label].toFixed(3)})` : 'no ink';
      misread.push(`  #${index} (writer ${digit.writer}): a ${digit.label}, ${read}`);
    }
  }
  console.log(formatReport(tally, options.perWriter));
  if (options.misread) console.log(['', `misread (${misread.length}):`, ...misread].join('\n'));
}

main();
