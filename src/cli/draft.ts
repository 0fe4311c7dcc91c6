/**
 * `npm run -s draft -- --jsonl`: answer sets in (one JSON object a line: `channel`, `prospect`,
 * `answers` {whoIAm, howKnow?, whyYou, value, ask}), one JSON line out per set, in order, with the
 * draft's `text`, its `lang`, the purpose check's `verdict`, and the `typos` the draft modal would
 * name (the modal asks before drafting; here they are reported). With `--check`, each line also
 * carries the mechanical test's `faults`, a table goes to stderr, and the exit code is 1 when any
 * set fails (2 for a bad line).
 */
import { z } from 'zod';
import { type DraftAnswers, draftMessage } from '../domain/draft';
import { FAULT_LABELS, type MechanicalFault, mechanicalFaults } from '../domain/draft-mechanics';
import { detectLanguage } from '../domain/language';
import { CHANNELS, type Channel, checkPurpose } from '../domain/purpose-check';
import { type SuspectedTypo, typosInAnswers } from '../domain/spelling';
import { englishSpeller } from '../services/spelling';
import { numberedLines, runMain, write } from './io';

export const USAGE = `Usage: npm run -s draft -- --jsonl [--check]
  --jsonl   read answer sets as JSON Lines ({"channel", "prospect": {"name", "company"?, "role"?},
            "answers": {"whoIAm", "howKnow"?, "whyYou", "value", "ask"}}), print one draft per line
  --check   also run the mechanical draft test on each; a table on stderr; exit 1 on any failure`;

const AnswerSetSchema = z.object({
  id: z.string().optional(),
  channel: z.enum(CHANNELS as unknown as [Channel, ...Channel[]]),
  prospect: z.object({ name: z.string().min(1), company: z.string().nullish(), role: z.string().nullish() }),
  answers: z.object({
    whoIAm: z.string(),
    howKnow: z.string().nullish(),
    whyYou: z.string(),
    value: z.string(),
    ask: z.string(),
  }),
  lang: z.string().optional(),
  traits: z.array(z.string()).optional(),
});

export type AnswerSet = z.infer<typeof AnswerSetSchema>;

// Sets tagged so by whoever wrote them do not hold all four parts; any other set does.
const MISSING_A_PART = new Set(['weak_whyYou', 'vague_ask']);
// One of the four parts its author left out or made generic ("missing_value", "generic_whyYou"; how-you-know
// is no part): no draft of such a set is purposeful.
const LACKS_A_PART = /^(?:missing|generic)_(?:whoIAm|whyYou|value|ask)$/;

export function toDraftAnswers(set: AnswerSet): DraftAnswers {
  const answers: DraftAnswers = {
    channel: set.channel,
    prospectName: set.prospect.name,
    whoIAm: set.answers.whoIAm,
    howKnown: set.answers.howKnow ?? '',
    whyYou: set.answers.whyYou,
    whatsInIt: set.answers.value,
    ask: set.answers.ask,
  };
  if (set.prospect.company) answers.company = set.prospect.company;
  if (set.prospect.role) answers.role = set.prospect.role;
  return answers;
}

export interface DraftLine {
  id?: string;
  text: string;
  lang: string;
  verdict: string;
  score?: number;
  /** Set when the answers are in a language the composer does not write: the rep writes it. */
  writeYourself?: string;
  /** Suspected typos in the answers, by answer: what the draft modal would name before drafting. */
  typos?: Record<string, SuspectedTypo[]>;
  faults?: Array<{ fault: MechanicalFault; detail: string }>;
}

