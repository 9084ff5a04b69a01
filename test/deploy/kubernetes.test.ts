/**
 * The manifests in deploy/kubernetes/, parsed: what must hold for the gateway to run as intended
 * (probes on the right paths and port, settings the validator knows, keys only in the Secret,
 * a grace period longer than the drain).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { KNOWN_ENV_NAMES } from '../../src/config';

const DIR = resolve(__dirname, '..', '..', 'deploy', 'kubernetes');
/** Values that are credentials: they belong in a Secret. REDIS_URL may carry a password. */
const SECRET_NAMES = ['STRIPE_API_KEY', 'STRIPE_WEBHOOK_SECRET', 'METRICS_TOKEN', 'GATEWAY_JWT_SECRET', 'REDIS_URL'];
const KEY_LIKE = /\b(sk|rk|pk)_(live|test)_|\bwhsec_/;

type Doc = { kind: string; metadata: { name: string }; [key: string]: unknown };
const docs: Doc[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) =>
    parseAllDocuments(readFileSync(join(DIR, f), 'utf8')).map((d) => {
      if (d.errors.length > 0) throw new Error(`${f}: ${d.errors.map((e) => e.message).join('; ')}`);
      return d.toJS() as Doc;
    }),
  );
const find = (kind: string, name = 'stripe-graph-gateway'): any => docs.find((d) => d.kind === kind && d.metadata.name === name); // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed YAML
const deployment = find('Deployment');
const pod = deployment.spec.template.spec;
const container = pod.containers[0];
const configMap = find('ConfigMap');
const secret = find('Secret');

test('every kind the deployment needs is there', () => {
  expect(docs.map((d) => `${d.kind}/${d.metadata.name}`).sort()).toEqual([
    'ConfigMap/stripe-graph-gateway',
    'Deployment/stripe-graph-gateway',
    'HorizontalPodAutoscaler/stripe-graph-gateway',
    'PodDisruptionBudget/stripe-graph-gateway',
    'Secret/stripe-graph-gateway',
    'Service/redis',
    'Service/stripe-graph-gateway',
    'StatefulSet/redis',
  ]);
});

test('probes: readiness on /readyz, liveness on /healthz, both on the port the gateway listens on', () => {
  expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
  expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
  const http = container.ports.find((p: { name: string }) => p.name === 'http');
  expect(http.containerPort).toBe(Number(configMap.data.PORT));
  const metrics = container.ports.find((p: { name: string }) => p.name === 'metrics');
  expect(metrics.containerPort).toBe(Number(configMap.data.METRICS_PORT));
  expect(find('Service').spec.ports.map((p: { targetPort: string }) => p.targetPort)).toEqual(['http', 'metrics']);
});

test('every variable in the ConfigMap, the Secret and the container is one the configuration validator knows', () => {
  const names = [...Object.keys(configMap.data), ...Object.keys(secret.stringData), ...(container.env ?? []).map((e: { name: string }) => e.name)];
  expect(names.filter((n) => !KNOWN_ENV_NAMES.includes(n))).toEqual([]);
  expect(container.envFrom).toEqual([{ configMapRef: { name: configMap.metadata.name } }, { secretRef: { name: secret.metadata.name } }]);
});

test('no key in a ConfigMap: credentials only in the Secret', () => {
  for (const map of docs.filter((d) => d.kind === 'ConfigMap') as Array<Doc & { data: Record<string, string> }>) {
    expect(Object.keys(map.data).filter((n) => SECRET_NAMES.includes(n))).toEqual([]);
    expect(Object.values(map.data).filter((v) => KEY_LIKE.test(v))).toEqual([]);
  }
  expect(Object.keys(secret.stringData).sort()).toEqual(['METRICS_TOKEN', 'REDIS_URL', 'STRIPE_API_KEY', 'STRIPE_WEBHOOK_SECRET']);
});

test('the pod runs as non-root with a read-only root filesystem, and its grace period outlasts the drain', () => {
  expect(pod.securityContext.runAsNonRoot).toBe(true);
  expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
  expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(Number(configMap.data.GATEWAY_SHUTDOWN_TIMEOUT_MS));
  expect(container.resources.requests).toEqual({ cpu: '250m', memory: '256Mi' });
});

test('the autoscaler, the disruption budget and the Service all select the Deployment', () => {
  const labels = deployment.spec.template.metadata.labels;
  expect(find('HorizontalPodAutoscaler').spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'stripe-graph-gateway' });
  expect(find('PodDisruptionBudget').spec.selector.matchLabels).toEqual(labels);
  expect(find('Service').spec.selector).toEqual(labels);
  expect(find('PodDisruptionBudget').spec.minAvailable).toBeLessThan(find('HorizontalPodAutoscaler').spec.minReplicas);
});
