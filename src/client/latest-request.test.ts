import { describe, expect, it } from 'vitest';
import { latestRequest } from './latest-request.ts';

/** A fake worker call whose answers the test releases one by one, in any order. */
function fakeCall() {
  const calls: { arg: number; answer: (value: string) => void; fail: (error: Error) => void }[] = [];
  const call = (arg: number) => new Promise<string>((answer, fail) => calls.push({ arg, answer, fail }));
  return { call, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestRequest', () => {
  it('drops an answer a newer call overtook, and runs only the newest of the calls made meanwhile', async () => {
    const { call, calls } = fakeCall();
    const landed: string[] = [];
    const request = latestRequest(call, (result) => landed.push(result), () => {});
    request(1);
    request(2);
    request(3);
    // One call in flight: 2 was overtaken by 3 before it ever ran.
    expect(calls.map((c) => c.arg)).toEqual([1]);
    calls[0].answer('for 1');
    await settle();
    expect(landed).toEqual([]);
    expect(calls.map((c) => c.arg)).toEqual([1, 3]);
    calls[1].answer('for 3');
    await settle();
    expect(landed).toEqual(['for 3']);
  });

  it('lands every answer that nothing overtook, with the arguments it was asked with', async () => {
    const { call, calls } = fakeCall();
    const landed: [string, number][] = [];
    const request = latestRequest(call, (result, arg) => landed.push([result, arg]), () => {});
    request(1);
    calls[0].answer('a');
    await settle();
    request(2);
    calls[1].answer('b');
    await settle();
    expect(landed).toEqual([['a', 1], ['b', 2]]);
  });

  it('reports a failure of the latest call, not of an overtaken one', async () => {
    const { call, calls } = fakeCall();
    const errors: string[] = [];
    const request = latestRequest(call, () => {}, (error) => errors.push((error as Error).message));
    request(1);
    request(2);
    calls[0].fail(new Error('old'));
    await settle();
    calls[1].fail(new Error('new'));
    await settle();
    expect(errors).toEqual(['new']);
  });

  it('cancel drops the answer on its way and the call waiting', async () => {
    const { call, calls } = fakeCall();
    const landed: string[] = [];
    const request = latestRequest(call, (result) => landed.push(result), () => {});
    request(1);
    request(2);
    request.cancel();
    calls[0].answer('for 1');
    await settle();
    expect(calls).toHaveLength(1);
    expect(landed).toEqual([]);
  });
});
