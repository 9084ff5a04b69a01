/**
 * GraphQL subscriptions over WebSocket on the gateway's own port and path, with the
 * graphql-ws protocol: the `ws` server, and graphql-ws's protocol core (`makeServer`) joined
 * by the few lines below (graphql-ws's own `ws` adapter is only reachable through a package
 * subpath our module resolution does not see). `connection_init` authenticates once per
 * connection; a refused connection is closed with 4403 Forbidden before any operation runs.
 */
import type * as http from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, handleProtocols, makeServer } from 'graphql-ws';
import { GraphQLError, Kind, OperationTypeNode, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { MAX_BODY_BYTES } from '../http/body';
import type { SubscriptionContext, Subscriber } from './subscriptions';

export interface SubscriptionServerOptions<I> {
  schema: GraphQLSchema;
  path: string;
  /** The connection_init payload -> who is connecting, or null to refuse the connection. */
  authenticate: (params: Readonly<Record<string, unknown>>) => Promise<I | null>;
  /** The context of one operation of an authenticated connection. */
  context: (identity: I) => SubscriptionContext;
}

export interface SubscriptionServer {
  /** Ends every connection (graphql-ws close 1001 Going Away) and stops taking new ones. */
  close(): Promise<void>;
}

interface Extra<I> {
  identity?: I;
}

/**
 * Queries and mutations go over HTTP, where authorization (scopes, the operator's policy, live
 * keys and test helpers), query limits and the other Apollo plugins run; executed here they would
 * skip all of them. So this endpoint takes subscriptions only, as HTTP takes no subscription.
 */
function subscriptionOnlyErrors(document: DocumentNode): GraphQLError[] {
  const other = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation !== OperationTypeNode.SUBSCRIPTION);
  return other
    ? [new GraphQLError('Only subscriptions run over WebSocket: send queries and mutations as an HTTP POST', { extensions: { code: 'BAD_REQUEST' } })]
    : [];
}

export function attachSubscriptions<I extends Subscriber>(server: http.Server, options: SubscriptionServerOptions<I>): SubscriptionServer {
  // A message over the HTTP body limit closes the connection (1009), as a body over it is refused.
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES, handleProtocols: (protocols) => handleProtocols(protocols) });
  const protocol = makeServer<Record<string, unknown> | undefined, Extra<I>>({
    schema: options.schema,
    validate: (schema, document, rules) => {
      const refused = subscriptionOnlyErrors(document);
      return refused.length > 0 ? refused : validate(schema, document, rules);
    },
    onConnect: async (ctx) => {
      const identity = await options.authenticate(ctx.connectionParams ?? {});
      if (identity === null) return false;
      ctx.extra.identity = identity;
      return true;
    },
    context: (ctx) => options.context(ctx.extra.identity!),
  });
  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (new URL(req.url ?? '/', 'http://gateway').pathname !== options.path) return void socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      // A protocol violation (an oversized frame, bad framing) is an 'error' on the socket: ws
      // closes it (1009, 1002); unheard, the error would end the whole process.
      ws.on('error', () => undefined);
      const extra: Extra<I> = {};
      const closed = protocol.opened(
        {
          protocol: ws.protocol,
          send: (data) => new Promise<void>((resolve, reject) => ws.send(data, (error) => (error ? reject(error) : resolve()))),
          close: (code, reason) => ws.close(code, reason),
          onMessage: (handle) =>
            ws.on('message', (data: Buffer) => {
              handle(data.toString('utf8')).catch(() => ws.close(CloseCode.InternalServerError, 'Internal server error'));
            }),
        },
        extra,
      );
      ws.once('close', (code: number, reason: Buffer) => void closed(code, reason.toString('utf8')));
    });
  };
  server.on('upgrade', onUpgrade);
  return {
    close: async () => {
      server.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.close(1001, 'Going away');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
