import type { NeuronDetail } from '../../worker/inspect-trace.ts';
import { cellCentre, type NetworkLayout } from './network-layout.ts';
import { grey, NEGATIVE_CSS, POSITIVE_CSS } from '../../ui/shade.ts';
import { DIGIT_COUNT, IMAGE_SIDE } from '../../mnist/dataset.ts';
import { argmax } from '../../nn/evaluate.ts';
import { themeColour } from '../../ui/theme-colour.ts';

/** The network view's colours, from the theme. */
const colours = (canvas: HTMLCanvasElement) => ({
  background: themeColour(canvas, '--network-bg'),
  edge: themeColour(canvas, '--network-edge'),
  selected: themeColour(canvas, '--network-selected'),
  label: themeColour(canvas, '--network-label'),
});

type NetworkColours = ReturnType<typeof colours>;


/**
 * Draws the network: each neuron a square as bright as its activation, the selected neuron
 * outlined, its strongest incoming connections as lines (blue positive, red negative weights,
 * thicker for a larger |weight x activation|), and the outputs labelled with their digits.
 */
export function drawNetwork(ctx: CanvasRenderingContext2D, layout: NetworkLayout, brightness: Float32Array[], neuron: NeuronDetail | null): void {
  const theme = colours(ctx.canvas);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  const last = layout.boxes.length - 1;
  layout.boxes.forEach((box, layer) => {
    const values = brightness[layer];
    const inset = layer === 0 ? 0 : box.cell >= 6 ? 1 : 0.5;
    for (let i = 0; i < box.count; i++) {
      const v = grey(values?.[i] ?? 0);
      const x = box.x + (i % box.cols) * box.cell;
      const y = box.y + Math.floor(i / box.cols) * box.cell;
      ctx.fillStyle = `rgb(${v} ${v} ${v})`;
      ctx.fillRect(x + inset, y + inset, box.cell - 2 * inset, box.cell - 2 * inset);
      // An edge so that a neuron at 0 still shows where it is.
      if (layer > 0 && box.cell >= 8) {
        ctx.strokeStyle = theme.edge;
        ctx.lineWidth = 1;
        ctx.strokeRect(x + inset + 0.5, y + inset + 0.5, box.cell - 2 * inset - 1, box.cell - 2 * inset - 1);
      }
    }
  });
  ctx.strokeStyle = theme.edge;
  const input = layout.boxes[0];
  ctx.strokeRect(input.x + 0.5, input.y + 0.5, input.cell * IMAGE_SIDE - 1, input.cell * IMAGE_SIDE - 1);
  drawOutputLabels(ctx, layout, brightness[last], theme);
  if (neuron) drawSelection(ctx, layout, neuron, theme);
}

function drawOutputLabels(ctx: CanvasRenderingContext2D, layout: NetworkLayout, outputs: Float32Array | undefined, theme: NetworkColours): void {
  const box = layout.boxes[layout.boxes.length - 1];
  const best = outputs ? argmax(outputs) : -1;
  ctx.font = `600 ${Math.min(14, box.cell - 4)}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  for (let d = 0; d < DIGIT_COUNT; d++) {
    const [, y] = cellCentre(box, d);
    ctx.fillStyle = d === best ? theme.selected : theme.label;
    ctx.fillText(String(d), box.x + box.cell + 5, y);
  }
}

function drawSelection(ctx: CanvasRenderingContext2D, layout: NetworkLayout, neuron: NeuronDetail, theme: NetworkColours): void {
  const box = layout.boxes[neuron.layer];
  const below = layout.boxes[neuron.layer - 1];
  if (!box || !below) return;
  const [tx, ty] = cellCentre(box, neuron.index);
  const largest = Math.max(1e-9, ...neuron.strongest.map((c) => Math.abs(c.contribution)));
  const byWeight = largest <= 1e-9;
  const largestWeight = Math.max(1e-9, ...neuron.strongest.map((c) => Math.abs(c.weight)));
  ctx.globalAlpha = 0.85;
  for (const c of neuron.strongest) {
    const [sx, sy] = cellCentre(below, c.from);
    const strength = byWeight ? Math.abs(c.weight) / largestWeight : Math.abs(c.contribution) / largest;
    ctx.strokeStyle = c.weight >= 0 ? POSITIVE_CSS : NEGATIVE_CSS;
    ctx.lineWidth = 0.75 + 2.75 * strength;
    ctx.beginPath();
    ctx.moveTo(sx, sy);
    ctx.lineTo(tx, ty);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = theme.selected;
  ctx.lineWidth = 2;
  const x = box.x + (neuron.index % box.cols) * box.cell;
  const y = box.y + Math.floor(neuron.index / box.cols) * box.cell;
  ctx.strokeRect(x - 1, y - 1, box.cell + 2, box.cell + 2);
}
