import { useId } from 'react';
import { configProblems, LIMITS } from '../../../nn/config-limits.ts';
import { canonicalDescription } from '../../../nn/conv/parse-model.ts';
import type { Activation, Cost, Init, TrainConfig } from '../../../nn/types.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { Term } from '../../../ui/Term.tsx';
import { formatCount } from '../../../ui/format.ts';
import { CopyLinkButton } from '../../link/CopyLinkButton.tsx';
import { LinkNotice } from '../../link/LinkNotice.tsx';
import { ArchitectureControl } from './ArchitectureControl.tsx';
import { LearningRateControl } from './LearningRateControl.tsx';
import { NumberField } from '../../../ui/NumberField.tsx';
import { RangeControl } from '../../../ui/RangeControl.tsx';
import { SelectControl } from '../../../ui/SelectControl.tsx';
import { TrainingDataControls } from './TrainingDataControls.tsx';
import { isRunLive } from '../../../protocol/trainer-events.ts';

const COST_OPTIONS: { value: Cost; label: string }[] = [
  { value: 'quadratic', label: 'Sigmoid + quadratic' },
  { value: 'cross-entropy', label: 'Sigmoid + cross-entropy' },
  { value: 'log-likelihood', label: 'Softmax + log-likelihood' },
];
const ACTIVATION_OPTIONS: { value: Activation; label: string }[] = [
  { value: 'sigmoid', label: 'Sigmoid' },
  { value: 'tanh', label: 'tanh' },
  { value: 'relu', label: 'ReLU' },
];
const INIT_OPTIONS: { value: Init; label: string }[] = [
  { value: 'normal', label: 'Weights N(0, 1)' },
  { value: 'scaled', label: 'Weights N(0, 1/inputs)' },
];

/** Settings the learning rate aside, those that differ between the config and the running one. */
function changedSinceRun(config: TrainConfig, running: TrainConfig | null): boolean {
  if (!running) return false;
  // The worker writes a description in its one form: another spelling of it is no change.
  const model = config.model === undefined ? undefined : canonicalDescription(config.model);
  return JSON.stringify({ ...config, model, eta: 0 }) !== JSON.stringify({ ...running, eta: 0 });
}

/** Every hyperparameter, each labelled with its value and operable by keyboard. */
export function SettingsPanel() {
  const config = useAppStore((s) => s.config);
  const setConfig = useAppStore((s) => s.setConfig);
  const status = useAppStore((s) => s.run.status);
  const runConfig = useAppStore((s) => s.run.config);
  const problems = configProblems(config);
  const live = isRunLive(status);
  const seedId = useId();

  return (
    <>
      <div className="card-head">
        <h2 id="settings-title">Settings</h2>
        <CopyLinkButton />
      </div>
      <LinkNotice />
      <p className="lede">
        The learning rate acts at once, even in the middle of a run. Everything else applies on the next Train.
        {live && changedSinceRun(config, runConfig) && <strong className="pending"> You changed settings: they apply on the next Train.</strong>}
      </p>
      <div className="settings-grid">
        <fieldset>
          <legend className="group-legend">Network</legend>
          <ArchitectureControl layersProblem={problems.layers} modelProblem={problems.model} />
          <SelectControl
            label="Hidden activation"
            value={config.activation}
            options={ACTIVATION_OPTIONS}
            onChange={(activation) => setConfig({ activation })}
            badge={<Term id="activation" icon />}
            hint={
              <>
                How a hidden neuron turns its sum into its output: <Term id="sigmoid" />, <Term id="tanh" /> or <Term id="relu" />.
              </>
            }
          />
          <SelectControl
            label="Output and cost"
            value={config.cost}
            options={COST_OPTIONS}
            onChange={(cost) => setConfig({ cost })}
            badge={<Term id="cost" icon />}
            hint={
              <>
                The cost measures how wrong the outputs are: <Term id="quadratic-cost" />, <Term id="cross-entropy" /> (learns faster than quadratic when a
                neuron is badly wrong), or a <Term id="softmax" /> output with the <Term id="log-likelihood" /> cost.
              </>
            }
          />
          <SelectControl label="Initialisation" value={config.init} options={INIT_OPTIONS} onChange={(init) => setConfig({ init })} badge={<Term id="initialisation" icon />} />
        </fieldset>
        <fieldset>
          <legend className="group-legend">Learning</legend>
          <LearningRateControl value={config.eta} problem={problems.eta} />
          <RangeControl
            label="Mini-batch size"
            value={config.batchSize}
            {...LIMITS.batchSize}
            step={1}
            onChange={(batchSize) => setConfig({ batchSize })}
            problem={problems.batchSize}
            badge={<Term id="mini-batch" icon />}
            hint="Images averaged for each step."
          />
          <RangeControl label="Epochs" value={config.epochs} {...LIMITS.epochs} step={1} onChange={(epochs) => setConfig({ epochs })} problem={problems.epochs} badge={<Term id="epoch" icon />} hint="Passes over the training images." />
          <RangeControl
            label="L2 regularisation λ"
            value={config.lambda}
            {...LIMITS.lambda}
            step={0.1}
            onChange={(lambda) => setConfig({ lambda })}
            problem={problems.lambda}
            badge={<Term id="l2" icon />}
            hint="Pulls weights towards zero, so the network generalises instead of memorising."
          />
        </fieldset>
        <fieldset>
          <legend className="group-legend">Data</legend>
          <TrainingDataControls />
          <RangeControl
            label="Training images"
            value={config.trainSize}
            {...LIMITS.trainSize}
            step={1000}
            valueText={formatCount(config.trainSize)}
            onChange={(trainSize) => setConfig({ trainSize })}
            problem={problems.trainSize}
            hint="Fewer images make quick experiments; the book uses all 50,000."
          />
          <div className={problems.seed ? 'control invalid' : 'control'}>
            <div className="control-head">
              <label htmlFor={seedId}>Seed</label>
              <Term id="seed" icon />
              <NumberField id={seedId} value={config.seed} onChange={(seed) => setConfig({ seed })} invalid={!!problems.seed} />
            </div>
            {problems.seed && <p className="problem">{problems.seed}</p>}
            <p className="hint">The same seed gives the same starting weights and image order: a run repeats exactly.</p>
          </div>
        </fieldset>
      </div>
    </>
  );
}
