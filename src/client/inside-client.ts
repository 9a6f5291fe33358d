import { useAppStore, type RunState } from '../store/app-store.ts';
import { useInsideStore } from '../store/inside-store.ts';
import type { FeatureImages } from '../worker/inspect-features.ts';
import type { ExampleInfo } from '../worker/inspect-errors.ts';
import type { NeuronRef, TraceView } from '../worker/inspect-trace.ts';
import { trainer } from './trainer-client.ts';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Wraps a worker call so that at most one is in flight: calls made meanwhile collapse into the
 * newest, which runs next. Hovering over neurons or drawing fast then costs one trace at a time.
 */
export function latestOnly<A extends unknown[], R>(call: (...args: A) => Promise<R>, onResult: (result: R) => void) {
  let pending: A | null = null;
  let busy = false;
  const pump = async () => {
    busy = true;
    while (pending) {
      const args = pending;
      pending = null;
      try {
        onResult(await call(...args));
      } catch (error) {
        useAppStore.getState().setError(messageOf(error));
      }
    }
    busy = false;
  };
  return (...args: A) => {
    pending = args;
    if (!busy) void pump();
  };
}

/** Every layer's activations for an image, with the selected neuron's details. */
export const traceImage = (image: Float32Array, selected: NeuronRef | null): Promise<TraceView | null> => trainer().trace(image, selected);

/** The first hidden layer's weights as images. */
export const fetchFeatureImages = (): Promise<FeatureImages | null> => trainer().featureImages();

/** Describes the network an analysis is made for, so a stale report says so. */
function describeModel(run: RunState, epochsDone: number, origin: string): string {
  if (origin === 'file') return 'the loaded model';
  if (origin === 'untrained') return 'the untrained network';
  const of = run.config ? ` of ${run.config.epochs}` : '';
  return run.status === 'training' || run.status === 'paused' ? `mid-run, after epoch ${epochsDone}${of}` : `the finished run (${epochsDone}${of} epochs)`;
}

/** Runs the network over the 10,000 test images in the worker and keeps the report. */
export async function analyseTestSet(): Promise<void> {
  const { run, epochs, modelOrigin } = useAppStore.getState();
  const { setErrors } = useInsideStore.getState();
  setErrors({ analysing: true });
  try {
    const report = await trainer().analyseTestSet();
    // Null: a newer request took over, and its answer will land instead.
    if (report) setErrors({ report, madeFor: describeModel(run, epochs.length, modelOrigin), analysing: false, cell: null, cellExamples: null });
  } catch (error) {
    setErrors({ analysing: false });
    useAppStore.getState().setError(messageOf(error));
  }
}

/** Lists the examples of a confusion-matrix cell from the last report. */
export async function showCell(label: number, predicted: number): Promise<void> {
  const { setErrors } = useInsideStore.getState();
  setErrors({ cell: { label, predicted }, cellExamples: null });
  try {
    const cellExamples = await trainer().cellExamples(label, predicted);
    const { cell } = useInsideStore.getState().errors;
    if (cell?.label === label && cell.predicted === predicted) setErrors({ cellExamples });
  } catch (error) {
    useAppStore.getState().setError(messageOf(error));
  }
}

/** Shows a test example (bytes at `offset` of `images`) in the network view, as if drawn. */
export function inspectExample(info: ExampleInfo, images: Uint8Array, offset: number): void {
  const image = Float32Array.from(images.subarray(offset, offset + 784), (v) => v / 255);
  useInsideStore.getState().showExample({ ...info, image });
  useInsideStore.getState().setTab('network');
}

/** Analyses the test set whenever a run ends or a model is loaded; returns the unsubscribe. */
export function analyseAfterEachRun(): () => void {
  return useAppStore.subscribe((state, previous) => {
    const ended = state.run.status !== previous.run.status && (state.run.status === 'done' || state.run.status === 'stopped');
    const loaded = state.modelOrigin === 'file' && previous.modelOrigin !== 'file';
    // A model that arrived before the test set did is analysed once MNIST is in.
    const dataArrived = state.load.status === 'ready' && previous.load.status !== 'ready' && state.modelOrigin !== 'untrained';
    if ((ended || loaded || dataArrived) && state.load.status === 'ready') void analyseTestSet();
  });
}
