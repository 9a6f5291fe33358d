import { useRef, type ChangeEvent } from 'react';
import { exportModelFile, importModelFile, useReadyModel } from '../../persistence/models-actions.ts';
import { MAX_MODEL_FILE_BYTES } from '../../persistence/model-file.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Export the model in use as a file, import one, or go back to the ready model. */
export function ModelFileButtons() {
  const input = useRef<HTMLInputElement>(null);
  const readyInUse = useAppStore((s) => s.modelOrigin === 'file' && s.modelSource?.kind === 'ready');

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) fires again.
    event.target.value = '';
    if (file) void importModelFile(file);
  };

  return (
    <div className="buttons model-files">
      <button type="button" onClick={() => void exportModelFile()}>
        Export file
      </button>
      <button type="button" onClick={() => input.current?.click()} title={`A .json model file of at most ${MAX_MODEL_FILE_BYTES / 1024 / 1024} MB`}>
        Import file…
      </button>
      <input ref={input} type="file" accept=".json,application/json" aria-label="Model file to import" hidden onChange={onChoose} />
      {!readyInUse && (
        <button type="button" onClick={() => void useReadyModel()}>
          Use the ready model
        </button>
      )}
    </div>
  );
}
