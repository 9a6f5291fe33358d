import { RangeControl } from '../../../ui/RangeControl.tsx';
import { useAppStore } from '../../../store/app-store.ts';
import { signed } from '../learn-format.ts';

const REACH = 10;

/** A what-if bias for the chosen neuron: the point moves along the curve; the model is not changed. */
export function BiasSlider({ bias }: { bias: number }) {
  const biasShift = useAppStore((s) => s.learn.biasShift);
  const setLearn = useAppStore((s) => s.setLearn);
  const value = Math.round((bias + biasShift) * 10) / 10;
  return (
    <div className="learn-bias">
      <RangeControl
        label="Try another bias"
        value={value}
        min={-REACH}
        max={REACH}
        step={0.1}
        typed={false}
        valueText={signed(value, 1)}
        onChange={(next) => setLearn({ biasShift: next - bias })}
        hint="A what-if on a copy of this neuron: the model itself is not changed. A larger bias switches the neuron on more easily."
      />
      <button type="button" onClick={() => setLearn({ biasShift: 0 })} disabled={biasShift === 0}>
        Put the bias back
      </button>
    </div>
  );
}
