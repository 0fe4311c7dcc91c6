import { ErrorCode } from '@slack/web-api';
import { Metrics } from '../../src/metrics';
import { DependencyWatch } from '../../src/outages';
import { producerConnection, ready } from '../../src/queue/connection';
import { DigestQueue } from '../../src/queue/digests';
import { FollowUpQueue } from '../../src/queue/followups';
import { observeSlackCalls } from '../../src/slack/calls';
import { WebApiMessenger } from '../../src/slack/messenger';
import { silentLogger } from '../support/db';
import { shareQueuePrefix, TEST_REDIS_URL } from '../support/redis';
import { shareAcrossTests } from '../support/shared';
import { startFakeSlackApi } from '../support/slack-api';

/** The value of one sample in Prometheus text, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics an operator can alert on', () => {
  const slack = shareAcrossTests(startFakeSlackApi, (made) => made.close());
  const prefix = shareQueuePrefix();

  it('reads queue depth per queue and state from Redis at scrape time', async () => {
    const redis = producerConnection(TEST_REDIS_URL, silentLogger);
    await ready(redis);
    const followUps = new FollowUpQueue(redis, prefix);
    const digests = new DigestQueue(redis, prefix);
    const metrics = new Metrics({ defaults: false });
    metrics.watchQueues(followUps.queue, digests.queue);
    const later = new Date(Date.now() + 3600_000);
    await followUps.schedule([
      { teamId: 'T1', repId: 'U1', followUpId: '1', dueAt: later },
      { teamId: 'T1', repId: 'U2', followUpId: '2', dueAt: later },
    ]);
    const text = await metrics.registry.metrics();
    expect(sample(text, 'purposeful_queue_jobs{queue="followups",state="delayed"}')).toBe(2);
    expect(sample(text, 'purposeful_queue_jobs{queue="followups",state="waiting"}')).toBe(0);
    expect(sample(text, 'purposeful_queue_jobs{queue="digests",state="failed"}')).toBe(0);
    await followUps.close();
    await digests.close();
    redis.disconnect();
    // Redis gone: the scrape still answers, without the depth, rather than hanging.
    const after = await metrics.registry.metrics();
    expect(sample(after, 'purposeful_queue_jobs{queue="followups",state="delayed"}')).toBeUndefined();
  });

  it('counts every Web API call by method and outcome, and tells the watch when Slack is unreachable', async () => {
    const metrics = new Metrics({ defaults: false });
    const watch = new DependencyWatch(silentLogger);
    metrics.watchDependencies(watch);
    const stop = observeSlackCalls((method, outcome, err) => {
      metrics.slackCalls.inc({ method, outcome });
      if (outcome === 'unavailable') watch.failed('slack', err);
      else watch.ok('slack');
    });
    try {
      const messenger = new WebApiMessenger('xoxb-metrics', `${slack.url}/api/`);
      await messenger.postMessage('U1', { text: 'hi', blocks: [] });
      slack.respondWith('chat.postMessage', () => ({ body: { ok: false, error: 'channel_not_found' } }));
      await expect(messenger.postMessage('C1', { text: 'hi', blocks: [] })).rejects.toThrow(/channel_not_found/);
      slack.respondWith('chat.postMessage', () => ({
        status: 429,
        headers: { 'retry-after': '1' },
        body: { ok: false, error: 'ratelimited' },
      }));
      await expect(messenger.postMessage('U1', { text: 'hi', blocks: [] })).rejects.toThrow(/rate limited/);
      slack.reset();
      slack.goDark();
      const down = await messenger.postMessage('U1', { text: 'hi', blocks: [] }).catch((err: unknown) => err);
      expect((down as { code?: string }).code).toBe(ErrorCode.RequestError);
      expect(watch.isDown('slack')).toBe(true);
      expect(sample(await metrics.registry.metrics(), 'purposeful_dependency_up{dependency="slack"}')).toBe(0);
      slack.comeBack();
      await messenger.postMessage('U1', { text: 'hi', blocks: [] });
      expect(watch.isDown('slack')).toBe(false);

      const text = await metrics.registry.metrics();
      expect(sample(text, 'purposeful_slack_api_calls_total{method="chat.postMessage",outcome="ok"}')).toBe(2);
      expect(
        sample(text, 'purposeful_slack_api_calls_total{method="chat.postMessage",outcome="channel_not_found"}'),
      ).toBe(1);
      expect(sample(text, 'purposeful_slack_api_calls_total{method="chat.postMessage",outcome="ratelimited"}')).toBe(1);
      expect(sample(text, 'purposeful_slack_api_calls_total{method="chat.postMessage",outcome="unavailable"}')).toBe(1);
      expect(sample(text, 'purposeful_dependency_up{dependency="slack"}')).toBe(1);
    } finally {
      stop();
      slack.comeBack();
      slack.reset();
    }
  });
});
