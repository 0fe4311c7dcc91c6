import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { formatReport, parseArgs, parseLine } from '../../src/cli/purpose-check';
import { checkPurpose } from '../../src/domain/purpose-check';

const ROOT = path.resolve(__dirname, '../..');

function runCli(
  args: string[],
  stdin: string | Buffer,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/cli/purpose-check.ts', ...args], {
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const PURPOSEFUL =
  "Hi Luca, I'm Sara from Parlog (kitchen inventory software). Your post about throwing away 11% of fresh pasta on Mondays caught my eye. We helped a six-location group cut that roughly in half. Want me to send you the par-level sheet they used?";

describe('purpose-check CLI: pure parsing', () => {
  it.each([
    [[], { mode: 'report' }],
    [['--json'], { mode: 'json' }],
    [['--', '--jsonl'], { mode: 'jsonl' }],
    [['--channel', 'email'], { mode: 'report', channel: 'email' }],
    [['--json', '--channel=linkedin_inmail'], { mode: 'json', channel: 'linkedin_inmail' }],
  ])('parseArgs(%j)', (argv, options) => {
    expect(parseArgs(argv)).toEqual({ ok: true, options });
  });

  it('rejects unknown options and channels', () => {
    expect(parseArgs(['--yaml'])).toEqual({ ok: false, message: 'unknown option --yaml' });
    expect(parseArgs(['--channel', 'fax']).ok).toBe(false);
    expect(parseArgs(['--help'])).toEqual({ ok: 'help' });
  });

  it('parses a line, keeping its id and ignoring other extra fields', () => {
    const parsed = parseLine(
      JSON.stringify({ id: 'x1', label: 'purposeful', text: 'Hi', channel: 'email', prospect: { name: 'Ann' } }),
      1,
    );
    expect(parsed).toEqual({
      kind: 'input',
      input: { text: 'Hi', channel: 'email', prospect: { name: 'Ann' } },
      id: 'x1',
    });
    expect(parseLine('{"id":7,"text":"Hi"}', 1)).toEqual({ kind: 'input', input: { text: 'Hi' }, id: 7 });
    expect(parseLine('{"text":"Hi"}', 1)).toEqual({ kind: 'input', input: { text: 'Hi' } });
  });

  it.each([
    ['', { kind: 'skip' }],
    ['   ', { kind: 'skip' }],
    ['{not json', { kind: 'error', message: 'line 7: not valid JSON' }],
    ['{"channel":"email"}', { kind: 'error', message: 'line 7: no text' }],
    ['{"text":42}', { kind: 'error', message: 'line 7: no text' }],
    ['[1,2]', { kind: 'error', message: 'line 7: expected a JSON object with "text"' }],
  ])('parseLine(%j)', (line, expected) => {
    expect(parseLine(line, 7)).toEqual(expected);
  });

  it('reports a bad channel by line', () => {
    const parsed = parseLine('{"text":"Hi","channel":"fax"}', 3);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(/^line 3: channel must be one of/);
  });

  it('formats a readable report', () => {
    const report = formatReport(checkPurpose({ text: PURPOSEFUL }));
    expect(report).toMatch(/^Purpose check: \d+\/100, purposeful/);
    expect(report).toContain('[x] Who I am');
    expect(report).toContain('[x] Why you');
    expect(report).toContain('"Want me to send you the par-level sheet they used?"');
    expect(report).toMatch(/Stats: \d+ words/);
  });
});

describe('purpose-check CLI: the process', () => {
  it('--jsonl: one result per line, in order, skipping empty lines', async () => {
    const lines = [
      JSON.stringify({
        id: 'a',
        text: "I'd like to add you to my professional network on LinkedIn.",
        channel: 'linkedin_connection_note',
      }),
      '',
      JSON.stringify({
        id: 'b',
        text: PURPOSEFUL,
        channel: 'linkedin_message',
        prospect: { name: 'Luca Bianchi' },
        label: 'purposeful',
      }),
      JSON.stringify({ text: 'Hi Ben, just bumping this. Did you see my last message?' }),
    ];
    const { code, stdout, stderr } = await runCli(['--jsonl'], `${lines.join('\n')}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((r) => r.verdict)).toEqual(['boilerplate', 'purposeful', 'needs_work']);
    // Each result carries its input's id, first, so bulk results join back; a line without one gets none.
    expect(out.map((r) => r.id)).toEqual(['a', 'b', undefined]);
    expect(Object.keys(out[0])[0]).toBe('id');
    for (const r of out) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['score', 'verdict', 'parts', 'findings', 'stats']));
      expect(Object.keys(r.parts).sort()).toEqual(['one_clear_ask', 'whats_in_it_for_you', 'who_i_am', 'why_you']);
    }
  });

  it('--jsonl: a bad line stops with exit code 2 and its line number', async () => {
    const input = `${JSON.stringify({ text: PURPOSEFUL })}\n\nnot json at all\n${JSON.stringify({ text: 'never read' })}\n`;
    const { code, stdout, stderr } = await runCli(['--jsonl'], input);
    expect(code).toBe(2);
    expect(stderr).toContain('line 3: not valid JSON');
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('--jsonl: a line without text stops with exit code 2', async () => {
    const { code, stderr } = await runCli(['--jsonl'], '{"channel":"email"}\n');
    expect(code).toBe(2);
    expect(stderr).toContain('line 1: no text');
  });

  it('--json: one message on stdin, the result as one JSON object', async () => {
    const { code, stdout } = await runCli(['--json'], PURPOSEFUL);
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.verdict).toBe('purposeful');
    expect(r.parts.why_you.present).toBe(true);
  });

  it('default: a readable report', async () => {
    const { code, stdout } = await runCli([], "Let's connect");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Purpose check: \d+\/100, boilerplate/);
    expect(stdout).toContain('Almost nothing here');
  });

  it.each([[[]], [['--json']], [['--jsonl']]])(
    '%j: empty input is a one-line usage error, exit code 2',
    async (args) => {
      for (const input of ['', '  \n\n']) {
        const { code, stdout, stderr } = await runCli(args, input);
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr.trim().split('\n')).toHaveLength(1);
        expect(stderr).toMatch(/^no (message|JSON Lines) on stdin: pipe/);
      }
    },
  );

  it.each([
    ['invalid UTF-8', Buffer.from([0x48, 0x69, 0x20, 0xff, 0xfe, 0x00, 0x01])],
    ['a NUL byte', Buffer.from('Hi Dana,\0\0\0 I am Sam.')],
  ])('refuses binary input (%s) with exit code 2', async (_name, input) => {
    for (const args of [[], ['--jsonl']]) {
      const { code, stdout, stderr } = await runCli(args, input);
      expect([code, stdout, stderr.trim()]).toEqual([
        2,
        '',
        'stdin is not UTF-8 text (a binary file?): give the message as plain text',
      ]);
    }
  });

  it('--jsonl stops quietly when its reader goes away (| head -1)', async () => {
    const lines = `${JSON.stringify({ text: PURPOSEFUL })}\n`.repeat(5000);
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/cli/purpose-check.ts', '--jsonl'], {
        cwd: ROOT,
      });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      // Read one line, then close the pipe, as `head -1` does.
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', (exit) => resolve({ code: exit, stderr: err }));
      child.stdin.on('error', () => undefined); // it may stop reading before all lines are in
      child.stdin.end(lines);
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
