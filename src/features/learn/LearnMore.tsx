import type { ReactNode } from 'react';

/**
 * The rest of a step, one click away: each step opens with a few plain sentences (about 120
 * words at most) and keeps its details, figures and formulas here.
 */
export function LearnMore({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="learn-more">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