export function draftLine(set: AnswerSet, withCheck: boolean): DraftLine {
  const answers = toDraftAnswers(set);
  const draft = draftMessage(answers);
  const base = set.id === undefined ? {} : { id: set.id };
  if (draft.kind === 'write_yourself') {
    const line: DraftLine = {
      ...base,
      text: '',
      lang: draft.lang,
      verdict: 'not_checked',
      writeYourself: draft.message,
    };
    if (withCheck) line.faults = [];
    return line;
  }
  const prospect: { name: string; company?: string; role?: string } = { name: set.prospect.name };
  if (set.prospect.company) prospect.company = set.prospect.company;
  if (set.prospect.role) prospect.role = set.prospect.role;
  const result = checkPurpose({ text: draft.text, channel: set.channel, prospect });
  const line: DraftLine = { ...base, text: draft.text, lang: draft.lang, verdict: result.verdict, score: result.score };
  const speller = englishSpeller();
  const typos = speller
    ? typosInAnswers(
        { ...set.answers, howKnow: set.answers.howKnow ?? '' },
        ['whoIAm', 'howKnow', 'whyYou', 'value', 'ask'],
        speller,
        { known: [set.prospect.name, set.prospect.company ?? ''] },
      )
    : {};
  if (Object.keys(typos).length > 0) line.typos = typos;
  if (withCheck) {
    const answerTexts = Object.values(set.answers).filter((v): v is string => typeof v === 'string');
    const checkedLang = (result as { lang?: unknown }).lang;
    line.faults = mechanicalFaults({
      channel: set.channel,
      prospectName: set.prospect.name,
      ...(set.prospect.company ? { prospectCompany: set.prospect.company } : {}),
      answerTexts,
      lang: set.lang ?? detectLanguage(answerTexts.join(' ')).lang,
      text: draft.text,
      verdict: result.verdict,
      ...(typeof checkedLang === 'string' ? { checkedLang } : {}),
      allFourParts: !(set.traits ?? []).some((t) => MISSING_A_PART.has(t) || LACKS_A_PART.test(t)),
      lacksAPart: (set.traits ?? []).some((t) => LACKS_A_PART.test(t)),
    }).faults;
  }
  return line;
}

/** How many sets pass each rule of the mechanical test, as a table a person reads. */
export function faultTable(lines: readonly DraftLine[]): string {
  const rules = (Object.keys(FAULT_LABELS) as MechanicalFault[]).filter((f) => f !== 'empty');
  const width = Math.max(...rules.map((r) => FAULT_LABELS[r].length));
  const rows = rules.map((rule) => {
    const failing = lines.filter((l) => l.faults?.some((f) => f.fault === rule));
    const ids = failing.map((l) => l.id ?? '?').join(' ');
    return `${FAULT_LABELS[rule].padEnd(width)}  ${String(lines.length - failing.length).padStart(3)}/${lines.length}${ids ? `  fails: ${ids}` : ''}`;
  });
  const clean = lines.filter((l) => (l.faults ?? []).length === 0).length;
  return [...rows, `${'all rules'.padEnd(width)}  ${String(clean).padStart(3)}/${lines.length}`].join('\n');
}

export async function runJsonl(
  input: AsyncIterable<Buffer | string>,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  withCheck: boolean,
): Promise<number> {
  const lines: DraftLine[] = [];
  for await (const { n, line: raw } of numberedLines(input)) {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      err.write(`line ${n}: not valid JSON\n`);
      return 2;
    }
    const parsed = AnswerSetSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      err.write(`line ${n}: ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}\n`);
      return 2;
    }
    const line = draftLine(parsed.data, withCheck);
    lines.push(line);
    await write(out, `${JSON.stringify(line)}\n`);
  }
  if (!withCheck) return 0;
  err.write(`${faultTable(lines)}\n`);
  for (const line of lines)
    for (const f of line.faults ?? []) err.write(`  ${line.id ?? '?'} ${f.fault}: ${f.detail}\n`);
  return lines.every((l) => (l.faults ?? []).length === 0) ? 0 : 1;
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = args.find((a) => a !== '--jsonl' && a !== '--check');
  if (unknown !== undefined || !args.includes('--jsonl')) {
    process.stderr.write(`${unknown ? `unknown option ${unknown}\n` : ''}${USAGE}\n`);
    return 2;
  }
  return runJsonl(process.stdin, process.stdout, process.stderr, args.includes('--check'));
}

if (require.main === module) runMain(main);
