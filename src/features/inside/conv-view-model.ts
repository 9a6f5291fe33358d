import { DIGIT_COUNT, IMAGE_SIDE } from '../../mnist/dataset.ts';
import { argmax } from '../../nn/evaluate.ts';
import { formatLayer } from '../../nn/conv/parse-model.ts';
import type { ConvLayerLook, ConvLook } from '../../worker/inspect-conv.ts';

/** A conv layer and the pooling right after it (either may be absent), as the Feature maps tab shows them. */
export interface ConvStage {
  /** The stage's conv layer; null for pooling that follows no conv layer. */
  conv: ConvLayerLook | null;
  pool: ConvLayerLook | null;
  /** Maps the stage reads: 1 (the image) for the first. */
  channels: number;
}

/** The conv and pooling layers of a look, grouped into stages: each conv layer with the pooling right after it. */
export function convStages(layers: readonly ConvLayerLook[]): ConvStage[] {
  const stages: ConvStage[] = [];
  layers.forEach((layer, l) => {
    if (layer.layer.kind === 'conv') stages.push({ conv: layer, pool: null, channels: layer.channels });
    else if (layer.layer.kind === 'pool') {
      const previous = stages[stages.length - 1];
      if (previous?.conv && !previous.pool && layers[l - 1]?.layer.kind === 'conv') previous.pool = layer;
      else stages.push({ conv: null, pool: layer, channels: layer.channels });
    }
  });
  return stages;
}

/** A layer's output in words: "8 feature maps of 24×24", "8 maps of 12×12", "100 neurons", "10 outputs". */
export function layerContents(layer: ConvLayerLook, last: boolean): string {
  const { depth, side } = layer;
  switch (layer.layer.kind) {
    case 'conv':
      return `${depth} feature map${depth === 1 ? '' : 's'} of ${side}×${side}`;
    case 'pool':
      return `${depth} pooled map${depth === 1 ? '' : 's'} of ${side}×${side}`;
    case 'dense':
      return last ? `${depth} outputs` : `${depth} neurons`;
  }
}

/** The network for one image in a sentence, for a screen reader: each layer in order, and the output it favours. */
export function describeConvNetwork(look: ConvLook, source: string): string {
  const last = look.layers.length - 1;
  const layers = look.layers.map((l, i) => {
    if (i === last) return layerContents(l, true);
    return l.layer.kind === 'dense' ? `a fully connected layer of ${layerContents(l, false)}` : `${formatLayer(l.layer)}, ${layerContents(l, false)}`;
  });
  const outputs = look.layers[last].values;
  const answer = outputs.length === DIGIT_COUNT ? `, the largest for ${argmax(outputs)}` : '';
  return `The convolutional network reading ${source}, left to right: the ${IMAGE_SIDE}×${IMAGE_SIDE} input; ${layers.join('; ')}${answer}.`;
}
