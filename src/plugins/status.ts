/**
 * A response that carries data is a GraphQL result, not an HTTP failure. Field errors take
 * their upstream status (a 404 for one missing object) into `extensions.http`; Apollo would make
 * that the status of the whole response, and clients treat a non-2xx as a network error and drop
 * the partial data of the siblings. So once execution has produced data, the status is 200.
 * Errors before execution (parse, validation, query limits) keep their 400.
 */
import type { ApolloServerPlugin } from '@apollo/server';

export function partialDataStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind === 'single' && response.body.singleResult.data != null) response.http.status = 200;
        },
      };
    },
  };
}
