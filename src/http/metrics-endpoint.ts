/**
 * `GET /metrics`: Prometheus text. On the main port it needs `Authorization: Bearer
 * <METRICS_TOKEN>`; on its own port (METRICS_PORT, reachable only where the operator exposes
 * it) the token is asked for too when one is set.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type * as http from 'node:http';
import type { GatewayMetrics } from '../observability/metrics';
import { sendError } from './body';

/** True when the header carries exactly this token; compared in constant time. */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const presented = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (presented === undefined) return false;
  const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(token));
}

export function metricsHandler(metrics: GatewayMetrics, token: string | undefined) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://metrics').pathname;
    if (path !== '/metrics') {
      sendError(res, 404, `No route ${path}; metrics are at /metrics`, 'NOT_FOUND');
      return;
    }
    if (req.method !== 'GET') {
      sendError(res, 405, 'Use GET for /metrics', 'METHOD_NOT_ALLOWED', { allow: 'GET' });
      return;
    }
    if (token !== undefined && !bearerMatches(req.headers.authorization, token)) {
      sendError(res, 401, 'Metrics need Authorization: Bearer <METRICS_TOKEN>', 'UNAUTHENTICATED', { 'www-authenticate': 'Bearer' });
      return;
    }
    const { contentType, body } = await metrics.text();
    res.writeHead(200, { 'content-type': contentType });
    res.end(body);
  };
}
