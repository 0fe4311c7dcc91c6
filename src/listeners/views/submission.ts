import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { FieldLimits } from '../../domain/modal-fields';
import type { RepKey } from '../../services/types';
import type { ListenerDeps } from '../deps';
import { fieldErrors, readViewValues, submissionOnOutreach } from '../input';
import { runForUser } from '../reply';

type ViewArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** A modal on one of the rep's outreach, submitted and accepted, as its handler sees it. */
export interface Submitted {
  args: ViewArgs;
  rep: RepKey;
  outreachId: string;
  viewId: string;
  values: Record<string, string>;
  tell: (text: string) => Promise<void>;
}

/**
 * A modal submitted on one of the rep's outreach (its private_metadata names the outreach): read with
 * zod, then its answers checked by `checks` (the handler's own rules) and the modal's `limits`. Field
 * errors go back to the modal; otherwise ack, then `run` after the ack, answering only the rep. A
 * submission that does not fit is acked and logged as "malformed <name> submission"; a failure is
 * logged as `failure` and the rep is told that nothing went through.
 */
export function onOutreachSubmission(
  deps: ListenerDeps,
  name: string,
  limits: FieldLimits,
  checks: (values: Record<string, string>) => Record<string, string>,
  failure: string,
  run: (submitted: Submitted) => Promise<void>,
) {
  return async (args: ViewArgs): Promise<void> => {
    const submission = submissionOnOutreach(args.body);
    if (!submission) {
      await args.ack();
      return void deps.logger.warn(`malformed ${name} submission`);
    }
    const { view, rep, outreachId } = submission;
    const values = readViewValues(view.state.values);
    const errors = fieldErrors(values, limits, checks(values));
    if (Object.keys(errors).length > 0) return void (await args.ack({ response_action: 'errors', errors }));
    await args.ack();
    await runForUser({ ...args, userId: rep.repId }, deps.failures, failure, (tell) =>
      run({ args, rep, outreachId, viewId: view.id, values, tell }),
    );
  };
}
