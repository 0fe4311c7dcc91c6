import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';

/**
 * Slack never sends more than a few hundred kilobytes (a modal's state, a long message); 1 MB leaves
 * room and keeps one request from holding megabytes of memory.
 */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;
/** Past this, an oversized body is not even drained: the connection is cut. */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;
/**
 * Slack sends a whole body at once and wants an answer within 3 s: a body still arriving after this
 * is a slow client (slowloris), not Slack. Without it, Node's own limit is 5 minutes per request.
 */
export const BODY_TIMEOUT_MS = 10_000;
/** All bodies being read at one time, together: many slow clients can't pile up memory past this. */
export const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

export type Refusal = 'too_large' | 'malformed' | 'slow' | 'busy';

const MESSAGES = {
  400: 'malformed request',
  408: 'request body too slow',
  413: 'request body too large',
  503: 'busy, try again',
} as const;

/** A form key that is `payload`, or holds a `%` (percent-encoded, it may decode to `payload`). */
const PAYLOAD_OR_ENCODED_KEY = /(?:^|&)(?:payload(?:[=&]|$)|[^&=]*%)/;

/** A request's stream may still emit 'error' after its body is read; nothing to do then. */
const ignore = () => undefined;

/**
 * Why a body can't be a Slack request, or null when its shape is one. Slack only ever sends a JSON
 * object (events), form fields (slash commands) or form fields with a `payload` holding a JSON object
 * (interactions). Anything else (`null`, `[]`, `123`, an empty body) would reach Bolt's receiver,
 * which reads `body.ssl_check` in a promise nobody awaits: a signed `null` used to end the process.
 */
export function malformedBody(raw: Buffer, contentType: string | undefined): string | null {
  if (raw.length === 0) return 'empty body';
  const text = raw.toString('utf8');
  if (contentType === 'application/x-www-form-urlencoded') {
    // A slash command (most requests): no key is `payload` or percent-encoded (which could decode to
    // it), so nothing need be decoded to know its shape: any character but `&` makes a field. Parsing
    // it all here, and again in Bolt, was ~3 KB a request.
    if (!PAYLOAD_OR_ENCODED_KEY.test(text)) return /[^&]/.test(text) ? null : 'no form fields';
    const fields = parseQuery(text);
    if (Object.keys(fields).length === 0) return 'no form fields';
    if (fields.payload === undefined) return null;
    if (typeof fields.payload !== 'string') return 'payload given twice';
    return isJsonObject(fields.payload) ? null : 'payload is not a JSON object';
  }
  return isJsonObject(text) ? null : 'body is not a JSON object';
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Wraps the HTTP receiver's request listener: a POST to `path` is read here first (at most
 * `maxBytes`, else 413), refused with 400 when its shape can't be a Slack request, and otherwise
 * handed on with the body already buffered (Bolt reuses `req.rawBody`, so the signature check and
 * everything after it run as before). Other paths (health, metrics) pass straight through.
 */
export function guardSlackRequests(
  inner: RequestListener,
  options: {
    path: string;
    maxBytes?: number;
    /** A body not complete after this long gets 408 and the connection is closed. */
    bodyTimeoutMs?: number;
    /** Bytes of all bodies being read at one time; past it, 503. */
    maxBufferedBytes?: number;
    onRefused?: (reason: Refusal, detail: string) => void;
  },
): RequestListener {
  const maxBytes = options.maxBytes ?? MAX_SLACK_BODY_BYTES;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? BODY_TIMEOUT_MS;
  const maxBuffered = options.maxBufferedBytes ?? MAX_BUFFERED_BYTES;
  let buffered = 0;
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== options.path) return inner(req, res);
    let done = false;
    const chunks: Buffer[] = [];
    let held = 0;
    /** This request's bytes leave the shared budget (once; the chunks go with the request). */
    const settle = () => {
      done = true;
      clearTimeout(timer);
      buffered -= held;
      held = 0;
      chunks.length = 0;
    };
    const refuse = (status: 400 | 408 | 413 | 503, reason: Refusal, detail: string, cut = false) => {
      settle();
      options.onRefused?.(reason, detail);
      if (!res.headersSent) {
        res.writeHead(status, { 'content-type': 'text/plain', connection: 'close' });
        res.end(MESSAGES[status]);
      }
      // A client that is not sending (slow) or is past every bound: close once the answer is out.
      if (cut) res.writableFinished ? req.destroy() : res.once('finish', () => req.destroy());
    };
    const timer = setTimeout(() => refuse(408, 'slow', `${held} bytes in ${bodyTimeoutMs} ms`, true), bodyTimeoutMs);
    const declared = Number(req.headers['content-length']);
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > maxBytes;
    const onData = (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) tooLarge = true;
      // Keep draining (not storing) what a client is still sending, so it reads our 413 instead of
      // a reset connection; a body past the drain limit is cut off.
      if (tooLarge) {
        buffered -= held;
        held = 0;
        chunks.length = 0;
        if (size > MAX_DRAIN_BYTES) refuse(413, 'too_large', `${size} bytes and counting`, true);
        return;
      }
      if (buffered + chunk.length > maxBuffered)
        return refuse(503, 'busy', `${buffered} bytes of bodies being read`, true);
      buffered += chunk.length;
      held += chunk.length;
      chunks.push(chunk);
    };
    // A client gone before its body ended: its bytes leave the budget.
    const onClose = () => {
      if (!done) settle();
    };
    const onEnd = () => {
      if (done) return;
      if (tooLarge) return refuse(413, 'too_large', `${size} bytes`);
      const raw = Buffer.concat(chunks, size);
      settle();
      // Read: these handlers (and all they hold) need not live as long as the request does.
      req.off('data', onData).off('close', onClose).off('end', onEnd);
      const problem = malformedBody(raw, req.headers['content-type']);
      if (problem) return refuse(400, 'malformed', problem);
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
      try {
        inner(req, res);
      } catch {
        // Bolt's listener throws only for paths it doesn't serve; this one it does. Never let it escape.
        if (!res.headersSent) res.writeHead(500).end();
      }
    };
    req.on('data', onData).on('error', ignore).on('close', onClose).on('end', onEnd);
  };
}
