import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startFocusRescue } from './a11y/focus-rescue.ts';
import { applyStoredTheme } from './a11y/theme.ts';
import { App } from './App.tsx';
import { startTrainer } from '../client/trainer-client.ts';
import { followDrawing } from '../features/draw/draw-client.ts';
import { startMyDigits } from '../features/my-digits/my-digits-client.ts';
import { startAutosave } from '../features/models/autosave.ts';
import { loadFirstModel } from '../features/models/first-model.ts';
import { startServiceWorker } from './pwa/service-worker-client.ts';
import { firstRenderShown, nextTask } from '../store/first-render.ts';
import { applyLinkConfig, startUrlSync } from '../features/link/url-sync.ts';

// The startup runs as tasks of its own (nextTask), none inside the modules' evaluation: that is
// already a long task (13-23 ms of script on this 2-core machine; about 50 ms while Lighthouse or
// the browser's developer tools are attached, four times that at Lighthouse's slowed CPU), and what
// ran inside it (storage, the first fetch, the worker's channel) made it longer still; run as one
// task after it, they took about 37 ms. First what the first answer waits for: the link's settings
// (so the first model and the controls agree with it) and the worker with the ready model's
// download; then the theme, before the first render (no light flash for a dark one).
// The ready (or last) model arrives first; MNIST and the service worker (offline copy of the app,
// 2.8 MB) start once the page has settled (pageSettled): on a slow line they would otherwise share the
// bandwidth with the ready model, and on two cores the processor with the first screen's rendering.
export async function startApp(): Promise<void> {
  const linkSetConfig = applyLinkConfig();
  void startTrainer(() => loadFirstModel(linkSetConfig)).then(startServiceWorker);
  await nextTask();
  applyStoredTheme();
  renderApp();
}

// Then the first render, in a transition: React renders in slices and yields to the browser every
// few milliseconds (no long task on a slow phone); the header in index.html shows meanwhile.
function renderApp() {
  startTransition(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
  // Last, what only follows the person's actions and storage: subscriptions at once (the first model
  // may land right after the first render, and autosave must see it come), and, once the first render
  // is on the screen, the kept drawings, the address and the focus watch: started beside the first
  // render they took about 20 ms (storage, the address, a watch on every node it adds) from it, and
  // the first answer waits for that render.
  setTimeout(() => {
    startAutosave();
    followDrawing();
  }, 0);
  void firstRenderShown().then(() =>
    setTimeout(() => {
      void startMyDigits();
      startUrlSync();
      startFocusRescue();
    }, 0),
  );
}
