import { useRef, type ChangeEvent } from 'react';
import { exportMyDigitsFile, importMyDigitsFile } from '../../my-digits/my-digits-files.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Export "My digits" as a file, or add the drawings of one. */
export function MyDigitsFileButtons() {
  const input = useRef<HTMLInputElement>(null);
  const empty = useAppStore((s) => s.myDigits.length === 0);
  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) fires again.
    event.target.value = '';
    if (file) void importMyDigitsFile(file);
  };
  return (
    <div className="buttons">
      <button type="button" onClick={exportMyDigitsFile} disabled={empty}>
        Export my digits
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        Import my digits…
      </button>
      <input ref={input} type="file" accept=".json,application/json" aria-label="My digits file to import" hidden onChange={onChoose} />
    </div>
  );
}
