/** A point on the draw pad, in pad pixel coordinates (x right, y down). */
export interface Point {
  x: number;
  y: number;
}

/** One pen-down .. pen-up gesture: its points in drawing order, joined by line segments. */
export type Stroke = Point[];
