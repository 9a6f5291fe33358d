import { useId, type ReactNode } from 'react';
import { MAX_DESCRIPTION_LENGTH } from '../nn/config-limits.ts';

/**
 * The "Layers" box of a convolutional network's description ("conv 20@5x5, pool 2, 100, 10"), with its
 * one-sentence problem from the one parser and a hint on how to write it: Settings and the comparison.
 */
export function DescriptionField({ value, onChange, problem, hint, className = 'control' }: { value: string; onChange: (next: string) => void; problem?: string; hint: ReactNode; className?: string }) {
  const id = useId();
  return (
    <div className={problem ? `${className} invalid` : className}>
      <div className="control-head">
        <label htmlFor={id}>Layers</label>
      </div>
      <input
        id={id}
        type="text"
        className="description-field"
        value={value}
        maxLength={MAX_DESCRIPTION_LENGTH}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={!!problem}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && <p className="problem">{problem}</p>}
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
