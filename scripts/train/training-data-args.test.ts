import { describe, expect, it } from 'vitest';
import { createTrainingData, describeData, parseDataArgs } from './training-data-args.ts';

const usage = (problem: string): never => {
  throw new Error(problem);
};

describe('training-data options', () => {
  it('defaults to MNIST alone at a constant learning rate', () => {
    const choice = parseDataArgs({}, usage);
    expect(choice).toMatchObject({ drawn: false, augment: false, lrSchedule: 'constant' });
    expect(describeData(choice)).toBe('mnist');
  });

  it('reads drawn digits, writers, augmentation and decay', () => {
    const choice = parseDataArgs({ data: 'mnist+drawn', 'drawn-writers': '1-20', augment: true, 'lr-decay': true }, usage);
    expect(choice).toEqual({ drawn: true, drawnWriters: { from: 1, to: 20 }, drawnVariants: 4, augment: true, expand: false, lrSchedule: 'step-decay' });
    expect(describeData(choice)).toBe('mnist+drawn writers 1-20 x4 renders, augmented, step-decay');
  });

  it('reads the book\'s expansion, and trains on each image and its four moved copies', () => {
    const choice = parseDataArgs({ expand: true }, usage);
    expect(choice.expand).toBe(true);
    expect(describeData(choice)).toBe('mnist, expanded x5 by one-pixel moves');
    const images = new Uint8Array(3 * 784).fill(9);
    const lines: string[] = [];
    const data = createTrainingData({ images, labels: Uint8Array.of(1, 2, 3), count: 3 }, 2, choice, 1, (line) => lines.push(line));
    expect(data.count).toBe(10);
    expect([...data.build(0).labels]).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    expect(lines).toEqual(['Expanded 2 MNIST images to 10 by one-pixel moves']);
  });

  it('says what is wrong', () => {
    expect(() => parseDataArgs({ data: 'emnist' }, usage)).toThrow(/--data emnist: expected mnist or mnist\+drawn/);
    expect(() => parseDataArgs({ data: 'mnist+drawn', 'drawn-writers': '20-40' }, usage)).toThrow(/within 1-30/);
    expect(() => parseDataArgs({ data: 'mnist+drawn', 'drawn-variants': '0' }, usage)).toThrow(/1 to 20/);
    expect(() => parseDataArgs({ 'drawn-writers': '1-20' }, usage)).toThrow(/need --data mnist\+drawn/);
  });
});
