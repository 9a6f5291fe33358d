/**
 * The guided path's steps in order, by id: the one place that numbers them. The step count, "Step n
 * of N", the steps that work on a network and every "(step 8)" in a step's text follow from it.
 */
export const STEP_ORDER = ['pixels', 'neuron', 'layer', 'hidden', 'why-conv', 'why', 'cost', 'learn', 'batches', 'next'] as const;

export type StepId = (typeof STEP_ORDER)[number];

/** How many steps the guided path has. */
export const LEARN_STEP_COUNT = STEP_ORDER.length;

/** A step's number as the path shows it, from 1. */
export const stepNumber = (id: StepId) => STEP_ORDER.indexOf(id) + 1;

/**
 * The steps that explain the path's chosen network (the book's at one moment, or the model in use):
 * the choice of it, and the copy a learning step trained, show there only. "Why convolution" sets
 * two networks of its own side by side.
 */
const ON_A_NETWORK: ReadonlySet<StepId> = new Set(['neuron', 'layer', 'hidden', 'why', 'cost', 'learn']);

/** Whether the 0-based step `index` works on the path's chosen network. */
export const worksOnANetwork = (index: number) => ON_A_NETWORK.has(STEP_ORDER[index]);

/** Where "Why convolution" came in: a step kept as a number from before (0-based) at or after it is one further on now. */
const ADDED_AT = STEP_ORDER.indexOf('why-conv');

/** The 0-based step a kept value names: a step id, or a number kept before the path had "Why convolution". */
export function stepOfKept(kept: string | null): number {
  const byId = STEP_ORDER.indexOf(kept as StepId);
  if (byId >= 0) return byId;
  const old = Number(kept);
  if (kept === null || !Number.isInteger(old) || old < 0 || old >= STEP_ORDER.length - 1) return 0;
  return old >= ADDED_AT ? old + 1 : old;
}
