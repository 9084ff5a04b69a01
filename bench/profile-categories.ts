/**
 * Where a CPU profile's time goes, by category: the pure half of `npm run bench:profile`.
 * A sample is put in the category of the function it was taken in (its leaf frame); time spent
 * in native socket writes is a category of its own, since on some machines (virtual ones with
 * costly system calls) it is a large share that no JavaScript change removes.
 */

export interface CallFrame {
  functionName: string;
  url: string;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

/** The parts of a `.cpuprofile` (V8's format) this reads. Times in microseconds. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export const IDLE = 'idle (waiting for I/O)';

const NATIVE_WRITES = new Set(['writev', 'writeBuffer', 'writeLatin1String', 'writeUtf8String', 'writeAsciiString', 'writeUcs2String', 'writeString']);

/** Package folders and what they are reported as, in the order they are tried. */
const PACKAGES: ReadonlyArray<[RegExp, string]> = [
  [/node_modules\/graphql\//, 'graphql-js (parse, validate, execute)'],
  [/node_modules\/(@apollo\/|negotiator\/|content-type\/|whatwg-mimetype\/)/, 'Apollo Server (pipeline, content negotiation)'],
  [/node_modules\/undici\/|^wasm:\/\//, 'undici (HTTP client)'],
  [/node_modules\/(pino|sonic-boom|pino-std-serializers|fast-redact|quick-format-unescaped|on-exit-leak-free|thread-stream)\//, 'pino (logs)'],
  [/node_modules\/(prom-client|tdigest|bintrees)\//, 'prom-client (metrics)'],
  [/node_modules\/dataloader\//, 'dataloader'],
  [/node_modules\//, 'other packages'],
  [/\/(dist|src)\//, "the gateway's own code"],
  [/^node:/, 'Node core (http, streams, events, timers)'],
];

export function categoryOf(frame: CallFrame): string {
  if (frame.url === '') {
    if (frame.functionName === '(idle)') return IDLE;
    if (frame.functionName === '(garbage collector)') return 'garbage collection';
    if (NATIVE_WRITES.has(frame.functionName)) return 'socket and file writes (system calls)';
    return 'other native (microtasks, program)';
  }
  for (const [pattern, name] of PACKAGES) if (pattern.test(frame.url)) return name;
  return 'other';
}

export interface Breakdown {
  /** Milliseconds of samples in the window, idle excluded. */
  busyMs: number;
  /** Category -> milliseconds. */
  byCategory: Map<string, number>;
  /** `function file:line` of the gateway's own code -> milliseconds (self time). */
  ownFunctions: Map<string, number>;
}

/** Sample time per category within [fromMicros, toMicros] of the profile's clock. */
export function breakdown(profile: CpuProfile, fromMicros: number, toMicros: number): Breakdown {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byCategory = new Map<string, number>();
  const ownFunctions = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number): void => {
    map.set(key, (map.get(key) ?? 0) + ms);
  };
  let at = profile.startTime;
  let busyMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < fromMicros || at > toMicros) continue;
    const node = byId.get(profile.samples[i]!);
    if (!node) continue;
    const category = categoryOf(node.callFrame);
    if (category === IDLE) continue;
    const ms = delta / 1000;
    busyMs += ms;
    add(byCategory, category, ms);
    if (category === "the gateway's own code") {
      const file = node.callFrame.url.replace(/^.*\/(dist|src)\//, '');
      add(ownFunctions, `${node.callFrame.functionName || '(anonymous)'} ${file}`, ms);
    }
  }
  return { busyMs, byCategory, ownFunctions };
}
