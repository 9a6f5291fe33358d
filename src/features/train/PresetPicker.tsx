import { useAppStore } from '../../store/app-store.ts';
import { matchingPreset, PRESETS } from './presets.ts';
import { formatPercent } from '../../ui/format.ts';

/** The starting points, named for a newcomer with the figure reported for each; choosing one sets every control. */
export function PresetPicker() {
  const config = useAppStore((s) => s.config);
  const applyPreset = useAppStore((s) => s.applyPreset);
  // A preset stays marked while only the training-set size, the epochs or the seed differ.
  const current = matchingPreset(config)?.id;
  return (
    <div className="presets" role="group" aria-label="Presets">
      {PRESETS.map((preset) => {
        return (
          <button key={preset.id} type="button" className="preset" aria-pressed={preset.id === current} onClick={() => applyPreset(preset.id)}>
            <span className="preset-name">{preset.name}</span>
            <span className="preset-figure">
              {preset.reference ? `${formatPercent(preset.reference.accuracy)} ${preset.reference.short}` : 'no figure reported: try it'} · {preset.source}
            </span>
          </button>
        );
      })}
    </div>
  );
}
