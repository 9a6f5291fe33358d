import { IMAGE_SIDE } from '../mnist/dataset.ts';

const ROWS = ['top', 'middle', 'bottom'] as const;
const COLUMNS = ['left', 'centre', 'right'] as const;

/** Which third of the image, across and down, pixel `p` (row-major 28x28) lies in. */
const third = (i: number) => Math.min(2, Math.floor((3 * i) / IMAGE_SIDE));

/** Where pixel `p` lies, in words a person can find on the image: "top left", "centre", "bottom right". */
export function placeOf(p: number): string {
  const row = ROWS[third(Math.floor(p / IMAGE_SIDE))];
  const column = COLUMNS[third(p % IMAGE_SIDE)];
  if (row === 'middle') return column === 'centre' ? 'centre' : `middle ${column}`;
  return column === 'centre' ? `${row} centre` : `${row} ${column}`;
}
