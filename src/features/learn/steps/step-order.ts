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
