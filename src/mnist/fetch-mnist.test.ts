import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fetchMnist, type LoadProgress } from './fetch-mnist.ts';
import { MNIST_FILES, MNIST_SIZES } from './idx.ts';

const MNIST_DIR = join(import.meta.dirname, '..', '..', 'public', 'mnist');

/**
 * Serves public/mnist; the first `stalls` requests for each file send nothing at all (`headers`),
 * or their headers and half the file (`body`), and then nothing more, forever.
 */
function stallingServer(stalls: number, where: 'headers' | 'body' = 'body'): Promise<{ server: Server; url: string; requests: Map<string, number> }> {
  const requests = new Map<string, number>();
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').slice(1);
    const path = join(MNIST_DIR, name);
    const seen = (requests.get(name) ?? 0) + 1;
    requests.set(name, seen);
    const size = statSync(path).size;
    if (seen <= stalls && where === 'headers') return;
    res.writeHead(200, { 'Content-Length': size, 'Content-Type': 'application/octet-stream' });
    if (seen > stalls) createReadStream(path).pipe(res);
    else createReadStream(path, { end: Math.floor(size / 2) }).on('data', (chunk) => res.write(chunk));
  });
  return new Promise((resolve) =>
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://localhost:${port}/`, requests });
    }),
  );
}

describe('fetching MNIST', () => {
  const servers: Server[] = [];
  const serve = async (stalls: number, where?: 'headers' | 'body') => {
    const served = await stallingServer(stalls, where);
    servers.push(served.server);
    return served;
  };
  afterAll(() => {
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
  });

  it('starts a stalled download again and loads all of MNIST', async () => {
    const { url, requests } = await serve(1);
    const mnist = await fetchMnist(url, () => {}, 500);
    expect(mnist.train.count).toBe(50_000);
    expect(mnist.test.count).toBe(10_000);
    expect([...requests.values()]).toEqual([2, 2, 2, 2]);
  });

  it('starts again a download whose headers never come', async () => {
    const { url, requests } = await serve(1, 'headers');
    const mnist = await fetchMnist(url, () => {}, 500);
    expect(mnist.train.count).toBe(50_000);
    expect([...requests.values()]).toEqual([2, 2, 2, 2]);
  });

  it('gives up with a message naming the file once it stalled three times', async () => {
    const { url } = await serve(3);
    await expect(fetchMnist(url, () => {}, 300)).rejects.toThrow(/ubyte\.gz: the download stalled 3 times/);
  });
});

/** The server, listening on a free port, and its address. */
function listening(server: Server): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) =>
    server.listen(0, () => {
      const address = server.address();
      resolve({ server, url: `http://localhost:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

/** Serves public/mnist, but answers `file` with `fault`. */
function faultyServer(file: string, fault: '404' | 'corrupt' | 'html' | 'truncated'): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').slice(1);
    const path = join(MNIST_DIR, name);
    const size = statSync(path).size;
    if (name !== file) {
      res.writeHead(200, { 'Content-Length': size });
      return void createReadStream(path).pipe(res);
    }
    if (fault === '404') return void res.writeHead(404).end('not here');
    if (fault === 'html') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><body>app</body></html>');
    if (fault === 'corrupt') {
      const bytes = Buffer.alloc(4_000, 7);
      bytes[0] = 0x1f;
      bytes[1] = 0x8b;
      return void res.writeHead(200, { 'Content-Length': bytes.length }).end(bytes);
    }
    // Truncated: the headers promise the whole file, half arrives, then the connection ends.
    res.writeHead(200, { 'Content-Length': size });
    createReadStream(path, { end: Math.floor(size / 2) }).on('data', (chunk) => res.write(chunk)).on('end', () => res.destroy());
  });
  return listening(server);
}

describe('a download that fails ends with a message naming the file and the reason', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => (s.closeAllConnections(), s.close())));
  const cases = [
    ['404', /^train-images-idx3-ubyte\.gz: HTTP 404/],
    ['corrupt', /^train-images-idx3-ubyte\.gz: the gzip data is corrupt$/],
    ['html', /^train-images-idx3-ubyte\.gz: the server sent a web page instead of the file/],
    ['truncated', /^train-images-idx3-ubyte\.gz: (the download was cut short|the download failed|the gzip data is corrupt)/],
  ] as const;
  for (const [fault, message] of cases) {
    it(`${fault}: named, and no progress after the failure`, async () => {
      const served = await faultyServer('train-images-idx3-ubyte.gz', fault);
      servers.push(served.server);
      let failed = false;
      let lateProgress = 0;
      const error = await fetchMnist(served.url, () => void (failed && lateProgress++), 5_000).catch((e: Error) => e);
      failed = true;
      expect((error as Error).message).toMatch(message);
      // Wait until the other downloads, cancelled, have settled: a later load starts clean.
      await fetchMnist(served.url, () => {}, 5_000).catch(() => {});
      expect(lateProgress).toBe(0);
    });
  }
});

/** Serves public/mnist's gzip files as they are (`Content-Length`), or marked `Content-Encoding: gzip`, which the client unpacks on the way. */
function plainServer(unpack: boolean): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = join(MNIST_DIR, (req.url ?? '/').slice(1));
    res.writeHead(200, unpack ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': statSync(path).size });
    createReadStream(path).pipe(res);
  });
  return listening(server);
}

describe('the download’s progress', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => (s.closeAllConnections(), s.close())));
  const rawBytes = Object.values(MNIST_SIZES).reduce((a, b) => a + b, 0);
  const gzipBytes = Object.values(MNIST_FILES).reduce((sum, name) => sum + statSync(join(MNIST_DIR, `${name}.gz`)).size, 0);

  for (const [unpack, bytes] of [[false, gzipBytes], [true, rawBytes]] as const) {
    it(`counts to the files' real size, and is full only at the end (${unpack ? 'a server that unpacks them' : 'files sent as they are'})`, async () => {
      const served = await plainServer(unpack);
      servers.push(served.server);
      const reports: LoadProgress[] = [];
      await fetchMnist(served.url, (p) => reports.push(p));
      const downloads = reports.filter((p) => p.phase === 'download');
      expect(downloads.at(-1)).toMatchObject({ loaded: bytes, total: bytes });
      // Full before the last chunk of the last file would mean the bar lied (it sat full for 3/4 of an unpacked load).
      expect(downloads.filter((p) => p.loaded >= p.total).length).toBeLessThanOrEqual(2);
      expect(reports.at(-1)).toMatchObject({ phase: 'decode', loaded: bytes, total: bytes });
      // Every report counts to the same total: the bar never jumps back.
      expect(new Set(downloads.map((p) => p.total))).toEqual(new Set([bytes]));
    });
  }
});
