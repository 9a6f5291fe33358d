import { oneWorkerNote } from '../../client/isolation-note.ts';
import { useServiceWorkerState } from '../../client/service-worker-state.ts';
import { useAppStore } from '../../store/app-store.ts';
import { coreCount } from './workers.ts';
import { Term } from '../../ui/Term.tsx';
import { RangeControl } from '../../ui/RangeControl.tsx';

/** How many workers share each mini-batch of the next run, from 1 to the device's cores. */
export function WorkersControl() {
  const workers = useAppStore((s) => s.workers);
  const setWorkers = useAppStore((s) => s.setWorkers);
  const cores = coreCount();
  const note = oneWorkerNote(useServiceWorkerState().offlineReady);
  const problem = Number.isInteger(workers) && workers >= 1 && workers <= cores ? undefined : `Workers must be a whole number from 1 to ${cores}.`;
  return (
    <RangeControl
      label="Workers"
      value={workers}
      min={1}
      max={cores}
      step={1}
      onChange={setWorkers}
      problem={problem}
      badge={<Term id="worker" icon />}
      hint={note ?? `Threads sharing each mini-batch (this device has ${cores} cores); same result with any number.`}
    />
  );
}
