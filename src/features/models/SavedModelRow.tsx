import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { deleteModel, loadSave, renameModel } from './models-actions.ts';
import { MAX_SAVE_NAME } from './saved-models.ts';
import type { SavedModelSummary } from './models-slice.ts';
import { formatNetwork, formatPercent } from '../../ui/format.ts';
import { describeSettings, formatDate } from './model-text.ts';

/** One save: what it is, and Load, Rename and Delete (the last two ask first). */
export function SavedModelRow({ save }: { save: SavedModelSummary }) {
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(save.name);
  // After a rename or a delete question ends, focus goes back to the button that opened it.
  const returnTo = useRef<'rename' | 'delete' | null>(null);
  const rowRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (mode !== 'view' || !returnTo.current) return;
    rowRef.current?.querySelector<HTMLButtonElement>(`[data-action="${returnTo.current}"]`)?.focus();
    returnTo.current = null;
  }, [mode]);
  const open = (next: 'rename' | 'delete') => {
    returnTo.current = next;
    setMode(next);
  };
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape here cancels the edit; it must not also clear the draw pad.
    event.preventDefault();
    event.stopPropagation();
    setMode('view');
  };

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    if (await renameModel(save.id, name)) setMode('view');
  };

  return (
    <li className="saved-model" aria-label={save.name} ref={rowRef} onKeyDown={mode === 'view' ? undefined : onEscape}>
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
        {formatNetwork(save)} · {describeSettings(save.config)}
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
          <button type="button" onClick={() => setMode('view')} autoFocus>
            Keep
          </button>
        </div>
      ) : (
        mode === 'view' && (
          <div className="buttons">
            <button type="button" onClick={() => void loadSave(save.id, save.name)} aria-label={`Load ${save.name}`}>
              Load
            </button>
            <button type="button" data-action="rename" onClick={() => (setName(save.name), open('rename'))} aria-label={`Rename ${save.name}`}>
              Rename
            </button>
            <button type="button" data-action="delete" onClick={() => open('delete')} aria-label={`Delete ${save.name}`}>
              Delete
            </button>
          </div>
        )
      )}
    </li>
  );
}
