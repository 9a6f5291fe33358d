import { setTrainSpeed, train } from '../../client/trainer-client.ts';

/** Starts a run to watch from the guided path: at the slow "Watch" speed, one mini-batch at a time. */
export async function watchRun(): Promise<void> {
  await setTrainSpeed('watch');
  await train();
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  document.querySelector('.train-card')?.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
}
