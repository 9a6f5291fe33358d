import { useState, type FormEvent } from 'react';
import { deleteModel, loadSave, renameModel } from '../../persistence/models-actions.ts';
import { MAX_SAVE_NAME } from '../../persistence/saved-models.ts';
import type { SavedModelSummary } from '../../store/models-slice.ts';
import { formatLayers, formatPercent } from '../format.ts';
import { describeSettings, formatDate } from './model-text.ts';

/** One save: what it is, and Load, Rename and Delete (the last two ask first). */
export function SavedModelRow({ save }: { save: SavedModelSummary }) {
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(save.name);

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    if (await renameModel(save.id, name)) setMode('view');
  };

  return (
    <li className="saved-model" aria-label={save.name}>
      {mode === 'rename' ? (
        <form className="save-row" onSubmit={(event) => void rename(event)}>
          <input type="text" aria-label={`New name for ${save.name}`} value={name} maxLength={MAX_SAVE_NAME} onChange={(e) => setName(e.target.value)} autoFocus />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      ) : (
        <p className="saved-model-name">{save.name}</p>
      )}
      <p className="saved-model-facts">
        {formatLayers(save.layers)} · {describeSettings(save.config)}
        {save.epochs !== undefined && ` · ${save.epochs} epoch${save.epochs === 1 ? '' : 's'}`}
        {' · '}
        {save.bestTestAccuracy !== undefined ? `best test ${formatPercent(save.bestTestAccuracy)}` : 'not measured'} · {formatDate(save.savedAt)}
      </p>
      {mode === 'delete' ? (
        <div className="buttons" role="group" aria-label={`Delete ${save.name}?`}>
          <span>Delete “{save.name}”?</span>
          <button type="button" className="danger" onClick={() => void deleteModel(save.id, save.name)}>
            Delete
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Keep
          </button>
        </div>
      ) : (
        mode === 'view' && (
          <div className="buttons">
            <button type="button" onClick={() => void loadSave(save.id, save.name)} aria-label={`Load ${save.name}`}>
              Load
            </button>
            <button type="button" onClick={() => (setName(save.name), setMode('rename'))} aria-label={`Rename ${save.name}`}>
              Rename
            </button>
            <button type="button" onClick={() => setMode('delete')} aria-label={`Delete ${save.name}`}>
              Delete
            </button>
          </div>
        )
      )}
    </li>
  );
}
