import { viewSubmission } from './slack-requests';

/** A draft modal's answers with all four parts of a purposeful message (block id → value). */
export const GOOD_ANSWERS = {
  prospectName: 'Chloe Durand',
  company: 'Pixelmoor Games',
  role: 'Head of Live Ops',
  channel: 'linkedin_message',
  whoIAm: "I'm Ravi, an AE at Questmoor (player segmentation for mobile studios)",
  howKnown: 'Her LinkedIn breakdown of the Lantern Festival event',
  whyYou:
    'Your breakdown of the Lantern Festival event in Tidecaller, especially the 9% D7 lift from the returning-player quest',
  whatsInIt:
    'Anonymized event data from about 20 mid-core studios showing which reward structures bring lapsed players back',
  ask: 'Would it help if I sent over the 3 charts most relevant to Tidecaller?',
};

/** A modal's state values, as Slack sends them, from plain answers (block id → value). */
export function stateValues(
  answers: Record<string, string>,
  selects: string[] = ['channel'],
): Record<string, Record<string, Record<string, unknown>>> {
  return Object.fromEntries(
    Object.entries(answers).map(([block, value]) => [
      block,
      {
        value: selects.includes(block)
          ? { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } }
          : { type: 'plain_text_input', value },
      },
    ]),
  );
}

/**
 * The form body Slack posts when `user` of `team` submits `modal` (the view as the app opened it, or
 * just its callback id and metadata) with plain answers (block id → value, as for `stateValues`).
 */
export function modalSubmission(
  team: string,
  user: string,
  modal: { callback_id: string; private_metadata?: string },
  answers: Record<string, string>,
): string {
  return viewSubmission({
    team_id: team,
    user_id: user,
    callback_id: modal.callback_id,
    ...(modal.private_metadata !== undefined && { private_metadata: modal.private_metadata }),
    state_values: stateValues(answers),
  });
}

/** All visible text of some blocks, as a person would read it. */
export function visibleText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') out.push(value);
        else walk(value);
      }
    }
  };
  walk(blocks);
  return out.join('\n');
}

/** The interactive elements of some blocks: buttons and selects, with what they carry. */
export function elements(blocks: any[]): Array<{
  type: string;
  text: string;
  action_id: string;
  value?: string;
  options?: Array<{ text: string; value: string }>;
}> {
  return blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements)
    .map((e: any) => ({
      type: e.type,
      text: e.text?.text ?? e.placeholder?.text ?? '',
      action_id: e.action_id,
      value: e.value,
      options: e.options?.map((o: any) => ({ text: o.text.text, value: o.value })),
    }));
}
