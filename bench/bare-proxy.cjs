'use strict';
/**
 * The bench's "bare proxy": a reference for what a Node process that only forwards costs on this
 * machine. It answers the bench's `account` operation (a GraphQL POST with `variables.id`) by
 * forwarding `GET /v1/accounts/{id}` to STRIPE_API_BASE over an undici keep-alive pool and
 * returning `{data: {account: {...}}}` with the fields the operation asks for. No GraphQL, no
 * logging, no limits: the gateway's figures minus these are the gateway's own work.
 * Plain JavaScript, started by bench/bare-proxy.ts with bench/probe.cjs preloaded.
 */
const http = require('node:http');
const { Pool } = require('undici');

const pool = new Pool(process.env.STRIPE_API_BASE, { connections: 64, pipelining: 1 });
const upstreamHeaders = { authorization: `Bearer ${process.env.STRIPE_API_KEY}`, 'stripe-version': process.env.STRIPE_VERSION };

async function account(body) {
  const id = String(JSON.parse(body).variables.id);
  const res = await pool.request({ method: 'GET', path: `/v1/accounts/${encodeURIComponent(id)}`, headers: upstreamHeaders });
  const a = JSON.parse(await res.body.text());
  if (res.statusCode !== 200) throw new Error(`upstream answered ${res.statusCode}`);
  return { id: a.id, email: a.email, country: a.country, businessType: a.business_type, chargesEnabled: a.charges_enabled };
}

function send(res, status, value) {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const server = http.createServer((req, res) => {
  if (req.url === '/healthz') return send(res, 200, { status: 'ok' });
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { errors: [{ message: 'not found' }] });
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    account(Buffer.concat(chunks).toString('utf8')).then(
      (a) => send(res, 200, { data: { account: a } }),
      (error) => send(res, 502, { errors: [{ message: String(error && error.message) }] }),
    );
  });
});
server.listen(Number(process.env.PORT), process.env.HOST);

process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  pool.close().finally(() => process.exit(0));
});
