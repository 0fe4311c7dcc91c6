import * as fs from 'node:fs';
import * as path from 'node:path';
import { evaluate, parseEvalArgs, parseRows, writerOf } from '../../src/cli/eval';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../fixtures/eval-sample.jsonl'), 'utf8');

describe('npm run eval', () => {
  it('reads the file and the thresholds', () => {
    expect(parseEvalArgs(['--', 'x.jsonl', '--min-accuracy', '0.9', '--min-binary', '0.95', '--loo'])).toEqual({
      ok: true,
      options: { file: 'x.jsonl', minAccuracy: 0.9, minBinary: 0.95, loo: true },
    });
    expect(parseEvalArgs([])).toEqual({ ok: false, message: 'no labelled file given' });
    expect(parseEvalArgs(['x.jsonl', '--min-accuracy', '90'])).toEqual({
      ok: false,
      message: '--min-accuracy takes a number from 0 to 1',
    });
  });

  it('names a bad line by its number', () => {
    expect(parseRows('{"id":"a","text":"hi","label":"purposeful"}\nnot json\n')).toEqual({
      error: 'line 2: not valid JSON',
    });
    expect(parseRows('{"id":"a","text":"hi","label":"great"}\n')).toEqual({
      error: expect.stringMatching(/^line 1: label/),
    });
  });

  it('takes the writer from the letters an id starts with', () => {
    expect(writerOf('d012')).toBe('d');
    expect(writerOf('gx7')).toBe('gx');
    expect(writerOf('')).toBe('?');
  });

  const parsed = parseRows(SAMPLE);
  const rows = 'rows' in parsed ? parsed.rows : [];

  it('prints the confusion matrix, each writer and each language, and the false missing-part rate', () => {
    const { lines } = evaluate(rows, { loo: false });
    const text = lines.join('\n');
    expect(text).toMatch(/^label \\ check\s+purposeful\s+needs_work\s+boilerplate\s+not_checked$/m);
    expect(text).toMatch(/^purposeful\s+1\s+0\s+1\s+1$/m);
    expect(text).toMatch(/^\s+a\s+100\.0%\s+100\.0%\s+2$/m);
    expect(text).toMatch(/^\s+b\s+50\.0%\s+50\.0%\s+2$/m);
    expect(text).toMatch(/^\s+it\s+100\.0%\s+100\.0%\s+1\s+1$/m);
    expect(text).toMatch(/false "missing part" warnings on purposeful messages: 33\.3% \(1 of 3\)/);
  });

  it('fails under the thresholds it is given, and only then', () => {
    expect(evaluate(rows, { loo: false }).failures).toEqual([]);
    const { failures } = evaluate(rows, { loo: true, minAccuracy: 0.9, maxFalseMissing: 0.05 });
    expect(failures).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^held-out writer b: three-class/),
        expect.stringMatching(/^false missing-part warnings/),
      ]),
    );
    expect(
      failures.some(
        (f) => f.startsWith('held-out writer a') || f.startsWith('held-out writer c') || f.startsWith('language it'),
      ),
    ).toBe(false);
  });
});
