import { exportModelFile, importModelFile, switchToReadyModel } from './models-actions.ts';
import { MAX_MODEL_FILE_BYTES } from './model-file.ts';
import { useAppStore } from '../../store/app-store.ts';
import { loadedFrom } from '../../store/model-identity.ts';
import { ImportFileButton } from '../../ui/ImportFileButton.tsx';
import { UseDenseReadyButton } from './UseDenseReadyButton.tsx';

/** Export the model in use as a file, import one, or go back to a ready model (convolutional, or fully connected). */
export function ModelFileButtons() {
  const kind = useAppStore((s) => loadedFrom(s.model)?.kind);
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
      {kind !== 'ready' && (
        <button type="button" onClick={() => void switchToReadyModel()}>
          Use the ready model
        </button>
      )}
      {kind !== 'ready-dense' && <UseDenseReadyButton />}
    </div>
  );
}
