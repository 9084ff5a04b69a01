/*
 * The playground's browser side: plain ES2019, served as is (no build step). It runs after the
 * UMD bundles of React 18, ReactDOM 18 and GraphiQL 3, which define window.React,
 * window.ReactDOM and window.GraphiQL.
 *
 * The Stripe key, when the gateway is not in embedded mode, stays in this browser: it is read
 * from the key field, kept in sessionStorage (or localStorage when the user asks to remember
 * it), and sent only as the Authorization header of requests to the GraphQL endpoint, which the
 * server guarantees is a same-origin path (and the page's CSP allows no other destination).
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
  var rememberBox = document.getElementById('pg-remember');
  var forgetButton = document.getElementById('pg-forget');
  var keyStatus = document.getElementById('pg-key-status');

  function currentKey() {
    return keyInput ? keyInput.value.trim() : '';
  }

  function describeKey(key) {
    if (key === '') return 'No key: requests go without Authorization.';
    if (/^(sk|rk)_test_/.test(key)) return 'Test mode key, kept in this browser only.';
    if (/^(sk|rk)_live_/.test(key)) return 'LIVE key: requests act on real data.';
    return 'This does not look like a Stripe secret key (sk_... or rk_...).';
  }

  function storeKey(key) {
    var remember = rememberBox !== null && rememberBox.checked;
    sessionStorage.removeItem(KEY_STORAGE);
    localStorage.removeItem(KEY_STORAGE);
    if (key === '') return;
    (remember ? localStorage : sessionStorage).setItem(KEY_STORAGE, key);
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
        try {
          return JSON.parse(text);
        } catch (error) {
          return { errors: [{ message: 'HTTP ' + response.status + ' from ' + config.endpoint + ': ' + text.slice(0, 500) }] };
        }
      });
    });
  }

  /** The name of the document's first operation, or null (anonymous, or not parseable). */
  function firstOperationName(query) {
    try {
      var definitions = GraphiQL.GraphQL.parse(query).definitions;
      for (var i = 0; i < definitions.length; i += 1) {
        if (definitions[i].kind === 'OperationDefinition') return definitions[i].name ? definitions[i].name.value : null;
      }
    } catch (error) {
      // GraphiQL shows the syntax error in the editor itself.
    }
    return null;
  }

  function loadExample(editors, example) {
    if (editors.queryEditor) editors.queryEditor.setValue(example.query);
    if (editors.variableEditor) editors.variableEditor.setValue(example.variables || '');
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
          return fetcher(params, options);
        },
        plugins: [examplesPlugin],
        visiblePlugin: examplesPlugin,
        defaultQuery: welcome,
        defaultEditorToolsVisibility: hasVariables ? 'variables' : false,
        shouldPersistHeaders: false,
      }),
    );
  }

  if (keyInput) {
    var stored = localStorage.getItem(KEY_STORAGE);
    if (rememberBox) rememberBox.checked = stored !== null;
    keyInput.value = stored !== null ? stored : sessionStorage.getItem(KEY_STORAGE) || '';
    keyInput.addEventListener('input', function () {
      storeKey(currentKey());
      showKeyStatus();
    });
    // Refetch the schema once the user has finished typing (blur or Enter), not per keystroke.
    keyInput.addEventListener('change', render);
    if (rememberBox) {
      rememberBox.addEventListener('change', function () {
        storeKey(currentKey());
      });
    }
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
