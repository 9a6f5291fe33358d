/** Axis and tooltip colours from the theme (theme.css), so the charts read in both themes. */
export const AXIS_TICK = { fill: 'var(--chart-axis)' };
export const TOOLTIP_STYLE = { background: 'var(--card)', border: '1px solid var(--line)', color: 'var(--text)' };
