/** Mean training cost over a stretch of examples, at a fractional epoch. */
export interface CostPoint {
  epoch: number;
  cost: number;
  /** How many examples the mean covers (its weight when points merge). */
  examples: number;
}

/** Above this many points, neighbours merge in pairs: memory stays bounded on long runs. */
export const MAX_STORED_POINTS = 2000;

function merge(a: CostPoint, b: CostPoint): CostPoint {
  const examples = a.examples + b.examples;
  return { epoch: b.epoch, cost: (a.cost * a.examples + b.cost * b.examples) / examples, examples };
}

/** The history with one more point; pairs of old points merge when it grows past MAX_STORED_POINTS. */
export function appendCostPoint(history: readonly CostPoint[], point: CostPoint): CostPoint[] {
  const next = [...history, point];
  if (next.length <= MAX_STORED_POINTS) return next;
  const merged: CostPoint[] = [];
  for (let i = 0; i + 1 < next.length; i += 2) merged.push(merge(next[i], next[i + 1]));
  if (next.length % 2) merged.push(next[next.length - 1]);
  return merged;
}

/**
 * At most `maxPoints` points for the chart: the epochs axis is cut into equal buckets and each
 * bucket's points merge into their example-weighted mean, which also smooths the curve.
 */
export function thinCostHistory(history: readonly CostPoint[], maxPoints: number): CostPoint[] {
  if (history.length <= maxPoints) return [...history];
  const first = history[0].epoch;
  const width = (history[history.length - 1].epoch - first) / maxPoints || 1;
  const out: CostPoint[] = [];
  let bucket = -1;
  for (const point of history) {
    const index = Math.min(maxPoints - 1, Math.floor((point.epoch - first) / width));
    if (index === bucket) out[out.length - 1] = merge(out[out.length - 1], point);
    else out.push(point);
    bucket = index;
  }
  return out;
}
