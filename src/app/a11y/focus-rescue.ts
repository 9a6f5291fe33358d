/**
 * Keeps keyboard focus from falling to the page's body when the focused control disables itself
 * (Train), disappears (Cancel of a rename, Open the comparison) or is replaced. Browsers then move
 * focus to <body>, and a keyboard or screen-reader user has to start again from the top. Here
 * focus moves to the nearest control still usable in the same place: the next one after it in its
 * group, else the one before, widening to the enclosing card, else the card's heading.
 * Components that know a better place (the comparison's heading, the rename's button) focus it
 * themselves; this is the net under them.
 */

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

const usable = (el: Element): el is HTMLElement =>
  el instanceof HTMLElement && !el.matches(':disabled') && !el.closest('[hidden], [inert]') && el.getClientRects().length > 0;

/** The usable control after `from` in `scope` (document order), else the last one before it. */
function nearest(scope: Element, from: Element | null): HTMLElement | null {
  const all = [...scope.querySelectorAll(FOCUSABLE)];
  if (from?.isConnected) {
    const after = all.filter((el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const before = all.filter((el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING).reverse();
    return after.find(usable) ?? before.find(usable) ?? null;
  }
  return all.find(usable) ?? null;
}

function focusHeading(scope: Element): boolean {
  const heading = scope.querySelector<HTMLElement>('h2, h3');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
  return true;
}

/** Starts watching focus for the page's lifetime. */
export function startFocusRescue(root: Document = document): void {
  let last: HTMLElement | null = null;
  // The element's ancestors when it got focus: after it is removed, they say where it was.
  let ancestors: Element[] = [];

  root.addEventListener('focusin', (event) => {
    last = event.target instanceof HTMLElement ? event.target : null;
    ancestors = [];
    for (let el = last?.parentElement; el && el !== root.body; el = el.parentElement) ancestors.push(el);
  });

  // A click on the page's background moves focus to the body on purpose: nothing to rescue then.
  root.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Element && event.target.closest(FOCUSABLE))) last = null;
  });

  const rescue = () => {
    const active = root.activeElement;
    // Chrome may report a just-disabled button as still focused until its next rendering update.
    if (!last || (active && active !== root.body && !(active === last && !usable(last)))) return;
    const lost = last;
    if (lost.isConnected && usable(lost)) return;
    for (const scope of ancestors) {
      if (!scope.isConnected) continue;
      const target = nearest(scope, lost.isConnected ? lost : null);
      if (target) return target.focus();
      if (scope.matches('section, [role="tabpanel"], li') && focusHeading(scope)) return;
    }
  };

  // Disabling or removing the focused element fires no event focus code can rely on; the DOM change does.
  // A blur to nowhere (Chrome's focus fix-up of a disabled element) is checked once it has settled.
  root.addEventListener('focusout', (event) => {
    if (!(event as FocusEvent).relatedTarget) setTimeout(rescue);
  });
  new MutationObserver(() => queueMicrotask(rescue)).observe(root.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
}
