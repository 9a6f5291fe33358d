import { useAppStore } from '../../store/app-store.ts';
import { ModelFileButtons } from './ModelFileButtons.tsx';
import { ModelInUse } from './ModelInUse.tsx';
import { SaveModelForm } from './SaveModelForm.tsx';
import { SavedModelList } from './SavedModelList.tsx';
import './models.css';

/** Keep and share: the model in use, named saves, files, and what storage can or cannot do. */
export function ModelsPanel() {
  const message = useAppStore((s) => s.modelsMessage);
  const storageProblem = useAppStore((s) => s.storageProblem);
  const origin = useAppStore((s) => s.model.origin);
  return (
    <>
      <div className="card-head">
        <h2 id="models-title">Your models</h2>
      </div>
      {origin === 'untrained' ? <p className="model-note">Untrained weights answer now.</p> : <ModelInUse />}
      <p className="hint">The model in use and its curves are kept in this browser after every epoch, so a reload brings them back.</p>
      {storageProblem && (
        <p className="problem storage-problem" role="alert">
          {storageProblem}
        </p>
      )}
      <SaveModelForm />
      <ModelFileButtons />
      {message && (
        <p className={message.tone === 'error' ? 'problem models-message' : 'models-message'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <SavedModelList />
    </>
  );
}
