import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from './app-store.ts';

const store = useAppStore.getState;

describe('MNIST load progress arriving late', () => {
  beforeEach(() => useAppStore.setState(initialState));

  it('a progress event after the load finished or failed changes nothing; during a load it shows', () => {
    store().setLoad({ status: 'loading' });
    store().handleEvent({ kind: 'load', phase: 'download', loaded: 5, total: 10 });
    expect(store().load).toMatchObject({ status: 'loading', loaded: 5 });
    store().setLoad({ status: 'ready' });
    store().handleEvent({ kind: 'load', phase: 'decode', loaded: 10, total: 10 });
    expect(store().load.status).toBe('ready');
    store().setLoad({ status: 'failed', error: 'train-images-idx3-ubyte.gz: HTTP 404' });
    store().handleEvent({ kind: 'load', phase: 'download', loaded: 7, total: 10 });
    expect(store().load).toMatchObject({ status: 'failed', error: 'train-images-idx3-ubyte.gz: HTTP 404' });
  });
});
