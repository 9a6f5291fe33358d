import { useEffect, useMemo, useRef } from 'react';
import { IMAGE_SIDE } from '../../mnist/dataset.ts';
import { formatLayer } from '../../nn/conv/parse-model.ts';
import { useAppStore } from '../../store/app-store.ts';
import { BRIGHTNESS_RULE, layerBrightness } from '../../ui/shade.ts';
import type { ConvLook } from '../../worker/inspect-conv.ts';
import { layoutConvNetwork, type ColumnSpec } from './conv-network-layout.ts';
import { describeConvNetwork } from './conv-view-model.ts';
import { CAPTION_FONT, drawConvNetwork } from './draw-conv-network.ts';
import { InputSource } from './InputSource.tsx';
import { outputSummary } from './neuron-text.ts';
import { useConvLook } from './use-conv-look.ts';
import { UseDenseReadyButton } from '../models/UseDenseReadyButton.tsx';
import { useInspectedImage } from './use-inspected-image.ts';
import { useWidth } from './use-width.ts';
import { useNearScreen } from '../../ui/use-shown-soon.ts';

/** The look's columns: the image, then each layer, captioned. */
function columnsOf(look: ConvLook): ColumnSpec[] {
  const last = look.layers.length - 1;
  return [
    { kind: 'image', count: 1, side: IMAGE_SIDE, caption: ['input', `${IMAGE_SIDE}×${IMAGE_SIDE}`] },
    ...look.layers.map((l, i): ColumnSpec => {
      if (i === last) return { kind: 'outputs', count: l.depth, side: 1, caption: ['output', `${l.depth} digits`] };
      if (l.layer.kind === 'dense') return { kind: 'neurons', count: l.depth, side: 1, caption: ['fully connected', `${l.depth} neurons`] };
      return { kind: 'maps', count: l.depth, side: l.side, caption: [formatLayer(l.layer), `${l.depth} × ${l.side}×${l.side}`] };
    }),
  ];
}

/** Measures caption lines in the font they are drawn with (the bold title is a little wider: allowed for). */
function captionWidth(): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (text) => text.length * 7;
  ctx.font = CAPTION_FONT;
  return (text) => ctx.measureText(text).width * 1.08;
}

/** The convolutional network drawn on one canvas for the image shown, with a sentence for screen readers. */
function ConvNetworkCanvas({ look, source }: { look: ConvLook; source: string }) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(wrapRef);
  // The layout depends on the layer shapes, not on each look.
  const shapes = JSON.stringify(columnsOf(look));
  const measure = useMemo(() => captionWidth(), []);
  const layout = useMemo(() => layoutConvNetwork(JSON.parse(shapes) as ColumnSpec[], Math.max(240, width), measure), [shapes, width, measure]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(layout.width * dpr);
    canvas.height = Math.round(layout.height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const last = look.layers.length - 1;
    const brightness = [layerBrightness(look.input, look.activation, false), ...look.layers.map((l, i) => layerBrightness(l.values, look.activation, i < last))];
    drawConvNetwork(ctx, layout, brightness);
  }, [layout, look]);

  return (
    <div ref={wrapRef} className="network-canvas conv-network-canvas" role="img" aria-label={describeConvNetwork(look, source)}>
      <canvas ref={canvasRef} style={{ width: layout.width, height: layout.height }} aria-hidden="true" />
    </div>
  );
}

/** The Network tab for a convolutional model: every layer live for the drawing (or a chosen test image), left to right. */
export function ConvNetworkView() {
  const image = useInspectedImage();
  // Off the screen (below the first one on a first visit, or another phone section) it asks the worker for nothing and draws nothing.
  const viewRef = useRef<HTMLDivElement>(null);
  const look = useConvLook(image, useNearScreen(viewRef));
  const example = useAppStore((s) => s.inspectedExample);
  const source = example ? `test image #${example.index + 1}` : image ? 'your drawing' : 'the blank pad';
  const outputs = look?.layers[look.layers.length - 1].values;
  return (
    <div ref={viewRef} className="network-view">
      <InputSource />
      {look ? <ConvNetworkCanvas look={look} source={source} /> : <p className="inside-hint">Waiting for the network…</p>}
      <p className="output-summary">{outputSummary(outputs)}</p>
      <p className="inside-legend">
        The image, then each layer in turn: a convolutional layer as a stack of its feature maps, a pooling layer as the smaller maps it keeps, then the
        fully connected neurons and the ten outputs. Brightness is activation: {BRIGHTNESS_RULE[look?.activation ?? 'relu']}; the outputs run from 0 (black)
        to 1 (white). The Feature maps tab shows each map larger, beside its filter.
      </p>
      {/* Set like the legend above it: a follow-on remark, not a heading. */}
      <p className="dense-only-note inside-legend">
        Single neurons you can pick, their weights as images and the “Why” heat map are drawn for fully connected networks. <UseDenseReadyButton />
      </p>
    </div>
  );
}
