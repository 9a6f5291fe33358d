/** Said when the network already reads the drawing right and sure: there is almost nothing to learn from it. */
export function AlreadyRight() {
  return (
    <p className="learn-key">
      The network already reads this drawing right and is sure of it, so the cost is almost 0 and there is little to learn. To see a large cost, choose
      an earlier moment of the book’s network at the top of the path (untrained, or after 100 mini-batches), or say it is another digit.
    </p>
  );
}
