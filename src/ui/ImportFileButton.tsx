import { useRef, type ChangeEvent } from 'react';

interface ImportFileButtonProps {
  /** The button's text. */
  label: string;
  /** The hidden file input's accessible name. */
  inputLabel: string;
  title?: string;
  onFile(file: File): void;
}

/** A button that opens the file chooser for one .json file and hands the chosen file on. */
export function ImportFileButton({ label, inputLabel, title, onFile }: ImportFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) fires again.
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title={title}>
        {label}
      </button>
      <input ref={input} type="file" accept=".json,application/json" aria-label={inputLabel} hidden onChange={onChoose} />
    </>
  );
}
