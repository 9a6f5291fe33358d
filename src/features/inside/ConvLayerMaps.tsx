import { useMemo, useState } from 'react';
import { formatLayer } from '../../nn/conv/parse-model.ts';
import type { Activation } from '../../nn/types.ts';
import { PixelImage } from '../../ui/PixelImage.tsx';
import { layerBrightness } from '../../ui/shade.ts';
import { Term } from '../../ui/Term.tsx';
import type { ConvStage } from './conv-view-model.ts';
import { formatCount } from '../../ui/format.ts';

/** Maps shown before "Show all": enough to see what a layer does, few enough to read on a phone. */
const SHOWN_AT_FIRST = 8;
/** A pooled map's width beside its map's (--conv-map in inside.css): pooling's 12×12 of a 24×24 map is drawn half as wide. */
const pooledWidth = (ratio: number) => `calc(var(--conv-map) * ${ratio})`;

/** What the stage's conv layer does, in a sentence or two. */
function ConvSentence({ stage, source }: { stage: ConvStage; source: string }) {
  const { conv, channels } = stage;
  if (!conv || conv.layer.kind !== 'conv') return null;
  const { kernel } = conv.layer;
  const size = `${conv.side}×${conv.side}`;
  if (channels === 1) {
    return (
      <p>
        Each <Term id="convolution" /> filter is {kernel}×{kernel} weights (blue positive, red negative). Slid over {source}, it makes the{' '}
        <Term id="feature-map" /> beside it, {size}: bright where the filter found its pattern.
      </p>
    );
  }
  return (
    <p>
      Each of these {conv.depth} filters has {channels} slices of {kernel}×{kernel} weights, one for each map of the layer before ({formatCount(conv.filters.length)}{' '}
      weights in all, too many to draw): it adds up what it finds in all {channels} maps at once, so its {size} <Term id="feature-map" /> is bright where
      those patterns come together.
    </p>
  );
}

/** One conv layer's feature maps (with their filters when they read the image) and the maps its pooling keeps. */
export function ConvLayerMaps({ stage, number, activation, source }: { stage: ConvStage; number: number; activation: Activation; source: string }) {
  const { conv, pool, channels } = stage;
  const [all, setAll] = useState(false);
  const count = (conv ?? pool)?.depth ?? 0;
  const shown = all ? count : Math.min(count, SHOWN_AT_FIRST);
  // One brightness scale per layer (ReLU's largest value is white), so a map that found little stays dark
  // beside one that found much; max pooling keeps values, so the pooled maps keep their maps' scale.
  const maps = useMemo(() => (conv ? layerBrightness(conv.values, activation, true) : null), [conv, activation]);
  const pooled = useMemo(() => (pool ? layerBrightness(pool.values, activation, true) : null), [pool, activation]);
  const filterSide = conv?.layer.kind === 'conv' && channels === 1 ? conv.layer.kernel : 0;
  const name = `Layer ${number}`;
  const title = [conv, pool].flatMap((l) => (l ? [formatLayer(l.layer)] : [])).join(', then ');
  const poolSize = pool?.layer.kind === 'pool' ? pool.layer.size : 0;

  return (
    <section className="conv-layer" aria-labelledby={`conv-layer-${number}`}>
      <h3 id={`conv-layer-${number}`}>
        {name}: {title}
      </h3>
      <ConvSentence stage={stage} source={source} />
      {pool && (
        <p>
          <Term id="pooling">Pooling</Term> keeps the largest value of each {poolSize}×{poolSize} block of a map{conv ? ', after the activation' : ''}: the {pool.side * poolSize}×
          {pool.side * poolSize} map becomes the {pool.side}×{pool.side} one after the arrow.
        </p>
      )}
      <ul className="conv-cells" aria-label={`${name}: ${count} ${conv ? 'feature maps' : 'pooled maps'}${shown < count ? `, the first ${shown} shown` : ''}`}>
        {Array.from({ length: shown }, (_, m) => (
          <li key={m} className="conv-cell">
            {filterSide > 0 && conv && (
              <PixelImage values={conv.filters.subarray(m * filterSide ** 2, (m + 1) * filterSide ** 2)} side={filterSide} mode="signed" className="conv-filter" label={`${name} filter ${m + 1}`} />
            )}
            {conv && maps && (
              <PixelImage values={maps.subarray(m * conv.side ** 2, (m + 1) * conv.side ** 2)} side={conv.side} mode="grey" className="conv-map" label={`${name} feature map ${m + 1}`} />
            )}
            {conv && pool && <span className="conv-arrow" aria-hidden="true">→</span>}
            {pool && pooled && (
              <PixelImage
                values={pooled.subarray(m * pool.side ** 2, (m + 1) * pool.side ** 2)}
                side={pool.side}
                mode="grey"
                className="conv-map"
                style={conv ? { width: pooledWidth(pool.side / conv.side), height: pooledWidth(pool.side / conv.side) } : undefined}
                label={`${name} pooled map ${m + 1}`}
              />
            )}
          </li>
        ))}
      </ul>
      {count > SHOWN_AT_FIRST && (
        <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the first ${SHOWN_AT_FIRST}` : `Show all ${count} maps`}
        </button>
      )}
    </section>
  );
}
