import './learn-base.css';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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
  const regionId = useId();
  const entry = GLOSSARY[id];

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
        aria-label={icon ? `What is ${entry.term}?` : undefined}
        onClick={() => setOpen(!open)}
      >
        {icon ? '?' : (children ?? entry.term)}
      </button>
      <span id={regionId} className="term-definition" role="region" aria-label={`${entry.term}: definition`} hidden={!open}>
        <strong>{entry.term[0].toUpperCase() + entry.term.slice(1)}.</strong> {entry.definition}{' '}
        <a href={entry.source.href} target="_blank" rel="noreferrer">
          Read more: {entry.source.text}
        </a>
      </span>
    </span>
  );
}
