import { useEffect, useRef, type KeyboardEvent } from 'react';
import { analyseEachModel } from './inside-client.ts';
import { useAppStore } from '../../store/app-store.ts';
import { convModelInUse } from '../../store/model-identity.ts';
import { ConvInside } from './ConvInside.tsx';
import type { InsideTab } from './inside-slice.ts';
import './inside.css';
import { ErrorsView } from './ErrorsView.tsx';
import { FeatureGallery } from './FeatureGallery.tsx';
import { NetworkView } from './NetworkView.tsx';

const TABS: { id: InsideTab; label: string }[] = [
  { id: 'network', label: 'Network' },
  { id: 'features', label: 'Hidden features' },
  { id: 'errors', label: 'Errors' },
];

/**
 * Look inside: the network live, what the first hidden layer learned, and where it errs; for a
 * convolutional model, its first filters and feature maps instead. Only the open view asks the worker for anything.
 */
export function InsidePanel() {
  const tab = useAppStore((s) => s.insideTab);
  const setTab = useAppStore((s) => s.setInsideTab);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const conv = useAppStore(convModelInUse);

  useEffect(() => analyseEachModel(), []);

  // Arrow keys move between tabs, as in the WAI-ARIA tabs pattern.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = (TABS.findIndex((t) => t.id === tab) + step + TABS.length) % TABS.length;
    setTab(TABS[next].id);
    tabRefs.current[next]?.focus();
  };

  return (
    <>
      <div className="card-head">
        <h2 id="inside-title">Look inside</h2>
      </div>
      {conv ? (
        <ConvInside />
      ) : (
        <>
          <div className="inside-tabs" role="tablist" aria-label="Views inside the network" onKeyDown={onKeyDown}>
            {TABS.map((t, i) => (
              <button
                key={t.id}
                ref={(el) => {
                  tabRefs.current[i] = el;
                }}
                type="button"
                role="tab"
                id={`inside-tab-${t.id}`}
                aria-selected={tab === t.id}
                aria-controls="inside-tabpanel"
                tabIndex={tab === t.id ? 0 : -1}
                onClick={() => setTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div id="inside-tabpanel" role="tabpanel" aria-labelledby={`inside-tab-${tab}`}>
            {tab === 'network' && <NetworkView />}
            {tab === 'features' && <FeatureGallery />}
            {tab === 'errors' && <ErrorsView />}
          </div>
        </>
      )}
    </>
  );
}

export default InsidePanel;
