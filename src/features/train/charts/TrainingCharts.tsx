import { AccuracyChart } from './AccuracyChart.tsx';
import { CostChart } from './CostChart.tsx';

/** Both live charts; loaded apart from the rest of the page, since the chart library is most of the code. */
export default function TrainingCharts() {
  return (
    <>
      <CostChart />
      <AccuracyChart />
    </>
  );
}
