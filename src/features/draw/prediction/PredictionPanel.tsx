import { argmax } from '../../../nn/evaluate.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { formatProbability } from '../../../ui/format.ts';
import { ModelInUse } from '../../models/ModelInUse.tsx';
import { CorrectionButtons } from '../../my-digits/CorrectionButtons.tsx';
import { NetworkInputView } from './NetworkInputView.tsx';
import { ProbabilityBars } from './ProbabilityBars.tsx';

/**
 * The answer in words: a softmax output is a probability; a sigmoid output is an activation out of 1,
 * not a probability; an untrained network's answer is a guess.
 */
function answerSentence(top: number, output: number, softmax: boolean, untrained: boolean): string {
  if (untrained) return `Untrained: the network is guessing (${top})`;
  return softmax ? `Prediction: ${top} (${formatProbability(output)} probability)` : `Prediction: ${top} (output ${output.toFixed(2)} of 1)`;
}

/** What the network answers for the drawing: the top digit, the sentence read aloud, the input image and the bars. */
export function PredictionPanel() {
  const prediction = useAppStore((s) => s.prediction);
  // Busy mid-stroke: screen readers announce the answer for the finished drawing, not each update.
  const busy = useAppStore((s) => s.strokeActive || s.predicting);
  const probabilities = prediction?.probabilities ?? null;
  const top = probabilities ? argmax(probabilities) : null;

  const softmax = prediction?.outputs === 'softmax';
  const untrained = useAppStore((s) => s.model.origin === 'untrained');

  let sentence = 'Draw a digit';
  if (prediction && top === null) sentence = 'No answer: the network’s outputs are not numbers';
  if (probabilities && top !== null) sentence = answerSentence(top, probabilities[top], softmax, untrained);

  return (
    <div className="prediction">
      <div className="prediction-top">
        <div className="verdict">
          <span className={top === null ? 'verdict-digit empty' : 'verdict-digit'} aria-hidden="true">
            {top ?? '?'}
          </span>
          <p className="verdict-text" role="status" aria-busy={busy}>
            {sentence}
          </p>
        </div>
        <NetworkInputView input={prediction?.input ?? null} />
      </div>
      <ProbabilityBars probabilities={probabilities} softmax={softmax} />
      <CorrectionButtons />
      <ModelNote />
    </div>
  );
}

/** Says what kind of network answers: untrained, training, trained, loaded or broken. */
function ModelNote() {
  const origin = useAppStore((s) => s.model.origin);
  const status = useAppStore((s) => s.run.status);
  if (status === 'diverged') {
    return <p className="model-note warn">The last run blew up, so the network’s answers are meaningless. Press Reset, or Train with a smaller learning rate.</p>;
  }
  if (origin === 'untrained') {
    return (
      <p className="model-note warn">
        <strong>Untrained network.</strong> Its weights are random, so its guesses are too. Press Train and watch the bars change as it learns.
      </p>
    );
  }
  if (origin === 'file') return <ModelInUse />;
  if (status === 'training') return <p className="model-note">Training: the bars follow the network as it learns.</p>;
  return <ModelInUse />;
}
