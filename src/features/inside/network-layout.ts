import type { NeuronRef } from '../../worker/inspect-trace.ts';
import { DIGIT_COUNT, IMAGE_SIDE, IMAGE_SIZE } from '../../mnist/dataset.ts';

/** Where one layer's neurons sit: a grid of square cells, filled row by row. */
export interface LayerBox {
  x: number;
  y: number;
  cols: number;
  rows: number;
  /** Side of a cell in CSS pixels, the gap included. */
  cell: number;
  count: number;
}

/** The whole picture: one box per layer, input first, and the size of the canvas. */
export interface NetworkLayout {
  boxes: LayerBox[];
  width: number;
  height: number;
}

const MAX_HEIGHT = 300;
const OUTPUT_LABEL = 18;
const MIN_GAP = 22;

/** Columns of a hidden layer's grid: taller than wide, so the picture keeps its left-to-right flow. */
const hiddenCols = (n: number) => Math.max(1, Math.ceil(Math.sqrt(n / 2)));

/** Lays out the layers left to right within `width` CSS pixels: the 28x28 input, hidden grids, a column of outputs. */
export function layoutNetwork(layers: readonly number[], width: number): NetworkLayout {
  const hidden = layers.slice(1, -1);
  const inputCell = Math.max(3, Math.min(6, Math.floor(width / 4 / IMAGE_SIDE)));
  const inputSide = inputCell * IMAGE_SIDE;
  const outputCell = Math.min(26, Math.floor(MAX_HEIGHT / 10));
  const gaps = (layers.length - 1) * MIN_GAP;
  const perHidden = hidden.length ? (width - inputSide - outputCell - OUTPUT_LABEL - gaps) / hidden.length : 0;
  const hiddenBoxes = hidden.map((n) => {
    const cols = hiddenCols(n);
    const rows = Math.ceil(n / cols);
    const cell = Math.max(3, Math.min(24, Math.floor(perHidden / cols), Math.floor(MAX_HEIGHT / rows)));
    return { cols, rows, cell, count: n };
  });
  const sized = [{ cols: IMAGE_SIDE, rows: IMAGE_SIDE, cell: inputCell, count: IMAGE_SIZE }, ...hiddenBoxes, { cols: 1, rows: DIGIT_COUNT, cell: outputCell, count: DIGIT_COUNT }];
  const height = Math.max(...sized.map((b) => b.rows * b.cell)) + 8;
  const used = sized.reduce((s, b) => s + b.cols * b.cell, 0) + OUTPUT_LABEL;
  const gap = Math.max(MIN_GAP, (width - used) / (sized.length - 1));
  let x = 0;
  const boxes = sized.map((b) => {
    const box = { ...b, x, y: (height - b.rows * b.cell) / 2 };
    x += b.cols * b.cell + gap;
    return box;
  });
  return { boxes, width: Math.max(width, x - gap + OUTPUT_LABEL), height };
}

/** The centre of neuron i of a box. */
export function cellCentre(box: LayerBox, i: number): [number, number] {
  return [box.x + ((i % box.cols) + 0.5) * box.cell, box.y + (Math.floor(i / box.cols) + 0.5) * box.cell];
}

/** The neuron of a hidden or output layer at point (x, y), if there is one; input pixels are not neurons one selects. */
export function neuronAt(layout: NetworkLayout, x: number, y: number): NeuronRef | null {
  for (let layer = 1; layer < layout.boxes.length; layer++) {
    const box = layout.boxes[layer];
    const col = Math.floor((x - box.x) / box.cell);
    const row = Math.floor((y - box.y) / box.cell);
    if (col < 0 || col >= box.cols || row < 0 || row >= box.rows) continue;
    const index = row * box.cols + col;
    if (index < box.count) return { layer, index };
  }
  return null;
}

/** The neuron an arrow key leads to: up and down step through a layer, left and right change layer. */
export function stepSelection(layers: readonly number[], current: NeuronRef | null, key: string): NeuronRef | null {
  const last = layers.length - 1;
  if (!current) return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home'].includes(key) ? { layer: 1, index: 0 } : null;
  const { layer, index } = current;
  switch (key) {
    case 'ArrowDown':
      return { layer, index: (index + 1) % layers[layer] };
    case 'ArrowUp':
      return { layer, index: (index - 1 + layers[layer]) % layers[layer] };
    case 'ArrowRight':
    case 'ArrowLeft': {
      const next = key === 'ArrowRight' ? Math.min(last, layer + 1) : Math.max(1, layer - 1);
      // Keep the same relative place in the new layer.
      return { layer: next, index: Math.min(layers[next] - 1, Math.floor((index / layers[layer]) * layers[next])) };
    }
    case 'Home':
      return { layer, index: 0 };
    case 'End':
      return { layer, index: layers[layer] - 1 };
    default:
      return null;
  }
}
