import { transfer } from 'comlink';
import { latestRequest } from '../../client/latest-request.ts';
import { reportFailure, trainer } from '../../client/connection.ts';
import { strokesToInput } from '../../drawing/preprocess.ts';
import { IMAGE_SIZE } from '../../mnist/dataset.ts';
import { selectModelVersion, useAppStore } from '../../store/app-store.ts';
import { firstRenderShown } from '../../store/first-render.ts';
import { subscribeThrottled } from '../../store/use-throttled-selector.ts';
import type { Score } from './my-digits-slice.ts';
import { keepableStrokes, MAX_MY_DIGITS, newDigitId, type MyDigit } from './my-digit.ts';
import { deleteMyDigit, loadMyDigits, putMyDigit } from './my-digits-storage.ts';
import { messageOf } from '../../errors/error-message.ts';
import { setAsideNote } from '../models/set-aside.ts';
import { isRunLive } from '../../protocol/trainer-events.ts';

const store = useAppStore.getState;

// The network's input for each drawing, by id: drawings do not change, so each is preprocessed once.
const inputs = new Map<string, Float32Array | null>();
const inputOf = (digit: MyDigit) => {
  if (!inputs.has(digit.id)) inputs.set(digit.id, strokesToInput(digit.strokes));
  return inputs.get(digit.id) ?? null;
};

/** Asks the worker what the current model reads in each drawing (one request for all). */
async function readAll(digits: readonly MyDigit[]): Promise<Record<string, number | null>> {
  const readable = digits.filter((d) => inputOf(d));
  const packed = new Float32Array(readable.length * IMAGE_SIZE);
  readable.forEach((d, i) => packed.set(inputOf(d)!, i * IMAGE_SIZE));
  const read = await trainer().readImages(transfer(packed, [packed.buffer]));
  const readings: Record<string, number | null> = Object.fromEntries(digits.map((d) => [d.id, null]));
  readable.forEach((d, i) => (readings[d.id] = read[i] ?? null));
  return readings;
}

const scoreOf = (digits: readonly MyDigit[], readings: Record<string, number | null>): Score => ({
  right: digits.filter((d) => readings[d.id] === d.label).length,
  total: digits.length,
});

/** Re-reads every drawing with the current model; calls made meanwhile collapse into one, and only the latest answer lands. */
export const refreshReadings = latestRequest(
  readAll,
  (readings) => store().setMyDigitReadings(readings),
  reportFailure,
);

/** Keeps the store's list and IndexedDB in step; a storage failure keeps the change in this page and says so. */
async function persist(next: MyDigit[], write: () => Promise<void>): Promise<boolean> {
  store().setMyDigits(next);
  refreshReadings(next);
  try {
    await write();
    store().setMyDigitsStorageProblem(null);
    return true;
  } catch (error) {
    store().setMyDigitsStorageProblem(`Your drawings are kept in this page only, not across reloads: ${messageOf(error)}`);
    return false;
  }
}

/** While training the version changes about 10 times a second; up to 2,000 drawings are re-read at most this often. */
const READINGS_MS = 1000;

/** Loads the kept drawings, and re-reads them whenever the model version changes. */
export async function startMyDigits(): Promise<void> {
  subscribeThrottled(selectModelVersion, READINGS_MS, () => refreshReadings(store().myDigits));
  useAppStore.subscribe((s, before) => {
    // The run object changes with every progress report; a fine-tune ends with a status change.
    if (s.run.status !== before.run.status || s.run.purpose !== before.run.purpose) followFineTune();
  });
  try {
    const { digits: kept, setAside } = await loadMyDigits();
    await firstRenderShown();
    store().setMyDigits(kept);
    refreshReadings(kept);
    if (setAside) store().noteSetAside(setAsideNote(setAside, 'drawing in My digits', 'drawings in My digits'));
  } catch (error) {
    store().setMyDigitsStorageProblem(`Your drawings cannot be kept across reloads here: ${messageOf(error)}`);
  }
}

