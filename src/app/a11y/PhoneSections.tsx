import { useRef } from 'react';
import { useAppStore } from '../../store/app-store.ts';
import { PHONE_SECTIONS, type PhoneSection } from './phone-section-slice.ts';

/** Which card a phone shows under the draw card (layout.css shows them all on wider screens), kept in the store. */
export function usePhoneSection(): [PhoneSection, (section: PhoneSection) => void] {
  return [useAppStore((s) => s.phoneSection), useAppStore((s) => s.setPhoneSection)];
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
          {/* "Train section", not a second button named "Train" beside the one that starts a run. */}
          <span className="visually-hidden"> section</span>
        </button>
      ))}
    </nav>
  );
}
