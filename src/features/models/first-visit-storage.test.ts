import { afterEach, describe, expect, it, vi } from 'vitest';

// The page's IndexedDB backend, against a stand-in for the browser's factory: what matters here is
// which calls a read makes, not what IndexedDB then does (the e2e tests run the real one).
function standIn(databases: string[] | 'unsupported') {
  const open = vi.fn(() => ({}) as unknown);
  const factory: Record<string, unknown> = { open };
  if (databases !== 'unsupported') factory.databases = vi.fn(async () => databases.map((name) => ({ name, version: 1 })));
  vi.stubGlobal('indexedDB', factory);
  return Object.assign(open, { lists: factory.databases as ReturnType<typeof vi.fn> | undefined });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('storage on a first visit', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('reads nothing, and creates no database, where the browser lists none of ours', async () => {
    const open = standIn([]);
    const { storage } = await import('./storage.ts');
    const read = storage().get('session');
    const listed = storage().keys();
    await settle();
    expect(open).not.toHaveBeenCalled();
    expect(await read).toBeUndefined();
    expect(await listed).toEqual([]);
    expect(open.lists).toHaveBeenCalledTimes(1);
  });

  it('opens the database where the browser lists it, or cannot say', async () => {
    for (const listed of [['nn-magic'], 'unsupported'] as const) {
      vi.resetModules();
      const open = standIn(listed === 'unsupported' ? listed : [...listed]);
      const { storage } = await import('./storage.ts');
      void storage().get('session');
      await settle();
      expect(open).toHaveBeenCalledWith('nn-magic');
    }
  });

  it('a write creates it', async () => {
    const open = standIn([]);
    const { storage } = await import('./storage.ts');
    void storage().set('session', { a: 1 });
    await settle();
    expect(open).toHaveBeenCalledWith('nn-magic');
  });
});
