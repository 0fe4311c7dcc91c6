import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { RepKey } from '../../services/types';
import type { ListenerDeps } from '../deps';
import { repOf } from '../input';
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
