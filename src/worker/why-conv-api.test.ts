import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shiftImage } from '../drawing/shift-image.ts';
import { IMAGE_SIZE } from '../mnist/dataset.ts';
import { parseAnyBinaryModel } from '../nn/binary-model.ts';
import { predictAny } from '../nn/conv/any-network.ts';
import { WHY_CONV_MODEL } from '../nn/conv/why-conv-model.ts';
import { createWhyConvApi } from './why-conv-api.ts';

const bytesOf = (file: string) => new Uint8Array(readFileSync(new URL(`../../public/models/${file}`, import.meta.url)));
const convBytes = bytesOf(WHY_CONV_MODEL.file);
const denseBytes = bytesOf('book-epoch-30.bin');
// A short bar of ink in the middle: the drawing the step is shown.
const drawing = new Float32Array(IMAGE_SIZE).map((_, p) => (Math.floor(p / 28) >= 8 && Math.floor(p / 28) < 20 && p % 28 >= 12 && p % 28 < 15 ? 1 : 0));

describe('the worker side of "Why convolution"', () => {
  it('answers nothing before its networks are sent, and refuses a pair of the wrong kinds', () => {
    const api = createWhyConvApi();
    expect(api.hasWhyConvModels()).toBe(false);
    expect(api.whyConvLook(drawing, { dx: 0, dy: 0 }, 0)).toBeNull();
    expect(() => api.loadWhyConvModels(denseBytes, convBytes)).toThrow('needs a convolutional and a fully connected network');
  });

  it('reads the moved drawing with both networks, and gives the chosen filter and its map of the moved drawing', () => {
    const api = createWhyConvApi();
    api.loadWhyConvModels(convBytes, denseBytes);
    expect(api.hasWhyConvModels()).toBe(true);
    const shift = { dx: 0, dy: 3 };
    const look = api.whyConvLook(drawing, shift, 2)!;
    const moved = shiftImage(drawing, shift);
    expect(look.image).toEqual(moved);
    expect([look.filters, look.kernel, look.side, look.filter.length, look.map.length]).toEqual([8, 5, 24, 25, 576]);
    expect(look.convOutputs).toEqual(predictAny(parseAnyBinaryModel(convBytes).net, moved));
    expect(look.denseOutputs).toEqual(predictAny(parseAnyBinaryModel(denseBytes).net, moved));
    expect([look.convKind, look.denseKind]).toEqual(['softmax', 'sigmoid']);
    // Moved 3 down, the map moves 3 down with it, away from the edges: the same weights at every place.
    const still = api.whyConvLook(drawing, { dx: 0, dy: 0 }, 2)!;
    for (let row = 0; row < 21; row++) for (let col = 0; col < 24; col++) expect(look.map[(row + 3) * 24 + col]).toBeCloseTo(still.map[row * 24 + col], 5);
    expect(api.whyConvLook(drawing, shift, 8)).toBeNull();
  });
});
