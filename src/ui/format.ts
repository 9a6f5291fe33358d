/** 0.9321 -> "93.21%". */
export const formatPercent = (fraction: number, digits = 2) => `${(fraction * 100).toFixed(digits)}%`;

/** 12345 -> "12,345" (the same in every locale, so tests and screenshots read alike). */
// Grouped by hand, not by Intl.NumberFormat: the first Intl formatter of a page loads the locale's
// data, 25-60 ms on this machine's Chromium (95-250 ms at Lighthouse's 4x slower CPU), in the
// first screen's longest task.
export const formatCount = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
/** A day as "1 Dec" (British English, as the app writes dates), without Intl's locale data (see formatCount). */
export const formatShortDate = (date: Date) => `${date.getDate()} ${MONTHS[date.getMonth()]}`;

/** Seconds as "8 s", "2 min 05 s" or "1 h 02 min". */
export function formatDuration(seconds: number): string {
  // A run of a few seconds is common here: "0 s" would read as if nothing ran.
  if (seconds < 0.05) return 'under 0.1 s';
  if (seconds < 9.95) return `${seconds.toFixed(1)} s`;
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** Layer sizes as the book writes them: [784, 30, 10]. */
export const formatLayers = (layers: readonly number[]) => `[${layers.join(', ')}]`;

/** A network as the page names it: a convolutional one by its description, a fully connected one by its layer sizes. */
export const formatNetwork = ({ layers, model }: { layers: readonly number[]; model?: string }) => model ?? formatLayers(layers);

/** A setting's value without float noise: 0.5, 0.003, 3, 123456789. */
export const formatNumber = (n: number) => (Number.isFinite(n) ? String(Number.isInteger(n) ? n : Number(n.toPrecision(6))) : '—');

/**
 * A softmax output as a percentage, as the bars and the answer sentence both show it: one decimal
 * near the ends (99.6%, 0.4%), whole percents between, and never a rounded 100% or 0% that the
 * network did not give (a softmax output is never exactly either): "over 99.9%", "under 0.1%".
 */
export function formatProbability(p: number): string {
  if (p >= 0.9995 && p < 1) return 'over 99.9%';
  if (p > 0 && p < 0.0005) return 'under 0.1%';
  return `${(p * 100).toFixed(p >= 0.995 || p < 0.1 ? 1 : 0)}%`;
}

/** The answer's output as honest text: a softmax output is a probability ("87%", "over 99.9%", as the bars write it), a sigmoid output an activation ("output 0.87"). */
export const formatTopOutput = (value: number, softmax: boolean) => (softmax ? formatProbability(value) : `output ${value.toFixed(2)}`);
