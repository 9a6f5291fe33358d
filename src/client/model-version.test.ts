import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialState, useAppStore } from '../store/app-store.ts';
import type { ErrorReport } from '../worker/inspect-errors.ts';
import type { LoadedModel } from '../worker/trainer.ts';
import { IMAGE_SIZE } from '../mnist/dataset.ts';

/** A stand-in for the worker: answers the page's requests from the test, and pushes events as the worker would. */
const worker = vi.hoisted(() => {
  const deferred = <T>() => {
    let resolve!: (value: T) => void;
    const promise = new Promise<T>((r) => (resolve = r));
    return { promise, resolve };
  };
  const fake = {
    version: 0,
    listener: (() => {}) as (event: unknown) => void,
    /** The analyses asked for, each answered when the test says. */
    analyses: [] as { version: number; answer: ReturnType<typeof deferred<unknown>> }[],
    readImages: [] as number[],
    predictions: [] as number[],
    exports: 0,
    api: {
      connect: async (listener: (event: unknown) => void) => void (fake.listener = listener),
      loadMnist: async () => ({ train: 1, validation: 1, test: 1 }),
      reset: async () => {},
      loadModel: async (json: string) => ({ layers: [784, 30, 10], config: { seed: Number(json) }, version: ++fake.version }),
      analyseTestSet: () => {
        const answer = deferred<unknown>();
        fake.analyses.push({ version: fake.version, answer });
        return answer.promise;
      },
      cellExamples: async () => null,
      readImages: async (images: Float32Array) => {
        fake.readImages.push(fake.version);
        return Array.from({ length: images.length / 784 }, () => fake.version % 10);
      },
      predict: async () => {
        fake.predictions.push(fake.version);
        return new Float32Array(10).fill(fake.version);
      },
      outputKind: async () => 'sigmoid' as const,
      holdLifeLock: async () => {},
      exportModel: async () => {
        fake.exports++;
        return null;
      },
    },
    /** The weights changed in the worker (a training step, say): it says so with a new version. */
    step() {
      fake.listener({ kind: 'model', version: ++fake.version });
    },
  };
  return fake;
});

vi.mock('comlink', () => ({ wrap: () => worker.api, proxy: <T>(value: T) => value, transfer: <T>(value: T) => value }));
vi.stubGlobal(
  'Worker',
  class {
    addEventListener() {}
  },
);

const { loadModel, predictDrawing, startTrainer } = await import('./trainer-client.ts');
const { analyseEachModel } = await import('../features/inside/inside-client.ts');
const { startMyDigits } = await import('../features/my-digits/my-digits-client.ts');
const { startAutosave } = await import('../features/models/autosave.ts');

const store = () => useAppStore.getState();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const reportFor = (accuracy: number) => ({ accuracy, correct: accuracy * 10_000, total: 10_000 }) as ErrorReport;
const importFile = (name: string) => loadModel(name, ({ layers }: LoadedModel) => ({ modelSource: { kind: 'import', name, layers } }));

beforeAll(async () => {
  await startTrainer(async () => true);
  analyseEachModel();
  startAutosave();
  await startMyDigits();
});

/** Answers every analysis still asked for (the page analyses a settled model as soon as the test set is in). */
async function answerAll() {
  for (let seen = 0; seen < worker.analyses.length; seen++) {
    worker.analyses[seen].answer.resolve(null);
    await settle();
  }
}

beforeEach(async () => {
  useAppStore.setState({ ...initialState, load: { ...initialState.load, status: 'ready' }, modelVersion: worker.version });
  await answerAll();
  worker.analyses.length = 0;
  worker.readImages.length = 0;
  worker.predictions.length = 0;
  worker.exports = 0;
});

describe('views keyed on the model version', () => {
  it('the Errors view follows a model file imported over another one (the ready model counts as one)', async () => {
    await importFile('1');
    expect(worker.analyses.map((a) => a.version)).toEqual([worker.version]);
    worker.analyses[0].answer.resolve(reportFor(0.98));
    await settle();
    expect(store().errorAnalysis.report?.accuracy).toBe(0.98);

    // Same origin ('file'), same run status ('idle'), no epochs: only the version tells the models apart.
    await importFile('2');
    expect(worker.analyses).toHaveLength(2);
    worker.analyses[1].answer.resolve(reportFor(0.97));
    await settle();
    expect(store().errorAnalysis.report?.accuracy).toBe(0.97);
    expect(store().errorAnalysis.madeFor).toBe('the loaded model “2”');
  });

  it('drops the analysis of a model that was replaced while it ran, and shows the newer one', async () => {
    await importFile('1');
    await importFile('2');
    // One analysis at a time: the second waits for the first, whose answer is then stale.
    expect(worker.analyses).toHaveLength(1);
    worker.analyses[0].answer.resolve(reportFor(0.5));
    await settle();
    expect(store().errorAnalysis.report).toBeNull();
    expect(store().errorAnalysis.analysing).toBe(true);
    expect(worker.analyses).toHaveLength(2);
    worker.analyses[1].answer.resolve(reportFor(0.9));
    await settle();
    expect(store().errorAnalysis).toMatchObject({ report: { accuracy: 0.9 }, analysing: false });
  });

  it('analyses a model once it settles, not at each step of a run', async () => {
    store().handleEvent({ kind: 'status', status: 'training', config: store().config, seconds: 0 });
    worker.step();
    worker.step();
    expect(worker.analyses).toHaveLength(0);
    store().handleEvent({ kind: 'status', status: 'done', seconds: 1 });
    worker.step();
    expect(worker.analyses.map((a) => a.version)).toEqual([worker.version]);
  });

  it('re-reads "My digits" and re-asks about the drawing when the version changes', async () => {
    store().setMyDigits([{ id: 'a', label: 3, strokes: [[{ x: 100, y: 40 }, { x: 120, y: 200 }]], savedAt: 0 }]);
    predictDrawing(new Float32Array(IMAGE_SIZE).fill(0.5));
    await settle();
    expect(worker.predictions).toEqual([worker.version]);
    worker.step();
    // Both follow the version at most every second (readings) and every 250 ms (the drawing).
    await vi.waitFor(() => expect(worker.readImages).toEqual([worker.version]), { timeout: 3000 });
    await vi.waitFor(() => expect(store().myDigitReadings).toEqual({ a: worker.version % 10 }));
    await vi.waitFor(() => expect(worker.predictions).toEqual([worker.version - 1, worker.version]), { timeout: 3000 });
    expect(store().prediction?.probabilities?.[0]).toBe(worker.version);
  });

  it('saves a run that ends, also one that started from the ready model', async () => {
    useAppStore.setState({ modelOrigin: 'file', modelSource: { kind: 'ready', name: 'Ready model', layers: [784, 100, 10] } });
    store().handleEvent({ kind: 'status', status: 'training', config: store().config, seconds: 0 });
    worker.step();
    await settle();
    expect(worker.exports).toBe(0);
    store().handleEvent({ kind: 'status', status: 'done', seconds: 1 });
    worker.step();
    await settle();
    expect(worker.exports).toBe(1);
  });

  it('saves each imported model, the second over the first too', async () => {
    await importFile('1');
    await importFile('2');
    await settle();
    expect(worker.exports).toBe(2);
  });
});

