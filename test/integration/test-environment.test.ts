import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** test/support/environment.ts must fail a file that leaves something open, and say what it left. */
describe('the test environment', () => {
  it('fails a file that leaves a server, a socket, a child process, a timer and a thread open, naming each', () => {
    const config = {
      rootDir: ROOT,
      testEnvironment: '<rootDir>/test/support/environment.ts',
      roots: ['<rootDir>/test/fixtures/leaky'],
      testMatch: ['**/leaves-everything-open.ts'],
      transform: { '^.+\\.ts$': ['@swc/jest'] },
    };
    const run = spawnSync(
      process.execPath,
      [require.resolve('jest/bin/jest'), '--config', JSON.stringify(config), '--runInBand', '--forceExit', '--ci'],
      { cwd: ROOT, env: process.env, encoding: 'utf8', timeout: 120_000 },
    );
    const output = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(output).toMatch(/still open after the file:/);
    expect(output).toMatch(/server listening on port \d+/);
    expect(output).toMatch(/socket to [\d.:]+:\d+ \(Redis\)/);
    expect(output).toMatch(/child process \d+ \(.*setTimeout/);
    expect(output).toMatch(/timer of 20000 ms set at .*leaves-everything-open\.ts:13/);
    expect(output).toMatch(/worker thread started at .*leaves-everything-open\.ts:14/);
  }, 150_000);
});
