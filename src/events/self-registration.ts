/**
 * The embedded demo's live updates with no setup: before the gateway starts, it registers a
 * webhook endpoint on its built-in emulator (every event type) and checks deliveries with that
 * endpoint's secret; once it listens, it points the endpoint at its own `/webhooks/stripe`.
 * Only for the emulator: against Stripe, endpoints are the operator's to create.
 */

export interface RegisteredEndpoint {
  id: string;
  secret: string;
}

async function post(apiBase: string, apiKey: string, path: string, form: URLSearchParams): Promise<Record<string, unknown>> {
  const response = await fetch(`${apiBase}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`The emulator refused ${path} (${response.status})`);
  return body;
}

/** Creates the endpoint; `url` may be a placeholder until the gateway's port is known. */
export async function registerWebhookEndpoint(apiBase: string, apiKey: string, url: string): Promise<RegisteredEndpoint> {
  const body = await post(
    apiBase,
    apiKey,
    '/v1/webhook_endpoints',
    new URLSearchParams({ url, 'enabled_events[]': '*', description: 'Stripe Graph Gateway (embedded demo)' }),
  );
  if (typeof body.id !== 'string' || typeof body.secret !== 'string') throw new Error('The emulator answered a webhook endpoint without id or secret');
  return { id: body.id, secret: body.secret };
}

export async function pointWebhookEndpoint(apiBase: string, apiKey: string, id: string, url: string): Promise<void> {
  await post(apiBase, apiKey, `/v1/webhook_endpoints/${encodeURIComponent(id)}`, new URLSearchParams({ url }));
}

/** Where the gateway is reachable from the same machine (a wildcard bind answers on loopback). */
export function loopbackWebhookUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}/webhooks/stripe`;
}
