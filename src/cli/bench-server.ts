import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import {
  type StaticServer,
  startStaticServer,
} from '../../tests/e2e/harness/static-server.ts';
import { securityHeaders } from '../build/security-headers.ts';

export const encodings = ['gzip', 'br'] as const;
export type Encoding = (typeof encodings)[number];

type Cached = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  encoded: Buffer | undefined;
};

// The same level the first-load budget measures with (measure-first-load.ts), as a host that compresses ahead of time would.
const compress: Record<Encoding, (body: Buffer) => Buffer> = {
  gzip: (body) => gzipSync(body, { level: 9 }),
  br: (body) =>
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }),
};

const compressible = /^(text\/|application\/(json|javascript)|image\/svg)/;

const hopHeaders = new Set([
  'connection',
  'content-length',
  'date',
  'keep-alive',
  'transfer-encoding',
]);

/**
 * Serves a folder on 127.0.0.1 as a static host with compression would: the
 * test harness's static server (files, content types, security headers) behind
 * a layer that compresses each response once and answers from memory.
 */
export const startCompressedServer = async (
  dir: string,
  encoding: Encoding,
): Promise<StaticServer> => {
  const upstream = await startStaticServer(dir);
  const cache = new Map<string, Promise<Cached>>();
  const load = async (path: string): Promise<Cached> => {
    const response = await fetch(`${upstream.origin}${path}`);
    const body = Buffer.from(await response.arrayBuffer());
    for (const name of Object.keys(securityHeaders)) {
      if (!response.headers.has(name)) {
        throw new Error(`The static server sent no ${name} for ${path}.`);
      }
    }
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      headers: Object.fromEntries(
        [...response.headers].filter(([name]) => !hopHeaders.has(name)),
      ),
      body,
      encoded: compressible.test(type) ? compress[encoding](body) : undefined,
    };
  };
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const accepted = String(request.headers['accept-encoding'] ?? '')
      .split(',')
      .map((value) => value.trim().split(';')[0]);
    const cached = cache.get(path) ?? load(path);
    cache.set(path, cached);
    cached.then(
      ({ status, headers, body, encoded }) => {
        const sent = accepted.includes(encoding) ? encoded : undefined;
        response
          .writeHead(status, {
            ...headers,
            ...(sent && { 'content-encoding': encoding }),
            vary: 'Accept-Encoding',
            'content-length': String((sent ?? body).length),
          })
          .end(sent ?? body);
      },
      (error: unknown) => {
        response.writeHead(502).end(String(error));
      },
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done, fail) =>
        server.close((error) => (error ? fail(error) : done())),
      );
      await upstream.close();
    },
  };
};
