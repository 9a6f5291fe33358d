import { exportModelFile, importModelFile, switchToReadyModel } from './models-actions.ts';
import { MAX_MODEL_FILE_BYTES } from './model-file.ts';
import { useAppStore } from '../../store/app-store.ts';
import { loadedFrom } from '../../store/model-identity.ts';
import { ImportFileButton } from '../../ui/ImportFileButton.tsx';

/** Export the model in use as a file, import one, or go back to the ready model. */
export function ModelFileButtons() {
  const readyInUse = useAppStore((s) => loadedFrom(s.model)?.kind === 'ready');
  return (
    <div className="buttons model-files">
      <button type="button" onClick={() => void exportModelFile()}>
        Export file
      </button>
      <ImportFileButton
        label="Import file…"
        inputLabel="Model file to import"
        title={`A .json model file of at most ${MAX_MODEL_FILE_BYTES / 1024 / 1024} MB`}
        onFile={(file) => void importModelFile(file)}
      />
      {!readyInUse && (
        <button type="button" onClick={() => void switchToReadyModel()}>
          Use the ready model
        </button>
      )}
    </div>
  );
}
