import { lazy, Suspense } from 'react';
import { AppHeader } from './components/AppHeader.tsx';
import { CompareCard } from './components/compare/CompareCard.tsx';
import { DrawPanel } from './components/draw/DrawPanel.tsx';
import { ModelsPanel } from './components/models/ModelsPanel.tsx';
import { MyDigitsPanel } from './components/my-digits/MyDigitsPanel.tsx';
import { SettingsPanel } from './components/settings/SettingsPanel.tsx';
import { TrainingPanel } from './components/training/TrainingPanel.tsx';
import { UpdateNotice } from './pwa/UpdateNotice.tsx';

// The views inside the network are code the first paint does not need.
const InsidePanel = lazy(() => import('./components/inside/InsidePanel.tsx'));

/** The one screen: draw and predict, train and watch, tune the settings. */
export function App() {
  return (
    <div className="app">
      <AppHeader />
      <main className="layout">
        <section className="card draw-card" aria-labelledby="draw-title">
          <DrawPanel />
        </section>
        <section className="card train-card" aria-labelledby="train-title">
          <TrainingPanel />
        </section>
        <section className="card inside-card" aria-labelledby="inside-title">
          <Suspense fallback={<h2 id="inside-title">Look inside</h2>}>
            <InsidePanel />
          </Suspense>
        </section>
        <section className="card my-digits-card" aria-labelledby="my-digits-title">
          <MyDigitsPanel />
        </section>
        <section className="card settings-card" aria-labelledby="settings-title">
          <SettingsPanel />
        </section>
        <section className="card models-card" aria-labelledby="models-title">
          <ModelsPanel />
        </section>
        <section className="card compare-card" aria-labelledby="compare-title">
          <CompareCard />
        </section>
      </main>
      <footer className="app-footer">
        Digits from MNIST (LeCun, Cortes and Burges). Presets and the book’s figures from Michael Nielsen’s <cite>Neural Networks and Deep Learning</cite>.{' '}
        Pen-drawn digits from E. Alpaydin and F. Alimoglu, <cite>Pen-Based Recognition of Handwritten Digits</cite>, UCI Machine Learning Repository
        (1998), under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.
      </footer>
      <UpdateNotice />
    </div>
  );
}
