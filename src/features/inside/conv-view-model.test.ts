import { describe, expect, it } from 'vitest';
import { parseModel } from '../../nn/conv/parse-model.ts';
import { layerShapes } from '../../nn/conv/model-spec.ts';
import type { ConvLayerLook, ConvLook } from '../../worker/inspect-conv.ts';
import { layoutConvNetwork, type ColumnSpec } from './conv-network-layout.ts';
import { convStages, describeConvNetwork } from './conv-view-model.ts';

/** A look of the right shapes, every value 0 but output 7. */
function lookOf(description: string): ConvLook {
  const layers: ConvLayerLook[] = layerShapes(parseModel(description)).map((s) => ({
    layer: s.layer,
    depth: s.output.depth,
    side: s.output.side,
    values: new Float32Array(s.output.depth * s.output.side ** 2),
    channels: s.input.depth,
    filters: new Float32Array(s.weights),
  }));
  layers[layers.length - 1].values[7] = 1;
  return { activation: 'relu', input: new Float32Array(784), layers };
}

const BOOK = 'conv 20@5x5, pool 2, conv 40@5x5, pool 2, 100, 10';

describe('the convolutional views’ model', () => {
  it('groups each conv layer with the pooling right after it', () => {
    const stages = convStages(lookOf(BOOK).layers);
    expect(stages.map((s) => [s.conv?.depth, s.conv?.side, s.pool?.side, s.channels])).toEqual([
      [20, 24, 12, 1],
      [40, 8, 4, 20],
    ]);
    // Pooling that follows no conv layer stands alone; a conv layer without pooling has none.
    expect(convStages(lookOf('pool 2, conv 4@5x5, 10').layers).map((s) => [s.conv?.side, s.pool?.side])).toEqual([
      [undefined, 14],
      [10, undefined],
    ]);
  });

  it('describes the network in one sentence naming each layer and the largest output', () => {
    expect(describeConvNetwork(lookOf(BOOK), 'your drawing')).toBe(
      'The convolutional network reading your drawing, left to right: the 28×28 input; conv 20@5x5, 20 feature maps of 24×24; pool 2, 20 pooled maps of 12×12; ' +
        'conv 40@5x5, 40 feature maps of 8×8; pool 2, 40 pooled maps of 4×4; a fully connected layer of 100 neurons; 10 outputs, the largest for 7.',
    );
  });
});

describe('layoutConvNetwork', () => {
  const columns: ColumnSpec[] = [
    { kind: 'image', count: 1, side: 28, caption: ['input', '28×28'] },
    { kind: 'maps', count: 20, side: 24, caption: ['conv 20@5x5', '20 × 24×24'] },
    { kind: 'maps', count: 20, side: 12, caption: ['pool 2', '20 × 12×12'] },
    { kind: 'maps', count: 40, side: 8, caption: ['conv 40@5x5', '40 × 8×8'] },
    { kind: 'maps', count: 40, side: 4, caption: ['pool 2', '40 × 4×4'] },
    { kind: 'neurons', count: 100, side: 1, caption: ['fully connected', '100 neurons'] },
    { kind: 'outputs', count: 10, side: 1, caption: ['output', '10 digits'] },
  ];
  const measure = (text: string) => text.length * 7;

  for (const width of [320, 600, 1200]) {
    it(`keeps every column inside ${width} px, none overlapping, every tile drawn`, () => {
      const layout = layoutConvNetwork(columns, width, measure);
      expect(layout.width).toBe(width);
      expect(layout.boxes).toHaveLength(columns.length);
      for (const box of layout.boxes) {
        const right = box.x + box.cols * box.tile + (box.cols - 1) * box.gap;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(width);
        expect(box.y + box.rows * box.tile).toBeLessThanOrEqual(layout.height);
        expect(box.cols * box.rows).toBeGreaterThanOrEqual(box.count);
      }
      // Columns on one row follow each other left to right.
      layout.boxes.slice(1).forEach((box, i) => {
        const before = layout.boxes[i];
        if (box.captionY === before.captionY) expect(box.x).toBeGreaterThan(before.x + before.cols * before.tile);
        else expect(box.captionY).toBeGreaterThan(before.y);
      });
    });
  }

  it('draws pooled maps at the scale of the maps they come from', () => {
    const [, conv, pool] = layoutConvNetwork(columns, 1200, measure).boxes;
    expect(pool.tile).toBe(Math.round(conv.tile / 2));
    expect(pool.cols).toBe(conv.cols);
  });

  it('puts all the columns on one row when the width allows, with an arrow between each pair', () => {
    const layout = layoutConvNetwork(columns, 2000, measure);
    expect(new Set(layout.boxes.map((b) => b.captionY)).size).toBe(1);
    expect(layout.arrows).toHaveLength(columns.length - 1);
  });
});
