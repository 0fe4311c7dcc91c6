import {
  matchCommandName,
  matchConstraints,
  matchEventType,
  type AllMiddlewareArgs,
  type AnyMiddlewareArgs,
  type App,
  type BlockAction,
  type Middleware,
  type SlackAction,
  type SlackActionMiddlewareArgs,
  type SlackCommandMiddlewareArgs,
  type SlackEventMiddlewareArgs,
  type SlackShortcut,
  type SlackShortcutMiddlewareArgs,
  type SlackViewAction,
  type SlackViewMiddlewareArgs,
  type ViewSubmitAction,
} from '@slack/bolt';

type Listener<A> = (args: AllMiddlewareArgs & A) => Promise<void>;
type Kind = 'command' | 'action' | 'view' | 'shortcut' | 'event';
type Chain = Array<Middleware<AnyMiddlewareArgs>>;

const noop = () => Promise.resolve();

/** Which kind of listener a request can reach: the aliases Bolt's own `onlyCommands`, `onlyActions`, … test. */
function kindOf(args: AnyMiddlewareArgs): Kind | undefined {
  const a = args as Partial<Record<Kind, unknown>>;
  if (a.command) return 'command';
  if (a.action) return 'action';
  if ('view' in a) return 'view';
  if (a.shortcut) return 'shortcut';
  if (a.event !== undefined) return 'event';
  return undefined;
}

/**
 * Our listeners, one per kind of request (`command`, `action`, `view`, `shortcut`, `event`; each routes
 * within itself, see route.ts), matched with Bolt's own matchers (`matchCommandName`,
 * `matchConstraints`, `matchEventType`) and run by one middleware that picks the listener for the
 * request's kind. Bolt runs every listener's chain for every request, a slash command through the
 * action, view, shortcut and event listeners too (a copy of each chain, an async call and a spread of
 * all the request's arguments for each): with five listeners that was most of Bolt's own CPU on an
 * `/outreach list` and ~9% of what it allocated (bench/latency.ts, `--cpu-prof` and a sampling heap
 * profile). Matching, arguments, errors (a listener's throw reaches `app.error`) and `use` middleware
 * order are as before.
 *
 * The `use` middleware and the dispatch are one Bolt middleware, one chain (`runChain`): each step
 * Bolt runs costs a copy of the request's arguments, a `next` closure and an async call, all held
 * while the request waits on Postgres, so each survived garbage collections (a sampling heap profile
 * of the bot under bench/latency.ts's load: our global middleware steps were most of what the bot
 * allocated, and kept, beyond the same-work bare app).
 */
export class Listeners {
  private readonly chains = new Map<Kind, Chain>();
  private readonly before: Array<Middleware<AnyMiddlewareArgs>> = [];
  private installed = false;

  /** Global middleware, run in order before any listener (as `app.use`). */
  use(middleware: Middleware<AnyMiddlewareArgs>): void {
    this.refuseAfterInstall();
    this.before.push(middleware);
  }

  command(name: string | RegExp, listener: Listener<SlackCommandMiddlewareArgs>): void {
    this.add('command', [matchCommandName(name) as Middleware<AnyMiddlewareArgs>, listener]);
  }

  action<A extends SlackAction = BlockAction>(
    actionId: string | RegExp,
    listener: Listener<SlackActionMiddlewareArgs<A>>,
  ): void {
    this.add('action', [matchConstraints({ action_id: actionId }) as Middleware<AnyMiddlewareArgs>, listener]);
  }

  view<V extends SlackViewAction = ViewSubmitAction>(
    callbackId: string | RegExp,
    listener: Listener<SlackViewMiddlewareArgs<V>>,
  ): void {
    const match = matchConstraints({ callback_id: callbackId, type: 'view_submission' });
    this.add('view', [match as Middleware<AnyMiddlewareArgs>, listener]);
  }

  shortcut<S extends SlackShortcut = SlackShortcut>(
    callbackId: string | RegExp,
    listener: Listener<SlackShortcutMiddlewareArgs<S>>,
  ): void {
    const match = matchConstraints({ callback_id: callbackId });
    this.add('shortcut', [match as Middleware<AnyMiddlewareArgs>, listener]);
  }

  event(type: string | RegExp, listener: Listener<SlackEventMiddlewareArgs>): void {
    this.add('event', [matchEventType(type) as Middleware<AnyMiddlewareArgs>, listener]);
  }

  /** Installs the `use` middleware, then the dispatch, as the app's last global middleware (one step of Bolt's). */
  install(app: App): void {
    this.installed = true;
    const before = [...this.before];
    const chains = new Map([...this.chains].map(([kind, chain]) => [kind, [...before, ...chain]]));
    app.use((args) => {
      const kind = kindOf(args);
      return runChain((kind && chains.get(kind)) || before, args);
    });
  }

  private refuseAfterInstall(): void {
    if (this.installed) throw new Error('listeners and middleware are registered before install()');
  }

  private add(kind: Kind, chain: unknown[]): void {
    this.refuseAfterInstall();
    if (this.chains.has(kind)) throw new Error(`one ${kind} listener only: route within it (see route.ts)`);
    this.chains.set(kind, chain as Chain);
  }
}

/**
 * As Bolt's processMiddleware: each step gets the request's arguments with a `next` that calls the
 * step after (the last one's does nothing), and a second call of a step's `next` is an error. No
 * async frame of its own per step: a step's promise is the middleware's.
 */
function runChain(chain: Chain, args: Parameters<Middleware<AnyMiddlewareArgs>>[0]): Promise<void> {
  let reached = -1;
  const call = (i: number): Promise<void> => {
    if (i <= reached) return Promise.reject(new Error('next() called multiple times'));
    reached = i;
    if (i >= chain.length) return noop();
    return chain[i]!({ ...args, next: i === chain.length - 1 ? noop : () => call(i + 1) });
  };
  return call(0);
}
