import { App, type Receiver, type ReceiverEvent } from '@slack/bolt';
import { Listeners } from '../../src/listeners/dispatch';

/** A Bolt app with no network: requests go straight to processEvent. */
function appWith(register: (listeners: Listeners) => void): { app: App; errors: unknown[] } {
  const receiver: Receiver = { init: () => undefined, start: async () => undefined, stop: async () => undefined };
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: 'xoxb-test', botId: 'B0TEST', botUserId: 'U0BOT' }),
  });
  const errors: unknown[] = [];
  app.error(async (err) => {
    errors.push((err as { original?: unknown }).original ?? err);
  });
  const listeners = new Listeners();
  register(listeners);
  listeners.install(app);
  return { app, errors };
}

async function send(app: App, body: Record<string, unknown>): Promise<unknown[]> {
  const acks: unknown[] = [];
  const event: ReceiverEvent = {
    body,
    ack: async (response?: unknown) => {
      acks.push(response ?? 'empty');
    },
  };
  await app.processEvent(event);
  return acks;
}

const command = (name: string) => ({
  command: name,
  text: 'list',
  team_id: 'T0TEST',
  user_id: 'U0REP',
  channel_id: 'C1',
});
const action = (actionId: string) => ({
  type: 'block_actions',
  team: { id: 'T0TEST' },
  user: { id: 'U0REP' },
  actions: [{ action_id: actionId, block_id: 'b', type: 'button', value: '1' }],
});
const submission = (callbackId: string) => ({
  type: 'view_submission',
  team: { id: 'T0TEST' },
  user: { id: 'U0REP' },
  view: { id: 'V1', callback_id: callbackId, state: { values: {} } },
});
const event = (type: string) => ({
  type: 'event_callback',
  team_id: 'T0TEST',
  event: { type, user: 'U0REP' },
});

describe('Listeners (one dispatch for the request kind)', () => {
  it('runs only the listener whose kind and id match, with Bolt matching the ids', async () => {
    const ran: string[] = [];
    const { app, errors } = appWith((l) => {
      l.command('/outreach', async ({ ack, command: c }) => {
        ran.push(`command ${c.text}`);
        await ack();
      });
      l.action(/^follow_/, async ({ ack, action: a }) => {
        ran.push(`action ${(a as { action_id: string }).action_id}`);
        await ack();
      });
      l.view('draft', async ({ ack, view }) => {
        ran.push(`view ${view.callback_id}`);
        await ack();
      });
      l.event('app_home_opened', async ({ event: e }) => {
        ran.push(`event ${e.type}`);
      });
    });
    await send(app, command('/outreach'));
    await send(app, command('/other'));
    await send(app, action('follow_up'));
    await send(app, action('mark_sent'));
    await send(app, submission('draft'));
    await send(app, submission('log'));
    await send(app, event('app_home_opened'));
    await send(app, event('member_joined_channel'));
    expect(ran).toEqual(['command list', 'action follow_up', 'view draft', 'event app_home_opened']);
    expect(errors).toEqual([]);
  });

  it('runs `use` middleware first, in order, and a middleware that does not call next stops the request', async () => {
    const ran: string[] = [];
    const { app } = appWith((l) => {
      l.use(async ({ next }) => {
        ran.push('first');
        await next();
      });
      l.use(async (args) => {
        ran.push('second');
        if ((args.body as { text?: string }).text !== 'stop') await args.next();
      });
      l.command('/outreach', async ({ ack }) => {
        ran.push('listener');
        await ack();
      });
    });
    await send(app, command('/outreach'));
    await send(app, { ...command('/outreach'), text: 'stop' });
    expect(ran).toEqual(['first', 'second', 'listener', 'first', 'second']);
  });

  it("hands a listener's error to app.error", async () => {
    const boom = new Error('listener failed');
    const { app, errors } = appWith((l) => {
      l.command('/outreach', async () => {
        throw boom;
      });
    });
    await send(app, command('/outreach'));
    expect(errors).toEqual([boom]);
  });

  it("refuses a step's next() called twice, as Bolt does, and the error reaches app.error", async () => {
    const ran: string[] = [];
    const { app, errors } = appWith((l) => {
      l.use(async ({ next }) => {
        await next();
        await next();
      });
      l.command('/outreach', async ({ ack }) => {
        ran.push('listener');
        await ack();
      });
    });
    await send(app, command('/outreach'));
    expect(ran).toEqual(['listener']);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('next() called multiple times');
  });

  it('gives each step its own copy of the arguments: a step that changes its copy does not change the next one', async () => {
    const seen: unknown[] = [];
    const { app } = appWith((l) => {
      l.use(async (args) => {
        (args as { extra?: string }).extra = 'set by the first step';
        await args.next();
      });
      l.command('/outreach', async (args) => {
        seen.push((args as { extra?: string }).extra);
        await args.ack();
      });
    });
    await send(app, command('/outreach'));
    expect(seen).toEqual([undefined]);
  });

  it('refuses a listener or middleware registered after install (install builds the chains once)', () => {
    const { app } = appWith(() => undefined);
    const listeners = new Listeners();
    listeners.install(app);
    expect(() => listeners.command('/outreach', async () => undefined)).toThrow('before install()');
    expect(() => listeners.use(async ({ next }) => next())).toThrow('before install()');
  });

  it('takes one listener per kind: a second one of the same kind is refused when it is registered', () => {
    const listeners = new Listeners();
    listeners.action('a', async () => undefined);
    listeners.command('/outreach', async () => undefined);
    expect(() => listeners.action('b', async () => undefined)).toThrow('one action listener only');
  });
});
