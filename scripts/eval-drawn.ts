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
import { createScratch } from '../src/nn/batch.ts';
import { argmax, predict } from '../src/nn/evaluate.ts';
import { parseModel } from '../src/nn/serialize.ts';
import { DEFAULT_DRAWN_DIGITS, loadDrawnDigits } from './eval-drawn/load-drawn-digits.ts';
import { createTally, formatReport, record } from './eval-drawn/report.ts';

const USAGE = `usage: npm run eval:drawn -- --model <file> [options]
  --model <file>     a model saved by the trainer (e.g. public/models/ch3-784-100-10.json)
  --data <file>      drawn digits: the packed .bin.gz or JSON (default ${relative(process.cwd(), DEFAULT_DRAWN_DIGITS)})
  --writers a-b      only the digits of writers a to b (e.g. 21-30)
  --per-writer       also print the accuracy of each writer
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
  return { model: values.model, data: values.data ?? DEFAULT_DRAWN_DIGITS, writers: parseWriters(values.writers), perWriter: !!values['per-writer'], brush };
}

function main(): void {
  const options = parseCommandLine(process.argv.slice(2));
  let net;
  try {
    net = parseModel(readFileSync(options.model, 'utf8')).net;
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
  if (writers) digits = digits.filter((d) => d.writer >= writers[0] && d.writer <= writers[1]);
  if (digits.length === 0) fail(`no digits to evaluate${writers ? ` from writers ${writers[0]}-${writers[1]}` : ''}`);

  const scratch = createScratch(net.layers, 1);
  const tally = createTally();
  for (const digit of digits) {
    const input = strokesToInput(penDigitToStrokes(digit.strokes), PAD_SIZE, options.brush);
    // A sample with no ink is still a digit someone meant: it counts as a miss, not a skip.
    record(tally, digit.label, input ? argmax(predict(net, input, scratch)) : null, digit.writer);
  }
  console.log(formatReport(tally, options.perWriter));
}

main();
