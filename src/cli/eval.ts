/**
 * `npm run eval -- <file.jsonl> [--min-accuracy 0.9] [--min-binary 0.95] [--max-false-missing 0.05] [--loo]`:
 * the purpose check against a labelled file ({id, text, label, channel?, prospect?, lang?} a line).
 * Prints the confusion matrix, accuracy per writer (the letters that start an id) and per language,
 * and the share of purposeful messages that get a "missing part" finding. Exits 1 when a threshold
 * given as a flag is not met (every writer, every language and the whole file must meet it), 2 on
 * bad usage or a bad line. A message whose `lang` the check does not read counts as right when it
 * comes back not checked.
 *
 * --loo: leave one writer out. The check's one tuned number (the score from which a message is
 * purposeful) is chosen on the other writers and then applied to the held-out one, so the figure
 * says how the rules carry over to a writer they were not tuned on.
 */
import * as fs from 'node:fs';
import { z } from 'zod';
import {
  CHANNELS,
  checkPurpose,
  MISSING_PART_CODES,
  type Channel,
  type PurposeCheckResult,
} from '../domain/purpose-check';
import { PURPOSEFUL_FROM } from '../domain/purpose-check/score';
import { isSupportedLang } from '../domain/language';

const MISSING = new Set<string>(MISSING_PART_CODES);
const LABELS = ['purposeful', 'needs_work', 'boilerplate'] as const;
type Label = (typeof LABELS)[number];
const PREDICTED = [...LABELS, 'not_checked'] as const;
type Predicted = (typeof PREDICTED)[number];

const RowSchema = z.object({
  id: z.string().default(''),
  text: z.string(),
  label: z.enum(LABELS),
  lang: z.string().optional(),
  channel: z.enum(CHANNELS as unknown as [Channel, ...Channel[]]).nullish(),
  prospect: z
    .object({ name: z.string().nullish(), company: z.string().nullish(), role: z.string().nullish() })
    .nullish(),
});
type Row = z.infer<typeof RowSchema>;

export interface EvalOptions {
  file: string;
  minAccuracy?: number;
  minBinary?: number;
  maxFalseMissing?: number;
  loo: boolean;
}

export const USAGE =
  'Usage: npm run eval -- <file.jsonl> [--min-accuracy 0.9] [--min-binary 0.95] [--max-false-missing 0.05] [--loo]';

export function parseEvalArgs(
  argv: readonly string[],
): { ok: true; options: EvalOptions } | { ok: false; message: string } {
  let file: string | undefined;
  const options: Omit<EvalOptions, 'file'> = { loo: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') continue;
    if (arg === '--loo') options.loo = true;
    else if (arg === '--min-accuracy' || arg === '--min-binary' || arg === '--max-false-missing') {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value) || value < 0 || value > 1)
        return { ok: false, message: `${arg} takes a number from 0 to 1` };
      if (arg === '--min-accuracy') options.minAccuracy = value;
      else if (arg === '--min-binary') options.minBinary = value;
      else options.maxFalseMissing = value;
    } else if (arg.startsWith('-')) return { ok: false, message: `unknown option ${arg}` };
    else if (file === undefined) file = arg;
    else return { ok: false, message: `one file only (got ${file} and ${arg})` };
  }
  if (!file) return { ok: false, message: 'no labelled file given' };
  return { ok: true, options: { file, ...options } };
}

