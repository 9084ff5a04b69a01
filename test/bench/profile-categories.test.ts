import { breakdown, categoryOf, type CpuProfile } from '../../bench/profile-categories';

test('frames are put in their category by package or native name', () => {
  expect(categoryOf({ functionName: 'execute', url: 'file:///app/node_modules/graphql/execution/execute.js' })).toBe('graphql-js (parse, validate, execute)');
  expect(categoryOf({ functionName: 'mediaType', url: 'file:///app/node_modules/negotiator/index.js' })).toBe('Apollo Server (pipeline, content negotiation)');
  expect(categoryOf({ functionName: 'wasm-function[20]', url: 'wasm://wasm/00034eea' })).toBe('undici (HTTP client)');
  expect(categoryOf({ functionName: 'write', url: 'file:///app/node_modules/sonic-boom/index.js' })).toBe('pino (logs)');
  expect(categoryOf({ functionName: 'serveGraphQL', url: 'file:///app/dist/server.js' })).toBe("the gateway's own code");
  expect(categoryOf({ functionName: 'emit', url: 'node:events' })).toBe('Node core (http, streams, events, timers)');
  expect(categoryOf({ functionName: 'writev', url: '' })).toBe('socket and file writes (system calls)');
  expect(categoryOf({ functionName: '(garbage collector)', url: '' })).toBe('garbage collection');
  expect(categoryOf({ functionName: '(idle)', url: '' })).toBe('idle (waiting for I/O)');
});

test('only samples inside the window count, idle excluded, own functions by name and file', () => {
  const profile: CpuProfile = {
    startTime: 1_000,
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 3, 4] },
      { id: 2, callFrame: { functionName: 'serveGraphQL', url: 'file:///app/dist/server.js' } },
      { id: 3, callFrame: { functionName: '(idle)', url: '' } },
      { id: 4, callFrame: { functionName: 'writev', url: '' } },
    ],
    // Taken at 1100, 1300, 1600, 2000, 2500 µs.
    samples: [2, 2, 3, 4, 2],
    timeDeltas: [100, 200, 300, 400, 500],
  };
  const result = breakdown(profile, 1_250, 2_000);
  expect(result.busyMs).toBeCloseTo(0.6, 10);
  expect([...result.byCategory]).toEqual([
    ["the gateway's own code", 0.2],
    ['socket and file writes (system calls)', 0.4],
  ]);
  expect([...result.ownFunctions]).toEqual([['serveGraphQL server.js', 0.2]]);
});
