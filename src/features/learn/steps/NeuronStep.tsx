import { useAppStore } from '../../../store/app-store.ts';
import { ActivationPlot } from '../ActivationPlot.tsx';
import { signed, total } from '../learn-format.ts';
import { NeuronChooser } from '../NeuronChooser.tsx';
import { NoDrawing } from '../NoDrawing.tsx';
import { PixelImage } from '../../../ui/PixelImage.tsx';
import { Term } from '../../../ui/Term.tsx';
import { BiasSlider } from './BiasSlider.tsx';
import { StepOrSigmoid } from './StepOrSigmoid.tsx';
import type { StepProps } from './step-props.ts';

const FUNCTION_NAME = { sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU' } as const;

/** Step 2: one hidden neuron on this drawing: weights, bias, z = w · a + b and its activation. */
export function NeuronStep({ lesson }: StepProps) {
  const biasShift = useAppStore((s) => s.learn.biasShift);
  if (!lesson) return <NoDrawing />;
  const { neuron, activation } = lesson;
  const f = FUNCTION_NAME[activation];
  const n = neuron.index + 1;
  return (
    <>
      <p>
        A <Term id="neuron" /> of the first hidden layer looks at all 784 pixels. It has one <Term id="weight" /> per pixel and one <Term id="bias" />. It
        multiplies each pixel a by its weight w, adds everything up with the bias b — its <Term id="weighted-input" /> z = w · a + b — and passes z
        through the <Term id={activation} /> function to get its <Term id="activation" /> a.
      </p>
      <NeuronChooser count={lesson.layers[1]} shown={neuron.index} />
      <div className="learn-images">
        <figure>
          <PixelImage values={neuron.weights} mode="signed" label={`The 784 weights of hidden neuron ${n}, as a 28 by 28 image`} />
          <figcaption>
            Its 784 weights: <span className="pos">blue</span> positive, <span className="neg">red</span> negative.
          </figcaption>
        </figure>
        <figure>
          <PixelImage values={neuron.products} mode="signed" label={`Weight times pixel for hidden neuron ${n} on your drawing`} />
          <figcaption>
            Weight × pixel: where your ink met <span className="pos">blue</span> it pushed z up, <span className="neg">red</span> down.
          </figcaption>
        </figure>
      </div>
      <p className="learn-sum numbers">
        z = w · a + b = {signed(total(neuron.products))} (the 784 products added up) + {signed(neuron.bias)} (bias) = <strong>{signed(neuron.z)}</strong>
      </p>
      <ActivationPlot
        activation={activation}
        points={[
          { z: neuron.z, label: 'your drawing', tone: 'main' },
          ...(biasShift !== 0 ? [{ z: neuron.shiftedZ, label: 'with the bias you chose', tone: 'alt' as const }] : []),
        ]}
      />
      <p className="learn-sum numbers">
        a = {f}(z) = {f}({signed(neuron.z, 2)}) = <strong>{signed(neuron.activation)}</strong>
        {biasShift !== 0 && (
          <>
            {' '}
            · with your bias: {f}({signed(neuron.shiftedZ, 2)}) = <strong className="alt">{signed(neuron.shiftedActivation)}</strong>
          </>
        )}
      </p>
      <BiasSlider bias={neuron.bias} />
      <StepOrSigmoid neuron={neuron} activation={activation} />
    </>
  );
}
