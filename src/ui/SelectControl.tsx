import { useId, type ReactNode } from 'react';

interface SelectControlProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: ReactNode;
  /** Beside the label, e.g. a glossary term's button. */
  badge?: ReactNode;
}

/** A labelled choice among a few named options. */
export function SelectControl<T extends string>({ label, value, options, onChange, hint, badge }: SelectControlProps<T>) {
  const id = useId();
  return (
    <div className="control">
      <div className="control-head">
        <label htmlFor={id}>{label}</label>
        {badge}
      </div>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && <p className="hint">{hint}</p>}
    </div>
  );
}
