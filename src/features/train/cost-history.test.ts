import { describe, expect, it } from 'vitest';
import { appendCostPoint, MAX_STORED_POINTS, thinCostHistory, type CostPoint } from './cost-history.ts';

const points = (n: number): CostPoint[] => Array.from({ length: n }, (_, i) => ({ epoch: (i + 1) / 100, cost: 1, examples: 10 }));

describe('cost history', () => {
  it('stays bounded and keeps the mean when points merge', () => {
    let history: CostPoint[] = [];
    for (let i = 0; i < 5 * MAX_STORED_POINTS; i++) history = appendCostPoint(history, { epoch: i, cost: i % 2, examples: 10 });
    expect(history.length).toBeLessThanOrEqual(MAX_STORED_POINTS);
    const examples = history.reduce((s, p) => s + p.examples, 0);
    expect(examples).toBe(5 * MAX_STORED_POINTS * 10);
    const meanCost = history.reduce((s, p) => s + p.cost * p.examples, 0) / examples;
    expect(meanCost).toBeCloseTo(0.5, 6);
  });

  it('thins a 60-epoch run to at most the requested number of points', () => {
    const thin = thinCostHistory(points(6000), 300);
    expect(thin.length).toBeLessThanOrEqual(300);
    expect(thin.length).toBeGreaterThan(250);
    expect(thin.at(-1)!.epoch).toBe(60);
    expect(thin.every((p) => p.cost === 1)).toBe(true);
  });

  it('leaves a short history as it is', () => {
    expect(thinCostHistory(points(10), 300)).toEqual(points(10));
  });
});
