import { useEffect, useRef, type KeyboardEvent } from 'react';
import { analyseEachModel } from './inside-client.ts';
import { useAppStore } from '../../store/app-store.ts';
import { convModelInUse } from '../../store/model-identity.ts';
import { ConvInside } from './ConvInside.tsx';
import { ConvNetworkView } from './ConvNetworkView.tsx';
import type { InsideTab } from './inside-slice.ts';
import './inside.css';
import { ErrorsView } from './ErrorsView.tsx';
import { FeatureGallery } from './FeatureGallery.tsx';
import { NetworkView } from './NetworkView.tsx';

/** The tabs; a convolutional model's second is its feature maps, as the first hidden layer's weight images apply to fully connected networks only. */
const tabsFor = (conv: boolean): { id: InsideTab; label: string }[] => [
  { id: 'network', label: 'Network' },
  { id: 'features', label: conv ? 'Feature maps' : 'Hidden features' },
  { id: 'errors', label: 'Errors' },
];

/**
 * Look inside: the network live, what its first layer learned (a fully connected network's hidden
 * features, a convolutional one's filters and feature maps), and where it errs. Only the open view asks the worker for anything.
 */
export function InsidePanel() {
  const tab = useAppStore((s) => s.insideTab);
  const setTab = useAppStore((s) => s.setInsideTab);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const conv = useAppStore(convModelInUse) !== undefined;
  const tabs = tabsFor(conv);

  useEffect(() => analyseEachModel(), []);

  // Arrow keys move between tabs, as in the WAI-ARIA tabs pattern.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = (tabs.findIndex((t) => t.id === tab) + step + tabs.length) % tabs.length;
    setTab(tabs[next].id);
    tabRefs.current[next]?.focus();
  };

  return (
    <>
      <div className="card-head">
        <h2 id="inside-title">Look inside</h2>
      </div>
      <div className="inside-tabs" role="tablist" aria-label="Views inside the network" onKeyDown={onKeyDown}>
        {tabs.map((t, i) => (
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
        {tab === 'network' && (conv ? <ConvNetworkView /> : <NetworkView />)}
        {tab === 'features' && (conv ? <ConvInside /> : <FeatureGallery />)}
        {tab === 'errors' && <ErrorsView />}
      </div>
    </>
  );
}

export default InsidePanel;
