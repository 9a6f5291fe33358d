import { useRef, useState } from 'react';

/** The cards under the draw card, in page order: on a phone one shows at a time. */
export const PHONE_SECTIONS = [
  { id: 'train', label: 'Train' },
  { id: 'my-digits', label: 'My digits' },
  { id: 'inside', label: 'Look inside' },
  { id: 'settings', label: 'Settings' },
  { id: 'models', label: 'Models' },
  { id: 'compare', label: 'Compare' },
  { id: 'glossary', label: 'Glossary' },
] as const;

/** One of PHONE_SECTIONS' ids. */
export type PhoneSection = (typeof PHONE_SECTIONS)[number]['id'];

/** Which card a phone shows under the draw card (layout.css shows them all on wider screens). */
export function usePhoneSection() {
  return useState<PhoneSection>('train');
}

/**
 * On phones, a bar that picks the one card shown under the draw card: the page stays about two
 * screens long instead of eight, and every card is one tap away. Hidden on wider screens.
 */
export function PhoneSections({ section, onChange }: { section: PhoneSection; onChange: (section: PhoneSection) => void }) {
  const navRef = useRef<HTMLElement>(null);
  const choose = (next: PhoneSection) => {
    onChange(next);
    // Scrolled down into a long card, the bar sticks at the top: show the new card from its start.
    const nav = navRef.current;
    if (!nav || nav.getBoundingClientRect().top > 0) return;
    requestAnimationFrame(() => {
      let card = nav.nextElementSibling;
      while (card && card.getClientRects().length === 0) card = card.nextElementSibling;
      card?.scrollIntoView({ block: 'start' });
    });
  };
  return (
    <nav className="phone-sections" aria-label="Sections" ref={navRef}>
      {PHONE_SECTIONS.map((s) => (
        <button key={s.id} type="button" aria-pressed={section === s.id} onClick={() => choose(s.id)}>
          {s.label}
        </button>
      ))}
    </nav>
  );
}
