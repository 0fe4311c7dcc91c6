import { PassThrough, Readable } from 'node:stream';
import { main, runJsonl } from '../../src/cli/draft';

async function run(
  lines: unknown[],
  withCheck: boolean,
): Promise<{ code: number; out: Array<Record<string, unknown>>; err: string }> {
  const input = Readable.from([lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')]);
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errChunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  err.on('data', (c: Buffer) => errChunks.push(c.toString()));
  const code = await runJsonl(input, out, err, withCheck);
  return {
    code,
    out: chunks
      .join('')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
    err: errChunks.join(''),
  };
}

const SET = {
  id: 'x1',
  channel: 'linkedin_connection_note',
  prospect: { name: 'Marisa Whitfield', company: 'Harlow Freight', role: 'Controller' },
  answers: {
    whoIAm: 'AE @ Flowdesk, ap automation',
    howKnow: '',
    whyYou: 'she posted about her team closing the books in 4 days instead of 9',
    value: 'our benchmark of 40 finance teams on close times',
    ask: 'want me to send it?',
  },
  lang: 'en',
  traits: ['fragment', 'third_person'],
};

describe('npm run -s draft -- --jsonl', () => {
  it('writes one line per answer set, in order, with the text and the check’s verdict', async () => {
    const { code, out } = await run([SET, { ...SET, id: 'x2', prospect: { name: 'Greg Halloran' } }], false);
    expect(code).toBe(0);
    expect(out.map((l) => l.id)).toEqual(['x1', 'x2']);
    expect(out[0]).toMatchObject({ lang: 'en', verdict: 'purposeful' });
    expect(out[0]!.text).toMatch(/^Hi Marisa,/);
    expect(out[1]!.text).toMatch(/^Hi Greg,|^Hello Greg,/);
    expect(out[0]).not.toHaveProperty('faults');
  });

  it('with --check, adds the faults, prints the table and exits 1 when a set fails', async () => {
    const failing = { ...SET, id: 'x3', answers: { ...SET.answers, whyYou: 'saw your profile', ask: 'connect' } };
    const { code, out, err } = await run([SET, failing], true);
    expect(out[0]!.faults).toEqual([]);
    expect(out[1]!.faults).toEqual(expect.arrayContaining([expect.objectContaining({ fault: 'not_purposeful' })]));
    expect(err).toMatch(/purposeful with all four parts\s+1\/2\s+fails: x3/);
    expect(code).toBe(1);
  });

  it('exits 0 with --check when every set passes, and 2 on a bad line', async () => {
    expect((await run([SET], true)).code).toBe(0);
    const bad = await run([SET, '{not json'], false);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/line 2: not valid JSON/);
    expect((await run([{ ...SET, channel: 'fax' }], false)).code).toBe(2);
  });

  it('refuses to run without --jsonl', async () => {
    expect(await main(['--check'])).toBe(2);
  });
});
