import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { downloadModelFile } from './download-model-file.ts';

const READY = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'models', 'ready.bin'));
const FILES: Record<string, Buffer> = { 'ready.bin': READY, 'page.bin': Buffer.from('<!doctype html><html></html>') };
const server = createServer((req, res) => {
  const body = FILES[(req.url ?? '/').slice(1)];
  if (!body) return void res.writeHead(404, 'Not Found').end('not here');
  res.writeHead(200, { 'Content-Length': body.length }).end(body);
});
const url = await new Promise<string>((resolve) =>
  server.listen(0, () => {
    const address = server.address();
    resolve(`http://localhost:${typeof address === 'object' && address ? address.port : 0}/`);
  }),
);
afterAll(() => server.close());

describe('downloading a model file', () => {
  it('gives its bytes', async () => {
    expect(await downloadModelFile(`${url}ready.bin`)).toEqual(new Uint8Array(READY));
  });

  it('names the file and the fault: a missing file, or a web page where the model should be', async () => {
    await expect(downloadModelFile(`${url}missing.bin`)).rejects.toThrow(/^missing\.bin: HTTP 404/);
    await expect(downloadModelFile(`${url}page.bin`)).rejects.toThrow(/^page\.bin: the server sent something else than a model$/);
  });
});
