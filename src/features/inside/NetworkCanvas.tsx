import { useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Activation } from '../../nn/types.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { TraceView } from '../../worker/inspect-trace.ts';
import { drawNetwork } from './draw-network.ts';
import { layoutNetwork, neuronAt, stepSelection } from './network-layout.ts';
import { layerBrightness } from '../../ui/shade.ts';
import { useWidth } from './use-width.ts';


/** The network drawn on one canvas; hover, tap or the arrow keys choose the neuron whose details show. */
export function NetworkCanvas({ trace, activation }: { trace: TraceView; activation: Activation }) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(wrapRef);
  const selected = useAppStore((s) => s.selectedNeuron);
  const select = useAppStore((s) => s.selectNeuron);
  // The layout depends on the layer sizes, not on each trace. Wider than about 860 px only stretches
  // the connections, so the picture stops growing there and centres.
  const layersKey = trace.activations.map((a) => a.length).join(',');
  const layers = useMemo(() => layersKey.split(',').map(Number), [layersKey]);
  const layout = useMemo(() => layoutNetwork(layers, Math.min(860, Math.max(240, width))), [layers, width]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(layout.width * dpr);
    canvas.height = Math.round(layout.height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const last = trace.activations.length - 1;
    const brightness = trace.activations.map((a, l) => layerBrightness(a, activation, l > 0 && l < last));
    drawNetwork(ctx, layout, brightness, trace.neuron);
  }, [layout, trace, activation]);

  const pick = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const scale = layout.width / rect.width;
    const neuron = neuronAt(layout, (event.clientX - rect.left) * scale, (event.clientY - rect.top) * scale);
    if (neuron && (neuron.layer !== selected?.layer || neuron.index !== selected.index)) select(neuron);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const next = stepSelection(layers, selected, event.key);
    if (!next) return;
    event.preventDefault();
    select(next);
  };

  return (
    <div
      ref={wrapRef}
      className="network-canvas"
      tabIndex={0}
      role="application"
      aria-label="Network view. Up and down arrows choose a neuron within a layer, left and right change layer."
      onKeyDown={onKeyDown}
    >
      <canvas
        ref={canvasRef}
        style={{ width: layout.width, height: layout.height }}
        aria-hidden="true"
        onPointerMove={(e) => e.pointerType === 'mouse' && pick(e)}
        onPointerDown={pick}
      />
    </div>
  );
}
