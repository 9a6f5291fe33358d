import { switchToDenseReadyModel } from './models-actions.ts';

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
