/**
 * What the CLIs share: reading stdin as text (binary refused), writing with backpressure, and how a
 * CLI ends (its exit code; a reader that went away is no error; a bad input is exit 2).
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

/** Bad input: the message goes to stderr as it is, and the CLI exits 2. */
export class InputError extends Error {}

export const NOT_TEXT = 'stdin is not UTF-8 text (a binary file?): give the message as plain text';

/**
 * Decodes stdin as UTF-8, refusing what is not text: an invalid UTF-8 sequence, or a NUL byte (which
 * valid UTF-8 allows but no message contains).
 */
export async function* decodeText(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes?: Buffer): string => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new InputError(NOT_TEXT);
    }
  };
  for await (const chunk of stream) {
    const text = decode(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    if (text.includes('\0')) throw new InputError(NOT_TEXT);
    if (text) yield text;
  }
  const rest = decode();
  if (rest.includes('\0')) throw new InputError(NOT_TEXT);
  if (rest) yield rest;
}

/**
 * The input's lines that are not blank, each with its line number (blank lines counted, so an error
 * names the line a person sees), decoded as `decodeText` does. Leaving the loop early closes the input.
 */
export async function* numberedLines(
  input: AsyncIterable<Buffer | string>,
): AsyncGenerator<{ n: number; line: string }> {
  let n = 0;
  for await (const line of createInterface({ input: Readable.from(decodeText(input)), crlfDelay: Infinity })) {
    n++;
    if (line.trim() !== '') yield { n, line };
  }
}

/** Respects backpressure, so that a large output streams instead of piling up in memory. */
export async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Runs a CLI's `main` as the process: its code is the exit code; a failure is one line on stderr. */
export function runMain(main: (argv: string[]) => Promise<number>): void {
  // The reader went away (`--jsonl | head`): what it wanted has been written; stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = error instanceof InputError ? 2 : 1;
    },
  );
}
