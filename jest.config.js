/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  // Integration and e2e files each get their own database and key prefix, so they can run in parallel.
  maxWorkers: 2,
  testTimeout: 30000,
};
