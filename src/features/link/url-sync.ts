import { DEFAULT_CONFIG } from '../../nn/types.ts';
import { useAppStore } from '../../store/app-store.ts';
import { configFromSearch, configToSearch } from './config-url.ts';

const store = useAppStore.getState;

/** Sets every control from the page's link, noting the values it ignored; true when the link named any setting. */
export function applyLinkConfig(): boolean {
  const { config, found, ignored } = configFromSearch(location.search, DEFAULT_CONFIG);
  if (!found) return false;
  store().setConfig(config);
  store().setLinkProblems(ignored);
  return true;
}

/** How long the address waits for the controls to settle (a dragged slider changes many times a second). */
const WRITE_DELAY_MS = 300;

function writeAddress(): void {
  const search = `?${configToSearch(store().config)}`;
  if (search === location.search) return;
  // Replace, not push: the Back button leaves the page rather than stepping through slider positions.
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/** Keeps the address in step with the controls, so the link in it reproduces the configuration. */
export function startUrlSync(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  writeAddress();
  return useAppStore.subscribe((state, prev) => {
    if (state.config === prev.config) return;
    clearTimeout(timer);
    timer = setTimeout(writeAddress, WRITE_DELAY_MS);
  });
}
