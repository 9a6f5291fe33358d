import { setLearningRate } from '../../../client/run-controls.ts';
import { LIMITS } from '../../../nn/config-limits.ts';
import { formatNumber } from '../../../ui/format.ts';
import { Term } from '../../../ui/Term.tsx';
import { RangeControl } from '../../../ui/RangeControl.tsx';

/** Slider stops on a logarithmic scale, 1-2-3-5 per decade, from 0.001 to 10; any value can be typed. */
const LEARNING_RATE_STOPS = [0.001, 0.002, 0.003, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 3, 5, 10];

/** The stop nearest to a learning rate, measured on the log scale. */
function nearestStop(eta: number): number {
  let best = 0;
  LEARNING_RATE_STOPS.forEach((stop, i) => {
    if (Math.abs(Math.log(stop / eta)) < Math.abs(Math.log(LEARNING_RATE_STOPS[best] / eta))) best = i;
  });
  return best;
}

/** How a learning-rate slider moves: one notch per stop, for the settings and the guided path's step alike. */
export const LEARNING_RATE_SLIDER = {
  min: 0,
  max: LEARNING_RATE_STOPS.length - 1,
  step: 1,
  toSlider: nearestStop,
  fromSlider: (i: number) => LEARNING_RATE_STOPS[i],
};

/** The learning rate: the one setting that acts at once, even in the middle of a run. */
export function LearningRateControl({ value, problem }: { value: number; problem?: string }) {
  return (
    <RangeControl
      label="Learning rate η"
      value={value}
      {...LEARNING_RATE_SLIDER}
      valueText={formatNumber(value)}
      onChange={(eta) => void setLearningRate(eta)}
      badge={
        <>
          <Term id="learning-rate" icon />
          <span className="badge live">acts at once</span>
        </>
      }
      problem={problem}
      hint={`How big a step each mini-batch takes downhill on the cost (${LIMITS.eta.min} to ${LIMITS.eta.max}). Too small learns slowly; too large makes the cost jump or blow up.`}
    />
  );
}
