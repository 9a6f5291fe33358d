import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { startTrainer } from './client/trainer-client.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/draw.css';
import './styles/training.css';

// The worker starts at once: MNIST downloads while the page renders.
startTrainer();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
