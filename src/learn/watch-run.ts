import { train } from '../client/trainer-client.ts';

/**
 * Starts a run to watch from the guided path. For now a run at the usual speed; once the speed
 * control lands, this is where the path asks for the slow "Watch" speed first.
 */
export async function watchRun(): Promise<void> {
  await train();
  document.querySelector('.train-card')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
