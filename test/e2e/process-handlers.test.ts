import { spawnSync } from 'node:child_process';
import path from 'node:path';

const CHILD = [
  '-r',
  require.resolve('@swc-node/register'),
  path.join(__dirname, '../support/process-handlers-child.ts'),
];

/**
 * Issue 8, item 2: an unhandled rejection is one structured line, counted, and the process keeps
 * serving; an uncaught exception is one line, and the process exits 1 for a clean restart.
 */
describe('process handlers', () => {
  it('log an unhandled rejection once with its stack and count it, keep running, and exit 1 on an uncaught exception', () => {
    const result = spawnSync(process.execPath, CHILD, { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, any>);
    expect(lines.map((l) => l.msg)).toEqual([
      'unhandled promise rejection; still serving',
      'still serving',
      'uncaught exception; exiting for a clean restart',
    ]);
    expect(lines[0]!.err).toMatchObject({
      message: 'a rejection nobody awaited',
      stack: expect.stringContaining('process-handlers-child'),
    });
    expect(lines[1]!.counted).toBe('purposeful_unhandled_rejections_total 1');
    expect(lines[2]).toMatchObject({ level: 60, err: { message: 'an exception nobody caught' } });
  });
});
