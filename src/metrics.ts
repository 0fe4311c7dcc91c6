import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Dependency, DependencyWatch } from './outages';
import { DEPENDENCIES, FAILURE_CAUSES } from './outages';
import { withTimeout } from './timeout';

export type RequestKind = 'command' | 'action' | 'view' | 'shortcut' | 'event' | 'other';
export type RequestOutcome = 'ok' | 'error';

/** What queue depth is read from: a BullMQ Queue (its job counts by state). */
export interface CountableQueue {
  name: string;
  getJobCounts(...states: string[]): Promise<Record<string, number>>;
}

const QUEUE_STATES = ['waiting', 'delayed', 'active', 'failed'] as const;
/** A scrape must not hang on a Redis that is down: the depth is left out instead. */
const QUEUE_DEPTH_TIMEOUT_MS = 1000;

/** Prometheus metrics for one process, served at GET /metrics. */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = counter(
    this.registry,
    'purposeful_slack_requests_total',
    'Requests from Slack, by kind and outcome',
    ['kind', 'outcome'],
  );
  readonly ackSeconds = histogram(
    this.registry,
    'purposeful_slack_ack_seconds',
    "Time from receiving a Slack request to acknowledging it (Slack's limit is 3 s)",
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
    ['kind'],
  );
  readonly reminders = counter(
    this.registry,
    'purposeful_reminders_total',
    "Follow-up reminder jobs by outcome: sent (a DM went out), skipped (nothing left to remind), refused (Slack refused the rep's DM for good; the follow-ups were closed), retrying (failed, will retry with backoff), failed (out of attempts)",
    ['outcome'],
  );
  readonly reminderRechecks = counter(
    this.registry,
    'purposeful_reminder_rechecks_total',
    'Reminders an earlier, dead run had claimed, by what Slack said: posted (found in the DM, not sent again), unverified (Slack could not be asked; posted, so it may have arrived twice)',
    ['outcome'],
  );
  readonly reminderLagSeconds = histogram(
    this.registry,
    'purposeful_reminder_lag_seconds',
    'From a follow-up falling due to its reminder being sent',
    [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 4 * 3600],
  );
  readonly digests = counter(
    this.registry,
    'purposeful_digests_total',
    'Weekly digest runs by outcome: posted, skipped (already posted, unsubscribed, not in channel, unconfirmed: Slack may have it and did not say), retrying, failed (out of attempts)',
    ['outcome'],
  );
  readonly slackCalls = counter(
    this.registry,
    'purposeful_slack_api_calls_total',
    "Calls to Slack's Web API by method and outcome: ok, ratelimited, unavailable (network or 5xx), or Slack's error code",
    ['method', 'outcome'],
  );
  readonly dependencyUp = new Gauge({
    name: 'purposeful_dependency_up',
    help: 'Whether this process last found the dependency answering (1) or failing (0)',
    labelNames: ['dependency'] as const,
    registers: [this.registry],
  });
  private readonly queues: CountableQueue[] = [];

  readonly shed = counter(
    this.registry,
    'purposeful_requests_shed_total',
    'Slack requests answered "busy, try again in a minute" because the bot was at its work limit, by kind',
    ['kind'],
  );
  readonly requestFailures = counter(
    this.registry,
    'purposeful_request_failures_total',
    'Slack requests whose work failed after the ack (the rep was told to try again), by cause: postgres_unavailable, postgres_slow (a pool wait or statement timed out), redis_unavailable, slack_unavailable, or error (anything else: a bug)',
    ['cause'],
  );
  readonly unhandledRejections = counter(
    this.registry,
    'purposeful_unhandled_rejections_total',
    'Promise rejections nobody handled (logged, and the process kept serving); any is a bug to look at',
  );

  constructor(options: { defaults?: boolean } = {}) {
    if (options.defaults !== false) collectDefaultMetrics({ register: this.registry, prefix: 'purposeful_' });
    for (const dependency of DEPENDENCIES) this.dependencyUp.set({ dependency }, 1);
    // Every cause from zero, so that a rate() over it exists before the first failure.
    for (const cause of FAILURE_CAUSES) this.requestFailures.inc({ cause }, 0);
    const queues = this.queues;
    new Gauge({
      name: 'purposeful_queue_jobs',
      help: 'Jobs in each queue by state (waiting, delayed, active, failed), read from Redis at scrape time',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        await Promise.all(
          queues.map(async (queue) => {
            const counts = await withTimeout(queue.getJobCounts(...QUEUE_STATES), QUEUE_DEPTH_TIMEOUT_MS).catch(
              () => undefined,
            );
            if (!counts) return;
            for (const state of QUEUE_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
          }),
        );
      },
    });
  }

  /** Queue depth for these queues is read on every scrape. */
  watchQueues(...queues: CountableQueue[]): void {
    this.queues.push(...queues);
  }

  /** `purposeful_dependency_up` follows the process's dependency watch. */
  watchDependencies(watch: DependencyWatch): void {
    watch.onChange((dependency: Dependency, up: boolean) => this.dependencyUp.set({ dependency }, up ? 1 : 0));
  }
}

function counter<L extends string = never>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[] = [],
): Counter<L> {
  return new Counter({ name, help, labelNames, registers: [registry] });
}

function histogram<L extends string = never>(
  registry: Registry,
  name: string,
  help: string,
  buckets: number[],
  labelNames: readonly L[] = [],
): Histogram<L> {
  return new Histogram({ name, help, buckets, labelNames, registers: [registry] });
}

export function requestKind(body: Record<string, unknown>): RequestKind {
  if (typeof body.command === 'string') return 'command';
  switch (body.type) {
    case 'block_actions':
      return 'action';
    case 'view_submission':
    case 'view_closed':
      return 'view';
    case 'shortcut':
    case 'message_action':
      return 'shortcut';
    case 'event_callback':
      return 'event';
    default:
      return 'other';
  }
}
