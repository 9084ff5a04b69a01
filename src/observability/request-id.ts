/**
 * The id that ties a client's request to its log lines and errors. A caller (or a proxy in
 * front of the gateway) may bring one in `x-request-id`; it is kept when it is a plain token,
 * since it ends up in headers and logs, and replaced otherwise.
 */
import { randomUUID } from 'node:crypto';

const USABLE = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined, generate: () => string = randomUUID): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && USABLE.test(value) ? value : generate();
}
