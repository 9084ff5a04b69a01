/**
 * A real HTTP server standing in for Stripe in data source tests: it records every request
 * it receives and answers with whatever the test's handler says. No mocking of the client.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  /** Path with query string, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The client's port: equal across requests when a keep-alive socket was reused. */
  remotePort: number | undefined;
}

export type Handler = (req: Received, res: ServerResponse, index: number) => void | Promise<void>;

export interface Upstream {
  baseUrl: string;
  received: Received[];
  /** Most requests the server was handling at the same moment. */
  maxConcurrent: number;
  setHandler(handler: Handler): void;
  close(): Promise<void>;
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_test', ...headers });
  res.end(text);
}

export async function startUpstream(): Promise<Upstream> {
  let handler: Handler = (_req, res) => json(res, 404, { error: { type: 'invalid_request_error', message: 'no handler' } });
  let active = 0;
  const sockets = new Set<import('node:net').Socket>();
  const state = {
    received: [] as Received[],
    maxConcurrent: 0,
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    active += 1;
    state.maxConcurrent = Math.max(state.maxConcurrent, active);
    let closed = false;
    const done = (): void => {
      if (closed) return;
      closed = true;
      active -= 1;
    };
    res.on('finish', done);
    res.on('close', done);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const received: Received = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        remotePort: req.socket.remotePort,
      };
      const index = state.received.length;
      state.received.push(received);
      Promise.resolve(handler(received, res, index)).catch((error: unknown) => {
        res.statusCode = 599;
        res.end(String(error));
      });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    get received() {
      return state.received;
    },
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    setHandler(next: Handler) {
      handler = next;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
