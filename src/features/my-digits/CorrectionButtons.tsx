import { keepDrawing } from './my-digits-client.ts';
import { useAppStore } from '../../store/app-store.ts';
import './my-digits.css';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Under the prediction: one tap on the right digit keeps the drawing, with that label, in "My digits". */
export function CorrectionButtons() {
  const hasDrawing = useAppStore((s) => !!s.drawingStrokes?.length);
  const message = useAppStore((s) => (s.myDigitsMessage?.about === 'keep' ? s.myDigitsMessage : null));
  return (
    <div className="correction">
      <p className="correction-title" id="correction-title">
        Wrong? Tap the right digit
      </p>
      <div className="correction-digits" role="group" aria-labelledby="correction-title">
        {DIGITS.map((digit) => (
          <button key={digit} type="button" aria-label={`It's a ${digit}`} disabled={!hasDrawing} onClick={() => void keepDrawing(digit)}>
            {digit}
          </button>
        ))}
      </div>
      <p className={message?.tone === 'error' ? 'correction-note warn' : 'correction-note'}>
        {/* Only what happened is read aloud ("Kept as a 7…", once it is kept); the hint before it is not news. */}
        <span role="status">{message?.text}</span>
        {!message && hasDrawing && 'A tap keeps the drawing in My digits, to teach the network your handwriting.'}
      </p>
    </div>
  );
}
