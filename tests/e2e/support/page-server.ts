import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { FIXTURES_DIR } from '../../support/shared-data';

/**
 * Deliberately no charset: the browser must sniff the encoding from the bytes, as the CLI does for saved files.
 */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
};

interface PublishedPage {
  body: string | Uint8Array;
  contentType: string;
}

/** Serves ../shared/fixtures under /fixtures/ and pages a test generates under /generated/, on 127.0.0.1. */
export interface PageServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /** The URL of a fixture's source.html. */
  fixtureUrl(name: string): string;
  /** Serves `body` at /generated/<name> until the server closes; returns its URL. */
  publish(name: string, body: string | Uint8Array, contentType?: string): string;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const published = new Map<string, PublishedPage>();
  const server = createServer((request, response) => route(request, response, published));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    fixtureUrl: (name) => `${origin}/fixtures/${encodeURIComponent(name)}/source.html`,
    publish(name, body, contentType = 'text/html') {
      published.set(`/generated/${name}`, { body, contentType });
      return `${origin}/generated/${name}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function route(
  request: IncomingMessage,
  response: ServerResponse,
  published: Map<string, PublishedPage>,
): void {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const page = published.get(path);
  if (page) {
    response.writeHead(200, { 'Content-Type': page.contentType, 'Cache-Control': 'no-store' });
    response.end(page.body);
    return;
  }
  const file = path.startsWith('/fixtures/') ? fixtureFile(path.slice('/fixtures/'.length)) : null;
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  createReadStream(file).pipe(response);
}

/** Resolves a request path inside the fixtures directory, refusing anything that climbs out of it. */
function fixtureFile(relative: string): string | null {
  const file = normalize(join(FIXTURES_DIR, relative));
  if (!file.startsWith(FIXTURES_DIR + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}
