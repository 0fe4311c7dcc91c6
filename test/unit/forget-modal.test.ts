import { forgetModal } from '../../src/views/forget-modal';
import { visibleText } from '../support/modal';

const traces = (outreach: number, byOthers = 0) => ({ outreach, byOthers, followUps: 1, messages: outreach });

describe('the forget confirm modal', () => {
  it('lists what goes and what stays, escapes the name, and keeps within Slack limits', () => {
    const modal = forgetModal(
      { prospectName: 'Zed <!channel> & Co', mine: traces(2), workspace: null },
      '{"name":"Zed"}',
    ) as {
      title: { text: string };
      submit: { text: string };
      private_metadata: string;
      blocks: object[];
    };
    const text = visibleText(modal.blocks);
    expect(text).toMatch(/\*Erase Zed &lt;!channel&gt; &amp; Co\?\* This cannot be undone/);
    expect(text).toMatch(/2 outreach records/);
    expect(text).toMatch(/1 follow-up,/);
    expect(text).toMatch(/What stays: anonymous counts/);
    expect(text).not.toMatch(/other reps/);
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    expect(modal.submit.text).toBe('Erase');
    expect(modal.private_metadata).toBe('{"name":"Zed"}');
  });

  it("offers an admin every rep's outreach, preselected when the admin has none", () => {
    const own = forgetModal({ prospectName: 'Jane', mine: traces(1), workspace: traces(3, 2) }, '{}') as {
      blocks: Array<{
        element?: { type: string; options: Array<{ value: string }>; initial_option: { value: string } };
      }>;
    };
    const choice = own.blocks.find((b) => b.element)?.element;
    expect(choice?.type).toBe('radio_buttons');
    expect(choice?.options.map((o) => o.value)).toEqual(['rep', 'workspace']);
    expect(choice?.initial_option.value).toBe('rep');
    expect(visibleText(own.blocks)).toMatch(/other reps' outreach: 2 more records/);
    const none = forgetModal({ prospectName: 'Jane', mine: traces(0), workspace: traces(3, 3) }, '{}') as {
      blocks: Array<{ element?: { initial_option?: { value: string } } }>;
    };
    expect(visibleText(none.blocks)).toMatch(/no outreach to them yourself/);
    expect(none.blocks.find((b) => b.element)?.element?.initial_option?.value).toBe('workspace');
  });

  it('offers no choice when no other rep wrote to them', () => {
    const modal = forgetModal({ prospectName: 'Jane', mine: traces(1), workspace: traces(1, 0) }, '{}') as {
      blocks: object[];
    };
    expect(visibleText(modal.blocks)).not.toMatch(/other reps/);
  });
});
