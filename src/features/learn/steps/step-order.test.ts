import { describe, expect, it } from 'vitest';
import { LEARN_STEP_COUNT, STEP_ORDER, stepNumber, stepOfKept } from './step-order.ts';

describe('stepOfKept', () => {
  it('reads a step by its id, and a number kept by the nine-step path as the step it was then', () => {
    expect(stepOfKept('why-conv')).toBe(4);
    expect(stepOfKept('next')).toBe(LEARN_STEP_COUNT - 1);
    // Kept as 3 ("What the hidden layer learned") and 4 ("Why this answer") before "Why convolution" came in as step 5.
    expect(STEP_ORDER[stepOfKept('3')]).toBe('hidden');
    expect(STEP_ORDER[stepOfKept('4')]).toBe('why');
    expect(STEP_ORDER[stepOfKept('8')]).toBe('next');
    for (const bad of [null, 'x', '-1', '9', '2.5']) expect(stepOfKept(bad)).toBe(0);
    expect(stepNumber('learn')).toBe(8);
  });
});
