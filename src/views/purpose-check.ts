import type { types } from '@slack/bolt';
import type { PartName, PurposeCheckResult, Verdict } from '../domain/purpose-check';
import { context, escapeMrkdwn, section } from './mrkdwn';

export const PART_LABELS: Record<PartName, string> = {
  who_i_am: 'Who you are',
  why_you: 'Why them',
  whats_in_it_for_you: "What's in it for them",
  one_clear_ask: 'One clear ask',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  purposeful: 'Purposeful',
  needs_work: 'Needs work',
  boilerplate: 'Boilerplate',
};

const VERDICT_ICONS: Record<Verdict, string> = {
  purposeful: ':large_green_circle:',
  needs_work: ':large_yellow_circle:',
  boilerplate: ':red_circle:',
};

const MAX_FINDINGS = 6;

/** The purpose check as a person reads it: the score, the four parts, and what to fix. */
export function purposeCheckBlocks(result: PurposeCheckResult): types.KnownBlock[] {
  if (result.verdict === 'not_checked') {
    // No score and no parts: a number here would be a confident guess about a language it cannot read.
    const why = result.findings[0]?.message ?? 'Not checked: the purpose check does not read this language';
    return [section(`:white_circle: *Purpose check: not checked*\n${escapeMrkdwn(why)}`)];
  }
  const verdict = result.verdict;
  const parts = (Object.keys(PART_LABELS) as PartName[])
    .map((part) => `${result.parts[part].present ? ':white_check_mark:' : ':x:'} ${PART_LABELS[part]}`)
    .join('   ');
  const blocks: types.KnownBlock[] = [
    section(`${VERDICT_ICONS[verdict]} *Purpose check: ${result.score}/100, ${VERDICT_LABELS[verdict]}*\n${parts}`),
  ];
  if (result.findings.length > 0) {
    // The message already quotes the sentence; a proposed fix goes on its own line so it can be copied.
    const shown = result.findings
      .slice(0, MAX_FINDINGS)
      .map((f) => `• ${escapeMrkdwn(f.message)}${f.suggestion ? `\n    _Try:_ ${escapeMrkdwn(f.suggestion)}` : ''}`);
    const more = result.findings.length - MAX_FINDINGS;
    if (more > 0) shown.push(`_and ${more} more_`);
    blocks.push(section(shown.join('\n')));
  }
  blocks.push(
    context(
      `${result.stats.words} words · ${result.stats.characters} characters · ${result.stats.questions} question${result.stats.questions === 1 ? '' : 's'}`,
    ),
  );
  return blocks;
}
