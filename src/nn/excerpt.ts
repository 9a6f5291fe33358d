/** The most characters of a bad value a message quotes: enough to recognise it, never a page grown wide. */
const EXCERPT_CHARS = 40;

/** Text cut to at most `max` characters with "…" when longer. */
export const clip = (text: string, max = EXCERPT_CHARS) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A value as JSON, cut to at most `max` characters with "…" when longer (a message quotes this, never the whole value). */
export function excerpt(value: unknown, max = EXCERPT_CHARS): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value.length > max ? value.slice(0, max) : value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return clip(text, max);
}
