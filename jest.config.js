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
};
