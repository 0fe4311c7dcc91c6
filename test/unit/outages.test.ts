import {
  DependencyWatch,
  failureCause,
  registerDependencyPort,
  RepeatedLines,
  RequestFailures,
  unavailableDependency,
} from '../../src/outages';
import { backoffStrategy, BACKOFF_CEILING_MS, cappedBackoff, CAPPED_EXPONENTIAL } from '../../src/queue/backoff';
import { captureLogs } from '../support/log-capture';

describe('DependencyWatch: an outage is logged once per backoff step', () => {
  it('logs the first failure, then at 1, 2, 4 … 60 s steps with counts, then that it is back', async () => {
    const { lines, logger } = captureLogs('info');
    let now = 0;
    const watch = new DependencyWatch(logger, () => now);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379\n    at TCPConnectWrap'), {
      code: 'ECONNREFUSED',
    });
    // A failure every 100 ms for 20 s, as four reconnecting connections would give.
    for (now = 0; now <= 20_000; now += 100) watch.failed('redis', refused);
    now = 20_500;
    watch.ok('redis');
    watch.ok('redis'); // already up: nothing more
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.map((l) => l.msg)).toEqual([
      'redis unavailable; retrying with backoff',
      'redis still unavailable', // 1 s
      'redis still unavailable', // 3 s
      'redis still unavailable', // 7 s
      'redis still unavailable', // 15 s
      'redis is back',
    ]);
    expect(lines[0]!.reason).toBe('ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:6379');
    expect(lines[1]).toMatchObject({ dependency: 'redis', downForSeconds: 1, failures: 10 });
    expect(lines[5]).toMatchObject({ dependency: 'redis', downForSeconds: 21, failures: 201 });
    expect(JSON.stringify(lines)).not.toContain('TCPConnectWrap');
  });

  it('reports Slack once a minute', async () => {
    const { lines, logger } = captureLogs('info');
    let now = 0;
    const watch = new DependencyWatch(logger, () => now);
    for (now = 0; now < 180_000; now += 1000) watch.failed('slack', new Error('fetch failed'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatchObject({ downForSeconds: 60, failures: 60 });
  });
});

describe('RepeatedLines', () => {
  afterEach(() => jest.useRealTimers());

  it('writes a warning once, then once a minute with how often it came, the last count included', async () => {
    jest.useFakeTimers();
    const { lines, logger } = captureLogs('info');
    const warnings = new RepeatedLines(logger);
    // Every second for 61 s, then silence: the last 1 s of repeats must not be lost.
    for (let s = 0; s <= 61; s++) {
      warnings.warn('k', { jobId: `job-${s}` }, 'job failed');
      jest.advanceTimersByTime(1000);
    }
    warnings.warn('other', {}, 'something else');
    jest.advanceTimersByTime(60_000); // the minute after: the rest of 'k', and 'other' has nothing to add
    jest.advanceTimersByTime(60_000); // quiet: both over
    warnings.warn('k', { jobId: 'again' }, 'job failed'); // a new run: in full again
    warnings.warn('k', { jobId: 'again-2' }, 'job failed');
    warnings.flush(); // at shutdown, what is counted is written
    await new Promise((resolve) => jest.requireActual('timers').setImmediate(resolve));
    expect(lines.map((l) => [l.msg, l.jobId, l.repeated])).toEqual([
      ['job failed', 'job-0', undefined],
      ['job failed', 'job-59', 59], // at 60 s: the repeats of 1 … 59 s, with the latest one's fields
      ['something else', undefined, undefined],
      ['job failed', 'job-61', 2], // at 120 s: those of 60 and 61 s, which no later warning would have written
      ['job failed', 'again', undefined],
      ['job failed', 'again-2', 1],
    ]);
    expect(lines.every((l) => l.level === 40)).toBe(true);
  });
});

describe('unavailableDependency', () => {
  it.each([
    [Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }), 'postgres'],
    [new Error('timeout exceeded when trying to connect'), 'postgres'],
    [new Error("Stream isn't writeable and enableOfflineQueue options is false"), 'redis'],
    // ioredis' commandTimeout: a producer's command that a hanging Redis never answered.
    [new Error('Command timed out'), 'redis'],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', port: 5432 }), 'postgres'],
    [Object.assign(new Error('fetch failed'), { dependency: 'slack' }), 'slack'],
    [new Error('duplicate key value violates unique constraint'), undefined],
    [new TypeError("Cannot read properties of null (reading 'ssl_check')"), undefined],
  ])('%s → %s', (err, expected) => {
    expect(unavailableDependency(err)).toBe(expected);
  });
});

