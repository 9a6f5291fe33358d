import { Suspense } from 'react';
import { Announcer } from './a11y/Announcer.tsx';
import { PhoneSections, usePhoneSection } from './a11y/PhoneSections.tsx';
import { AppHeader } from './AppHeader.tsx';
import { CompareCard } from '../features/compare/CompareCard.tsx';
import { DrawPanel } from '../features/draw/DrawPanel.tsx';
import { ModelsPanel } from '../features/models/ModelsPanel.tsx';
import { MyDigitsPanel } from '../features/my-digits/MyDigitsPanel.tsx';
import { SettingsPanel } from '../features/train/settings/SettingsPanel.tsx';
import { TrainingPanel } from '../features/train/TrainingPanel.tsx';
import { AppBoundary } from './recovery/AppBoundary.tsx';
import { CardBoundary } from './recovery/CardBoundary.tsx';
import { lazyWithRetry } from './recovery/lazy-with-retry.ts';
import { RecoveryNotices } from './recovery/RecoveryNotices.tsx';
import { Glossary } from '../features/learn/Glossary.tsx';
import { LearnSlot } from '../features/learn/LearnSlot.tsx';
import { UpdateNotice } from './pwa/UpdateNotice.tsx';

// The views inside the network are code the first paint does not need.
const InsidePanel = lazyWithRetry(() => import('../features/inside/InsidePanel.tsx'));

/** The one screen: draw and predict, train and watch, tune the settings. */
export function App() {
  const [section, setSection] = usePhoneSection();
  return (
    <AppBoundary>
      <div className="app">
        <AppHeader />
        <Announcer />
        <RecoveryNotices />
        <main className="layout" data-section={section}>
          <section className="card draw-card" aria-labelledby="draw-title">
            <CardBoundary title="Draw a digit" titleId="draw-title">
              <DrawPanel />
            </CardBoundary>
          </section>
          <LearnSlot />
          <PhoneSections section={section} onChange={setSection} />
          <section className="card train-card" aria-labelledby="train-title">
            <CardBoundary title="Train the network" titleId="train-title">
              <TrainingPanel />
            </CardBoundary>
          </section>
          {/* My digits before Look inside: the order it is shown in, so Tab follows the eye. */}
          <section className="card my-digits-card" aria-labelledby="my-digits-title">
            <CardBoundary title="My digits" titleId="my-digits-title">
              <MyDigitsPanel />
            </CardBoundary>
          </section>
          <section className="card inside-card" aria-labelledby="inside-title">
            <CardBoundary title="Look inside" titleId="inside-title">
              <Suspense fallback={<h2 id="inside-title">Look inside</h2>}>
                <InsidePanel />
              </Suspense>
            </CardBoundary>
          </section>
          <section className="card settings-card" aria-labelledby="settings-title">
            <CardBoundary title="Settings" titleId="settings-title">
              <SettingsPanel />
            </CardBoundary>
          </section>
          <section className="card models-card" aria-labelledby="models-title">
            <CardBoundary title="Your models" titleId="models-title">
              <ModelsPanel />
            </CardBoundary>
          </section>
          <section className="card compare-card" aria-labelledby="compare-title">
            <CardBoundary title="Manual vs framework" titleId="compare-title">
              <CompareCard />
            </CardBoundary>
          </section>
          <section className="card glossary-card" aria-labelledby="glossary-title">
            <CardBoundary title="Glossary" titleId="glossary-title">
              <Glossary />
            </CardBoundary>
          </section>
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
