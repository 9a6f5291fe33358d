/** The theme the person chose with the toggle; absent: follow the system (prefers-color-scheme). */
export type ThemeChoice = 'light' | 'dark';

const KEY = 'nn-magic-theme';

/** The remembered choice, or null to follow the system. */
export function storedTheme(): ThemeChoice | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    // Storage blocked (private mode, a policy): the system's theme still works.
    return null;
  }
}

const systemTheme = (): ThemeChoice => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

/** The theme in effect now: the choice, else the system's. */
export function currentTheme(): ThemeChoice {
  return storedTheme() ?? systemTheme();
}

/**
 * Applies a choice (theme.css reads data-theme) and remembers it. Choosing the system's own theme
 * forgets the choice instead, so the page follows the system again from then on.
 */
export function chooseTheme(theme: ThemeChoice): void {
  const follow = theme === systemTheme();
  if (follow) delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (follow) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Not remembered, but applied for this visit.
  }
}

/** Applies the remembered choice before the first paint, so the page does not flash the other theme. */
export function applyStoredTheme(): void {
  const theme = storedTheme();
  if (theme) document.documentElement.dataset.theme = theme;
}
