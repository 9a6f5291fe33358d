import { proxy, type ProxyMarked, type Remote } from 'comlink';
import { createSupervisor, WorkerLostError } from '../../client/worker-supervisor.ts';
import type { CompareConfig, CompareSide, CompareSideApi, SideEvent } from './sides/compare-api.ts';
import { compareProblems, toCompareConfig } from './compare-form.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../errors/error-message.ts';

/** One side's supervised worker, its bounded API, and the one callback proxied for all its runs. */
interface SideWorker {
  end(): void;
  /** The worker ended between runs: the side's result stands, and the next Run both starts afresh. */
  lost: boolean;
  api: Remote<CompareSideApi>;
  onEvent: ((event: SideEvent) => void) & ProxyMarked;
  /** Settles true once the side loaded MNIST and its engine, false if it failed. */
  ready: Promise<boolean>;
}

const SIDES: readonly CompareSide[] = ['ours', 'framework'];
const WORKER_NAMES: Record<CompareSide, string> = { ours: 'the hand-written side’s worker', framework: 'the TF.js side’s worker' };
// Downloading MNIST and training may take as long as they need: the heartbeat watches the worker meanwhile.
const CALL_TIMEOUT_MS: Record<string, number> = { prepare: Infinity, run: Infinity };
// The app's own MNIST files, as the trainer worker fetches them.
const MNIST_BASE_URL = `${import.meta.env.BASE_URL}mnist/`;

let workers: Record<CompareSide, SideWorker> | null = null;
let stopRequested = false;

const store = useAppStore.getState;
const capitalized = (text: string) => text[0].toUpperCase() + text.slice(1);
const isCurrent = (side: CompareSide, worker: SideWorker) => workers?.[side] === worker;

// Vite bundles a worker only from a literal `new Worker(new URL('…', import.meta.url))`, hence two.
function createWorker(side: CompareSide): Worker {
  return side === 'ours'
    ? new Worker(new URL('./sides/ours.worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('./sides/framework.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * A side's worker under the same supervision as the training worker: one that ends or stops
 * answering (a crash, the browser reclaiming a phone's memory) puts the side in error instead of
 * leaving it "training" for ever; Run both then starts both sides afresh.
 */
function startSide(side: CompareSide): SideWorker {
  const supervisor = createSupervisor<CompareSideApi>({
    name: WORKER_NAMES[side],
    spawn: () => {
      const worker = createWorker(side);
      worker.addEventListener('error', (event) => fail(`The worker failed: ${event.message || 'its code could not load'}`));
      return worker;
    },
    connect: () => {},
    ping: (remote) => remote.ping(),
    holdLife: (remote, name) => remote.holdLifeLock(name),
    timeoutMs: (method) => CALL_TIMEOUT_MS[method] ?? 15_000,
    // Twice the training worker's: a phone's TF.js side can be slow to answer and still be at work.
    answerMs: 30_000,
    onLost: (reason) => {
      entry.lost = true;
      const { status } = store().compareSides[side];
      // Between runs nothing the person sees was lost: the result stays, and Run both starts a new worker.
      if (status !== 'training' && status !== 'loading') return;
      const what = status === 'training' ? 'so its run stopped' : 'before it was ready';
      fail(`${capitalized(WORKER_NAMES[side])} ${reason}, ${what}. Run both starts both sides again.`);
    },
  });
  const api = supervisor.remote();
  const onEvent = proxy((event: SideEvent) => {
    if (isCurrent(side, entry)) store().compareEvent(side, event);
  });
  // The first fault is the one to tell: a worker whose code failed to load also stops answering.
  const fail = (message: string) => {
    if (isCurrent(side, entry) && store().compareSides[side].status !== 'error') store().setSide(side, { status: 'error', message });
    return false;
  };
  store().setSide(side, { status: 'loading', engine: null, message: null });
  const ready = api.prepare(MNIST_BASE_URL).then(
    (info) => {
      if (isCurrent(side, entry) && store().compareSides[side].status === 'loading') store().setSide(side, { status: 'ready', engine: info.engine });
      return true;
    },
    (error: unknown) => (error instanceof WorkerLostError ? false : fail(messageOf(error))),
  );
  const entry: SideWorker = { end: () => supervisor.end(), lost: false, api, onEvent, ready };
  return entry;
}

/**
 * Starts both workers, each loading MNIST and its engine. Called when the view opens: this is
 * what first requests TF.js and its WebAssembly files.
 */
export function openCompare(): void {
  if (workers) return;
  workers = { ours: startSide('ours'), framework: startSide('framework') };
}

/** Ends both workers (a run in progress with them); the settings stay in the store. */
export function closeCompare(): void {
  if (!workers) return;
  for (const side of SIDES) workers[side].end();
  workers = null;
  store().compareClosed();
}

async function runSide(side: CompareSide, entry: SideWorker, config: CompareConfig): Promise<void> {
  if (!(await entry.ready) || !isCurrent(side, entry)) return;
  if (stopRequested) return store().setSide(side, { status: 'stopped' });
  store().setSide(side, { status: 'training' });
  try {
    await entry.api.run(config, entry.onEvent);
    // The run's 'done' event and this answer come over different channels: either may arrive first.
    const { status } = store().compareSides[side];
    if (isCurrent(side, entry) && status === 'training') store().setSide(side, { status: stopRequested ? 'stopped' : 'done' });
  } catch (error) {
    // A lost worker has said so already (onLost), in words that say what to do.
    if (isCurrent(side, entry) && !(error instanceof WorkerLostError)) store().setSide(side, { status: 'error', message: messageOf(error) });
  }
}

/** Trains both sides with the form's settings, at the same time; refuses a faulty form with its reasons. */
export async function runBoth(): Promise<void> {
  const { compareForm, compareSides } = store();
  const problems = Object.values(compareProblems(compareForm));
  if (problems.length) return store().setCompareMessage(`Not started: ${problems.join('; ')}.`);
  // A worker that failed may be in any state: both start afresh, so the sides stay alike.
  if (SIDES.some((side) => compareSides[side].status === 'error' || workers?.[side].lost)) closeCompare();
  openCompare();
  const config = toCompareConfig(compareForm);
  stopRequested = false;
  store().compareRunStarted(config);
  const current = workers!;
  await Promise.all(SIDES.map((side) => runSide(side, current[side], config)));
}

/** Stops both runs at their next mini-batch; the curves so far stay. */
export function stopBoth(): void {
  stopRequested = true;
  if (!workers) return;
  for (const side of SIDES) workers[side].api.stop().catch(() => {});
}
