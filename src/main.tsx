// The page's entry: the app's startup (app/start.tsx) runs as a task after the modules' evaluation,
// not inside it (see there why).
// First, so the training worker starts before the rest is evaluated (early-worker.ts).
import './client/early-worker.ts';
import { startApp } from './app/start.tsx';
import './app/theme.css';
import './app/base.css';
import './app/layout.css';
import './ui/controls.css';
import './features/draw/draw.css';
import './features/train/training.css';
import './app/a11y/access.css';

setTimeout(() => void startApp(), 0);
