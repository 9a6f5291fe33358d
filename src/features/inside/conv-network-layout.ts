/**
 * Where the convolutional network view puts each layer: columns left to right (the image, each
 * conv layer's maps as a stack of small tiles, the pooled maps at their own smaller size, the
 * fully connected neurons, the ten outputs), wrapped onto a new row when the width runs out, so a
 * phone shows every layer without scrolling sideways.
 */

/** What one column shows: the image, a stack of maps, hidden neurons or the outputs; `side` is a map's side (1 for neurons). */
export interface ColumnSpec {
  kind: 'image' | 'maps' | 'neurons' | 'outputs';
  count: number;
  side: number;
  /** Two short lines above the column: what the layer is, and what it holds. */
  caption: [string, string];
}

/** One column placed: its tiles' grid (each tile `tile` px with `gap` px between) at (x, y), its caption centred on captionX from captionY down. */
export interface ColumnBox extends ColumnSpec {
  x: number;
  y: number;
  captionX: number;
  captionY: number;
  cols: number;
  rows: number;
  tile: number;
  gap: number;
  /** The column's width: its grid's or its caption's, the wider. */
  width: number;
}

/** The picture: the columns, an arrow between neighbours on one row, and the canvas size. */
export interface ConvNetworkLayout {
  boxes: ColumnBox[];
  arrows: { x1: number; x2: number; y: number }[];
  width: number;
  height: number;
}

/** Height of a column's tiles at most, in CSS px. */
const STACK_HEIGHT = 240;
const CAPTION_HEIGHT = 34;
const ARROW = 26;
const ROW_GAP = 18;
const PAD = 8;
/** Room right of the outputs for their digits. */
const OUTPUT_LABEL = 18;

/** Columns of a grid: taller than wide, so the picture keeps its left-to-right flow. */
const gridCols = (n: number) => Math.max(1, Math.ceil(Math.sqrt(n / 2)));

/** Tile size and gap of one column; a pooled stack keeps the scale of the maps it pools (a 12×12 map half the size of its 24×24 source). */
function tiles(spec: ColumnSpec, previous: { spec: ColumnSpec; tile: number } | null, narrow: boolean): { cols: number; tile: number; gap: number } {
  switch (spec.kind) {
    case 'image':
      return { cols: 1, tile: spec.side * (narrow ? 2 : 3), gap: 0 };
    case 'outputs':
      return { cols: 1, tile: 24, gap: 0 };
    case 'neurons': {
      const cols = gridCols(spec.count);
      return { cols, tile: Math.max(3, Math.min(20, Math.floor(STACK_HEIGHT / Math.ceil(spec.count / cols)))), gap: 0 };
    }
    case 'maps': {
      const cols = gridCols(spec.count);
      const gap = 3;
      if (previous?.spec.kind === 'maps' && previous.spec.count === spec.count) {
        return { cols, tile: Math.max(8, Math.round((previous.tile * spec.side) / previous.spec.side)), gap };
      }
      const fit = Math.floor(STACK_HEIGHT / Math.ceil(spec.count / cols)) - gap;
      return { cols, tile: Math.max(12, Math.min(48, fit)), gap };
    }
  }
}

/** Lays the columns out in `width` CSS px; `textWidth` measures a caption line. */
export function layoutConvNetwork(columns: readonly ColumnSpec[], width: number, textWidth: (text: string) => number): ConvNetworkLayout {
  const narrow = width < 480;
  let previous: { spec: ColumnSpec; tile: number } | null = null;
  const sized = columns.map((spec) => {
    const { cols, tile, gap } = tiles(spec, previous, narrow);
    previous = { spec, tile };
    const rows = Math.ceil(spec.count / cols);
    const grid = cols * tile + (cols - 1) * gap + (spec.kind === 'outputs' ? OUTPUT_LABEL : 0);
    return { ...spec, cols, rows, tile, gap, gridHeight: rows * tile + (rows - 1) * gap, width: Math.ceil(Math.max(grid, ...spec.caption.map(textWidth))) };
  });

  // Rows of columns, each as wide as fits (at least one column per row).
  const rows: (typeof sized)[] = [];
  let used = Infinity;
  for (const column of sized) {
    if (used + ARROW + column.width > width - 2 * PAD) {
      rows.push([]);
      used = -ARROW;
    }
    rows[rows.length - 1].push(column);
    used += ARROW + column.width;
  }

  const boxes: ColumnBox[] = [];
  const arrows: ConvNetworkLayout['arrows'] = [];
  let top = PAD;
  let widest = 0;
  for (const row of rows) {
    const stackHeight = Math.max(...row.map((c) => c.gridHeight));
    const middle = top + CAPTION_HEIGHT + stackHeight / 2;
    // Each row centred: a small network sits in the middle of a wide card, not at its left edge.
    const rowWidth = row.reduce((w, c) => w + c.width, 0) + (row.length - 1) * ARROW;
    let x = Math.max(PAD, (width - rowWidth) / 2);
    row.forEach((c, i) => {
      const gridWidth = c.cols * c.tile + (c.cols - 1) * c.gap;
      // A row that goes on from the one above starts with an arrow too, where there is room for it.
      if (i > 0 || (boxes.length > 0 && x >= ARROW)) arrows.push({ x1: x - ARROW + 4, x2: x - 4, y: middle });
      const { gridHeight, ...box } = c;
      boxes.push({ ...box, x: x + (c.width - gridWidth - (c.kind === 'outputs' ? OUTPUT_LABEL : 0)) / 2, y: middle - gridHeight / 2, captionX: x + c.width / 2, captionY: top });
      x += c.width + ARROW;
    });
    widest = Math.max(widest, x - ARROW + PAD);
    top += CAPTION_HEIGHT + stackHeight + ROW_GAP;
  }
  return { boxes, arrows, width: Math.max(width, widest), height: top - ROW_GAP + PAD };
}

/** The top-left corner of tile i of a column. */
export const tileAt = (box: ColumnBox, i: number): [number, number] => [
  box.x + (i % box.cols) * (box.tile + box.gap),
  box.y + Math.floor(i / box.cols) * (box.tile + box.gap),
];
