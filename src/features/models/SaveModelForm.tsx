import { useId, useState, type FormEvent } from 'react';
import { saveCurrentAs } from './models-actions.ts';
import { MAX_SAVE_NAME } from './saved-models.ts';
import { useAppStore } from '../../store/app-store.ts';
import { convModelInUse, loadedFrom } from '../../store/model-identity.ts';
import { formatNetwork, formatShortDate } from '../../ui/format.ts';

/** A name for the model in use and a Save button. */
export function SaveModelForm() {
  const layers = useAppStore((s) => loadedFrom(s.model)?.layers ?? (s.run.config ?? s.config).layers);
  const model = useAppStore(convModelInUse);
  const live = useAppStore((s) => s.run.status === 'training');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const suggestion = `${formatNetwork({ layers: layers ?? [], model })} ${formatShortDate(new Date())}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    if (await saveCurrentAs(name || suggestion)) setName('');
    setBusy(false);
  };

  return (
    <form className="save-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>Save the model in use as</label>
      <div className="save-row">
        <input id={id} type="text" value={name} placeholder={suggestion} maxLength={MAX_SAVE_NAME} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={busy}>
          Save
        </button>
      </div>
      {live && <p className="hint">Saving now keeps the weights as they are at this moment of the run.</p>}
    </form>
  );
}
