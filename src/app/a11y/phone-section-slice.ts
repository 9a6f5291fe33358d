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

/** Which card a phone shows under the draw card (every card shows on wider screens). */
export const phoneSectionInitialState = {
  phoneSection: 'train' as PhoneSection,
};

type PhoneSectionState = typeof phoneSectionInitialState;

export interface PhoneSectionActions {
  setPhoneSection(section: PhoneSection): void;
}

type Set = (patch: Partial<PhoneSectionState>) => void;

/** The phone section's action, composed into the one store: other features (the guided path) can open a card too. */
export const createPhoneSectionActions = (set: Set): PhoneSectionActions => ({
  setPhoneSection: (phoneSection) => set({ phoneSection }),
});