export function parseRows(content: string): { rows: Row[] } | { error: string } {
  const rows: Row[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return { error: `line ${i + 1}: not valid JSON` };
    }
    const parsed = RowSchema.safeParse(json);
    if (!parsed.success)
      return {
        error: `line ${i + 1}: ${parsed.error.issues[0]?.path.join('.') || 'record'} ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      };
    rows.push(parsed.data);
  }
  return { rows };
}

/** The writer of a message: the letters its id starts with ("d012" → "d"). */
export function writerOf(id: string): string {
  return /^[A-Za-z]+/.exec(id)?.[0] ?? '?';
}

interface Checked {
  row: Row;
  result: PurposeCheckResult;
  /** The verdict if the check were free to call it purposeful from any score: for tuning the threshold. */
  eligible: boolean;
  rawScore: number;
}

function run(row: Row): Checked {
  const input = {
    text: row.text,
    ...(row.channel ? { channel: row.channel } : {}),
    ...(row.prospect
      ? {
          prospect: {
            ...(row.prospect.name ? { name: row.prospect.name } : {}),
            ...(row.prospect.company ? { company: row.prospect.company } : {}),
            ...(row.prospect.role ? { role: row.prospect.role } : {}),
          },
        }
      : {}),
  };
  const result = checkPurpose(input);
  // With the threshold at 0 every message that is not boilerplate and not blocked comes out
  // purposeful with its raw score; the verdict at any other threshold follows from that.
  const open = checkPurpose(input, { purposefulFrom: 0 });
  return { row, result, eligible: open.verdict === 'purposeful', rawScore: open.score };
}

function verdictAt(c: Checked, threshold: number): Predicted {
  const v = c.result.verdict;
  if (v === 'not_checked' || v === 'boilerplate') return v;
  return c.eligible && c.rawScore >= threshold ? 'purposeful' : 'needs_work';
}

interface Tally {
  right: number;
  binaryRight: number;
  total: number;
}

/**
 * A message in a language the check does not read is right when it is not checked: the contract is
 * "no verdict", whatever its label says about it.
 */
function tally(items: readonly { label: Label; predicted: Predicted; lang?: string | undefined }[]): Tally {
  let right = 0;
  let binaryRight = 0;
  for (const { label, predicted, lang } of items) {
    if (lang !== undefined && !isSupportedLang(lang)) {
      if (predicted === 'not_checked') {
        right++;
        binaryRight++;
      }
      continue;
    }
    if (label === predicted) right++;
    if ((label === 'purposeful') === (predicted === 'purposeful')) binaryRight++;
  }
  return { right, binaryRight, total: items.length };
}

const pct = (n: number, d: number): string => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export interface EvalReport {
  lines: string[];
  failures: string[];
}

export function evaluate(rows: readonly Row[], options: Omit<EvalOptions, 'file'>): EvalReport {
  const checked = rows.map(run);
  // One more pass, timed on CPU: the speed of the check on this file's own mix of messages.
  const cpu = process.cpuUsage();
  for (const c of checked) checkPurpose({ text: c.row.text, ...(c.row.channel ? { channel: c.row.channel } : {}) });
  const used = process.cpuUsage(cpu);
  const perCpuSecond = rows.length / ((used.user + used.system) / 1e6 || 1e-6);
  const lines: string[] = [];
  const failures: string[] = [];
  const predicted = checked.map((c) => ({
    label: c.row.label,
    predicted: c.result.verdict as Predicted,
    lang: c.row.lang,
  }));

  // Confusion matrix: rows are the labels, columns what the check said.
  const pad = (s: string | number): string => String(s).padStart(12);
  lines.push(`${'label \\ check'.padEnd(14)}${PREDICTED.map(pad).join('')}`);
  for (const label of LABELS) {
    const counts = PREDICTED.map((p) => predicted.filter((x) => x.label === label && x.predicted === p).length);
    lines.push(`${label.padEnd(14)}${counts.map(pad).join('')}`);
  }
  const all = tally(predicted);
  lines.push(
    '',
    `all: ${pct(all.right, all.total)} three-class, ${pct(all.binaryRight, all.total)} purposeful-or-not (${all.total} messages)`,
  );
  const boilerplateCalledPurposeful = predicted.filter(
    (x) => x.label === 'boilerplate' && x.predicted === 'purposeful',
  ).length;
  lines.push(`boilerplate called purposeful: ${boilerplateCalledPurposeful}`);
  if (boilerplateCalledPurposeful > 0)
    failures.push(`${boilerplateCalledPurposeful} boilerplate message(s) called purposeful`);

  const check = (name: string, t: Tally): void => {
    if (t.total === 0) return;
    if (options.minAccuracy !== undefined && t.right / t.total < options.minAccuracy) {
      failures.push(`${name}: three-class ${pct(t.right, t.total).trim()} < ${options.minAccuracy * 100}%`);
    }
    if (options.minBinary !== undefined && t.binaryRight / t.total < options.minBinary) {
      failures.push(`${name}: purposeful-or-not ${pct(t.binaryRight, t.total).trim()} < ${options.minBinary * 100}%`);
    }
  };

  const writers = [...new Set(rows.map((r) => writerOf(r.id)))].sort();
  lines.push('', 'per writer (in-sample)            three-class  binary    n');
  for (const w of writers) {
    const t = tally(predicted.filter((_, i) => writerOf(rows[i]?.id ?? '') === w));
    lines.push(
      `  ${w.padEnd(32)}${pct(t.right, t.total).padStart(11)} ${pct(t.binaryRight, t.total).padStart(7)} ${String(t.total).padStart(4)}`,
    );
    if (!options.loo) check(`writer ${w}`, t);
  }

  if (options.loo && writers.length > 1) {
    lines.push('', 'leave one writer out              three-class  binary    n   threshold (tuned on the others)');
    for (const w of writers) {
      const train = checked.filter((c) => writerOf(c.row.id) !== w);
      const test = checked.filter((c) => writerOf(c.row.id) === w);
      let best = PURPOSEFUL_FROM;
      let bestScore = -1;
      for (let threshold = 40; threshold <= 90; threshold++) {
        const t = tally(
          train.map((c) => ({ label: c.row.label, predicted: verdictAt(c, threshold), lang: c.row.lang })),
        );
        // Ties go to the threshold nearest the default, so the choice does not wander on noise.
        const score = t.right + t.binaryRight;
        if (
          score > bestScore ||
          (score === bestScore && Math.abs(threshold - PURPOSEFUL_FROM) < Math.abs(best - PURPOSEFUL_FROM))
        ) {
          best = threshold;
          bestScore = score;
        }
      }
      const t = tally(test.map((c) => ({ label: c.row.label, predicted: verdictAt(c, best), lang: c.row.lang })));
      lines.push(
        `  ${w.padEnd(32)}${pct(t.right, t.total).padStart(11)} ${pct(t.binaryRight, t.total).padStart(7)} ${String(t.total).padStart(4)}   ${best}`,
      );
      check(`held-out writer ${w}`, t);
    }
  }

  const langs = [...new Set(rows.map((r) => r.lang ?? 'en'))].sort();
  lines.push('', 'per language                     three-class  binary    n   not checked');
  for (const lang of langs) {
    const items = predicted.filter((_, i) => (rows[i]?.lang ?? 'en') === lang);
    const t = tally(items);
    const skipped = items.filter((x) => x.predicted === 'not_checked').length;
    lines.push(
      `  ${lang.padEnd(32)}${pct(t.right, t.total).padStart(11)} ${pct(t.binaryRight, t.total).padStart(7)} ${String(t.total).padStart(4)}   ${skipped}`,
    );
    if (langs.length > 1) check(`language ${lang}`, t);
  }

  // A purposeful message holds all four parts, so a finding asking for one of them is a false warning.
  const purposeful = checked.filter((c) => c.row.label === 'purposeful');
  const falseMissing = purposeful.filter((c) => c.result.findings.some((f) => MISSING.has(f.code)));
  lines.push(
    '',
    `false "missing part" warnings on purposeful messages: ${pct(falseMissing.length, purposeful.length).trim()} (${falseMissing.length} of ${purposeful.length})`,
  );
  const byCode = new Map<string, number>();
  for (const c of falseMissing)
    for (const f of c.result.findings) if (MISSING.has(f.code)) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  if (byCode.size > 0) lines.push(`  ${[...byCode.entries()].map(([code, n]) => `${code} ${n}`).join(', ')}`);
  if (
    options.maxFalseMissing !== undefined &&
    purposeful.length > 0 &&
    falseMissing.length / purposeful.length > options.maxFalseMissing
  ) {
    failures.push(
      `false missing-part warnings ${pct(falseMissing.length, purposeful.length).trim()} > ${options.maxFalseMissing * 100}%`,
    );
  }

  lines.push(`speed on this file: ${Math.round(perCpuSecond).toLocaleString('en-US')} checks per CPU-second`);

  const misses = checked.filter((c) =>
    c.row.lang !== undefined && !isSupportedLang(c.row.lang)
      ? c.result.verdict !== 'not_checked'
      : c.result.verdict !== c.row.label,
  );
  if (misses.length > 0) {
    lines.push('', 'misses:');
    for (const c of misses)
      lines.push(`  ${c.row.id || '(no id)'}: ${c.row.label} → ${c.result.verdict} (${c.result.score})`);
  }
  if (process.env.EVAL_SHOW_FALSE_MISSING) {
    for (const c of falseMissing) {
      lines.push(
        `  false missing ${c.row.id}: ${c.result.findings
          .filter((f) => MISSING.has(f.code))
          .map((f) => f.code)
          .join(',')}`,
      );
    }
  }
  return { lines, failures };
}

export function main(argv: readonly string[]): number {
  const args = parseEvalArgs(argv);
  if (!args.ok) {
    process.stderr.write(`${args.message}\n${USAGE}\n`);
    return 2;
  }
  let content: string;
  try {
    content = fs.readFileSync(args.options.file, 'utf8');
  } catch (error) {
    process.stderr.write(
      `cannot read ${args.options.file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  const parsed = parseRows(content);
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  if (parsed.rows.length === 0) {
    process.stderr.write(`no labelled messages in ${args.options.file}\n`);
    return 2;
  }
  const { file: _file, ...options } = args.options;
  const report = evaluate(parsed.rows, options);
  process.stdout.write(`${report.lines.join('\n')}\n`);
  if (report.failures.length > 0) {
    process.stdout.write(`\nFAIL\n${report.failures.map((f) => `  ${f}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write('\nOK\n');
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
