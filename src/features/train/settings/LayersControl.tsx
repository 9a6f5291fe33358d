import { LIMITS } from '../../../nn/config-limits.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { RangeControl } from '../../../ui/RangeControl.tsx';

/** How many hidden layers, and how many neurons in each. */
export function LayersControl({ problem }: { problem?: string }) {
  const layers = useAppStore((s) => s.config.layers);
  const setHiddenLayerCount = useAppStore((s) => s.setHiddenLayerCount);
  const setHiddenSize = useAppStore((s) => s.setHiddenSize);
  const hidden = layers.slice(1, -1);
  return (
    <>
      <RangeControl
        label="Hidden layers"
        value={hidden.length}
        {...LIMITS.hiddenLayers}
        step={1}
        typed={false}
        onChange={setHiddenLayerCount}
        hint="Between the 784 input pixels and the 10 outputs."
      />
      {hidden.map((size, i) => (
        <RangeControl
          key={i}
          label={`Neurons in hidden layer ${i + 1}`}
          value={size}
          {...LIMITS.hiddenSize}
          step={1}
          onChange={(n) => setHiddenSize(i, n)}
          problem={i === hidden.length - 1 ? problem : undefined}
        />
      ))}
    </>
  );
}
