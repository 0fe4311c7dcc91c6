/**
 * What the operations benches (`overload`, `latency`, `chaos`) share: the app compiled once and run
 * as `npm start` runs it (`node src/main.js`, ROLE=bot or worker), its log lines, its memory, a private
 * redis-server, and a few numbers. Self-contained on purpose: these files only import the app's
 * `src/` and `test/support/`, so they can move with `bench/` as they are.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { type Agent, request } from 'node:http';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { transformSync } from '@swc/core';
import type { Pool } from 'pg';
import { TEST_REDIS_URL } from '../test/support/redis';
import { signSlackRequest } from '../test/support/slack-requests';

export const ROOT = path.resolve(__dirname, '..');
/** The tests' Redis unless BENCH_REDIS_URL says otherwise; each bench keeps to a key prefix of its own. */
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? TEST_REDIS_URL;
/** The signing secret the benches give the apps they start, and sign their requests with. */
export const SIGNING_SECRET = 'bench-signing-secret-0123456789';
/** Slack gives up on an ack after 3 s. */
export const SLACK_ACK_LIMIT_MS = 3000;
/** The issues' latency target: our p99 at most this many times the baseline's, measured in the same run. */
export const TARGET_P99_RATIO = 1.5;

/**
 * Compiles the TypeScript in `dirs` of `root` to CommonJS in a new temporary directory (`prefix…`), with
 * this checkout's node_modules and `root`'s migrations linked in, so that it runs as plain JavaScript.
 * A file that does not compile stops it, or with `skipBroken` is left out and listed in `skipped`.
 */
export function compileTree(
  root: string,
  dirs: string[],
  prefix: string,
  skipBroken = false,
): { dir: string; skipped: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const skipped: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        let code: string;
        try {
          ({ code } = transformSync(readFileSync(path.join(root, child), 'utf8'), {
            filename: child,
            swcrc: false,
            configFile: false,
            jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
            module: { type: 'commonjs' },
          }));
        } catch (err) {
          if (!skipBroken) throw err;
          skipped.push(child);
          continue;
        }
        const out = path.join(dir, child.replace(/\.ts$/, '.js'));
        mkdirSync(path.dirname(out), { recursive: true });
        writeFileSync(out, code);
      } else if (entry.name.endsWith('.json')) {
        // Data the code requires beside it (the purpose check's second-opinion model), as tsc's build copies it.
        mkdirSync(path.join(dir, rel), { recursive: true });
        copyFileSync(path.join(root, child), path.join(dir, child));
      }
    }
  };
  for (const rel of dirs) walk(rel);
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // The app applies migrations from ../../migrations relative to the compiled store/migrate.js.
  symlinkSync(path.join(root, 'migrations'), path.join(dir, 'migrations'), 'dir');
  return { dir, skipped };
}

/**
 * Compiles `<root>/src` (the on-the-fly compiler alone holds 100 MB, which would swamp the memory
 * being measured). `root` lets a bench run another checkout's code (BENCH_APP_ROOT, e.g. main's, for
 * "before" figures) with the same load.
 */
