import { useId } from 'react';
import { useAppStore } from '../../store/app-store.ts';

/** Which neuron of the first hidden layer the path follows (numbered from 1, as people count). */
export function NeuronChooser({ count, shown }: { count: number; shown: number }) {
  const id = useId();
  const setLearn = useAppStore((s) => s.setLearn);
  const auto = useAppStore((s) => s.learn.neuronPicked);
  return (
    <div className="learn-chooser">
      <label htmlFor={id}>Hidden neuron</label>
      <select id={id} value={shown} onChange={(event) => setLearn({ neuron: Number(event.target.value), neuronPicked: false, biasShift: 0 })}>
        {Array.from({ length: count }, (_, i) => (
          <option key={i} value={i}>
            {i + 1} of {count}
          </option>
        ))}
      </select>
      {auto && <span className="hint">picked for you: its z is nearest 0 on your drawing, where the curve is steepest; the next steps follow it too</span>}
    </div>
  );
}
