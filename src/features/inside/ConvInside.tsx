import { useAppStore } from '../../store/app-store.ts';
import { BRIGHTNESS_RULE } from '../../ui/shade.ts';
import { ConvLayerMaps } from './ConvLayerMaps.tsx';
import { convStages } from './conv-view-model.ts';
import { InputSource } from './InputSource.tsx';
import { useConvLook } from './use-conv-look.ts';
import { useInspectedImage } from './use-inspected-image.ts';

/** The Feature maps tab: for each conv layer of the model in use, its filters, the feature maps they make of the image shown, and what pooling keeps of them. */
export function ConvInside() {
  const image = useInspectedImage();
  const look = useConvLook(image);
  const example = useAppStore((s) => s.inspectedExample);
  const source = example ? 'the test image' : image ? 'your drawing' : 'the blank pad';
  return (
    <div className="conv-inside">
      <InputSource />
      {look ? (
        <>
          <p className="inside-legend">
            Brightness is activation: {BRIGHTNESS_RULE[look.activation]}
            {look.activation === 'relu' && ', one scale for all the layer’s maps, so a map that found little stays dark beside one that found much'}.
          </p>
          {convStages(look.layers).map((stage, i) => (
            <ConvLayerMaps key={i} stage={stage} number={i + 1} activation={look.activation} source={source} />
          ))}
        </>
      ) : (
        <p className="inside-hint">Reading the filters…</p>
      )}
    </div>
  );
}
