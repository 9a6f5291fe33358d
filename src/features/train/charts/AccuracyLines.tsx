import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, TOOLTIP_STYLE } from '../../../ui/chart-theme.ts';

/** One point per epoch: validation and test accuracy in percent. */
export interface AccuracyPoint {
  epoch: number;
  validation: number;
  test: number;
}

/**
 * The accuracy lines themselves (recharts), loaded apart from AccuracyChart's frame; `book`: the
 * reference figure in percent, dashed, labelled `bookTag`.
 */
export default function AccuracyLines(props: { data: AccuracyPoint[]; epochs: number; floor: number; ticks: number[]; book: number | null; bookTag: string }) {
  const { data, epochs, floor, ticks, book, bookTag } = props;
  return (
    <LineChart accessibilityLayer={false} responsive style={{ width: '100%', height: 220 }} data={data} margin={{ top: 8, right: 12, bottom: 4, left: -8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
      <XAxis dataKey="epoch" type="number" domain={[0, epochs]} allowDecimals={false} fontSize={12} tick={AXIS_TICK} />
      <YAxis domain={[floor, 100]} ticks={ticks} fontSize={12} tick={AXIS_TICK} width={48} tickFormatter={(v: number) => `${v}%`} />
      <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(value, name) => [`${Number(value).toFixed(2)}%`, name]} labelFormatter={(label) => `after epoch ${label}`} />
      <Legend verticalAlign="top" height={24} iconType="plainline" wrapperStyle={{ fontSize: 12, color: 'var(--text)' }} />
      {book !== null && (
        <ReferenceLine y={book} stroke="var(--chart-book)" strokeDasharray="6 4" label={{ value: `${bookTag} ${book.toFixed(2)}%`, position: 'insideBottomRight', fontSize: 12, fill: 'var(--chart-axis)' }} />
      )}
      <Line type="monotone" dataKey="validation" name="validation" stroke="var(--chart-validation)" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
      <Line type="monotone" dataKey="test" name="test" stroke="var(--chart-test)" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
    </LineChart>
  );
}
