import { PredictionPanel } from './prediction/PredictionPanel.tsx';
import { DrawPad } from './DrawPad.tsx';

/** The draw pad beside what the network makes of the drawing. */
export function DrawPanel() {
  return (
    <>
      <div className="card-head">
        <h2 id="draw-title">Draw a digit</h2>
      </div>
      <div className="draw-layout">
        <DrawPad />
        <PredictionPanel />
      </div>
    </>
  );
}
