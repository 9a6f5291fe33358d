import { useId } from 'react';
import { useAppStore } from '../store/app-store.ts';

/** Which neuron of the first hidden layer the path follows (numbered from 1, as people count). */
export function NeuronChooser({ count }: { count: number }) {
  const id = useId();
  const neuron = useAppStore((s) => s.learn.neuron);
  const setLearn = useAppStore((s) => s.setLearn);
  return (
    <div className="learn-chooser">
      <label htmlFor={id}>Hidden neuron</label>
      <select id={id} value={Math.min(neuron, count - 1)} onChange={(event) => setLearn({ neuron: Number(event.target.value), biasShift: 0 })}>
        {Array.from({ length: count }, (_, i) => (
          <option key={i} value={i}>
            {i + 1} of {count}
          </option>
        ))}
      </select>
    </div>
  );
}
