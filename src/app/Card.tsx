import { useRef, type ReactNode } from 'react';
import { CardBoundary } from '../ui/CardBoundary.tsx';
import { useShownSoon } from '../ui/use-shown-soon.ts';

interface CardProps {
  name: string;
  title: string;
  children: ReactNode;
  /** Below the first screen: only its heading at first, the rest once it nears the screen or the browser is idle. */
  later?: boolean;
}

/** One card of the page: a section named by its heading (`${name}-title`), whose failures stay inside it. */
export function Card({ name, title, children, later = false }: CardProps) {
  const ref = useRef<HTMLElement>(null);
  const shown = useShownSoon(ref, !later);
  return (
    <section className={`card ${name}-card`} aria-labelledby={`${name}-title`} ref={ref}>
      <CardBoundary title={title} titleId={`${name}-title`}>
        {shown ? children : <h2 id={`${name}-title`}>{title}</h2>}
      </CardBoundary>
    </section>
  );
}
