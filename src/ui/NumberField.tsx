import { useState } from 'react';
import { formatNumber } from './format.ts';

interface NumberFieldProps {
  /** The accessible name, when no <label> names the field (give `id` to a label instead). */
  label?: string;
  id?: string;
  value: number;
  onChange: (value: number) => void;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A typed value. What is typed goes to the store as it is (NaN when it is not a number), so a
 * bad value shows its message; the text stays as typed until the value changes elsewhere.
 */
export function NumberField({ label, id, value, onChange, invalid, describedBy }: NumberFieldProps) {
  const [draft, setDraft] = useState<{ text: string; value: number } | null>(null);
  const text = draft && Object.is(draft.value, value) ? draft.text : formatNumber(value);
  return (
    <input
      id={id}
      className="number-field"
      type="text"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      value={text}
      onChange={(event) => {
        const typed = event.target.value;
        const parsed = typed.trim() === '' ? NaN : Number(typed.replace(/,/g, ''));
        setDraft({ text: typed, value: parsed });
        onChange(parsed);
      }}
    />
  );
}
