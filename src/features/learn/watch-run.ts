import { showCard } from '../../ui/show-card.ts';
import { setTrainSpeed, train } from '../../client/run-controls.ts';

/** Starts a run to watch from the guided path: at the slow "Watch" speed, one mini-batch at a time. */
export async function watchRun(): Promise<void> {
  await setTrainSpeed('watch');
  await train();
  await showCard('train');
}
