import { useEffect } from 'react';

const CLEAR_KEYS = new Set(['Escape', 'Delete', 'Backspace']);

/** Calls `clear` on Escape, Delete or Backspace, unless the key is meant for a form field. */
export function useClearShortcut(clear: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!CLEAR_KEYS.has(event.key) || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      clear();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clear]);
}
