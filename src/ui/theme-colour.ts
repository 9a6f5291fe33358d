/**
 * A colour of the theme (src/app/theme.css) as `element` sees it, for canvas painting, which cannot
 * use var(). Only for variables that hold one plain colour: a canvas does not read light-dark().
 */
export const themeColour = (element: Element, name: `--${string}`) => getComputedStyle(element).getPropertyValue(name).trim();

/**
 * A theme colour as red, green and blue 0-255, for painting pixels: any variable, light-dark()
 * included, resolved by the browser as the colour of a probe inside `element`.
 */
export function resolvedColour(element: Element, name: `--${string}`): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  element.append(probe);
  const rgb = getComputedStyle(probe).color.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0];
  probe.remove();
  return [rgb[0], rgb[1], rgb[2]];
}
