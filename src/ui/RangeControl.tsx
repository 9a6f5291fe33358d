import { useId, type ReactNode } from 'react';
import { NumberField } from './NumberField.tsx';

interface RangeControlProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** What a screen reader says for the slider's value. */
  valueText?: string;
  /** Slider position for the value, and back, when the slider is not linear (learning rate). */
  toSlider?: (value: number) => number;
  fromSlider?: (position: number) => number;
  hint?: ReactNode;
  badge?: ReactNode;
  problem?: string;
  /** False for a slider-only control: its value is shown but not typed. */
  typed?: boolean;
}

/** A labelled slider, operable by keyboard, with its value in a box that also takes typed values. */
export function RangeControl(props: RangeControlProps) {
  const { label, value, min, max, step, onChange, toSlider = (v) => v, fromSlider = (p) => p } = props;
  const id = useId();
  const problemId = `${id}-problem`;
  return (
    <div className={props.problem ? 'control invalid' : 'control'}>
      <div className="control-head">
        <label htmlFor={id}>{label}</label>
        {props.badge}
        {props.typed === false ? (
          <output htmlFor={id} className="control-value">
            {props.valueText ?? value}
          </output>
        ) : (
          <NumberField label={`${label} value`} value={value} onChange={onChange} invalid={!!props.problem} describedBy={props.problem ? problemId : undefined} />
        )}
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={Number.isFinite(value) ? toSlider(value) : min}
        aria-valuetext={props.valueText}
        onChange={(event) => onChange(fromSlider(Number(event.target.value)))}
      />
      {props.problem && (
        <p className="problem" id={problemId}>
          {props.problem}
        </p>
      )}
      {props.hint && <p className="hint">{props.hint}</p>}
    </div>
  );
}