describe('RequestFailures: requests failing on a dependency are summed up once a minute', () => {
  afterEach(() => jest.useRealTimers());

  it('logs the first in full, then one line a minute per cause with counts, and starts over after a quiet minute', async () => {
    jest.useFakeTimers();
    const { lines, logger } = captureLogs('info');
    const counted: string[] = [];
    const failures = new RequestFailures(logger, (cause) => counted.push(cause));
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
      port: 5432,
    });
    const poolWait = new Error('timeout exceeded when trying to connect');
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    // 90 s of a request a second failing on Postgres, a pool wait now and then, and two bugs.
    for (let s = 0; s < 90; s++) {
      failures.failed(refused, s % 2 ? 'draft failed' : 'could not list outreach');
      if (s % 30 === 0) failures.failed(poolWait, 'stats failed');
      if (s === 10 || s === 11) failures.failed(bug, 'draft failed');
      jest.advanceTimersByTime(1000);
    }
    jest.advanceTimersByTime(60_000); // the last summary
    jest.advanceTimersByTime(60_000); // a quiet minute: over
    failures.failed(refused, 'draft failed'); // a new outage: in full again
    failures.flush();
    await new Promise((resolve) => jest.requireActual('timers').setImmediate(resolve));
    expect(lines.map((l) => [l.msg, l.failed])).toEqual([
      ['could not list outreach: postgres unavailable; more like it are counted and logged once a minute', undefined],
      ['stats failed: postgres too slow; more like it are counted and logged once a minute', undefined],
      ['draft failed', undefined],
      ['draft failed', undefined],
      ['59 more requests failed: postgres unavailable', 59],
      ['1 more requests failed: postgres too slow', 1],
      ['30 more requests failed: postgres unavailable', 30],
      ['1 more requests failed: postgres too slow', 1],
      ['draft failed: postgres unavailable; more like it are counted and logged once a minute', undefined],
    ]);
    expect(lines[0]!.err).toMatchObject({ code: 'ECONNREFUSED', stack: expect.stringContaining('ECONNREFUSED') });
    expect(lines[2]!.err).toMatchObject({ type: 'TypeError' });
    expect(lines[4]).toMatchObject({ what: { 'could not list outreach': 29, 'draft failed': 30 }, total: 60 });
    expect(lines[6]).toMatchObject({ total: 90 });
    expect(counted.filter((c) => c === 'postgres_unavailable')).toHaveLength(91);
    expect(counted.filter((c) => c === 'postgres_slow')).toHaveLength(3);
    expect(counted.filter((c) => c === 'error')).toHaveLength(2);
  });
});

describe('RequestFailures and the dependency watch', () => {
  it('tells the watch a dependency that requests found down (the gauge, "is back"), not a wait that ran out or a bug', () => {
    const { logger } = captureLogs('info');
    const watch = new DependencyWatch(logger);
    const changes: Array<[string, boolean]> = [];
    watch.onChange((dependency, up) => changes.push([dependency, up]));
    const failures = new RequestFailures(logger, () => undefined, watch);
    failures.failed(new Error('timeout exceeded when trying to connect'), 'stats failed'); // slow, not down
    failures.failed(new TypeError("Cannot read properties of undefined (reading 'id')"), 'draft failed');
    expect(changes).toEqual([]);
    // A pool with no connection open finds Postgres gone only through a request.
    failures.failed(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', port: 5432 }),
      'could not list outreach',
    );
    failures.failed(new TypeError('fetch failed'), 'could not tell the user');
    expect(changes).toEqual([
      ['postgres', false],
      ['slack', false],
    ]);
    expect(watch.isDown('postgres')).toBe(true);
    failures.flush();
  });
});

describe('failureCause', () => {
  it.each([
    [
      'postgres_unavailable',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', port: 5432 }),
    ],
    ['postgres_unavailable', new Error('Connection terminated unexpectedly')],
    ['postgres_unavailable', Object.assign(new Error('sorry, too many clients already'), { code: '53300' })],
    ['postgres_slow', new Error('timeout exceeded when trying to connect')],
    ['postgres_slow', Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })],
    ['postgres_slow', Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' })],
    ['postgres_slow', new Error('Query read timeout')],
    ['redis_unavailable', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['slack_unavailable', Object.assign(new Error('fetch failed'), { dependency: 'slack' })],
    [
      'slack_rate_limited',
      Object.assign(new Error('A rate-limit has been reached'), { code: 'slack_webapi_rate_limited_error' }),
    ],
    // Bolt's wrapper around a listener's error
    [
      'postgres_slow',
      Object.assign(new Error('unhandled'), { original: new Error('timeout exceeded when trying to connect') }),
    ],
    ['slack_unavailable', new TypeError('fetch failed')], // respond() to the response URL
    [
      'slack_unavailable',
      Object.assign(new Error('Failed to respond'), { code: 'slack_bolt_respond_error', statusCode: 503 }),
    ],
    ['error', Object.assign(new Error('Failed to respond'), { code: 'slack_bolt_respond_error', statusCode: 404 })],
    ['error', Object.assign(new Error('new row violates check constraint'), { code: '23514' })],
    ['error', new TypeError("Cannot read properties of null (reading 'id')")],
    ['error', undefined],
  ])('%s: %p', (expected, err) => {
    expect(failureCause(err)).toBe(expected);
  });

  it('knows Postgres and Redis on the ports they were configured on', () => {
    const refusedOn = (port: number) =>
      Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:${port}`), { code: 'ECONNREFUSED', port });
    expect(failureCause(refusedOn(46432))).toBe('error');
    registerDependencyPort('postgres', 46432);
    registerDependencyPort('redis', 46379);
    expect(failureCause(refusedOn(46432))).toBe('postgres_unavailable');
    expect(failureCause(refusedOn(46379))).toBe('redis_unavailable');
  });
});

describe('capped exponential backoff for jobs', () => {
  it('doubles from the delay to a ten-minute ceiling', () => {
    const job = { opts: { backoff: cappedBackoff(5000) } };
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => backoffStrategy(n, CAPPED_EXPONENTIAL, undefined, job));
    expect(delays).toEqual([
      5000,
      10_000,
      20_000,
      40_000,
      80_000,
      160_000,
      320_000,
      BACKOFF_CEILING_MS,
      BACKOFF_CEILING_MS,
    ]);
  });

  it('keeps reminders trying for hours: 30 attempts from 5 s', () => {
    const job = { opts: { backoff: cappedBackoff(5000) } };
    let total = 0;
    for (let n = 1; n < 30; n++) total += backoffStrategy(n, CAPPED_EXPONENTIAL, undefined, job);
    expect(total / 3600_000).toBeGreaterThan(3.5);
  });
});
