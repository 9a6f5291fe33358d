import { argmax } from '../../nn/evaluate.ts';
import { paintPixels } from '../../ui/paint-pixels.ts';
import { grey } from '../../ui/shade.ts';
import { themeColour } from '../../ui/theme-colour.ts';
import { tileAt, type ColumnBox, type ConvNetworkLayout } from './conv-network-layout.ts';

/** The caption's font, also the one the layout measures with. */
export const CAPTION_FONT = '12px system-ui, sans-serif';
const CAPTION_TITLE_FONT = `600 ${CAPTION_FONT}`;

/** The convolutional view's colours, from the theme: the same as the dense network view's. */
const colours = (canvas: HTMLCanvasElement) => ({
  background: themeColour(canvas, '--network-bg'),
  edge: themeColour(canvas, '--network-edge'),
  selected: themeColour(canvas, '--network-selected'),
  label: themeColour(canvas, '--network-label'),
});

type Colours = ReturnType<typeof colours>;

/** One tile canvas and image per map side, reused by every draw: the view redraws at each stroke. */
const tiles = new Map<number, { context: OffscreenCanvasRenderingContext2D; image: ImageData }>();

function tileOf(side: number) {
  let tile = tiles.get(side);
  const context = tile ? tile.context : new OffscreenCanvas(side, side).getContext('2d');
  if (!tile && context) tiles.set(side, (tile = { context, image: context.createImageData(side, side) }));
  return tile;
}

/** One map of `side` × `side` brightness values (at `offset`) drawn as a `size` px square, each value a sharp block. */
function drawMap(ctx: CanvasRenderingContext2D, values: Float32Array, offset: number, side: number, x: number, y: number, size: number): void {
  const tile = tileOf(side);
  if (!tile) return;
  // One colour array for every pixel: the maps of a large network hold tens of thousands of values.
  const rgb = [0, 0, 0];
  paintPixels(tile.image, 0, 0, (p) => rgb.fill(grey(values[offset + p])), side);
  tile.context.putImageData(tile.image, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(tile.context.canvas, x, y, size, size);
}

function drawColumn(ctx: CanvasRenderingContext2D, box: ColumnBox, brightness: Float32Array, theme: Colours): void {
  ctx.fillStyle = theme.label;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.font = CAPTION_TITLE_FONT;
  ctx.fillText(box.caption[0], box.captionX, box.captionY);
  ctx.font = CAPTION_FONT;
  ctx.fillText(box.caption[1], box.captionX, box.captionY + 15);
  ctx.strokeStyle = theme.edge;
  ctx.lineWidth = 1;
  const best = box.kind === 'outputs' ? argmax(brightness) : -1;
  for (let i = 0; i < box.count; i++) {
    const [x, y] = tileAt(box, i);
    if (box.side > 1) {
      drawMap(ctx, brightness, i * box.side * box.side, box.side, x, y, box.tile);
      // An edge, so that a map that found nothing still shows where it is.
      ctx.strokeRect(x - 0.5, y - 0.5, box.tile + 1, box.tile + 1);
      continue;
    }
    // A neuron, drawn as the dense network view draws one: a grey square with an edge.
    const v = grey(brightness[i]);
    const inset = box.tile >= 6 ? 1 : 0.5;
    ctx.fillStyle = `rgb(${v} ${v} ${v})`;
    ctx.fillRect(x + inset, y + inset, box.tile - 2 * inset, box.tile - 2 * inset);
    if (box.tile >= 8) ctx.strokeRect(x + inset + 0.5, y + inset + 0.5, box.tile - 2 * inset - 1, box.tile - 2 * inset - 1);
    if (box.kind === 'outputs') {
      ctx.font = `600 ${Math.min(14, box.tile - 4)}px system-ui, sans-serif`;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = i === best ? theme.selected : theme.label;
      ctx.fillText(String(i), x + box.tile + 5, y + box.tile / 2);
      if (i === best) {
        ctx.strokeStyle = theme.selected;
        ctx.lineWidth = 2;
        ctx.strokeRect(x - 1, y - 1, box.tile + 2, box.tile + 2);
        ctx.strokeStyle = theme.edge;
        ctx.lineWidth = 1;
      }
    }
  }
}

function drawArrow(ctx: CanvasRenderingContext2D, { x1, x2, y }: ConvNetworkLayout['arrows'][number], theme: Colours): void {
  ctx.strokeStyle = theme.label;
  ctx.fillStyle = theme.label;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(x1, y);
  ctx.lineTo(x2 - 5, y);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(x2, y);
  ctx.lineTo(x2 - 6, y - 4);
  ctx.lineTo(x2 - 6, y + 4);
  ctx.closePath();
  ctx.fill();
}

/**
 * Draws the convolutional network: the image, each layer's maps as small tiles as bright as their
 * values (`brightness[c]`, in [0, 1], for column c), the neurons and outputs as the dense view
 * draws them, the largest output outlined, arrows showing the flow.
 */
export function drawConvNetwork(ctx: CanvasRenderingContext2D, layout: ConvNetworkLayout, brightness: readonly Float32Array[]): void {
  const theme = colours(ctx.canvas as HTMLCanvasElement);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  layout.boxes.forEach((box, c) => drawColumn(ctx, box, brightness[c], theme));
  for (const arrow of layout.arrows) drawArrow(ctx, arrow, theme);
}
