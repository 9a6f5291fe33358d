import type { ReactNode } from 'react';

/**
 * One plain sentence where a view made for fully connected networks would be, while the model in
 * use is convolutional: never a blank card. `view` names the view, `instead` says what to do, `action`
 * (a button) does it.
 */
export function DenseOnlyNote({ view, instead, action }: { view: string; instead: string; action?: ReactNode }) {
  return (
    <p className="dense-only-note">
      {view} shows fully connected networks; the model in use is convolutional. {instead} {action}
    </p>
  );
}
