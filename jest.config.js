/** @type {import('jest').Config} */
module.exports = {
  // Node, plus a check after each file that its Redis prefixes are empty and nothing it opened is still open.
  testEnvironment: '<rootDir>/test/support/environment.ts',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  // Integration and e2e files each get their own database and key prefix, so they can run in parallel.
  maxWorkers: 2,
  testTimeout: 30000,
  // How long a worker process gets to exit once the run is over (Jest's default is 500 ms). Nothing is
  // left open by then (the environment above fails a file that leaves anything), but a worker that ran
  // a dozen files holds a 0.5 to 0.7 GB heap, and tearing that down took 1.0 to 1.4 s after its 'exit'
  // event at a load average of 13 on two cores: Jest then force-killed it and printed "A worker process
  // has failed to exit gracefully". A worker that really hangs is still killed, and warned about, here.
  workerGracefulExitTimeout: 10000,
};
