import { Suspense, useLayoutEffect } from 'react';
import { markFirstRenderShown } from '../store/first-render.ts';
import { Announcer } from './a11y/Announcer.tsx';
import { PhoneSections, usePhoneSection } from './a11y/PhoneSections.tsx';
import { Card } from './Card.tsx';
import { AppHeader } from './AppHeader.tsx';
import { CompareCard } from '../features/compare/CompareCard.tsx';
import { DrawPanel } from '../features/draw/DrawPanel.tsx';
import { ModelsPanel } from '../features/models/ModelsPanel.tsx';
import { MyDigitsPanel } from '../features/my-digits/MyDigitsPanel.tsx';
import { SettingsPanel } from '../features/train/settings/SettingsPanel.tsx';
import { TrainingPanel } from '../features/train/TrainingPanel.tsx';
import { AppBoundary } from './recovery/AppBoundary.tsx';
import { lazyWithRetry } from '../ui/lazy-with-retry.ts';
import { RecoveryNotices } from './recovery/RecoveryNotices.tsx';
import { Glossary } from '../features/learn/Glossary.tsx';
import { LearnSlot } from '../features/learn/LearnSlot.tsx';
import { UpdateNotice } from './pwa/UpdateNotice.tsx';

// The views inside the network are code the first paint does not need.
const InsidePanel = lazyWithRetry(() => import('../features/inside/InsidePanel.tsx'));

/** The one screen: draw and predict, train and watch, tune the settings. */
export function App() {
  const [section, setSection] = usePhoneSection();
  // What storage and the worker bring during the first render waits for it to be committed
  // (first-render.ts), and goes into the store right after the commit. It is on the screen a frame
  // later: the components subscribe to the store in their passive effects, which run after the first
  // paint, and render what changed then (traced: 43-61 ms after the commit where the ready model
  // came first, against 5-16 ms after the model where the commit came first).
  useLayoutEffect(markFirstRenderShown, []);
  return (
    <AppBoundary>
      <div className="app">
        <AppHeader />
        <Announcer />
        <RecoveryNotices />
        <main className="layout" data-section={section}>
          <Card name="draw" title="Draw a digit">
            <DrawPanel />
          </Card>
          <LearnSlot />
          <PhoneSections section={section} onChange={setSection} />
          {/* Later too: on a phone it is below the first screen; on a wide one it renders a moment after
              the draw card, as it comes into view, so the first answer waits for one card, not two. */}
          <Card name="train" later title="Train the network">
            <TrainingPanel />
          </Card>
          {/* My digits before Look inside: the order it is shown in, so Tab follows the eye. The cards
              below the first screen render a moment after it (Card's `later`). */}
          <Card name="my-digits" later title="My digits">
            <MyDigitsPanel />
          </Card>
          <Card name="inside" later title="Look inside">
            <Suspense fallback={<h2 id="inside-title">Look inside</h2>}>
              <InsidePanel />
            </Suspense>
          </Card>
          <Card name="settings" later title="Settings">
            <SettingsPanel />
          </Card>
          <Card name="models" later title="Your models">
            <ModelsPanel />
          </Card>
          <Card name="compare" later title="Manual vs framework">
            <CompareCard />
          </Card>
          <Card name="glossary" later title="Glossary">
            <Glossary />
          </Card>
        </main>
        <footer className="app-footer">
          Digits from MNIST (LeCun, Cortes and Burges). Presets and the book’s figures from Michael Nielsen’s <cite>Neural Networks and Deep Learning</cite>.{' '}
          Pen-drawn digits from E. Alpaydin and F. Alimoglu, <cite>Pen-Based Recognition of Handwritten Digits</cite>, UCI Machine Learning Repository
          (1998), under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.
        </footer>
        <UpdateNotice />
      </div>
    </AppBoundary>
  );
}
