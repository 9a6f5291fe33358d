import { useAppStore, type AppState } from '../store/app-store.ts';

/**
 * Brings a card into view: on a phone, first makes it the section shown (the others are hidden), then
 * scrolls to it once it is laid out. Returns the card, or null when it is not on the page.
 */
export function showCard(section: AppState['phoneSection']): Promise<HTMLElement | null> {
  useAppStore.getState().setPhoneSection(section);
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`.${section}-card`);
      card?.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
      resolve(card);
    }),
  );
}
