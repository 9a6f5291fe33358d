import type { TraceView } from '../../worker/inspect-trace.ts';
import { Term } from '../../ui/Term.tsx';
import { formatValue, neuronName } from './neuron-text.ts';
import { WeightImage } from './WeightImage.tsx';
import { IMAGE_SIDE } from '../../mnist/dataset.ts';

/** Where connection i comes from, in words: an input pixel by row and column, or a neuron of the layer below. */
function sourceName(layer: number, from: number): string {
  return layer === 1 ? `pixel (${Math.floor(from / IMAGE_SIDE) + 1}, ${(from % IMAGE_SIDE) + 1})` : `neuron ${from + 1}`;
}

/** The selected neuron: activation, bias, z, its strongest inputs and, in the first hidden layer, its weights as an image. */
export function NeuronDetails({ trace }: { trace: TraceView | null }) {
  const neuron = trace?.neuron;
  if (!trace || !neuron) {
    return <p className="inside-hint">Point at a neuron, tap it, or focus the picture and use the arrow keys, to see what it computes.</p>;
  }
  const layers = trace.activations.map((a) => a.length);
  const name = neuronName(neuron, layers);
  return (
    <div className="neuron-details">
      <h3>{name}</h3>
      <dl className="neuron-numbers">
        <dt>
          Activation a <Term id="activation" icon />
        </dt>
        <dd>{formatValue(neuron.activation)}</dd>
        <dt>
          Bias b <Term id="bias" icon />
        </dt>
        <dd>{formatValue(neuron.bias)}</dd>
        <dt>
          Weighted input z = Σ w·a + b <Term id="weighted-input" icon />
        </dt>
        <dd>{formatValue(neuron.z)}</dd>
      </dl>
      <table className="strongest">
        <caption>Strongest inputs now (w × a)</caption>
        <tbody>
          {neuron.strongest.slice(0, 5).map((c) => (
            <tr key={c.from}>
              <th scope="row">{sourceName(neuron.layer, c.from)}</th>
              <td className={c.weight >= 0 ? 'pos' : 'neg'}>
                {formatValue(c.weight)} × {formatValue(c.weight ? c.contribution / c.weight : 0)} = {formatValue(c.contribution)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {neuron.layer === 1 && <WeightImage weights={neuron.incoming} label={`Incoming weights of ${name}`} />}
    </div>
  );
}
