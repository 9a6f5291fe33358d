import type { KeyValueBackend } from './storage.ts';

/** A backend in memory, for tests (and nothing is kept). */
export function memoryBackend(): KeyValueBackend {
  const map = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    set: async (key, value) => void map.set(key, structuredClone(value)),
    update: async <T>(key: string, updater: (old: T | undefined) => T) => void map.set(key, updater(map.get(key) as T | undefined)),
    del: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
  };
}
