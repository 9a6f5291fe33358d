// The entry of a split engine's helper thread in Node (scripts/split-threads.ts): a worker thread
// does not inherit tsx's loader, so this loads the TypeScript through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./split-helper-thread.ts', import.meta.url);
