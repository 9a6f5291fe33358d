import type { ComponentType } from 'react';
import { BatchesStep } from './BatchesStep.tsx';
import { CostStep } from './CostStep.tsx';
import { HiddenStep } from './HiddenStep.tsx';
import { LayerStep } from './LayerStep.tsx';
import { LearnStep } from './LearnStep.tsx';
import { NeuronStep } from './NeuronStep.tsx';
import { PixelsStep } from './PixelsStep.tsx';
import type { StepProps } from './step-props.ts';
import { TryNextStep } from './TryNextStep.tsx';
import { WhyStep } from './WhyStep.tsx';

/** The guided path's steps in order, each a heading and a view. */
export const STEPS: readonly { title: string; View: ComponentType<StepProps> }[] = [
  { title: 'Pixels: what the network receives', View: PixelsStep },
  { title: 'A neuron', View: NeuronStep },
  { title: 'A layer, then the next, to the output', View: LayerStep },
  { title: 'What the hidden layer learned', View: HiddenStep },
  { title: 'Why this answer', View: WhyStep },
  { title: 'The cost of one drawing', View: CostStep },
  { title: 'One step of learning', View: LearnStep },
  { title: 'From one drawing to 50,000', View: BatchesStep },
  { title: 'What to try next', View: TryNextStep },
];
