/**
 * The purpose check against the labelled development corpus (/work/shared/corpus/dev.jsonl, or
 * PURPOSE_CORPUS). Prints the confusion matrix and per-writer accuracy; fails below 85% accuracy or
 * if any boilerplate message is called purposeful, the one mistake a rep would never forgive.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPurpose, type Channel, type Prospect, type Verdict } from '../../src/domain/purpose-check';

interface Labelled {
  id: string;
  channel?: Channel;
  prospect?: Prospect;
  text: string;
  label: Verdict;
}

const CORPUS = process.env.PURPOSE_CORPUS ?? path.resolve(__dirname, '../../../shared/corpus/dev.jsonl');
const VERDICTS: Verdict[] = ['purposeful', 'needs_work', 'boilerplate'];

function load(file: string): Labelled[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Labelled);
}

describe('purpose check on the labelled corpus', () => {
  // A missing corpus fails loudly here rather than skipping: a silent skip would pass any check.
  const rows = load(CORPUS);
  const matrix = new Map<Verdict, Map<Verdict, number>>(VERDICTS.map((t) => [t, new Map(VERDICTS.map((p) => [p, 0]))]));
  const byWriter = new Map<string, { right: number; total: number }>();
  const misses: string[] = [];
  for (const row of rows) {
    const input = { text: row.text, ...(row.channel ? { channel: row.channel } : {}), ...(row.prospect ? { prospect: row.prospect } : {}) };
    const { verdict, score } = checkPurpose(input);
    const cell = matrix.get(row.label);
    cell?.set(verdict, (cell.get(verdict) ?? 0) + 1);
    // Ids start with the writer's letter (d…, e…).
    const writer = row.id.replace(/\d+$/, '') || '?';
    const w = byWriter.get(writer) ?? { right: 0, total: 0 };
    w.total++;
    if (verdict === row.label) w.right++;
    else misses.push(`${row.id}: ${row.label} → ${verdict} (${score})`);
    byWriter.set(writer, w);
  }
  const right = [...byWriter.values()].reduce((n, w) => n + w.right, 0);
  const accuracy = rows.length === 0 ? 0 : right / rows.length;

  it('prints the confusion matrix (rows: truth, columns: predicted)', () => {
    const pad = (s: string | number) => String(s).padStart(12);
    const lines = [`${'truth \\ predicted'.padEnd(18)}${VERDICTS.map(pad).join('')}`];
    for (const t of VERDICTS) lines.push(`${t.padEnd(18)}${VERDICTS.map((p) => pad(matrix.get(t)?.get(p) ?? 0)).join('')}`);
    lines.push('', `accuracy ${(accuracy * 100).toFixed(1)}% on ${rows.length} messages`);
    for (const [writer, w] of [...byWriter.entries()].sort()) {
      lines.push(`writer ${writer}: ${(100 * w.right / w.total).toFixed(1)}% (${w.right}/${w.total})`);
    }
    if (misses.length) lines.push('', 'misses:', ...misses);
    console.log(lines.join('\n'));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('gets at least 85% of verdicts right', () => {
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('never calls a boilerplate message purposeful', () => {
    expect(matrix.get('boilerplate')?.get('purposeful')).toBe(0);
  });
});
