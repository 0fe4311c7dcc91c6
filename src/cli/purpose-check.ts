/**
 * `npm run -s purpose-check`: one message on stdin → a readable report; `-- --json` → the result as
 * JSON; `-- --jsonl` → JSON Lines in ({id?, text, channel?, prospect?}), one JSON result per line
 * out, in order, each with its input's `id` when it had one. A bad line stops the run with its line number on stderr and exit code 2, as do empty input
 * and input that is not UTF-8 text. A reader that stops early (`| head`) ends the run quietly.
 */
import { z } from 'zod';
import {
  CHANNEL_LABELS,
  CHANNELS,
  checkPurpose,
  PART_LABELS,
  PART_NAMES,
  type Channel,
  type PurposeCheckInput,
  type PurposeCheckResult,
} from '../domain/purpose-check';
import { decodeText, InputError, numberedLines, runMain, write } from './io';

export type Mode = 'report' | 'json' | 'jsonl';

export interface CliOptions {
  mode: Mode;
  channel?: Channel;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string } | { ok: 'help' };

export const USAGE = `Usage: npm run -s purpose-check [-- --json | --jsonl] [--channel <${CHANNELS.join('|')}>]
  (default)  read one message on stdin, print a readable report
  --json     read one message on stdin, print the result as JSON
  --jsonl    read JSON Lines ({"text", "channel"?, "prospect"?}) on stdin, print one result per line`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let mode: Mode = 'report';
  let channel: Channel | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') continue;
    if (arg === '--help' || arg === '-h') return { ok: 'help' };
    if (arg === '--json') mode = 'json';
    else if (arg === '--jsonl') mode = 'jsonl';
    else if (arg === '--channel' || arg.startsWith('--channel=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      const parsed = ChannelSchema.safeParse(value);
      if (!parsed.success) return { ok: false, message: `--channel must be one of ${CHANNELS.join(', ')}` };
      channel = parsed.data;
    } else return { ok: false, message: `unknown option ${arg}` };
  }
  return { ok: true, options: channel ? { mode, channel } : { mode } };
}

const ChannelSchema = z.enum(CHANNELS as unknown as [Channel, ...Channel[]]);

/** One JSON Lines record. Its `id`, if any, is echoed on its result; other fields (label, why) are ignored. */
export const LineSchema = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  text: z.string({ error: 'no text' }),
  channel: ChannelSchema.nullish(),
  prospect: z
    .object({
      name: z.string().nullish(),
      company: z.string().nullish(),
      role: z.string().nullish(),
    })
    .nullish(),
});

export type ParsedLine =
  | { kind: 'skip' }
  | { kind: 'input'; input: PurposeCheckInput; id?: string | number }
  | { kind: 'error'; message: string };

export function parseLine(line: string, lineNumber: number): ParsedLine {
  if (line.trim() === '') return { kind: 'skip' };
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { kind: 'error', message: `line ${lineNumber}: not valid JSON` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { kind: 'error', message: `line ${lineNumber}: expected a JSON object with "text"` };
  }
  const parsed = LineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '';
    const what =
      where === 'text' || (issue?.code === 'invalid_type' && where === '')
        ? 'no text'
        : where.startsWith('channel')
          ? `channel must be one of ${CHANNELS.join(', ')}`
          : `${where || 'record'}: ${issue?.message ?? 'invalid'}`;
    return { kind: 'error', message: `line ${lineNumber}: ${what}` };
  }
  const { id, text, channel, prospect } = parsed.data;
  const input: PurposeCheckInput = { text };
  if (channel) input.channel = channel;
  if (prospect) {
    input.prospect = {};
    if (prospect.name) input.prospect.name = prospect.name;
    if (prospect.company) input.prospect.company = prospect.company;
    if (prospect.role) input.prospect.role = prospect.role;
  }
  return id === undefined || id === null ? { kind: 'input', input } : { kind: 'input', input, id };
}

const SEVERITY_MARK = { critical: '!!', warning: ' !', info: ' i' } as const;

