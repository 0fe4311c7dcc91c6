import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export type RequestKind = 'command' | 'action' | 'view' | 'shortcut' | 'event' | 'other';
export type RequestOutcome = 'ok' | 'error';

/** Prometheus metrics for one process, served at GET /metrics. */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'purposeful_slack_requests_total',
    help: 'Requests from Slack, by kind and outcome',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly ackSeconds = new Histogram({
    name: 'purposeful_slack_ack_seconds',
    help: "Time from receiving a Slack request to acknowledging it (Slack's limit is 3 s)",
    labelNames: ['kind'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
    registers: [this.registry],
  });

  readonly shed = new Counter({
    name: 'purposeful_requests_shed_total',
    help: 'Slack requests answered "busy, try again in a minute" because the bot was at its work limit, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly unhandledRejections = new Counter({
    name: 'purposeful_unhandled_rejections_total',
    help: 'Promise rejections nobody handled (logged, and the process kept serving); any is a bug to look at',
    registers: [this.registry],
  });

  constructor(options: { defaults?: boolean } = {}) {
    if (options.defaults !== false) collectDefaultMetrics({ register: this.registry, prefix: 'purposeful_' });
  }
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
