import { layerBrightness, grey } from '../../ui/shade.ts';
import type { Activation } from '../../nn/types.ts';
import { signed } from './learn-format.ts';

/** A hidden layer's activations as a row of grey squares, with its most active neurons in words. */
export function LayerStrip({ values, activation, title, chosen }: { values: Float32Array; activation: Activation; title: string; chosen?: number }) {
  const brightness = layerBrightness(values, activation, true);
  const order = Array.from(values.keys()).sort((a, b) => values[b] - values[a]).slice(0, 3);
  return (
    <figure className="layer-strip">
      <figcaption>
        <strong>{title}</strong>: most active {order.map((i) => `neuron ${i + 1} (${signed(values[i], 2)})`).join(', ')}.
      </figcaption>
      <div className="layer-cells" aria-hidden="true">
        {Array.from(values, (v, i) => (
          <span
            key={i}
            className={i === chosen ? 'layer-cell chosen' : 'layer-cell'}
            style={{ background: `rgb(${grey(brightness[i])} ${grey(brightness[i])} ${grey(brightness[i])})` }}
            title={`Neuron ${i + 1}: ${signed(v)}`}
          />
        ))}
      </div>
    </figure>
  );
}
