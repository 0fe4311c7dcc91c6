/**
 * `npm run check:deps` (part of npm test): import cycles, type-only imports included, and the layers of
 * DESIGN.md: listeners and jobs → services → domain, views, store, queue; the domain stays pure.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle, type-only imports included: move the shared types to a module both import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain is pure rules: no I/O libraries, no Slack, and nothing from the layers above it.',
      from: { path: '^src/domain/' },
      to: {
        path: ['^node_modules/(pg|ioredis|bullmq|@slack)/', '^src/(listeners|jobs|services|store|queue|slack|views|cli)/'],
      },
    },
    {
      name: 'lower-layers-do-not-reach-up',
      severity: 'error',
      comment: 'views, store and queue are below services; services are below listeners and jobs.',
      from: { path: '^src/(views|store|queue|domain)/' },
      to: { path: '^src/(listeners|jobs|services)/' },
    },
    {
      name: 'services-do-not-reach-the-edge',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: '^src/(listeners|jobs)/' },
    },
    {
      name: 'shipped-code-does-not-import-tests-or-benches',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle of types is still a cycle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^dist/' },
  },
};