export function compileApp(root = process.env.BENCH_APP_ROOT ?? ROOT): { dir: string; root: string; cleanup(): void } {
  const { dir } = compileTree(root, ['src'], 'purposeful-ops-bench-');
  return { dir, root, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a bench as the process: its lines to stdout; a failure to stderr, and exit 1. */
export function runBench(bench: () => Promise<{ lines: string[] }>): void {
  bench().then(
    (r) => {
      for (const line of r.lines) process.stdout.write(`${line}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export interface AppChild {
  name: string;
  process: ChildProcess;
  pid: number;
  port: number;
  /** Every line it wrote (JSON log lines, or anything else), counted and the last 200 kept. */
  lines: string[];
  lineCount: number;
  /** Log lines by message (pino's `msg`; anything else by its first 60 characters). */
  messages: Map<string, number>;
  exit: { code: number | null; signal: string | null } | undefined;
  exited: Promise<void>;
}

/**
 * `node <dir>/src/main.js` with `env` (ROLE, DATABASE_URL, …), resolved once it listens on PORT
 * (the bot's "bot listening", a worker's "operator endpoints listening"). `nodeArgs` are extra V8
 * flags; none by default, so memory is bounded by the app, not by a heap cap.
 */
export function startApp(
  dir: string,
  name: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
  timeoutMs = 60_000,
): Promise<AppChild> {
  const proc = spawn(process.execPath, [...nodeArgs, path.join(dir, 'src', 'main.js')], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: 'info',
      PORT: '0',
      DEFAULT_TIMEZONE: 'UTC',
      ...env,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child: AppChild = {
    name,
    process: proc,
    pid: proc.pid!,
    port: 0,
    lines: [],
    lineCount: 0,
    messages: new Map(),
    exit: undefined,
    exited: Promise.resolve(),
  };
  child.exited = new Promise<void>((resolve) =>
    proc.once('exit', (code, signal) => {
      child.exit = { code, signal };
      resolve();
    }),
  );
  return new Promise<AppChild>((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${timeoutMs} ms:\n${child.lines.slice(-20).join('\n')}`));
    }, timeoutMs);
    void child.exited.then(() => {
      clearTimeout(timer);
      reject(
        new Error(
          `${name} exited before it listened (${JSON.stringify(child.exit)}):\n${child.lines.slice(-20).join('\n')}`,
        ),
      );
    });
    const keep = (line: string) => {
      child.lineCount++;
      let key = line.slice(0, 60);
      try {
        key = String((JSON.parse(line) as { msg?: unknown }).msg ?? key);
      } catch {
        // not JSON: counted by its start
      }
      child.messages.set(key, (child.messages.get(key) ?? 0) + 1);
      child.lines.push(line);
      if (child.lines.length > 200) child.lines.shift();
      const m = /"port":(\d+).*"msg":"(bot listening|operator endpoints listening)"/.exec(line);
      // Older code (main before this branch) serves no port in a worker: "worker started" is its ready line.
      if (m || line.includes('"msg":"worker started"')) {
        if (m) child.port = Number(m[1]);
        clearTimeout(timer);
        resolve(child);
      }
    };
    createInterface({ input: proc.stdout! }).on('line', keep);
    createInterface({ input: proc.stderr! }).on('line', keep);
  });
}

/** SIGTERM, then SIGKILL after 5 s. Never throws. */
export async function stopApp(child: AppChild | undefined): Promise<void> {
  if (!child || child.exit) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), 5000);
  await child.exited;
  clearTimeout(timer);
}

/** VmHWM (peak resident set since start) and VmRSS, bytes; undefined once the process is gone. */
export function memoryOf(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** Keeps the highest VmHWM seen per process (sampled, since a crashed process takes its own with it). */
export function peakTracker(children: AppChild[]): { stop(): Map<string, number> } {
  const peaks = new Map<string, number>();
  const sample = () => {
    for (const c of children) {
      const m = memoryOf(c.pid);
      // A killed process lingers a moment as a zombie, without memory figures.
      if (m && Number.isFinite(m.peak)) peaks.set(c.name, Math.max(peaks.get(c.name) ?? 0, m.peak));
    }
  };
  const timer = setInterval(sample, 200);
  sample();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peaks;
    },
  };
}

