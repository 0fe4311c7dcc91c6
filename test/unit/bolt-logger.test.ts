import { boltLogger } from '../../src/bot';
import { captureLogs } from '../support/log-capture';

describe('the logger Bolt and listeners share', () => {
  it("logs a listener's ({ err }, message) with the error's message and stack, not [object Object]", () => {
    const { lines, logger } = captureLogs('debug');
    boltLogger(logger).warn({ err: new Error('response_url said 404') }, 'could not tell the user');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.msg).toBe('could not tell the user');
    expect(lines[0]!.err).toMatchObject({
      type: 'Error',
      message: 'response_url said 404',
      stack: expect.stringContaining('Error: response_url said 404'),
    });
    expect(JSON.stringify(lines[0])).not.toContain('[object Object]');
  });

  it("logs a bare Error through the err serializer, and Bolt's own strings as they are", () => {
    const { lines, logger } = captureLogs('debug');
    const log = boltLogger(logger);
    log.error(new Error('boom'), 'while handling');
    log.info('An incoming event was not acknowledged within', 3001, 'ms');
    expect(lines[0]).toMatchObject({ msg: 'while handling', err: { message: 'boom' } });
    expect(lines[1]).toMatchObject({ msg: 'An incoming event was not acknowledged within 3001 ms', component: 'bolt' });
  });

  it('builds nothing for a line below the level (Bolt logs at debug several times a request)', () => {
    const { raw: lines, logger } = captureLogs('info');
    const log = boltLogger(logger);
    let formatted = 0;
    const part = {
      toString() {
        formatted++;
        return 'part';
      },
    };
    log.debug('acknowledged', part);
    expect(formatted).toBe(0);
    expect(lines).toEqual([]);
    log.info('acknowledged', part);
    expect(formatted).toBe(1);
    expect(lines).toHaveLength(1);
  });
});
