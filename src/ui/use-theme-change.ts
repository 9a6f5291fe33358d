import { useEffect, useState } from 'react';

/**
 * A number that changes whenever the page's theme may have: the toggle (data-theme on the root) or
 * the system's light or dark. A canvas painted with theme colours repaints on it; CSS needs no help.
 */
export function useThemeChange(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const bump = () => setCount((c) => c + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const system = matchMedia('(prefers-color-scheme: dark)');
    system.addEventListener('change', bump);
    return () => {
      observer.disconnect();
      system.removeEventListener('change', bump);
    };
  }, []);
  return count;
}
