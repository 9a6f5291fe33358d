import { PredictionPanel } from './prediction/PredictionPanel.tsx';
import { DrawPad } from './DrawPad.tsx';

/** The draw pad beside what the network makes of the drawing. */
export function DrawPanel() {
  return (
    <>
      {/* On a phone the pad says "Draw a digit here" itself: the heading makes room for the answer's bars. */}
      <div className="card-head phone-visually-hidden">
        <h2 id="draw-title">Draw a digit</h2>
      </div>
      <div className="draw-layout">
        <DrawPad />
        <PredictionPanel />
      </div>
    </>
  );
}
