import { useEffect } from 'react';
import { closeCompare, openCompare } from './compare-client.ts';
import { CompareButtons } from './CompareButtons.tsx';
import { CompareChart } from './CompareChart.tsx';
import { CompareSettings } from './CompareSettings.tsx';
import { CompareSummary } from './CompareSummary.tsx';
import { FrameworkToggles } from './FrameworkToggles.tsx';
import { SideStats } from './SideStats.tsx';
import './compare.css';

/** The open comparison: its workers live exactly as long as the view. */
export default function CompareView() {
  useEffect(() => {
    openCompare();
    return closeCompare;
  }, []);

  return (
    <div className="compare">
      <div className="compare-controls">
        <FrameworkToggles />
        <CompareSettings />
        <CompareButtons />
      </div>
      <div className="compare-results">
        <CompareChart />
        <div className="compare-sides">
          <SideStats side="ours" />
          <SideStats side="framework" />
        </div>
        <CompareSummary />
      </div>
    </div>
  );
}
