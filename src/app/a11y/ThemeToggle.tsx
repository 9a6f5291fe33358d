import { useEffect, useState } from 'react';
import { chooseTheme, currentTheme } from './theme.ts';

/** Dark theme on or off; remembered in this browser. Until pressed, the page follows the system's setting. */
export function ThemeToggle() {
  const [theme, setTheme] = useState(currentTheme);
  // The system's setting can change while the page is open (an automatic evening switch).
  useEffect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => setTheme(currentTheme());
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  const toggle = () => {
    const next = theme === 'dark' ? 'light' : 'dark';
    chooseTheme(next);
    setTheme(next);
  };
  return (
    <button type="button" className="theme-toggle" aria-pressed={theme === 'dark'} onClick={toggle}>
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span> Dark theme
    </button>
  );
}
