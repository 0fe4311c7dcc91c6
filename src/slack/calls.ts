import { ErrorCode, WebClient } from '@slack/web-api';

/**
 * Every call to Slack's Web API, from the worker's messenger and from Bolt's own clients alike, is
 * seen here once: counted by method and outcome for /metrics, and Slack being unreachable is told to
 * the process's dependency watch rather than logged by every caller.
 *
 * Bolt creates a WebClient per token inside its request handling, out of our reach, so the wrap is on
 * WebClient's one door, `apiCall` (every method, `paginate` included, goes through it). The method
 * shortcuts (`client.chat.postMessage`) are bound to `apiCall` when a client is constructed, so this
 * module wraps it when it is first imported, before any client exists (messenger.ts and bot.ts import it).
 */

/** ok, ratelimited, unavailable (network error, timeout or 5xx), http_<status>, or Slack's error code. */
export type SlackCallOutcome = string;

export type SlackCallObserver = (method: string, outcome: SlackCallOutcome, err?: unknown) => void;

const observers = new Set<SlackCallObserver>();

/** Calls `observer` after every Web API call in this process; returns how to stop. */
export function observeSlackCalls(observer: SlackCallObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

export function slackCallOutcome(err: unknown): SlackCallOutcome {
  const e = err as { code?: string; statusCode?: number; data?: { error?: string } } | undefined;
  switch (e?.code) {
    case ErrorCode.RateLimitedError:
      return 'ratelimited';
    case ErrorCode.PlatformError:
      return String(e.data?.error ?? 'error').slice(0, 64);
    case ErrorCode.HTTPError:
      return (e.statusCode ?? 500) >= 500 ? 'unavailable' : `http_${e.statusCode}`;
    case ErrorCode.RequestError:
      return 'unavailable';
    default:
      return 'error';
  }
}

function notify(method: string, outcome: SlackCallOutcome, err?: unknown): void {
  for (const observer of observers) {
    try {
      observer(method, outcome, err);
    } catch {
      // An observer's bug must not turn a good Slack call into a failed one.
    }
  }
}

const WRAPPED = Symbol.for('purposeful.slackCalls');
type ApiCall = (this: WebClient, method: string, options?: Record<string, unknown>) => Promise<unknown>;
const proto = WebClient.prototype as unknown as { apiCall: ApiCall; [WRAPPED]?: true };
if (!proto[WRAPPED]) {
  const original = proto.apiCall;
  proto.apiCall = async function apiCall(this: WebClient, method: string, options?: Record<string, unknown>) {
    try {
      const result = await original.call(this, method, options);
      notify(method, 'ok');
      return result;
    } catch (err) {
      const outcome = slackCallOutcome(err);
      // Marked so that a job's or a listener's error handler can tell "Slack is down" from a bug.
      if (outcome === 'unavailable' && err !== null && typeof err === 'object') {
        Object.defineProperty(err, 'dependency', { value: 'slack', enumerable: false, configurable: true });
      }
      notify(method, outcome, err);
      throw err;
    }
  };
  proto[WRAPPED] = true;
}
