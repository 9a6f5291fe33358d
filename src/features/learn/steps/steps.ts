import type { ComponentType } from 'react';
import { BatchesStep } from './BatchesStep.tsx';
import { CostStep } from './CostStep.tsx';
import { HiddenStep } from './HiddenStep.tsx';
import { LayerStep } from './LayerStep.tsx';
import { LearnStep } from './LearnStep.tsx';
import { NeuronStep } from './NeuronStep.tsx';
import { PixelsStep } from './PixelsStep.tsx';
import type { StepProps } from './step-props.ts';
import { STEP_ORDER, type StepId } from './step-order.ts';
import { TryNextStep } from './TryNextStep.tsx';
import { WhyConvStep } from './WhyConvStep.tsx';
import { WhyStep } from './WhyStep.tsx';

const VIEWS: Record<StepId, { title: string; View: ComponentType<StepProps> }> = {
  pixels: { title: 'Pixels: what the network receives', View: PixelsStep },
  neuron: { title: 'A neuron', View: NeuronStep },
  layer: { title: 'A layer, then the next, to the output', View: LayerStep },
  hidden: { title: 'What the hidden layer learned', View: HiddenStep },
  'why-conv': { title: 'Why convolution', View: WhyConvStep },
  why: { title: 'Why this answer', View: WhyStep },
  cost: { title: 'The cost of one drawing', View: CostStep },
  learn: { title: 'One step of learning', View: LearnStep },
  batches: { title: 'From one drawing to 50,000', View: BatchesStep },
  next: { title: 'What to try next', View: TryNextStep },
};

/** The guided path's steps in order (step-order.ts), each a heading and a view. */
export const STEPS: readonly { title: string; View: ComponentType<StepProps> }[] = STEP_ORDER.map((id) => VIEWS[id]);
