/**
 * Justifies the rasteriser by measurement. Fidelity: the analytic 1 px ramp against an 8x8
 * supersampled reference (the same strokes drawn at 8x scale, then box-averaged), on the pad and
 * on the 28x28 input. Speed: strokesToInput per drawing, for the pen samples as recorded (~40
 * points) and resampled to a point every 2 px (as dense as pointer events on a fast device).
 * usage: npx tsx scripts/eval-drawn/rasterizer-check.ts [fidelity samples, default 200]
 */
import { BRUSH_WIDTH, PAD_SIZE } from '../../src/drawing/brush.ts';
import { penDigitToStrokes } from '../../src/drawing/pen-digits.ts';
import { preprocess, strokesToInput } from '../../src/drawing/preprocess.ts';
import { rasterizeStrokes } from '../../src/drawing/rasterize.ts';
import type { Stroke } from '../../src/drawing/strokes.ts';
import { loadDrawnDigits } from './load-drawn-digits.ts';
import { IMAGE_SIZE } from '../../src/mnist/dataset.ts';

const SUPER = 8;

function supersampled(strokes: Stroke[]): Float32Array {
  const big = rasterizeStrokes(
    strokes.map((s) => s.map((p) => ({ x: p.x * SUPER, y: p.y * SUPER }))),
    PAD_SIZE * SUPER,
    BRUSH_WIDTH * SUPER,
  );
  const pad = new Float32Array(PAD_SIZE * PAD_SIZE);
  for (let y = 0; y < PAD_SIZE * SUPER; y++) {
    for (let x = 0; x < PAD_SIZE * SUPER; x++) pad[Math.floor(y / SUPER) * PAD_SIZE + Math.floor(x / SUPER)] += big[y * PAD_SIZE * SUPER + x];
  }
  return pad.map((v) => v / (SUPER * SUPER));
}

function meanAbsDiff(a: Float32Array, b: Float32Array, onlyInk = false): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    if (onlyInk && a[i] === 0 && b[i] === 0) continue;
    sum += Math.abs(a[i] - b[i]);
    n++;
  }
  return sum / n;
}

/** A point every `step` px along each stroke, as a pointer would report them. */
function densify(strokes: Stroke[], step: number): Stroke[] {
  return strokes.map((s) =>
    s.flatMap((p, i) => {
      if (i === 0) return [p];
      const q = s[i - 1];
      const n = Math.max(1, Math.ceil(Math.hypot(p.x - q.x, p.y - q.y) / step));
      return Array.from({ length: n }, (_, k) => ({ x: q.x + ((k + 1) / n) * (p.x - q.x), y: q.y + ((k + 1) / n) * (p.y - q.y) }));
    }),
  );
}

const digits = loadDrawnDigits();
const samples = Number(process.argv[2] ?? 200);
let padDiff = 0;
let edgeDiff = 0;
let inputDiff = 0;
let inputMax = 0;
for (let i = 0; i < samples; i++) {
  const strokes = penDigitToStrokes(digits[Math.floor((i * digits.length) / samples)].strokes);
  const analytic = rasterizeStrokes(strokes);
  const reference = supersampled(strokes);
  padDiff += meanAbsDiff(analytic, reference);
  edgeDiff += meanAbsDiff(analytic, reference, true);
  const a = preprocess(analytic, PAD_SIZE)!;
  const r = preprocess(reference, PAD_SIZE)!;
  inputDiff += meanAbsDiff(a, r);
  for (let p = 0; p < IMAGE_SIZE; p++) inputMax = Math.max(inputMax, Math.abs(a[p] - r[p]));
}
console.log(`analytic vs ${SUPER}x${SUPER} supersampled, ${samples} drawings:`);
console.log(`  pad: mean |diff| ${(padDiff / samples).toFixed(5)} over all pixels, ${(edgeDiff / samples).toFixed(4)} over inked pixels`);
console.log(`  28x28 input: mean |diff| ${(inputDiff / samples).toFixed(5)}, max |diff| ${inputMax.toFixed(4)}`);

/** Wall-clock and CPU ms per drawing; CPU time is the fairer figure on a shared machine. */
function timePerDrawing(set: Stroke[][]): string {
  for (const s of set.slice(0, 200)) strokesToInput(s); // warm-up for the JIT
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const s of set) strokesToInput(s);
  const wall = (performance.now() - start) / set.length;
  const { user, system } = process.cpuUsage(cpu);
  return `${wall.toFixed(3)} ms wall, ${((user + system) / 1000 / set.length).toFixed(3)} ms CPU`;
}
const recorded = digits.map((d) => penDigitToStrokes(d.strokes));
const dense = recorded.map((s) => densify(s, 2));
const points = (set: Stroke[][]) => set.reduce((n, s) => n + s.reduce((m, st) => m + st.length, 0), 0) / set.length;
console.log(`strokesToInput, mean over ${recorded.length} drawings:`);
console.log(`  as recorded (${points(recorded).toFixed(0)} points): ${timePerDrawing(recorded)}`);
console.log(`  a point every 2 px (${points(dense).toFixed(0)} points): ${timePerDrawing(dense)}`);
