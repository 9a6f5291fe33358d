import { bestTestAccuracy, testAccuracyInUse } from './model-record.ts';
import { useAppStore } from '../../store/app-store.ts';
import { formatNetwork, formatPercent } from '../../ui/format.ts';
import { describeTrainingData, formatDate } from './model-text.ts';

const KIND_LABEL = { ready: 'Ready model', 'ready-dense': 'Ready model, fully connected', import: 'Loaded file', saved: 'Saved model' } as const;

/** One sentence on the model that answers the drawings: which it is, how good, and what replaces it. */
export function ModelInUse() {
  const model = useAppStore((s) => s.model);
  const epochs = useAppStore((s) => s.epochs);
  const restoredAt = useAppStore((s) => s.restoredAt);
  // The accuracy of the very weights that answer (the last epoch's, a file's final figure); else, labelled so, the best epoch's.
  const inUse = testAccuracyInUse({ model, epochs });
  const best = bestTestAccuracy({ model, epochs });
  const accuracy = inUse !== undefined ? `, ${formatPercent(inUse)} test accuracy` : best !== undefined ? `, ${formatPercent(best)} best test accuracy` : '';
  const restored = restoredAt !== null ? ` Restored from your last visit (saved ${formatDate(restoredAt)}).` : '';

  if (model.origin === 'file') {
    const { source } = model;
    const what = source.kind === 'saved' || source.kind === 'import' ? `“${source.name}”, ` : '';
    return (
      <p className="model-note">
        <strong>{KIND_LABEL[source.kind]}:</strong> {what}
        {source.model ? `a convolutional network (${formatNetwork(source)})` : formatNetwork(source)} trained on {describeTrainingData(source.metrics)}
        {accuracy}. Training replaces it.{restored}
      </p>
    );
  }
  if (model.origin === 'trained') {
    return (
      <p className="model-note">
        Answering with the network you trained ({epochs.length} epoch{epochs.length === 1 ? '' : 's'}{accuracy}).{restored}
      </p>
    );
  }
  return null;
}
