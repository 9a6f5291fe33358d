import { useAppStore } from '../../../store/app-store.ts';
import type { NeuronOnDrawing } from '../../../nn/explain.ts';
import type { Activation } from '../../../nn/types.ts';
import { precise, signed } from '../learn-format.ts';
import { LearnMore } from '../LearnMore.tsx';

/** One nudge of the bias: small beside the z of a hidden neuron (a few units either side of 0). */
const NUDGE = 0.1;

const change = (before: number, after: number) => (after === before ? 'none' : `${after > before ? '+' : ''}${precise(after - before)}`);

/** What the nudges did, in words: the step neuron jumped or did nothing, the sigmoid moved a little. */
function verdict({ versus, z }: NeuronOnDrawing, shift: number): string {
  const crossing = `It jumps only when z crosses 0: a change of the bias past ${signed(-z, 2)}.`;
  if (Math.abs(shift) < 1e-6) return `Nudge the bias: z moves by the same amount. ${crossing}`;
  const sigmoid = `the sigmoid neuron moved by ${change(versus.sigmoid, versus.shiftedSigmoid)}`;
  if (versus.step !== versus.shiftedStep) return `z crossed 0: the step neuron jumped from ${versus.step} to ${versus.shiftedStep} all at once, while ${sigmoid}.`;
  return `The step neuron did nothing (still ${versus.step}), while ${sigmoid}. ${crossing}`;
}

/**
 * "Why the sigmoid": Nielsen's perceptron (a step at z = 0) beside a sigmoid neuron on the same
 * z of the neuron shown, and buttons that nudge its bias (the same what-if as the bias slider).
 */
export function StepOrSigmoid({ neuron, activation }: { neuron: NeuronOnDrawing; activation: Activation }) {
  const shift = useAppStore((s) => s.learn.biasShift);
  const setLearn = useAppStore((s) => s.setLearn);
  // Exactly ±0.1, so the table's "bias + 0.2" is what z moved by (the slider shows the bias to 0.1).
  const nudge = (by: number) => setLearn({ biasShift: Math.round((shift + by) * 1e6) / 1e6 });
  const { versus } = neuron;
  // The shift these numbers were computed with (the store's may be newer, its answer on the way).
  const shown = neuron.shiftedZ - neuron.z;
  return (
    <LearnMore summary="Why a smooth S and not a step? Nudge the bias and see">
      <div className="learn-more-body">
      <p>
        The book’s first neuron, the perceptron, outputs 1 when z is above 0 and 0 otherwise: a step. Learning changes weights and biases by small
        amounts, so it needs each small change to move the output a little.
      </p>
      <div className="learn-buttons" role="group" aria-label="Nudge the bias">
        <button type="button" onClick={() => nudge(-NUDGE)}>
          Bias −{NUDGE}
        </button>
        <button type="button" onClick={() => nudge(NUDGE)}>
          Bias +{NUDGE}
        </button>
      </div>
      <table className="step-or-sigmoid numbers">
        <caption>A step neuron and a sigmoid neuron on neuron {neuron.index + 1}’s z</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">bias as it is</th>
            <th scope="col">{Math.abs(shown) < 1e-6 ? 'after a nudge' : `bias ${shown < 0 ? '−' : '+'} ${signed(Math.abs(shown), 1)}`}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">z</th>
            <td>{signed(neuron.z, 2)}</td>
            <td>{signed(neuron.shiftedZ, 2)}</td>
          </tr>
          <tr>
            <th scope="row">step neuron: 1 if z &gt; 0, else 0</th>
            <td>{versus.step}</td>
            <td>{versus.shiftedStep}</td>
          </tr>
          <tr>
            <th scope="row">sigmoid neuron σ(z)</th>
            <td>{precise(versus.sigmoid)}</td>
            <td>{precise(versus.shiftedSigmoid)}</td>
          </tr>
        </tbody>
      </table>
      <p role="status">{verdict(neuron, shown)}</p>
      <p>
        That is why learning by small steps works: with sigmoid neurons a small change in any weight or bias makes a small change in the output, and so
        in the cost, and the gradient says which small change lowers it. A step neuron does nothing, or flips all the way, so small changes cannot tune a
        network of them (Nielsen, chapter 1).
        {activation !== 'sigmoid' && ` This network’s hidden neurons use ${activation}; the table puts the same z through σ.`}
      </p>
      </div>
    </LearnMore>
  );
}
