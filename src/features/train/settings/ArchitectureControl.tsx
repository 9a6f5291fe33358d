import { useState } from 'react';
import { useAppStore } from '../../../store/app-store.ts';
import { DescriptionField } from '../../../ui/DescriptionField.tsx';
import { SelectControl } from '../../../ui/SelectControl.tsx';
import { Term } from '../../../ui/Term.tsx';
import { LayersControl } from './LayersControl.tsx';

type Kind = 'dense' | 'conv';
const KIND_OPTIONS: { value: Kind; label: string }[] = [
  { value: 'dense', label: 'Fully connected' },
  { value: 'conv', label: 'Convolutional' },
];
/** What the description starts as when a person first switches: the book's first convolutional network. */
const FIRST_DESCRIPTION = 'conv 20@5x5, pool 2, 100, 10';

/** Fully connected (hidden layers by sliders) or convolutional (a description in words, checked by the one parser). */
export function ArchitectureControl({ layersProblem, modelProblem }: { layersProblem?: string; modelProblem?: string }) {
  const model = useAppStore((s) => s.config.model);
  const setConfig = useAppStore((s) => s.setConfig);
  // The description typed last, so a switch to fully connected and back does not lose it.
  const [lastDescription, setLastDescription] = useState(model ?? FIRST_DESCRIPTION);
  const choose = (next: Kind) => {
    if (model !== undefined) setLastDescription(model);
    setConfig({ model: next === 'conv' ? (model ?? lastDescription) : undefined });
  };
  const kind: Kind = model === undefined ? 'dense' : 'conv';
  return (
    <>
      <SelectControl
        label="Kind of network"
        value={kind}
        options={KIND_OPTIONS}
        onChange={choose}
        hint={
          kind === 'conv' ? (
            <>
              A <Term id="convolution" /> layer slides small filters over the image, each making a <Term id="feature-map" />; <Term id="pooling" /> then shrinks the maps.
            </>
          ) : (
            'Every neuron sees every pixel or neuron of the layer before (chapters 1 to 3).'
          )
        }
      />
      {kind === 'dense' ? (
        <LayersControl problem={layersProblem} />
      ) : (
        <DescriptionField
          value={model ?? ''}
          onChange={(next) => setConfig({ model: next })}
          problem={modelProblem}
          hint="In order, after the 28×28 image: conv 20@5x5 (20 feature maps from 5×5 filters), pool 2 (2×2 pooling), then hidden neurons such as 100, then the 10 outputs."
        />
      )}
    </>
  );
}
