import { useId } from 'react';
import { NumberField } from '../../ui/NumberField.tsx';

interface CompareNumberProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  problem?: string;
  hint?: string;
}

/** A labelled typed number with its problem, if the value is out of range. */
export function CompareNumber({ label, value, onChange, problem, hint }: CompareNumberProps) {
  const id = useId();
  const problemId = `${id}-problem`;
  return (
    <div className={problem ? 'control invalid' : 'control'}>
      <div className="control-head">
        <label htmlFor={id}>{label}</label>
        <NumberField id={id} value={value} onChange={onChange} invalid={!!problem} describedBy={problem ? problemId : undefined} />
      </div>
      {problem && (
        <p className="problem" id={problemId}>
          {problem}
        </p>
      )}
      {hint && <p className="hint">{hint}</p>}
    </div>
  );
}