/** Keeps the drawing on the pad with the digit it shows. */
export async function keepDrawing(label: number): Promise<void> {
  const { drawingStrokes, myDigits, setMyDigitsMessage } = store();
  if (!drawingStrokes?.length) return setMyDigitsMessage({ text: 'Draw a digit first.', tone: 'error', about: 'keep' });
  if (myDigits.length >= MAX_MY_DIGITS) return setMyDigitsMessage({ text: `My digits holds at most ${MAX_MY_DIGITS} drawings: delete some first.`, tone: 'error', about: 'keep' });
  const digit: MyDigit = { id: newDigitId(), label, strokes: keepableStrokes(drawingStrokes), savedAt: Date.now() };
  const next = [...myDigits, digit];
  await persist(next, () => putMyDigit(digit));
  setMyDigitsMessage({ text: `Kept as a ${label} in My digits (${next.length} in all).`, tone: 'ok', about: 'keep' });
}

/** Changes a kept drawing's label. */
export async function relabelMyDigit(id: string, label: number): Promise<void> {
  const changed = store().myDigits.find((d) => d.id === id);
  if (!changed || changed.label === label) return;
  const digit = { ...changed, label };
  await persist(store().myDigits.map((d) => (d.id === id ? digit : d)), () => putMyDigit(digit));
}

/** Forgets a kept drawing. */
export async function removeMyDigit(id: string): Promise<void> {
  inputs.delete(id);
  await persist(store().myDigits.filter((d) => d.id !== id), () => deleteMyDigit(id));
}

/** Adds drawings read from a file, leaving out those already kept; the number added. */
export async function addImportedDigits(digits: readonly Omit<MyDigit, 'id'>[]): Promise<{ added: number; skipped: number }> {
  const { myDigits } = store();
  const key = (d: Omit<MyDigit, 'id'>) => `${d.label}:${JSON.stringify(d.strokes)}`;
  const known = new Set(myDigits.map(key));
  const fresh = digits.filter((d) => !known.has(key(d)) && known.add(key(d))).map((d) => ({ ...d, id: newDigitId() }));
  if (myDigits.length + fresh.length > MAX_MY_DIGITS) {
    throw new Error(`that would make ${myDigits.length + fresh.length} drawings; My digits holds at most ${MAX_MY_DIGITS}`);
  }
  await persist([...myDigits, ...fresh], async () => {
    for (const digit of fresh) await putMyDigit(digit);
  });
  return { added: fresh.length, skipped: digits.length - fresh.length };
}

/** Starts a short run that teaches the current model "My digits", noting how many it read right before. */
export async function fineTuneOnMyDigits(): Promise<void> {
  const { myDigits, setFineTune, setMyDigitsMessage } = store();
  const before = scoreOf(myDigits, await readAll(myDigits));
  fineTuneSeen = false;
  setFineTune({ phase: 'running', before, after: null });
  setMyDigitsMessage(null);
  try {
    await trainer().fineTune(myDigits.map(({ label, strokes }) => ({ label, strokes })));
  } catch (error) {
    setFineTune({ phase: 'idle' });
    setMyDigitsMessage({ text: `Fine-tuning did not start: ${messageOf(error)}`, tone: 'error', about: 'panel' });
  }
}

// Whether the page has seen the fine-tuning run begin: until then, the run shown is the one before.
let fineTuneSeen = false;

/** Once the fine-tuning run has ended (or given way to another), reads "My digits" again for the after score. */
function followFineTune(): void {
  const { fineTune, run } = store();
  if (fineTune.phase !== 'running') return;
  const fineTuning = run.purpose === 'fine-tune' && isRunLive(run.status);
  if (fineTuning) fineTuneSeen = true;
  if (fineTuning || !fineTuneSeen) return;
  fineTuneSeen = false;
  const phase = run.purpose === 'fine-tune' && run.status === 'done' ? 'done' : 'stopped';
  const digits = store().myDigits;
  void readAll(digits).then((readings) => {
    store().setMyDigitReadings(readings);
    store().setFineTune({ phase, after: scoreOf(digits, readings) });
  });
}
