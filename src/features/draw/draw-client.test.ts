import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initialState, useAppStore } from '../../store/app-store.ts';

const asked = vi.hoisted(() => [] as (Float32Array | null)[]);
vi.mock('../../client/prediction.ts', () => ({ predictDrawing: (input: Float32Array | null) => asked.push(input) }));

const { askAbout, clearDrawing, followDrawing } = await import('./draw-client.ts');
const store = useAppStore.getState;
const three = [[{ x: 100, y: 60 }, { x: 180, y: 100 }, { x: 100, y: 140 }, { x: 180, y: 180 }, { x: 100, y: 220 }]];

describe('the drawing and its answer', () => {
  beforeEach(() => {
    useAppStore.setState(initialState);
    asked.length = 0;
  });
  followDrawing();

  it('asks once about each drawing the store takes (a stroke ended, a sample digit), and nothing else', () => {
    store().setDrawingStrokes(three);
    store().setStrokeActive(true);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toBeInstanceOf(Float32Array);
    store().setDrawingStrokes(null);
    expect(asked).toEqual([asked[0], null]);
  });

  it('Clear drops the answer asked for while the first stroke was drawn, though the store held no drawing yet', () => {
    askAbout(three);
    clearDrawing();
    expect(asked.map((input) => input && 'input')).toEqual(['input', null]);
  });
});
