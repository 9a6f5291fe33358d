import { useAppStore } from '../../store/app-store.ts';
import { SavedModelRow } from './SavedModelRow.tsx';

/** The named saves, newest first. */
export function SavedModelList() {
  const saves = useAppStore((s) => s.savedModels);
  return (
    <div className="saved-models">
      <h3 id="saved-models-title">Saved models</h3>
      {saves.length === 0 ? (
        <p className="hint">None yet. Name the model in use above and press Save.</p>
      ) : (
        <ul aria-labelledby="saved-models-title">
          {saves.map((save) => (
            <SavedModelRow key={save.id} save={save} />
          ))}
        </ul>
      )}
    </div>
  );
}
