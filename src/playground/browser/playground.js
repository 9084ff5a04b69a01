/*
 * The playground's browser side: plain ES2019, served as is (no build step). It runs after the
 * UMD bundles of React 18, ReactDOM 18, GraphiQL 3 and graphql-ws, which define window.React,
 * window.ReactDOM, window.GraphiQL and window.graphqlWs.
 *
 * The Stripe key or gateway token, when the gateway is not in embedded mode, stays in this tab:
 * it is read from the key field, kept in sessionStorage only (gone when the tab closes), and sent
 * only as the Authorization header of requests to the GraphQL endpoint, which the server
 * guarantees is a same-origin path (and the page's CSP allows no other destination).
 */
(function () {
  'use strict';

  var KEY_STORAGE = 'stripe-graph-gateway:stripe-key';
  var config = JSON.parse(document.getElementById('pg-config').textContent);
  var h = React.createElement;

  // Defence in depth: the server already refuses any endpoint that is not a path.
  if (typeof config.endpoint !== 'string' || config.endpoint.charAt(0) !== '/' || config.endpoint.charAt(1) === '/') {
    throw new Error('playground endpoint must be a same-origin path');
  }

  var keyInput = document.getElementById('pg-key');
  var forgetButton = document.getElementById('pg-forget');
  var keyStatus = document.getElementById('pg-key-status');
  var authStatus = document.getElementById('pg-auth-status');

  function currentKey() {
    return keyInput ? keyInput.value.trim() : '';
  }

  function describeKey(key) {
    if (key === '') return 'No key: requests go without Authorization.';
    if (/^(sk|rk)_test_/.test(key)) return 'Test mode key, kept in this tab only.';
    if (/^(sk|rk)_live_/.test(key)) return 'LIVE key: requests act on real data.';
    if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(key)) return 'Token, kept in this tab only.';
    return 'This looks like neither a Stripe secret key (sk_... or rk_...) nor a token.';
  }

  function storeKey(key) {
    if (key === '') sessionStorage.removeItem(KEY_STORAGE);
    else sessionStorage.setItem(KEY_STORAGE, key);
  }

  /*
   * What a refused credential means, from the HTTP status or the errors' codes (Stripe refusing
   * a key arrives as a field error with UNAUTHENTICATED inside a 200). Empty when not refused.
   */
  function authMessage(status, body) {
    var codes = (body && Array.isArray(body.errors) ? body.errors : []).map(function (error) {
      return error && error.extensions ? error.extensions.code : undefined;
    });
    if (status === 401 || codes.indexOf('UNAUTHENTICATED') !== -1) {
      return 'Not accepted (401): the gateway did not accept this key or token. Enter a valid one and run again.';
    }
    if (status === 403 || codes.indexOf('FORBIDDEN') !== -1) {
      return 'Not allowed (403): this key or token may not run this operation.';
    }
    return '';
  }

  function showAuthStatus(message) {
    if (authStatus) authStatus.textContent = message;
  }

  function showKeyStatus() {
    if (keyStatus) keyStatus.textContent = describeKey(currentKey());
  }

  /*
   * GraphiQL's fetcher: one POST per operation to the endpoint. A header typed in GraphiQL's
   * header editor wins over the key field, so a user can try another key or none at all.
   */
  function fetcher(graphQLParams, options) {
    var headers = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    };
    var key = currentKey();
    if (key !== '') headers.authorization = 'Bearer ' + key;
    var extra = (options && options.headers) || {};
    Object.keys(extra).forEach(function (name) {
      headers[name.toLowerCase()] = extra[name];
    });
    return fetch(config.endpoint, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(graphQLParams),
      credentials: 'same-origin',
      referrerPolicy: 'no-referrer',
    }).then(function (response) {
      return response.text().then(function (text) {
        var body;
        try {
          body = JSON.parse(text);
        } catch {
          body = { errors: [{ message: 'HTTP ' + response.status + ' from ' + config.endpoint + ': ' + text.slice(0, 500) }] };
        }
        showAuthStatus(authMessage(response.status, body));
        return body;
      });
    });
  }

  /*
   * Subscriptions go over WebSocket (graphql-ws, window.graphqlWs) to the same path, with the
   * credential in connection_init as the gateway reads it. One client per credential: a new key
   * opens a new connection. GraphiQL shows each event of the returned async iterable in turn.
   */
  var wsClients = {};

  function wsClientFor(authorization, stripeAccount) {
    var id = (authorization || '') + '\n' + (stripeAccount || '');
    if (!wsClients[id]) {
      var url = new URL(config.endpoint, window.location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      var params = {};
      if (authorization) params.authorization = authorization;
      if (stripeAccount) params['stripe-account'] = stripeAccount;
      wsClients[id] = graphqlWs.createClient({ url: url.toString(), connectionParams: params, lazy: true, retryAttempts: 0 });
    }
    return wsClients[id];
  }

  /** True when the operation GraphiQL runs is a subscription. */
  function isSubscription(graphQLParams) {
    try {
      var definitions = GraphiQL.GraphQL.parse(graphQLParams.query).definitions.filter(function (d) {
        return d.kind === 'OperationDefinition';
      });
      var chosen = definitions.find(function (d) {
        return graphQLParams.operationName ? d.name && d.name.value === graphQLParams.operationName : true;
      });
      return !!chosen && chosen.operation === 'subscription';
    } catch {
      return false;
    }
  }

  function fetcherWithSubscriptions(graphQLParams, options) {
    if (!isSubscription(graphQLParams)) return fetcher(graphQLParams, options);
    var headers = {};
    var extra = (options && options.headers) || {};
    Object.keys(extra).forEach(function (name) {
      headers[name.toLowerCase()] = extra[name];
    });
    var key = currentKey();
    var authorization = headers.authorization || (key !== '' ? 'Bearer ' + key : undefined);
    return wsClientFor(authorization, headers['stripe-account']).iterate(graphQLParams);
  }

  /** The name of the document's first operation, or null (anonymous, or not parseable). */
  function firstOperationName(query) {
    try {
      var definitions = GraphiQL.GraphQL.parse(query).definitions;
      for (var i = 0; i < definitions.length; i += 1) {
        if (definitions[i].kind === 'OperationDefinition') return definitions[i].name ? definitions[i].name.value : null;
      }
    } catch {
      // GraphiQL shows the syntax error in the editor itself.
    }
    return null;
  }

  /** The headers text the last example loaded, to tell it from headers the user typed. */
  var lastExampleHeaders = null;

  function loadExample(editors, example) {
    if (editors.queryEditor) editors.queryEditor.setValue(example.query);
    if (editors.variableEditor) editors.variableEditor.setValue(example.variables || '');
    // Headers an example needs (Stripe-Account) replace the editor's. An example without any
    // clears the ones a previous example put there (so it does not run as a connected account),
    // but leaves headers the user typed.
    if (editors.headerEditor) {
      if (example.headers) editors.headerEditor.setValue(example.headers);
      else if (lastExampleHeaders !== null && editors.headerEditor.getValue() === lastExampleHeaders) editors.headerEditor.setValue('');
      lastExampleHeaders = example.headers || null;
    }
    // GraphiQL learns the operation name from the editor 100 ms after a change (debounced); set
    // it now so that running right away does not send the previous document's name.
    var name = firstOperationName(example.query);
    if (name !== null && editors.setOperationName) editors.setOperationName(name);
  }

  function ExamplesPanel() {
    var editors = GraphiQL.React.useEditorContext({ nonNull: true });
    if (config.examples.length === 0) {
      return h('div', { className: 'pg-examples' }, h('p', null, 'No example operations are configured.'));
    }
    return h(
      'div',
      { className: 'pg-examples' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
      h('p', { className: 'pg-examples-hint' }, 'Loads the operation into the editor, replacing what is there.'),
      h(
        'ul',
        null,
        config.examples.map(function (example) {
          return h(
            'li',
            { key: example.name },
            h(
              'button',
              {
                type: 'button',
                className: 'pg-example',
                'data-example': example.name,
                onClick: function () {
                  loadExample(editors, example);
                },
              },
              example.name,
            ),
          );
        }),
      ),
    );
  }

  function ExamplesIcon() {
    return h(
      'svg',
      { viewBox: '0 0 24 24', width: '1em', height: '1em', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': 'true' },
      h('path', { d: 'M5 4h14v16H5z M8 8h8 M8 12h8 M8 16h5' }),
    );
  }

  var examplesPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };
  var hasVariables = config.examples.some(function (example) {
    return example.variables !== undefined && example.variables !== '';
  });
  var welcome =
    '# Stripe Graph Gateway playground.\n' +
    '# Pick a ready operation under Examples, or browse the schema under Docs (left bar).\n' +
    '# Run with Ctrl-Enter.\n\n' +
    'query Hello {\n  __typename\n}\n';
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));

  function render() {
    root.render(
      h(GraphiQL, {
        // A new fetcher identity makes GraphiQL fetch the schema again, e.g. with a new key.
        fetcher: function (params, options) {
          return fetcherWithSubscriptions(params, options);
        },
        plugins: [examplesPlugin],
        visiblePlugin: examplesPlugin,
        defaultQuery: welcome,
        defaultEditorToolsVisibility: hasVariables ? 'variables' : false,
        shouldPersistHeaders: false,
      }),
    );
  }

  // Earlier versions could keep the key in localStorage; nothing is kept there any more.
  localStorage.removeItem(KEY_STORAGE);
  if (keyInput) {
    keyInput.value = sessionStorage.getItem(KEY_STORAGE) || '';
    keyInput.addEventListener('input', function () {
      storeKey(currentKey());
      showKeyStatus();
    });
    // Refetch the schema once the user has finished typing (blur or Enter), not per keystroke.
    keyInput.addEventListener('change', render);
    if (forgetButton) {
      forgetButton.addEventListener('click', function () {
        keyInput.value = '';
        storeKey('');
        showKeyStatus();
        render();
      });
    }
    showKeyStatus();
  }

  render();
})();
