import { useAppStore } from '../../store/app-store.ts';
import { DescriptionField } from '../../ui/DescriptionField.tsx';
import { SelectControl } from '../../ui/SelectControl.tsx';
import { CONV_ACTIVATIONS, type ConvActivation } from './sides/compare-api.ts';
import { KIND_SETTINGS, type CompareKind, type CompareProblems } from './compare-form.ts';
import { CompareNumber } from './CompareNumber.tsx';

const KIND_OPTIONS: { value: CompareKind; label: string }[] = [
  { value: 'dense', label: 'Fully connected (ch. 1)' },
  { value: 'conv', label: 'Convolutional (ch. 6)' },
];
const ACTIVATION_LABELS: Record<ConvActivation, string> = { sigmoid: 'Sigmoid', relu: 'ReLU' };
const ACTIVATION_OPTIONS = CONV_ACTIVATIONS.map((value) => ({ value, label: ACTIVATION_LABELS[value] }));

/** The convolutional network's description, checked by the one parser, with its problem. */
function CompareDescription({ problem }: { problem?: string }) {
  const model = useAppStore((s) => s.compareForm.model);
  const setForm = useAppStore((s) => s.setCompareForm);
  return (
    <DescriptionField
      className="control compare-wide"
      value={model}
      onChange={(next) => setForm({ model: next })}
      problem={problem}
      hint="In order, after the 28×28 image: conv 20@5x5 (20 feature maps from 5×5 filters), pool 2 (2×2 max pooling), hidden neurons such as 100, then the 10 outputs, a softmax with the log-likelihood cost."
    />
  );
}

/** The network both sides build: fully connected with one hidden layer, or a convolutional description and its activation. */
export function CompareNetwork({ problems }: { problems: CompareProblems }) {
  const form = useAppStore((s) => s.compareForm);
  const setForm = useAppStore((s) => s.setCompareForm);
  const choose = (kind: CompareKind) => setForm({ kind, ...KIND_SETTINGS[kind] });
  return (
    <>
      <div className="compare-wide">
        <SelectControl
        label="Kind of network"
        value={form.kind}
        options={KIND_OPTIONS}
        onChange={choose}
        hint={
          form.kind === 'conv'
            ? 'Small filters slide over the image and pooling shrinks their maps. Choosing it sets the book’s η, 0.1, and a short run: TF.js trains convolutions far more slowly than ours.'
            : 'Every neuron sees every pixel or neuron of the layer before. Choosing it sets the book’s η, 3.'
        }
        />
      </div>
      {form.kind === 'dense' ? (
        <CompareNumber label="Hidden neurons" value={form.hiddenSize} onChange={(hiddenSize) => setForm({ hiddenSize })} problem={problems.hiddenSize} />
      ) : (
        <>
          <CompareDescription problem={problems.model} />
          <SelectControl label="Activation" value={form.activation} options={ACTIVATION_OPTIONS} onChange={(activation) => setForm({ activation })} />
        </>
      )}
    </>
  );
}
