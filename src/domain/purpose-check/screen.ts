/**
 * Patterns behind keyword screens. Most patterns match few sentences, and running some thirty long
 * case-insensitive alternations over every sentence was most of the check's cost. Instead, one pass of
 * an Aho–Corasick automaton over the lowercased text finds every screen keyword at once, and a regex
 * runs only when one of its keywords is present. Every alternative of a screened regex must contain at
 * least one of its keys; the unit tests hold the screened patterns to that.
 */

const keyIds = new Map<string, number>();
let automaton: Automaton | undefined;

/** The keywords found in one text, by id: found[id] === 1 when that keyword occurs. */
export type Keywords = Uint8Array;

export class Screened {
  readonly ids: readonly number[];

  constructor(
    readonly keys: readonly string[],
    readonly re: RegExp,
  ) {
    this.ids = keys.map((k) => {
      if (k !== k.toLowerCase()) throw new Error(`screen keys are lowercase: ${k}`);
      let id = keyIds.get(k);
      if (id === undefined) {
        id = keyIds.size;
        keyIds.set(k, id);
        automaton = undefined;
      }
      return id;
    });
  }

  mayMatch(found: Keywords): boolean {
    for (const id of this.ids) if (found[id] === 1) return true;
    return false;
  }

  // A /g regex keeps lastIndex between calls; start every search from the beginning.
  test(text: string, found: Keywords): boolean {
    if (!this.mayMatch(found)) return false;
    this.re.lastIndex = 0;
    return this.re.test(text);
  }

  exec(text: string, found: Keywords): RegExpExecArray | null {
    if (!this.mayMatch(found)) return null;
    this.re.lastIndex = 0;
    return this.re.exec(text);
  }

  match(text: string, found: Keywords): RegExpMatchArray | null {
    return this.mayMatch(found) ? text.match(this.re) : null;
  }
}

export function screened(keys: readonly string[], re: RegExp): Screened {
  return new Screened(keys, re);
}

/** Every screen keyword that occurs in text (matched case-insensitively), in one pass. */
export function findKeywords(text: string): Keywords {
  automaton ??= buildAutomaton([...keyIds.keys()]);
  return automaton.scan(text.toLowerCase());
}

interface Automaton {
  scan(lower: string): Keywords;
}

function buildAutomaton(keys: readonly string[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const fail: number[] = [0];
  const out: number[][] = [[]];
  keys.forEach((key, id) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let to = next[node]?.get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        fail.push(0);
        out.push([]);
        next[node]?.set(c, to);
      }
      node = to;
    }
    out[node]?.push(id);
  });
  // Breadth-first: each node's failure link is the longest proper suffix that is also a prefix.
  const queue: number[] = [...(next[0]?.values() ?? [])];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q] as number;
    for (const [c, to] of next[node] ?? []) {
      queue.push(to);
      let f = fail[node] as number;
      while (f !== 0 && !next[f]?.has(c)) f = fail[f] as number;
      const candidate = next[f]?.get(c);
      fail[to] = candidate !== undefined && candidate !== to ? candidate : 0;
      out[to]?.push(...(out[fail[to] as number] ?? []));
    }
  }
  // For ASCII, resolve every transition in advance (a DFA), so the scan is one table lookup per
  // character; other characters (accents, emoji) walk the failure links.
  const nodes = next.length;
  const ascii = new Int32Array(nodes * 128);
  for (const node of [0, ...queue]) {
    for (let c = 0; c < 128; c++) {
      const to = next[node]?.get(c);
      ascii[node * 128 + c] = to !== undefined ? to : node === 0 ? 0 : (ascii[(fail[node] as number) * 128 + c] as number);
    }
  }
  const outs: (Int32Array | null)[] = out.map((o) => (o.length > 0 ? Int32Array.from(new Set(o)) : null));
  const size = keys.length;
  return {
    scan(lower: string): Keywords {
      const found = new Uint8Array(size);
      let node = 0;
      for (let i = 0; i < lower.length; i++) {
        const c = lower.charCodeAt(i);
        if (c < 128) node = ascii[node * 128 + c] as number;
        else {
          let to = next[node]?.get(c);
          while (to === undefined && node !== 0) {
            node = fail[node] as number;
            to = next[node]?.get(c);
          }
          node = to ?? 0;
        }
        const hits = outs[node];
        if (hits) for (let h = 0; h < hits.length; h++) found[hits[h] as number] = 1;
      }
      return found;
    },
  };
}
