/**
 * One plain sentence where a view made for fully connected networks would be, while the model in
 * use is convolutional: never a blank card. `view` names the view, `instead` says what to do.
 */
export function DenseOnlyNote({ view, instead }: { view: string; instead: string }) {
  return (
    <p className="dense-only-note">
      {view} shows fully connected networks; the model in use is convolutional. {instead}
    </p>
  );
}