/** The plain-text report a rep reads in a terminal. */
export function formatReport(result: PurposeCheckResult, channel?: Channel): string {
  const lines: string[] = [];
  if (result.verdict === 'not_checked') {
    lines.push(`Purpose check: not checked (${result.lang})${channel ? ` (${CHANNEL_LABELS[channel]})` : ''}`);
    for (const f of result.findings) lines.push(`  ${f.message}`);
    return lines.join('\n');
  }
  const verdict = result.verdict.replace('_', ' ');
  lines.push(`Purpose check: ${result.score}/100, ${verdict}${channel ? ` (${CHANNEL_LABELS[channel]})` : ''}`);
  lines.push('');
  const width = Math.max(...PART_NAMES.map((p) => PART_LABELS[p].length));
  for (const name of PART_NAMES) {
    const part = result.parts[name];
    const tick = part.present ? '[x]' : '[ ]';
    const detail = part.present ? `"${part.evidence ?? ''}"` : part.evidence ? `weak: "${part.evidence}"` : 'missing';
    lines.push(`  ${tick} ${PART_LABELS[name].padEnd(width)}  ${Math.round(part.strength * 100)}%  ${detail}`);
  }
  lines.push('');
  if (result.findings.length === 0) lines.push('Findings: none');
  else {
    lines.push('Findings:');
    for (const f of result.findings) {
      lines.push(`  ${SEVERITY_MARK[f.severity]} ${f.message}  [${f.code}]`);
      if (f.suggestion) lines.push(`       try: ${f.suggestion}`);
    }
  }
  const s = result.stats;
  lines.push('');
  lines.push(
    `Stats: ${plural(s.words, 'word')}, ${plural(s.characters, 'character')}, ${plural(s.sentences, 'sentence')}, ` +
      `${plural(s.questions, 'question')}, ` +
      `reading grade ${s.readingGrade}, about the reader ${Math.round(s.readerFocus * 100)}%, ` +
      `about the sender ${Math.round(s.senderFocus * 100)}%`,
  );
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Why input is refused before any check runs: empty, or not text. */
export const NO_INPUT = 'no message on stdin: pipe one in, e.g. echo "Hi Dana, …" | npm run -s purpose-check';
export const NO_LINES = `no JSON Lines on stdin: pipe some in, e.g. echo '{"text": "Hi Dana, …"}' | npm run -s purpose-check -- --jsonl`;
async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  let text = '';
  for await (const piece of decodeText(stream)) text += piece;
  if (text.trim() === '') throw new InputError(NO_INPUT);
  return text;
}

export async function runJsonl(
  input: AsyncIterable<Buffer | string>,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  defaults: CliOptions,
): Promise<number> {
  let records = 0;
  for await (const { n, line } of numberedLines(input)) {
    const parsed = parseLine(line, n);
    if (parsed.kind === 'skip') continue;
    records++;
    if (parsed.kind === 'error') {
      err.write(`${parsed.message}\n`);
      return 2;
    }
    if (!parsed.input.channel && defaults.channel) parsed.input.channel = defaults.channel;
    const result = checkPurpose(parsed.input);
    // The input's id comes first, so bulk results join back to their messages.
    await write(out, `${JSON.stringify(parsed.id === undefined ? result : { id: parsed.id, ...result })}\n`);
  }
  if (records === 0) throw new InputError(NO_LINES);
  return 0;
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.ok === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!args.ok) {
    process.stderr.write(`${args.message}\n${USAGE}\n`);
    return 2;
  }
  const { mode, channel } = args.options;
  try {
    if (mode === 'jsonl') return await runJsonl(process.stdin, process.stdout, process.stderr, args.options);
    const text = await readAll(process.stdin);
    const result = checkPurpose(channel ? { text, channel } : { text });
    await write(process.stdout, mode === 'json' ? `${JSON.stringify(result)}\n` : `${formatReport(result, channel)}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
}

if (require.main === module) runMain(main);
