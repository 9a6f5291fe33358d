import { describe, expect, it } from 'vitest';
import { describeData, parseDataArgs } from './training-data-args.ts';

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
    expect(choice).toEqual({ drawn: true, drawnWriters: { from: 1, to: 20 }, drawnVariants: 4, augment: true, lrSchedule: 'step-decay' });
    expect(describeData(choice)).toBe('mnist+drawn writers 1-20 x4 renders, augmented, step-decay');
  });

  it('says what is wrong', () => {
    expect(() => parseDataArgs({ data: 'emnist' }, usage)).toThrow(/--data emnist: expected mnist or mnist\+drawn/);
    expect(() => parseDataArgs({ data: 'mnist+drawn', 'drawn-writers': '20-40' }, usage)).toThrow(/within 1-30/);
    expect(() => parseDataArgs({ data: 'mnist+drawn', 'drawn-variants': '0' }, usage)).toThrow(/1 to 20/);
    expect(() => parseDataArgs({ 'drawn-writers': '1-20' }, usage)).toThrow(/need --data mnist\+drawn/);
  });
});
