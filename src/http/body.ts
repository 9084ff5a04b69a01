/**
 * Reading a request body with a ceiling: a body over the limit is refused before it is read
 * (declared length) or as soon as it crosses the limit (streamed), never buffered whole.
 */
import type * as http from 'node:http';

export const MAX_BODY_BYTES = 1024 * 1024;

/** What readBody answers for a body over the limit: a client error, not a crash. */
export const TOO_LARGE = Symbol('too large');

export async function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const raw = await readRawBody(req, limit);
  if (raw === TOO_LARGE) return TOO_LARGE;
  const text = raw.toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return text;
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return text; // Apollo answers malformed JSON with a 400 of its own
  }
}

/** The body's bytes exactly as sent (a webhook's signature covers them), or TOO_LARGE. */
export async function readRawBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer | typeof TOO_LARGE> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return TOO_LARGE;
  const chunks: Buffer[] = [];
  const complete = await new Promise<boolean>((resolve, reject) => {
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading: the answer goes out now and the connection closes after it.
        req.pause();
        req.removeAllListeners('data');
        resolve(false);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(true));
    req.on('error', reject);
  });
  return complete ? Buffer.concat(chunks) : TOO_LARGE;
}

/** A JSON answer with the GraphQL error shape, for what is refused before Apollo sees it. */
export function sendError(
  res: http.ServerResponse,
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
  requestId?: string,
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: requestId === undefined ? { code } : { code, requestId } }] }));
}
