import { useAppStore } from '../../store/app-store.ts';
import './my-digits.css';
import { FineTuneControls } from './FineTuneControls.tsx';
import { MyDigitRow } from './MyDigitRow.tsx';
import { MyDigitsFileButtons } from './MyDigitsFileButtons.tsx';

/** The person's labelled drawings: browse, relabel, delete, fine-tune on them, export and import. */
export function MyDigitsPanel() {
  const digits = useAppStore((s) => s.myDigits);
  const storageProblem = useAppStore((s) => s.myDigitsStorageProblem);
  const readings = useAppStore((s) => s.myDigitReadings);
  const message = useAppStore((s) => (s.myDigitsMessage?.about === 'panel' ? s.myDigitsMessage : null));
  const right = digits.filter((d) => readings[d.id] === d.label).length;
  return (
    <>
      <div className="card-head">
        <h2 id="my-digits-title">My digits</h2>
        {digits.length > 0 && (
          <span className="hint numbers">
            {right} of {digits.length} read right
          </span>
        )}
      </div>
      <p className="lede">Drawings you labelled, kept in this browser. Teach the network your handwriting with them.</p>
      {storageProblem && <p className="warn">{storageProblem}</p>}
      <FineTuneControls />
      {digits.length === 0 ? (
        <p className="hint">None yet.</p>
      ) : (
        <ul className="my-digits-list" aria-label="My digits">
          {digits.map((digit, index) => (
            <MyDigitRow key={digit.id} digit={digit} index={index} />
          ))}
        </ul>
      )}
      <MyDigitsFileButtons />
      {message && (
        <p className={message.tone === 'error' ? 'warn' : 'hint'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </>
  );
}
