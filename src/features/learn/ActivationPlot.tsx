import type { Activation } from '../../nn/types.ts';

const W = 320;
const H = 150;
const PAD = 24;

const FUNCTIONS: Record<Activation, { f: (z: number) => number; low: number; high: number; name: string }> = {
  sigmoid: { f: (z) => 1 / (1 + Math.exp(-z)), low: 0, high: 1, name: 'σ(z)' },
  tanh: { f: Math.tanh, low: -1, high: 1, name: 'tanh(z)' },
  relu: { f: (z) => Math.max(0, z), low: 0, high: 10, name: 'ReLU(z)' },
};

interface Point {
  z: number;
  label: string;
  tone: 'main' | 'alt';
}

/** The neuron's activation function as a curve, with the drawing's point(s) (z, f(z)) marked on it. */
export function ActivationPlot({ activation, points }: { activation: Activation; points: Point[] }) {
  const { f, low, high, name } = FUNCTIONS[activation];
  // Wide enough to show every point, and at least -8..8 so the S shape is visible.
  const reach = Math.max(8, ...points.map((p) => Math.ceil(Math.abs(p.z) + 1)));
  const x = (z: number) => PAD + ((z + reach) / (2 * reach)) * (W - 2 * PAD);
  const top = activation === 'relu' ? Math.max(high, reach) : high;
  const y = (a: number) => H - PAD - ((Math.min(a, top) - low) / (top - low)) * (H - 2 * PAD);
  const curve = Array.from({ length: 101 }, (_, i) => -reach + (i / 100) * 2 * reach).map((z, i) => `${i ? 'L' : 'M'}${x(z).toFixed(1)},${y(f(z)).toFixed(1)}`);
  const described = points.map((p) => `${p.label}: z = ${p.z.toFixed(2)}, ${name} = ${f(p.z).toFixed(3)}`).join('; ');

  return (
    <svg className="activation-plot" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`The ${activation} curve ${name}; ${described}`}>
      <line x1={PAD} x2={W - PAD} y1={y(low)} y2={y(low)} className="axis" />
      <line x1={x(0)} x2={x(0)} y1={PAD / 2} y2={H - PAD} className="axis" />
      <text x={W - 6} y={y(low) + 4} textAnchor="end" className="axis-label">z</text>
      <text x={x(0) + 4} y={PAD / 2 + 8} className="axis-label">{name}</text>
      <text x={x(0) - 4} y={y(high) + 4} textAnchor="end" className="axis-label">{high}</text>
      {[-reach, 0, reach].map((z) => (
        <text key={z} x={x(z)} y={y(low) + 14} textAnchor="middle" className="axis-label">
          {z < 0 ? `−${-z}` : z}
        </text>
      ))}
      <path d={curve.join(' ')} className="curve" />
      {points.map((p) => (
        <g key={p.label} className={`point ${p.tone}`}>
          <line x1={x(p.z)} x2={x(p.z)} y1={y(low)} y2={y(f(p.z))} />
          <circle cx={x(p.z)} cy={y(f(p.z))} r={5} />
        </g>
      ))}
    </svg>
  );
}
