/** Said where a step needs a drawing and there is none yet. */
export function NoDrawing() {
  return (
    <p className="learn-no-drawing" role="note">
      Draw a digit on the pad to see this step worked out on your own drawing. You can change the drawing at any step.
    </p>
  );
}
