import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';

/** One point per epoch: validation and test accuracy in percent. */
export interface AccuracyPoint {
  epoch: number;
  validation: number;
  test: number;
}

/** The accuracy lines themselves (recharts), loaded apart from AccuracyChart's frame; `book`: the book's figure in percent, dashed. */
export default function AccuracyLines(props: { data: AccuracyPoint[]; epochs: number; floor: number; ticks: number[]; book: number | null }) {
  const { data, epochs, floor, ticks, book } = props;
  return (
    <LineChart responsive style={{ width: '100%', height: 220 }} data={data} margin={{ top: 8, right: 12, bottom: 4, left: -8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis dataKey="epoch" type="number" domain={[0, epochs]} allowDecimals={false} fontSize={12} />
      <YAxis domain={[floor, 100]} ticks={ticks} fontSize={12} width={48} tickFormatter={(v: number) => `${v}%`} />
      <Tooltip formatter={(value, name) => [`${Number(value).toFixed(2)}%`, name]} labelFormatter={(label) => `after epoch ${label}`} />
      <Legend verticalAlign="top" height={24} iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
      {book !== null && (
        <ReferenceLine y={book} stroke="#94a3b8" strokeDasharray="6 4" label={{ value: `book ${book.toFixed(2)}%`, position: 'insideBottomRight', fontSize: 11, fill: '#64748b' }} />
      )}
      <Line type="monotone" dataKey="validation" name="validation" stroke="#0ea5e9" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
      <Line type="monotone" dataKey="test" name="test" stroke="#16a34a" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
    </LineChart>
  );
}
