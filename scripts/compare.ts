/**
 * Manual vs framework from the command line: trains our network and the same network in TF.js
 * (as the compare view does, one after the other here) and prints both sides' test accuracy per
 * epoch, their difference and their speed; writes the table to results/compare-[<conv network>-]<settings>-seed<N>.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareConfig, CompareSide, SideEpoch } from '../src/features/compare/sides/compare-api.ts';
import { createFrameworkSide } from '../src/features/compare/sides/framework-side.ts';
import { createOursSide } from '../src/features/compare/sides/ours-side.ts';
import { runSideLoop, type SideEngine } from '../src/features/compare/sides/side-loop.ts';
import { parseCompareArgs, USAGE, type CompareArgs } from './compare/compare-args.ts';
import { startTfInNode } from './compare/tf-node.ts';
import { table } from './bench/report.ts';
import { loadMnistFromDisk } from './node-mnist.ts';

// Asked for, the usage is the answer, not an error (as in the training CLI).
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
let args: CompareArgs;
try {
  args = parseCompareArgs(process.argv.slice(2));
} catch (error) {
  console.error(`compare: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const { config, settingsName } = args;
const mnist = loadMnistFromDisk();
const pct = (x: number) => (100 * x).toFixed(2);

/** Trains one side to the end, printing a line per epoch; returns its epochs and engine label. */
async function trainSide(side: CompareSide, engine: SideEngine, config: CompareConfig) {
  const label = await engine.start();
  console.log(`${side} engine: ${label}`);
  const { trainer, dispose } = await engine.createRun(config);
  const epochs: SideEpoch[] = [];
  try {
    await runSideLoop({
      side, config, trainer, train: mnist.train, test: mnist.test,
      onEvent(event) {
        if (event.type !== 'epoch') return;
        const e = event.epoch;
        epochs.push(e);
        console.log(`  ${side} epoch ${e.epoch}: ${pct(e.testAccuracy)}%  cost ${e.testCost.toFixed(4)}  ${e.seconds.toFixed(2)} s  ${Math.round(e.examplesPerSecond)} examples/s`);
      },
      shouldStop: () => false,
      yieldToEventLoop: () => new Promise((resolve) => setImmediate(resolve)),
    });
  } finally {
    dispose?.();
  }
  return { label, epochs };
}

const { framework } = config;
const header = [
  `Manual vs framework: ${config.model === undefined ? `[${config.layers.join(',')}]` : `${config.model}, ${config.activation}, log-likelihood`}, eta ${config.eta}, mini-batch ${config.batchSize}, ${config.epochs} epochs, ${config.trainSize} training images, seed ${config.seed}`,
  `framework settings: ${settingsName} (cost ${framework.costReduction}, init ${framework.init}, learning rate ${framework.learningRate})`,
];
console.log(header.join('\n'));
const ours = await trainSide('ours', createOursSide(), config);
const theirs = await trainSide('framework', createFrameworkSide(() => startTfInNode(args.backend)), config);

const rows = ours.epochs.map((o, i) => {
  const f = theirs.epochs[i];
  const diff = 100 * (o.testAccuracy - f.testAccuracy);
  return [o.epoch, pct(o.testAccuracy), pct(f.testAccuracy), (diff >= 0 ? '+' : '') + diff.toFixed(2), o.testCost.toFixed(4), f.testCost.toFixed(4),
    o.seconds.toFixed(2), Math.round(o.examplesPerSecond), f.seconds.toFixed(2), Math.round(f.examplesPerSecond)].map(String);
});
const titles = ['epoch', 'ours %', 'framework %', 'ours-fw', 'ours cost', 'fw cost', 'ours s', 'ours ex/s', 'fw s', 'fw ex/s'];
const largestGap = Math.max(...ours.epochs.map((o, i) => Math.abs(o.testAccuracy - theirs.epochs[i].testAccuracy)));
const last = rows[rows.length - 1];
const total = (epochs: SideEpoch[]) => epochs.reduce((s, e) => s + e.seconds, 0);
const report = [
  ...header,
  `ours engine: ${ours.label}`,
  `framework engine: ${theirs.label}`,
  '',
  ...table(titles, rows),
  '',
  `final test accuracy: ours ${last[1]}%, framework ${last[2]}% (difference ${last[3]} points)`,
  `largest per-epoch difference: ${(100 * largestGap).toFixed(2)} points`,
  `training time: ours ${total(ours.epochs).toFixed(1)} s, framework ${total(theirs.epochs).toFixed(1)} s`,
  // An argument with spaces (a conv description) is quoted, so the line can be pasted back.
  `command: npm run compare -- ${process.argv.slice(2).map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`.trimEnd(),
];
console.log(['', ...report.slice(2)].join('\n'));
const dir = join(import.meta.dirname, '..', 'results');
mkdirSync(dir, { recursive: true });
// A convolutional run gets its own file, so it does not overwrite the fully connected one's.
const network = config.model === undefined ? '' : `${config.model.replace(/[^a-z0-9]+/gi, '-')}-${config.activation}-`;
const file = join(dir, `compare-${network}${settingsName}-seed${config.seed}.txt`);
writeFileSync(file, report.join('\n') + '\n');
console.log(`wrote ${file}`);
