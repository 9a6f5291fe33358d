import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { reset } from '../../client/run-controls.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Reset, which asks first when it would throw a trained or loaded model away. */
export function ResetButton({ disabled }: { disabled: boolean }) {
  const [asking, setAsking] = useState(false);
  const untrained = useAppStore((s) => s.model.origin === 'untrained');
  const resetRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // Focus follows the question: to "Keep it" when it opens, back to Reset when it closes.
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) resetRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const onReset = () => (untrained ? void reset() : setAsking(true));
  const confirm = () => {
    setAsking(false);
    void reset();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    setAsking(false);
  };

  return (
    <>
      <button type="button" ref={resetRef} onClick={onReset} disabled={disabled} title="New untrained weights from the seed" aria-expanded={untrained ? undefined : asking}>
        Reset
      </button>
      {asking && (
        <div className="reset-confirm" role="group" aria-labelledby="reset-question" onKeyDown={onKeyDown}>
          <p id="reset-question">Throw the current model away and start from new random weights? Save it first (Your models) to keep it.</p>
          <button type="button" className="danger" onClick={confirm}>
            Yes, reset
          </button>
          <button type="button" ref={cancelRef} onClick={() => setAsking(false)}>
            Keep it
          </button>
        </div>
      )}
    </>
  );
}
