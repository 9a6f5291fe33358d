import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBinaryModel } from '../nn/binary-model.ts';
import { attribute } from '../nn/attribution.ts';
import { argmax } from '../nn/evaluate.ts';
import { drawingCost, VOTERS_SHOWN } from '../nn/explain.ts';
import { cloneNetwork, createNetwork } from '../nn/network.ts';
import { createLearnApi } from './learn-api.ts';

const net = createNetwork({ layers: [784, 8, 10], activation: 'sigmoid', cost: 'quadratic' }, 'normal', 3);
const image = new Float32Array(784).map((_, p) => (p % 7 === 0 ? 0.8 : 0));

describe('the guided path’s worker API', () => {
  it('takes steps on a copy, never on the model, and goes back to the model', () => {
    const api = createLearnApi(() => cloneNetwork(net));
    const modelCost = drawingCost(net, image, 4).cost;
    const first = api.stepCopy(image, 4, 0.5)!;
    const second = api.stepCopy(image, 4, 0.5)!;
    expect(first.before.cost).toBeCloseTo(modelCost, 6);
    expect(second.copySteps).toBe(2);
    expect(second.before.cost).toBeCloseTo(first.after.cost, 6);
    expect(drawingCost(net, image, 4).cost).toBe(modelCost);

    const onCopy = api.explainDrawing(image, { neuron: 2, label: 4, biasShift: 0 }, 'copy')!;
    expect(onCopy.on).toBe('copy');
    expect(onCopy.copySteps).toBe(2);
    expect(onCopy.learning!.cost).toBeCloseTo(second.after.cost, 6);
    // Why this answer follows the network shown: the copy's answer, the copy's gradient × input.
    const copyOutputs = onCopy.activations[2];
    expect(onCopy.why.output).toBe(argmax(copyOutputs));
    expect(onCopy.why.activation).toBe(copyOutputs[onCopy.why.output]);
    const onModelWhy = attribute(net, image);
    expect(Array.from(onCopy.why.values)).not.toEqual(Array.from(onModelWhy.values));

    api.dropCopy();
    const onModel = api.explainDrawing(image, { neuron: 2, label: 4, biasShift: 0 }, 'copy')!;
    expect(onModel.on).toBe('base');
    expect(onModel.learning!.cost).toBeCloseTo(modelCost, 6);
    expect(Array.from(onModel.why.values)).toEqual(Array.from(onModelWhy.values));
    // The hidden layer's votes for the answer carry the weights of the few neurons shown, not all of them.
    expect(onModel.votes.answer).toBe(onModelWhy.output);
    expect(onModel.votes.voters.length).toBeLessThanOrEqual(VOTERS_SHOWN);
    for (const v of onModel.votes.voters) expect(Array.from(v.weights)).toEqual(Array.from(net.weights[0].subarray(v.index * 784, (v.index + 1) * 784)));
  });

  it('refuses a bad learning rate or digit with a message, and says what the outputs are', () => {
    const api = createLearnApi(() => cloneNetwork(net));
    expect(() => api.stepCopy(image, 4, 50)).toThrow('learning rate must be from 0.001 to 10, got 50');
    expect(() => api.stepCopy(image, 12, 0.5)).toThrow('the true digit must be 0 to 9, got 12');
    expect(api.outputKind()).toBe('sigmoid');
    expect(createLearnApi(() => null).explainDrawing(image, { neuron: 0, label: null, biasShift: 0 }, 'base')).toBeNull();
  });

  it('starts from a snapshot of the book’s network, and a copy made from it, leaving the model in use alone', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../public/models/book-100.bin', import.meta.url)));
    const book = parseBinaryModel(bytes).net;
    const api = createLearnApi(() => cloneNetwork(net));
    expect(api.hasBookMoment('batches-100')).toBe(false);
    expect(api.explainDrawing(image, { neuron: 2, label: 4, biasShift: 0 }, 'base', 'batches-100')).toBeNull();
    api.loadBookMoment('batches-100', bytes);
    const onBook = api.explainDrawing(image, { neuron: 2, label: 4, biasShift: 0 }, 'base', 'batches-100')!;
    expect([onBook.base, onBook.layers]).toEqual(['batches-100', [784, 30, 10]]);
    expect(onBook.learning!.cost).toBeCloseTo(drawingCost(book, image, 4).cost, 6);
    const step = api.stepCopy(image, 4, 1, 'batches-100')!;
    expect(step.before.cost).toBeCloseTo(drawingCost(book, image, 4).cost, 6);
    // Another base starts a new copy: the steps taken on the book's copy do not carry over.
    expect(api.stepCopy(image, 4, 1, 'model')!.copySteps).toBe(1);
    expect(api.explainDrawing(image, { neuron: 2, label: 4, biasShift: 0 }, 'copy', 'batches-100')!.on).toBe('base');
  });
});

describe('the cost landscape of the guided path', () => {
  it('follows the copy the steps train, on the same two weights, with the step’s move and costs', () => {
    const api = createLearnApi(() => cloneNetwork(net));
    const onBase = api.costLandscape(image, 4, 0.5, 'copy')!;
    expect([onBase.on, onBase.last]).toEqual(['base', null]);
    const middle = (onBase.size - 1) / 2;
    expect(onBase.costs[middle * onBase.size + middle]).toBeCloseTo(drawingCost(net, image, 4).cost, 6);
    expect(onBase.cost).toBe(drawingCost(net, image, 4).cost);

    const step = api.stepCopy(image, 4, 0.5)!;
    const onCopy = api.costLandscape(image, 4, 0.5, 'copy')!;
    expect([onCopy.on, onCopy.copySteps]).toEqual(['copy', 1]);
    expect(onCopy.axes).toEqual(onBase.axes);
    expect(onCopy.span).toBe(onBase.span);
    // The step moved the two weights from where the base has them to the copy's centre, exactly as "next" said.
    expect(onCopy.last!.from).toEqual(onBase.centre);
    for (const k of [0, 1]) expect(onCopy.centre[k]).toBeCloseTo(onBase.next[k], 6);
    expect(onCopy.last!.cost).toBeCloseTo(step.before.cost, 6);
    expect(onCopy.cost).toBeCloseTo(step.after.cost, 6);
    expect(onCopy.costs[middle * onCopy.size + middle]).toBeCloseTo(step.after.cost, 6);

    api.dropCopy();
    expect(api.costLandscape(image, 4, 0.5, 'copy')!.last).toBeNull();
    expect(api.costLandscape(image, 12, 0.5, 'base')).toBeNull();
  });
});
