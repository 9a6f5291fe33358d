import { useAppStore } from '../../store/app-store.ts';
import './link.css';

/** Which settings of the opened link were out of range and left at their defaults. */
export function LinkNotice() {
  const problems = useAppStore((s) => s.linkProblems);
  const setLinkProblems = useAppStore((s) => s.setLinkProblems);
  if (!problems.length) return null;
  return (
    <div className="link-notice" role="alert">
      <p>
        <strong>
          The link set {problems.length === 1 ? 'one value' : `${problems.length} values`} out of range; {problems.length === 1 ? 'it was' : 'they were'} ignored:
        </strong>
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setLinkProblems([])}>
        Dismiss
      </button>
    </div>
  );
}
