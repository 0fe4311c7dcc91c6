import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import { MODAL_FIELD_LIMITS } from '../../domain/modal-fields';
import { fieldErrors, readViewValues, repOf, selectedUsersOf, viewBody } from '../input';
import { runForUser } from '../reply';

/** Settings saved: each field checked, errors back in the modal, then saved by an admin only. */
export function settingsSubmitted(deps: ListenerDeps) {
  return async (args: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const body = viewBody.safeParse(args.body);
    const rep = repOf(args.body);
    if (!body.success || !rep) {
      await args.ack();
      return void deps.logger.warn('malformed settings submission');
    }
    const values = readViewValues(body.data.view.state.values);
    const tooLong = fieldErrors(values, MODAL_FIELD_LIMITS.settings);
    if (Object.keys(tooLong).length > 0) return void (await args.ack({ response_action: 'errors', errors: tooLong }));
    const reviewed = deps.settings.review({ ...values, managerIds: selectedUsersOf(args.body, 'managerIds') });
    if ('errors' in reviewed) return void (await args.ack({ response_action: 'errors', errors: reviewed.errors }));
    await args.ack();
    await runForUser({ ...args, userId: rep.repId }, deps.failures, 'saving settings failed', async (tell) => {
      const saved = await deps.settings.save(rep.teamId, rep.repId, reviewed.settings);
      await tell(
        saved
          ? ':gear: Settings saved. New follow-ups follow them from now on.'
          : 'Only a workspace admin can change these settings. Nothing was changed.',
      );
    });
  };
}
