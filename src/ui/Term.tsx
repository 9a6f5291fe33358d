import './term.css';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { GLOSSARY, type TermId } from './glossary.ts';

interface TermProps {
  id: TermId;
  /** The words shown; the glossary's term when absent. */
  children?: ReactNode;
  /** A small "?" button beside a label, for places where the word itself cannot be a button (inside a <label>). */
  icon?: boolean;
}

/**
 * A technical term with its definition one press away: a button (aria-expanded) that shows a short
 * definition and a link to the chapter that explains it. Escape closes it and returns focus.
 */
export function Term({ id, children, icon }: TermProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const definitionRef = useRef<HTMLSpanElement>(null);
  const regionId = useId();
  const entry = GLOSSARY[id];

  // Shifted left as far as needed to stay on screen (a term near the right edge, a phone).
  useLayoutEffect(() => {
    const box = definitionRef.current;
    const anchor = buttonRef.current;
    if (!open || !box || !anchor) return;
    box.style.left = '0px';
    const overflow = anchor.getBoundingClientRect().left + box.offsetWidth - (document.documentElement.clientWidth - 8);
    if (overflow > 0) box.style.left = `${-overflow}px`;
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Handled here: the path must not close, nor the pad clear (its shortcut skips handled keys).
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <span className="term" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className={icon ? 'term-button term-icon' : 'term-button'}
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen(!open)}
      >
        {/* The name is the button's text, not an aria-label: a label would also name the form field beside it. */}
        {icon ? (
          <>
            <span aria-hidden="true">?</span>
            <span className="visually-hidden">What is {entry.term}?</span>
          </>
        ) : (
          (children ?? entry.term)
        )}
      </button>
      <span ref={definitionRef} id={regionId} className="term-definition" role="note" hidden={!open}>
        <strong>{entry.term[0].toUpperCase() + entry.term.slice(1)}.</strong> {entry.definition}{' '}
        <a href={entry.source.href} target="_blank" rel="noreferrer">
          Read more: {entry.source.text}
        </a>
      </span>
    </span>
  );
}
