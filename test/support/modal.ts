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
