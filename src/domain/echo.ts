// Fragments of a rep's own text echoed back in a message ("I can't read "…" as a date") stay short, so a
// pasted essay never bounces back, and carry no control characters.
export const ECHO_LIMIT = 40;

/** The fragment as it may be echoed: control characters dropped, at most ECHO_LIMIT characters. */
export function echo(fragment: string): string {
  const flat = fragment.replace(/\p{Cc}/gu, '').trim();
  return flat.length <= ECHO_LIMIT ? flat : `${flat.slice(0, ECHO_LIMIT - 1)}…`;
}

/** The echoed fragment in double quotes. */
export function quoted(fragment: string): string {
  return `"${echo(fragment)}"`;
}
