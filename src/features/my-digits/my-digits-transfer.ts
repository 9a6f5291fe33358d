import { useAppStore } from '../../store/app-store.ts';
import { addImportedDigits } from './my-digits-client.ts';
import { MAX_FILE_BYTES, parseMyDigits, serializeMyDigits } from './my-digits-file.ts';
import { messageOf } from '../../errors/error-message.ts';
import { downloadJson } from '../../ui/download-json.ts';

const say = (text: string, tone: 'ok' | 'error') => useAppStore.getState().setMyDigitsMessage({ text, tone, about: 'panel' });

/** Saves "My digits" as a JSON file the browser downloads. */
export function exportMyDigitsFile(): void {
  const { myDigits } = useAppStore.getState();
  downloadJson(serializeMyDigits(myDigits), 'my-digits.json');
  say(`Exported ${myDigits.length} drawings as my-digits.json.`, 'ok');
}

/** Adds the drawings of a "My digits" file after checking all of it; a faulty file changes nothing and the message names the fault. */
export async function importMyDigitsFile(file: File): Promise<void> {
  try {
    if (file.size > MAX_FILE_BYTES) throw new Error(`the file is ${(file.size / 1e6).toFixed(1)} MB; at most ${MAX_FILE_BYTES / 1e6} MB allowed`);
    const { added, skipped } = await addImportedDigits(parseMyDigits(await file.text()));
    say(`Added ${added} drawings from ${file.name}${skipped ? ` (${skipped} were there already)` : ''}.`, 'ok');
  } catch (error) {
    say(`${file.name} was not imported: ${messageOf(error)}. Nothing changed.`, 'error');
  }
}