export interface PrivateRedis {
  port: number;
  url: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

/**
 * A redis-server of the bench's own on a free port, with an append-only file (as the README asks of
 * production), so that a restart keeps the queue. Never the machine's shared server.
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'purposeful-redis-'));
  let proc: ChildProcess | undefined;
  const start = async () => {
    proc = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'everysec',
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
      ],
      {
        stdio: 'ignore',
      },
    );
    // Ready once it accepts a connection.
    for (let i = 0; i < 100; i++) {
      const ok = await new Promise<boolean>((resolve) => {
        const socket = createConnection({ host: '127.0.0.1', port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
      if (ok) return;
      await sleep(50);
    }
    throw new Error(`redis-server on ${port} did not start`);
  };
  const stop = async () => {
    const p = proc;
    if (!p || p.exitCode !== null) return;
    const gone = new Promise<void>((resolve) => p.once('exit', () => resolve()));
    p.kill('SIGTERM'); // Redis writes its append-only file and exits
    await gone;
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      await stop();
      await start();
    },
  };
}

/** CPU time (user + system) a process has used so far, in clock ticks (1/100 s on Linux); NaN once it is gone. */
function cpuTicks(pid: number): number {
  try {
    // The fields after the command name (which may hold spaces): state is the 1st, utime the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return NaN;
  }
}

/**
 * How busy the machine is from now until `stop()`, in percent of all its CPUs' time: in all (every
 * process that isn't idle) and by `pids` (the bench's own processes), so that a report can say how much
 * of it was someone else's load. From /proc; NaN where there is none.
 */
export function machineBusy(pids: number[]): { stop(): { all: number; ours: number } } {
  const read = () => {
    try {
      const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
      const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
      return { idle, total: fields.reduce((a, b) => a + b, 0), ours: pids.reduce((n, pid) => n + cpuTicks(pid), 0) };
    } catch {
      return { idle: NaN, total: NaN, ours: NaN };
    }
  };
  const start = read();
  return {
    stop() {
      const end = read();
      const total = end.total - start.total;
      return {
        all: Math.round(100 * (1 - (end.idle - start.idle) / total)),
        ours: Math.round((100 * (end.ours - start.ours)) / total),
      };
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : 'n/a');
export const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

export interface Answer {
  status: number;
  ms: number;
  body: string;
  error?: string;
}

/**
 * One signed request to `/slack/events`, as Slack sends it (form-encoded, signature over the body),
 * timed from `t0` (when it was due, for an open loop) to the answer. Never rejects.
 */
export function postSigned(
  port: number,
  agent: Agent,
  body: string,
  secret: string,
  t0 = performance.now(),
  timeoutMs = 10_000,
): Promise<Answer> {
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'content-length': String(Buffer.byteLength(body)),
    ...signSlackRequest(body, secret),
  };
  return new Promise<Answer>((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          ms: performance.now() - t0,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', (err) => resolve({ status: 0, ms: performance.now() - t0, body: '', error: err.message }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (err) => resolve({ status: 0, ms: performance.now() - t0, body: '', error: err.message }));
    req.end(body);
  });
}

/** Open outreach for `reps` reps of `teamId` (what `/outreach list` shows and reminder buttons act on). */
export async function seedOutreach(
  pool: Pool,
  teamId: string,
  reps: string[],
  perRep: number,
): Promise<Map<string, string[]>> {
  const { rows } = await pool.query<{ id: string; rep_id: string }>(
    `INSERT INTO outreach (team_id, rep_id, prospect_name, prospect_company, channel, sent_text, purpose_score, verdict, status, sent_at, source_key)
     SELECT $1, r, 'Prospect ' || i, 'Company ' || i, 'linkedin_message', 'Hi, I lead partnerships at Routely. Your post stuck with me. Would it help if I sent our benchmark?',
            80, 'purposeful', 'sent', now() - i * interval '1 hour', 'seed-' || r || '-' || i
     FROM unnest($2::text[]) AS r, generate_series(1, $3::int) AS i
     RETURNING id::text, rep_id`,
    [teamId, reps, perRep],
  );
  const byRep = new Map<string, string[]>();
  for (const r of rows) byRep.set(r.rep_id, [...(byRep.get(r.rep_id) ?? []), r.id]);
  await pool.query('ANALYZE outreach');
  return byRep;
}

/** The most frequent log messages of some processes, for a report line. */
export function topMessages(children: AppChild[], n = 4): string {
  const all = new Map<string, number>();
  for (const c of children) for (const [m, k] of c.messages) all.set(m, (all.get(m) ?? 0) + k);
  return (
    [...all]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([m, k]) => `${k}× ${m.slice(0, 80)}`)
      .join('; ') || 'none'
  );
}
