import { messageOf } from '../../errors/error-message.ts';
import { useAppStore } from '../../store/app-store.ts';
import { formatNetwork } from '../../ui/format.ts';
import { DENSE_READY_MODEL_NAME, loadDenseReadyModel } from './first-model.ts';

// Here, not in models-actions.ts: the button is offered by three cards, and what it needs is loaded
// at start anyway (first-model.ts); the models card's other actions stay in that card's own code.
async function switchToDenseReadyModel(): Promise<void> {
  const say = useAppStore.getState().setModelsMessage;
  try {
    const loaded = await loadDenseReadyModel();
    say({ text: `The network in use is now ${DENSE_READY_MODEL_NAME}, ${formatNetwork(loaded)}.`, tone: 'ok' });
  } catch (error) {
    say({ text: `The fully connected ready model could not be loaded: ${messageOf(error)}. The model in use is unchanged.`, tone: 'error' });
  }
}

/**
 * Makes the fully connected ready model the one in use: offered where a view is made for fully
 * connected networks (single neurons, the "Why" heat map, the guided path) and the ready model,
 * being convolutional, has none of them.
 */
export function UseDenseReadyButton() {
  return (
    <button type="button" onClick={() => void switchToDenseReadyModel()}>
      Use the fully connected ready model
    </button>
  );
}
