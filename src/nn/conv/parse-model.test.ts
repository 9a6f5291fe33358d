import { describe, expect, it } from 'vitest';
import { parameterCount } from '../network.ts';
import { layerSizes, isDenseOnly, layerShapes, modelParameterCount } from './model-spec.ts';
import { formatModel, modelProblem, parseModel } from './parse-model.ts';

const problemOf = (text: string) => {
  try {
    parseModel(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the model description', () => {
  it('reads the book’s convolutional networks, with each layer’s shape and the parameter count', () => {
    const spec = parseModel('conv 20@5x5, pool 2, conv 40@5x5, pool 2, 100, 10');
    expect(spec.input).toEqual({ depth: 1, side: 28 });
    expect(layerShapes(spec).map((s) => [s.output.depth, s.output.side])).toEqual([[20, 24], [20, 12], [40, 8], [40, 4], [100, 1], [10, 1]]);
    // 20*25+20, 0, 40*20*25+40, 0, 100*640+100, 10*100+10 (network3.py's ch. 6 network)
    expect(modelParameterCount(spec)).toBe(520 + 20_040 + 64_100 + 1_010);
    expect(isDenseOnly(spec)).toBe(false);
    expect(formatModel(spec)).toBe('conv 20@5x5, pool 2, conv 40@5x5, pool 2, 100, 10');
  });

  it('reads the dense form as the fully connected network it always was', () => {
    const spec = parseModel('784,30,10');
    expect(isDenseOnly(spec)).toBe(true);
    expect(layerSizes(spec)).toEqual([784, 30, 10]);
    expect(modelParameterCount(spec)).toBe(parameterCount([784, 30, 10]));
    expect(formatModel(spec)).toBe('784, 30, 10');
  });

  it('takes spaces, capitals and 3x3 kernels, and a network with no hidden dense layer', () => {
    const spec = parseModel(' CONV 8 @ 3x3 ,pool 2x2,  10 ');
    expect(spec.layers).toEqual([{ kind: 'conv', maps: 8, kernel: 3 }, { kind: 'pool', size: 2 }, { kind: 'dense', size: 10 }]);
    expect(layerShapes(spec)[1].output).toEqual({ depth: 8, side: 13 });
  });

  it('says what is wrong in one short sentence', () => {
    expect(problemOf('conv 20@5x5, pool 2, conv 20@3x3, pool 2, pool 2, 10')).toBe('pool 2 needs an even size: the maps are 5×5 here');
    expect(problemOf('conv 20@5x5, pool 2, conv 40@5x5, pool 2, conv 40@5x5, 10')).toBe('conv 40@5x5 needs maps of at least 5×5: the maps are 4×4 here');
    expect(problemOf('conv 20@7x7, 10')).toBe('conv 20@7x7: kernels are 3x3 or 5x5');
    expect(problemOf('conv 20@5x3, 10')).toBe('conv 20@5x3: kernels are square, such as 5x5');
    expect(problemOf('conv 65@5x5, 10')).toBe('conv 65@5x5: 1 to 64 feature maps');
    expect(problemOf('conv 0@5x5, 10')).toBe('conv 0@5x5: 1 to 64 feature maps');
    expect(problemOf('conv 20@5x5, pool 3, 10')).toBe('pool 3: pooling is 2x2');
    expect(problemOf('conv 20@5x5, pool 2, 100')).toBe('the last layer must be 10 neurons, one per digit');
    expect(problemOf('conv 20@5x5, 100, pool 2, 10')).toBe('pool 2 comes after a fully connected layer: convolution and pooling come first');
    expect(problemOf('conv 20@5x5, pool 2, 5, 10')).toBe('a hidden layer has 10 to 300 neurons, got 5');
    expect(problemOf('conv 4@3x3, conv 4@3x3, conv 4@3x3, conv 4@3x3, 10')).toBe('at most 3 convolutional layers, got 4');
    expect(problemOf('conv 20@5x5, 100, 100, 100, 100, 10')).toBe('0 to 3 hidden fully connected layers, got 4');
    expect(problemOf('784,10')).toBe('1 to 3 hidden fully connected layers, got 0');
    expect(problemOf('dense 100, 10')).toBe('"dense 100" is not a layer: write conv 20@5x5, pool 2 or a number of neurons');
    expect(problemOf('conv 20@5x5,, 10')).toBe('a layer is missing: separate the layers with single commas');
    expect(problemOf('')).toBe('a layer is missing: separate the layers with single commas');
  });

  it('holds a description built in code to the same limits', () => {
    expect(modelProblem({ input: { depth: 1, side: 28 }, layers: [{ kind: 'dense', size: 30 }, { kind: 'dense', size: 10 }] })).toBeUndefined();
    expect(modelProblem({ input: { depth: 1, side: 28 }, layers: [] })).toBe('the last layer must be 10 neurons, one per digit');
  });
});
