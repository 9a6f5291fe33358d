import { useMemo } from 'react';
import { inspectExample } from './inside-client.ts';
import type { ExampleInfo, ExampleList } from '../../worker/inspect-errors.ts';
import { IMAGE_SIZE } from '../../mnist/dataset.ts';
import { useAppStore } from '../../store/app-store.ts';
import { formatTopOutput } from '../../ui/format.ts';
import { PixelImage } from '../../ui/PixelImage.tsx';

/** One test digit, drawn white on black as the network sees it. */
function Digit({ images, offset }: { images: Uint8Array; offset: number }) {
  // Bytes 0..255 to the painter's 0..1; it rounds them back to the same bytes.
  const values = useMemo(() => Float32Array.from(images.subarray(offset, offset + IMAGE_SIZE), (v) => v / 255), [images, offset]);
  return <PixelImage values={values} mode="grey" className="example-digit" />;
}

// The grid goes away as the Network tab opens: focus goes to that tab, where the image now is.
function openInNetwork(info: ExampleInfo, images: Uint8Array, offset: number) {
  inspectExample(info, images, offset);
  document.getElementById('inside-tab-network')?.focus();
}

const describe = (e: ExampleInfo, softmax: boolean) =>
  `Test image ${e.index + 1}: a ${e.label}, ${e.label === e.predicted ? 'read correctly' : `read as ${e.predicted}`} (${formatTopOutput(e.probability, softmax)})`;

/** Test digits as small buttons: the true digit, the answer and its output (a probability only for softmax); a click opens one in the network view. */
export function ExampleGrid({ list, label }: { list: ExampleList; label: string }) {
  const softmax = useAppStore((s) => s.prediction?.outputs === 'softmax');
  return (
    <ul className="example-grid" aria-label={label}>
      {list.examples.map((e, i) => (
        <li key={e.index}>
          <button type="button" className="example" aria-label={describe(e, softmax)} title={describe(e, softmax)} onClick={() => openInNetwork(e, list.images, i * IMAGE_SIZE)}>
            <Digit images={list.images} offset={i * IMAGE_SIZE} />
            <span className={e.label === e.predicted ? 'verdict right' : 'verdict'}>
              {e.label}→{e.predicted} <small>{softmax ? formatTopOutput(e.probability, true) : e.probability.toFixed(2)}</small>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
