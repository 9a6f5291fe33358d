import { WHY_CONV_MODEL_DESCRIPTION } from '../../nn/conv/why-conv-model.ts';
import { formatPercent } from '../../ui/format.ts';
import { Term } from '../../ui/Term.tsx';
import { LearnMore } from './LearnMore.tsx';
import { SHIFT_FIGURES as FIGURES } from './shift-figures.ts';

const AT = 3;
const percent = (fraction: number) => formatPercent(fraction, 1);

/** What moving costs each network on MNIST's test digits, as scripts/measure-shift.ts measured it (a unit test recomputes it). */
export function ShiftFigures() {
  return (
    <LearnMore summary={`How each network copes on ${FIGURES.testImages.toLocaleString('en')} test digits moved`}>
      <p>
        Moved {AT} pixels, the book’s network reads {percent(FIGURES.book[AT])} of the test digits right ({percent(FIGURES.book[0])} unmoved), the
        convolutional network {percent(FIGURES.conv[AT])} ({percent(FIGURES.conv[0])} unmoved). Each figure is the mean over moving them left, right, up
        and down. Both were trained on MNIST’s digits as they are, none moved.
      </p>
      <table className="shift-figures">
        <caption>Test digits read right</caption>
        <thead>
          <tr>
            <th scope="col">moved</th>
            <th scope="col">the book’s network</th>
            {/* A soft hyphen: on a phone the long word may break, so the table fits the card. */}
            <th scope="col">conv­olutional</th>
            <th scope="col">the ready model</th>
          </tr>
        </thead>
        <tbody className="numbers">
          {FIGURES.book.map((book, k) => (
            <tr key={k}>
              <th scope="row">{k} px</th>
              <td>{percent(book)}</td>
              <td>{percent(FIGURES.conv[k])}</td>
              <td>{percent(FIGURES.ready[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Convolution alone does not make the answer the same wherever the digit is: the map moves with the drawing. <Term id="pooling" /> keeps the largest
        value of each 2×2 square, so a small move changes little; this network ({WHY_CONV_MODEL_DESCRIPTION}) pools twice. Moved far, both stumble. The
        other way to cope is to show the network every place: the ready model the app opens with is convolutional too, and it was also trained on
        digits moved, turned and scaled a little at random. With both, it holds up best ({percent(FIGURES.ready[AT])} at {AT} pixels).
      </p>
    </LearnMore>
  );
}
