import { exportMyDigitsFile, importMyDigitsFile } from './my-digits-transfer.ts';
import { useAppStore } from '../../store/app-store.ts';
import { ImportFileButton } from '../../ui/ImportFileButton.tsx';

/** Export "My digits" as a file, or add the drawings of one. */
export function MyDigitsFileButtons() {
  const empty = useAppStore((s) => s.myDigits.length === 0);
  return (
    <div className="buttons">
      <button type="button" onClick={exportMyDigitsFile} disabled={empty}>
        Export my digits
      </button>
      <ImportFileButton label="Import my digits…" inputLabel="My digits file to import" onFile={(file) => void importMyDigitsFile(file)} />
    </div>
  );
}
