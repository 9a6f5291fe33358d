import { ThemeToggle } from './a11y/ThemeToggle.tsx';
import { LearnButton } from '../features/learn/LearnButton.tsx';

/** The app's name and what it does, in one line. */
export function AppHeader() {
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>NN Magic</h1>
        <ThemeToggle />
      </div>
      <p>Draw a digit and watch a neural network, written from scratch and trained here in your browser on MNIST, learn to read it.</p>
      <LearnButton />
    </header>
  );
}
