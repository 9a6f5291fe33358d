// Written by scripts/measure-shift.ts (npm run measure-shift); scripts/measure-shift/why-conv-model.test.ts recomputes figures of it.

/** Accuracy on MNIST's test digits moved 0 to MAX_SHIFT pixels (the mean over left, right, up and down), by model. */
export const SHIFT_FIGURES = {
  testImages: 10000,
  book: [0.9523, 0.899525, 0.705525, 0.4493, 0.249725],
  conv: [0.9834, 0.975, 0.9317, 0.8015, 0.572325],
  ready: [0.9946, 0.99365, 0.987325, 0.95845, 0.840875],
} as const;
