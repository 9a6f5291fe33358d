import { describe, expect, it } from 'vitest';
import { GLOSSARY, TERM_IDS } from './glossary.ts';

describe('the glossary', () => {
  it('lists every term once, in the English alphabetical order a reader expects', () => {
    expect(new Set(TERM_IDS)).toEqual(new Set(Object.keys(GLOSSARY)));
    const terms = TERM_IDS.map((id) => GLOSSARY[id].term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
