/**
 * A colour of the theme (src/app/theme.css) as `element` sees it, for canvas painting, which cannot
 * use var(). Only for variables that hold one plain colour: a canvas does not read light-dark().
 */
export const themeColour = (element: Element, name: `--${string}`) => getComputedStyle(element).getPropertyValue(name).trim();
