/**
 * The purpose check on the project's own labelled examples (test/fixtures/purpose-check.jsonl): clear
 * boilerplate, clearly purposeful messages, and messages clearly missing a part (an ask, an offer), each
 * with the reason for its label. Accuracy on the team's larger corpus is `npm run eval -- <file.jsonl>`,
 * outside npm test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { checkPurpose } from '../../src/domain/purpose-check';

const Example = z.object({
  id: z.string(),
  channel: z.enum(['linkedin_connection_note', 'linkedin_message', 'email']).optional(),
  prospect: z
    .object({ name: z.string().optional(), company: z.string().optional(), role: z.string().optional() })
    .optional(),
  text: z.string().min(1),
  label: z.enum(['purposeful', 'needs_work', 'boilerplate']),
  why: z.string().min(1),
});

const examples = readFileSync(path.resolve(__dirname, '../fixtures/purpose-check.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => Example.parse(JSON.parse(line)));

describe('purpose check on the labelled fixtures', () => {
  it('has examples of every verdict', () => {
    expect(new Set(examples.map((e) => e.label))).toEqual(new Set(['purposeful', 'needs_work', 'boilerplate']));
  });

  it.each(examples)('$id is $label: $why', ({ text, channel, prospect, label }) => {
    const result = checkPurpose({ text, ...(channel ? { channel } : {}), ...(prospect ? { prospect } : {}) });
    expect(result.verdict).toBe(label);
  });
});
