import { Component, Fragment, type ReactNode } from 'react';
import { clip } from '../nn/excerpt.ts';
import { retryFailedLoads } from './lazy-with-retry.ts';

interface Props {
  /** The card's title and its heading's id, so the card keeps its name while it shows the failure (no id: a part inside a card, no heading). */
  title: string;
  titleId?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by Retry: the card's content is built again from scratch. */
  attempt: number;
}

const LOAD_FAILURE = /dynamically imported module|Importing a module script failed|error loading dynamically|Failed to fetch/i;

/** What went wrong, in a sentence a person can act on. */
function describe(error: Error): string {
  if (LOAD_FAILURE.test(error.message)) return 'Its code could not be downloaded (is the connection down?).';
  return clip(error.message || String(error), 160);
}

/** Keeps a failure inside one card: the card says what went wrong and offers Retry; the rest of the page keeps working. */
export class CardBoundary extends Component<Props, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown): void {
    console.error(`The card “${this.props.title}” failed:`, error);
  }

  render() {
    const { error, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <div className="card-failure" role="alert">
        {this.props.titleId && <h2 id={this.props.titleId}>{this.props.title}</h2>}
        <p>This part of the page stopped working. {describe(error)}</p>
        <p>
          <button type="button" onClick={() => (retryFailedLoads(), this.setState({ error: null, attempt: attempt + 1 }))}>
            Retry
          </button>
        </p>
      </div>
    );
  }
}
