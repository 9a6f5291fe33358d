import { AccuracyChart } from './AccuracyChart.tsx';
import { CostChart } from './CostChart.tsx';

/** Both live charts, their frames and tables: the chart library itself, most of the code, loads in each once it has a line to draw. */
export function TrainingCharts() {
  return (
    <>
      <CostChart />
      <AccuracyChart />
    </>
  );
}
