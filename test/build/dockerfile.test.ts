/**
 * The Dockerfile reader the production-install test relies on.
 */
import { dockerignore, parseDockerfile } from './dockerfile';

test('stages, workdir, env, copies, runs, health check and command', () => {
  const stages = parseDockerfile(
    [
      '# comment',
      'FROM node:20 AS build',
      'WORKDIR /app',
      'COPY a.json b.json ./',
      'RUN npm ci \\',
      '  --omit=dev',
      'FROM node:20',
      'ENV A=1 B=x',
      'WORKDIR /app',
      'COPY --from=build /app/dist/ dist/',
      'USER node',
      'EXPOSE 4000',
      'HEALTHCHECK --interval=30s CMD ["node", "-e", "1"]',
      'CMD ["node", "dist/main.js"]',
    ].join('\n'),
  );
  expect(stages).toEqual([
    {
      name: 'build',
      workdir: '/app',
      env: {},
      steps: [
        { kind: 'copy', sources: ['a.json', 'b.json'], dest: './' },
        { kind: 'run', command: 'npm ci --omit=dev' },
      ],
    },
    {
      name: 'stage1',
      workdir: '/app',
      env: { A: '1', B: 'x' },
      steps: [{ kind: 'copy', from: 'build', sources: ['/app/dist/'], dest: 'dist/' }],
      healthcheck: ['node', '-e', '1'],
      cmd: ['node', 'dist/main.js'],
    },
  ]);
});

test('instructions it would not perform are refused', () => {
  expect(() => parseDockerfile('FROM x\nADD a b')).toThrow('ADD: not understood');
  expect(() => parseDockerfile('FROM x\nCOPY src/*.ts ./')).toThrow('wildcards are not understood');
  expect(() => parseDockerfile('FROM x\nCOPY --chown=node a ./')).toThrow('COPY --chown=node: not understood');
  expect(() => parseDockerfile('FROM x\nCMD node main.js')).toThrow();
});

test('.dockerignore: paths, their contents, and globs', () => {
  const ignored = dockerignore('# c\nnode_modules\nexamples/client\n**/*.log\n');
  expect(['node_modules', 'node_modules/x/y.js', 'examples/client/gql/a.ts', 'a.log', 'src/b/c.log'].map(ignored)).toEqual([true, true, true, true, true]);
  expect(['src/node_modules.ts', 'examples/01-create-account.graphql', 'examples/clients', 'log.ts'].map(ignored)).toEqual([false, false, false, false]);
});
