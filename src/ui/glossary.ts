/** Where a term is explained: a chapter of Nielsen's book, or another page when the book does not cover it. */
export interface TermSource {
  href: string;
  /** The link's text, e.g. "Nielsen, chapter 1". */
  text: string;
}

/** One term of the glossary: its name as the page writes it, a short definition, and where to read more. */
export interface GlossaryEntry {
  term: string;
  definition: string;
  source: TermSource;
}

const BOOK = 'http://neuralnetworksanddeeplearning.com';
const ch1 = { href: `${BOOK}/chap1.html`, text: 'Nielsen, chapter 1' };
const ch2 = { href: `${BOOK}/chap2.html`, text: 'Nielsen, chapter 2' };
const ch3 = { href: `${BOOK}/chap3.html`, text: 'Nielsen, chapter 3' };
const ch6 = { href: `${BOOK}/chap6.html`, text: 'Nielsen, chapter 6' };

/** Every technical term the page shows, defined once (the glossary and every popover read this). */
export const GLOSSARY = {
  neuron: { term: 'neuron', source: ch1, definition: 'A small unit that takes numbers in, adds them up with a weight for each, adds its bias, and passes the sum through a function. The network here has hundreds of them in layers.' },
  weight: { term: 'weight', source: ch1, definition: 'A number on one connection between two neurons: how strongly, and in which direction, the input it carries pushes the next neuron. Learning means changing the weights.' },
  bias: { term: 'bias', source: ch1, definition: 'A number each neuron adds to its weighted sum: how easily it switches on, whatever the inputs.' },
  activation: { term: 'activation', source: ch1, definition: 'What a neuron outputs: its activation function applied to its weighted input. For a pixel, its ink from 0 to 1.' },
  'weighted-input': { term: 'weighted input', source: ch2, definition: 'z = w · a + b: each input times its weight, all added up, plus the bias. The neuron’s activation is f(z).' },
  sigmoid: { term: 'sigmoid', source: ch1, definition: 'The S-shaped function σ(z) = 1 / (1 + e^−z): near 0 for very negative z, 0.5 at z = 0, near 1 for large z. It turns any sum into a value between 0 and 1; such a value is not a probability.' },
  tanh: { term: 'tanh', source: ch3, definition: 'An S-shaped activation like the sigmoid, but running from −1 to 1 instead of 0 to 1.' },
  relu: { term: 'ReLU', source: ch3, definition: 'Rectified linear unit: max(0, z). Zero for a negative sum, the sum itself otherwise; it does not saturate for large z.' },
  softmax: { term: 'softmax', source: ch3, definition: 'An output layer that makes the ten outputs positive and scales them to add up to 1, so they can be read as probabilities.' },
  cost: { term: 'cost', source: ch1, definition: 'One number that says how wrong the network’s outputs are on the training images; training lowers it. Also called the loss.' },
  'quadratic-cost': { term: 'quadratic cost', source: ch1, definition: 'C = ½ Σ (y − a)²: half the sum of the squared differences between the desired outputs y and the outputs a.' },
  'cross-entropy': { term: 'cross-entropy', source: ch3, definition: 'A cost for sigmoid outputs, −Σ [y ln a + (1 − y) ln(1 − a)], that punishes a confident wrong answer hard, so a badly wrong neuron learns fast.' },
  'log-likelihood': { term: 'log-likelihood', source: ch3, definition: 'The cost used with softmax: C = −ln a, where a is the probability the network gives the true digit (ln: the natural logarithm). It looks at that one output only: 0 when the network is sure and right, larger the less sure it is. Since the ten outputs add up to 1, raising the true digit’s lowers the others.' },
  gradient: { term: 'gradient', source: ch1, definition: 'For every weight and bias, how much the cost rises when that number rises a little. Together these numbers point uphill, the way the cost rises fastest; a learning step goes the other way, against the gradient, so the cost falls.' },
  error: { term: 'error δ', source: ch2, definition: 'δ = ∂C/∂z (“the rate of change of C with z”): how much the cost C would rise if a neuron’s weighted input z rose a little. Positive: the neuron should be less active; negative: more. Backpropagation finds it for every neuron. Not the difference y − a between desired and actual output, which has the other sign.' },
  ln: { term: 'ln', source: ch3, definition: 'The natural logarithm. −ln a is 0 when a = 1 and grows as a falls towards 0: −ln 0.5 ≈ 0.69, −ln 0.1 ≈ 2.3, −ln 0.01 ≈ 4.6. A cost built on it punishes a confident wrong answer hard.' },
  'learning-rate': { term: 'learning rate', source: ch1, definition: 'η (the Greek letter eta): how far each step moves the weights against the gradient. Too small learns slowly; too large overshoots and the cost jumps or blows up.' },
  'mini-batch': { term: 'mini-batch', source: ch1, definition: 'A small random group of training images (10 in the book). The network takes one step per mini-batch, using their average gradient.' },
  epoch: { term: 'epoch', source: ch1, definition: 'One pass over all the training images, mini-batch by mini-batch, in a new random order each time.' },
  sgd: { term: 'stochastic gradient descent', source: ch1, definition: 'Learning by many small steps downhill on the cost, each against the average gradient of a random mini-batch instead of all the images: far less work per step, and good enough.' },
  'gradient-x-input': { term: 'gradient × input', source: ch2, definition: 'For each pixel, how fast an output rises as that pixel’s ink rises (∂a/∂x, found by backpropagation, started from the output instead of a cost), times the pixel’s ink x. To first order, it is how much the output would fall if that pixel’s ink faded away: positive where the ink helps the output, negative where it holds it back, 0 where there is no ink.' },
  backpropagation: { term: 'backpropagation', source: ch2, definition: 'The way to compute the gradient: the output neurons’ errors δ are passed back through the weights, layer by layer, giving each neuron its share of the blame.' },
  l2: { term: 'L2 regularisation', source: ch3, definition: 'Adds λ/2n Σ w² to the cost, so every step also shrinks the weights a little: the network then prefers simple patterns to memorising the training images.' },
  initialisation: { term: 'initialisation', source: ch3, definition: 'How the weights are chosen before training: random numbers, N(0, 1) in chapter 1 (drawn from a bell curve centred on 0 with spread 1: most between −2 and 2), or smaller ones, N(0, 1/inputs), so neurons do not start saturated (chapter 3).' },
  'validation-test': { term: 'validation and test sets', source: ch1, definition: 'Images kept out of training: 10,000 validation images to choose settings with, and 10,000 test images to measure how well the network reads digits it never trained on.' },
  convolution: { term: 'convolution', source: ch6, definition: 'A small square of weights (a filter, such as 5×5) slid over the image one pixel at a time: at each place it adds up the pixels under it, each times its weight, plus a bias. The same weights look for the same pattern, a stroke or an edge, everywhere in the image.' },
  'feature-map': { term: 'feature map', source: ch6, definition: 'What one filter of a convolutional layer gives: an image of where its pattern was found. A 5×5 filter over a 28×28 image gives a 24×24 map; “conv 20@5x5” makes 20 such maps, one per filter.' },
  'fully-connected': { term: 'fully connected', source: ch6, definition: 'A layer in which every neuron has its own weight for every input: 784 weights per neuron in the first hidden layer here, one for each pixel. What such a neuron learned about a stroke is tied to the pixels where it saw that stroke.' },
  'shared-weights': { term: 'shared weights', source: ch6, definition: 'In a convolutional layer, one filter’s weights and bias are used at every place of the image instead of each place having its own: the filter looks for the same pattern everywhere, and the layer has far fewer numbers to learn.' },
  pooling: { term: 'pooling', source: ch6, definition: 'Shrinks each feature map by keeping only the largest value of every small square (2×2 in “pool 2”): the map halves in each direction, and the network keeps whether a pattern was found near a place, not exactly where.' },
  seed: { term: 'seed', source: ch1, definition: 'The number that starts the random number generator: the same seed gives the same starting weights and the same image order, so a run repeats exactly.' },
  worker: { term: 'worker', source: { href: 'https://developer.mozilla.org/en-US/docs/Web/API/Web_Workers_API', text: 'MDN: Web Workers' }, definition: 'A background thread of the browser. Training runs in one, so the page stays responsive; several can share each step.' },
} satisfies Record<string, GlossaryEntry>;

/** A glossary key, e.g. 'learning-rate'. */
export type TermId = keyof typeof GLOSSARY;

/**
 * The glossary's keys in alphabetical order of their terms. Compared as lower-case text, not with
 * localeCompare: this runs as the page's script starts, and a page's first localeCompare loads the
 * locale's collation data: 12-24 ms in Chromium 156 on this machine, four times that on Lighthouse's slowed phone.
 * glossary.test.ts holds that the order is the English alphabet's.
 */
const byTerm = (a: TermId, b: TermId) => {
  const [x, y] = [GLOSSARY[a].term.toLowerCase(), GLOSSARY[b].term.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};
export const TERM_IDS = (Object.keys(GLOSSARY) as TermId[]).sort(byTerm);
