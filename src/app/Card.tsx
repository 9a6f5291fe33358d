import type { ReactNode } from 'react';
import { CardBoundary } from '../ui/CardBoundary.tsx';

/** One card of the page: a section named by its heading (`${name}-title`), whose failures stay inside it. */
export function Card({ name, title, children }: { name: string; title: string; children: ReactNode }) {
  return (
    <section className={`card ${name}-card`} aria-labelledby={`${name}-title`}>
      <CardBoundary title={title} titleId={`${name}-title`}>
        {children}
      </CardBoundary>
    </section>
  );
}
