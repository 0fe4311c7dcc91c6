import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs, types } from '@slack/bolt';
import type { Refusal } from '../../domain/refusal';
import type { ActionResult, RepKey } from '../../services/types';
import type { ListenerDeps } from '../deps';
import { actionOf, repOf } from '../input';
import { runForUser } from '../reply';

type ActionArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>;

/** A button press as its handler sees it: who pressed, what the button carried, a word back to them. */
export interface Press<T> {
  args: ActionArgs;
  rep: RepKey;
  action: T;
  tell: (text: string) => Promise<void>;
}

/**
 * A button's handler: ack, read who pressed it and what it carries (`read` checks it with zod), then
 * `run`. A payload that does not fit is logged and dropped; a failure is logged as "<button> failed"
 * and the rep is told that nothing went through.
 */
export function onButton<T>(
  deps: ListenerDeps,
  button: string,
  read: (body: unknown) => T | null,
  run: (press: Press<T>) => Promise<void>,
) {
  return async (args: ActionArgs): Promise<void> => {
    await args.ack();
    const rep = repOf(args.body);
    const action = read(args.body);
    if (!rep || !action) return void deps.logger.warn(`malformed ${button} payload`);
    await runForUser({ ...args, userId: rep.repId }, deps.failures, `${button} failed`, (tell) =>
      run({ args, rep, action, tell }),
    );
  };
}

/** A press of a button on one of the rep's outreach (see `actionOf`). */
export type OutreachPress = Press<NonNullable<ReturnType<typeof actionOf>>>;

/** How a `modalButton` finds the outreach, words a refusal, and builds the modal. */
export interface OpensModal<T> {
  /** Looks the outreach up for the rep who pressed. */
  find: (press: OutreachPress) => Promise<ActionResult<T>>;
  /** A refusal in words for the rep. */
  refuse: (reason: Refusal) => string;
  /** The modal for what was found, or the line to tell instead when it cannot take the modal. */
  modal: (found: T, press: OutreachPress) => types.ModalView | string;
}

/** A button that opens a modal on one of the rep's outreach (see `OpensModal`). */
export function modalButton<T>(deps: ListenerDeps, button: string, { find, refuse, modal }: OpensModal<T>) {
  return onButton(deps, button, actionOf, async (press) => {
    const found = await find(press);
    if (!found.ok) return press.tell(refuse(found.reason));
    const view = modal(found.value, press);
    if (typeof view === 'string') return press.tell(view);
    await press.args.client.views.open({ trigger_id: press.action.triggerId, view });
  });
}
