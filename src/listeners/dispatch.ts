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
 */
export class Listeners {
  private readonly chains = new Map<Kind, Chain>();
  private readonly before: Array<Middleware<AnyMiddlewareArgs>> = [];

  /** Global middleware, run in order before any listener (as `app.use`). */
  use(middleware: Middleware<AnyMiddlewareArgs>): void {
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

  /** Installs the `use` middleware, then the dispatch, as the app's last global middleware. */
  install(app: App): void {
    for (const middleware of this.before) app.use(middleware);
    app.use(this.dispatch);
  }

  private add(kind: Kind, chain: unknown[]): void {
    if (this.chains.has(kind)) throw new Error(`one ${kind} listener only: route within it (see route.ts)`);
    this.chains.set(kind, chain as Chain);
  }

  private readonly dispatch: Middleware<AnyMiddlewareArgs> = async (args) => {
    const kind = kindOf(args);
    const chain = kind ? this.chains.get(kind) : undefined;
    if (chain) await runChain(chain, args);
  };
}

/** As Bolt's processMiddleware for a listener's chain: each step's `next` calls the one after; the listener's does nothing. */
function runChain(chain: Chain, args: Parameters<Middleware<AnyMiddlewareArgs>>[0]): Promise<void> {
  const call = async (i: number): Promise<void> => {
    const last = i === chain.length - 1;
    await chain[i]!({ ...args, next: last ? noop : () => call(i + 1) });
  };
  return call(0);
}
