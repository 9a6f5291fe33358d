import { Component, Fragment, type ReactNode } from 'react';
import { clip } from '../../nn/excerpt.ts';
import { exportEverything, resetStorage } from '../../features/models/export-all.ts';

interface State {
  error: Error | null;
  attempt: number;
  said: string | null;
}

/**
 * The last resort, when the page as a whole cannot be shown: say so, try again, and before any
 * reset offer a file with everything storage can still read.
 */
export class AppBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null, attempt: 0, said: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private exportAll = () =>
    exportEverything().then(
      (name) => this.setState({ said: `Saved ${name}: it holds your saved models and drawings.` }),
      (error: unknown) => this.setState({ said: `The export failed: ${clip(String(error), 120)}` }),
    );

  private reset = async () => {
    if (!window.confirm('Delete the saved models and drawings this site keeps, then reload? Export everything first if you want to keep them.')) return;
    await resetStorage().catch(() => {});
    window.location.reload();
  };

  render() {
    const { error, attempt, said } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <main className="app app-failure">
        <h1>NN Magic ran into a problem</h1>
        <p>{clip(error.message || String(error), 200)}</p>
        <p>
          <button type="button" className="primary" onClick={() => this.setState({ error: null, attempt: attempt + 1 })}>
            Try again
          </button>{' '}
          <button type="button" onClick={() => void this.exportAll()}>
            Export everything
          </button>{' '}
          <button type="button" onClick={() => void this.reset()}>
            Reset storage and reload
          </button>
        </p>
        {said && <p role="status">{said}</p>}
      </main>
    );
  }
}
