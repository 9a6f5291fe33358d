import { IMAGE_SIZE } from '../../mnist/dataset.ts';
import { useAppStore, type AppState } from '../../store/app-store.ts';
import { isRunLive, isRunSettled } from '../../protocol/trainer-events.ts';
import type { FeatureImages } from '../../worker/inspect-features.ts';
import type { ErrorReport, ExampleInfo } from '../../worker/inspect-errors.ts';
import type { NeuronRef, TraceView } from '../../worker/inspect-trace.ts';
import { latestRequest } from '../../client/latest-request.ts';
import { reportFailure, trainer } from '../../client/connection.ts';

const store = useAppStore.getState;

/** A failed request to the worker, as the page's error line. */

/** Every layer's activations for an image, with the selected neuron's details. */
export const traceImage = (image: Float32Array, selected: NeuronRef | null): Promise<TraceView | null> => trainer().trace(image, selected);

/** What each layer of the convolutional model in use makes of `image`, with its filters. */
export const lookInsideConv = (image: Float32Array) => trainer().convLook(image);

/** The first hidden layer's weights as images. */
export const fetchFeatureImages = (): Promise<FeatureImages | null> => trainer().featureImages();

/** Describes the network an analysis is made for, so a stale report says so. */
function describeModel({ run, epochs, model }: AppState): string {
  const epochsDone = epochs.length;
  // Named, so that after one model file replaces another the report says whose it is.
  if (model.origin === 'file') {
    const { kind, name } = model.source;
    if (kind === 'ready') return 'the ready model';
    if (kind === 'ready-dense') return name;
    return kind === 'saved' ? `the saved model “${name}”` : `the loaded model “${name}”`;
  }
  if (model.origin === 'untrained') return 'the untrained network';
  const of = run.config ? ` of ${run.config.epochs}` : '';
  if (isRunLive(run.status)) return `mid-run, after epoch ${epochsDone}${of}`;
  if (run.status === 'stopped') return `the run stopped after epoch ${epochsDone}${of}`;
  return `the finished run (${epochsDone}${of} epochs)`;
}

const showCellExamples = latestRequest(
  (label: number, predicted: number) => trainer().cellExamples(label, predicted),
  (cellExamples) => store().setErrorAnalysis({ cellExamples }),
  reportFailure,
);

const analysis = latestRequest(
  (_madeFor: string) => trainer().analyseTestSet(),
  (report: ErrorReport | null, madeFor) => {
    showCellExamples.cancel();
    store().setErrorAnalysis(report ? { report, madeFor, analysing: false, cell: null, cellExamples: null } : { analysing: false });
  },
  (error) => {
    store().setErrorAnalysis({ analysing: false });
    reportFailure(error);
  },
);

// The model version the last analysis was asked for: each version is analysed once.
let analysedVersion = -1;

/** Runs the network in use over the 10,000 test images in the worker and keeps the report. */
export function analyseTestSet(): void {
  analysedVersion = store().modelVersion;
  store().setErrorAnalysis({ analysing: true });
  analysis(describeModel(store()));
}

/** Lists the examples of a confusion-matrix cell from the last report. */
export function showCell(label: number, predicted: number): void {
  store().setErrorAnalysis({ cell: { label, predicted }, cellExamples: null });
  showCellExamples(label, predicted);
}

/** Shows a test example (bytes at `offset` of `images`) in the network view, as if drawn. */
export function inspectExample(info: ExampleInfo, images: Uint8Array, offset: number): void {
  const image = Float32Array.from(images.subarray(offset, offset + IMAGE_SIZE), (v) => v / 255);
  store().showExample({ ...info, image });
  store().setInsideTab('network');
}

/**
 * Errors is open and no run is changing the weights (a diverged network's answers mean nothing, so it
 * is not analysed). Only the Errors view shows the report, so nothing is analysed while it is closed:
 * the 10,000 answers cost the worker about 0.25 s for the ready model (Chromium's profile of a first
 * visit), and 0.25 s (conv 8@5x5, pool 2, 10) to 1.8 s (the book's two conv layers) for a convolutional
 * one on WebAssembly (in Node; 3 s and 38 s where only TypeScript runs).
 */
const wantsAnalysis = (s: AppState) => s.insideTab === 'errors' && s.load.status === 'ready' && isRunSettled(s.run.status) && s.modelVersion !== analysedVersion;

/**
 * Analyses each new version of the model that comes with no run going on (a run ended, a model was
 * loaded or reset), once the test set is in; returns the unsubscribe. The worker sends a run's new
 * version after its status, so a run's end is analysed once, for its last weights.
 */
export function analyseEachModel(): () => void {
  return useAppStore.subscribe((state, previous) => {
    const changed = state.modelVersion !== previous.modelVersion || state.load.status !== previous.load.status || state.insideTab !== previous.insideTab;
    if (changed && wantsAnalysis(state)) analyseTestSet();
  });
}
