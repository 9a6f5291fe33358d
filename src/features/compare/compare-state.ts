import type { CompareSide } from './sides/compare-api.ts';
import type { AppState } from '../../store/app-store.ts';

/** How the view names each side. */
export const SIDE_NAMES: Record<CompareSide, string> = { ours: 'Ours', framework: 'TF.js' };

/** True from "Run both" until both sides finished, stopped or failed. */
export const selectRunning = (s: AppState) =>
  s.compareRun !== null && Object.values(s.compareSides).some((side) => side.status === 'loading' || side.status === 'ready' || side.status === 'training');
