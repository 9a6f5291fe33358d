import { useEffect, useMemo, useState } from 'react';
import { reportFailure } from '../../../client/connection.ts';
import { latestRequest } from '../../../client/latest-request.ts';
import { shiftBy } from '../../../drawing/shift-image.ts';
import { argmax } from '../../../nn/evaluate.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { Term } from '../../../ui/Term.tsx';
import type { WhyConvLook } from '../../../worker/why-conv-api.ts';
import { FilterSlide } from '../FilterSlide.tsx';
import { NoDrawing } from '../NoDrawing.tsx';
import { ShiftAnswers, type ShiftChoice } from '../ShiftAnswers.tsx';
import { ShiftFigures } from '../ShiftFigures.tsx';
import { whyConvOn } from '../why-conv-client.ts';
import '../why-conv.css';

/** The step "Why convolution": one filter slid over the drawing, and two networks reading the drawing moved a few pixels. */
export function WhyConvStep() {
  const drawing = useAppStore((s) => s.prediction?.input ?? null);
  const [filter, setFilter] = useState(0);
  // null: the brightest place of the map, so the first number shown is one the filter found.
  const [place, setPlace] = useState<number | null>(null);
  const [choice, setChoice] = useState<ShiftChoice>({ direction: 'right', pixels: 0 });
  const [look, setLook] = useState<WhyConvLook | null>(null);
  const request = useMemo(() => latestRequest(whyConvOn, setLook, reportFailure), []);
  useEffect(() => {
    if (drawing) request(drawing, shiftBy(choice.direction, choice.pixels), filter);
  }, [drawing, choice, filter, request]);
  useEffect(() => request.cancel, [request]);

  if (!drawing) return <NoDrawing />;
  if (!look) return <p>Loading the small convolutional network…</p>;
  const places = look.side * look.side;
  return (
    <>
      <p>
        The network so far is <Term id="fully-connected" />: each hidden neuron has its own weight for each of the 784 pixels, so what it learned about a
        stroke is tied to where strokes were in the digits it trained on. A <Term id="convolution" /> network learns small filters instead.
      </p>
      <h4 className="learn-subhead">One filter, slid over your drawing</h4>
      <label className="learn-chooser">
        Filter
        <select value={filter} onChange={(event) => setFilter(Number(event.currentTarget.value))}>
          {Array.from({ length: look.filters }, (_, f) => (
            <option key={f} value={f}>
              {f + 1} of {look.filters}
            </option>
          ))}
        </select>
      </label>
      <FilterSlide look={look} place={place ?? argmax(look.map)} onPlace={setPlace} />
      <p className="learn-key">
        The same {look.kernel * look.kernel} weights at every one of the {look.side} × {look.side} = {places} places: they are{' '}
        <Term id="shared-weights" />. A stroke this filter responds to lights up its map wherever it is drawn.
      </p>
      <h4 className="learn-subhead">Move your drawing</h4>
      <p>
        Move it a few pixels and see which network still reads it. The book’s network meets your strokes on other pixels, whose weights learned other
        things; the filters find the same strokes, moved along with them.
      </p>
      <ShiftAnswers look={look} choice={choice} onChoice={setChoice} />
      <ShiftFigures />
    </>
  );
}
