/**
 * Patterns behind keyword screens. Most patterns match few sentences, and running some thirty long
 * case-insensitive alternations over every sentence was most of the check's cost. Instead, one pass of
 * an Aho–Corasick automaton over the lowercased text finds every screen keyword at once, and a regex
 * runs only when one of its keywords is present. Every alternative of a screened regex must contain at
 * least one of its keys; the unit tests hold the screened patterns to that. A key's space stands for a
 * space in its regex, never for \s: the scan reads the text as it is.
 */

/**
 * Slots of a Keywords array. Each distinct list of keys that a screen asks about (its "set") has one,
 * which the scan marks whenever it finds one of the set's keys. A screen then asks one slot whether any
 * of its keys is there, instead of looking at each: most screens are asked about every sentence, and a
 * few have a hundred keys. Keys themselves have numbers, for the automaton, but no slot: no one asks
 * about a key on its own, and the arrays are a fifth of the size (some 2,000 keys, 400 sets). A slot
 * once given never moves.
 */
const keyIds = new Map<string, number>();
const setIds = new Map<string, number>();
/** The keys of each set, by the set's slot. */
const setMembers = new Map<number, readonly number[]>();
let slots = 0;
let keyCount = 0;
let automaton: Automaton | undefined;
/**
 * The long s ("ſ") is a key of no screen, only a mark (a set of its own): found[LONG_S] is 0 when the
 * text has none, so byBranch need not search the text for one at every call (see byBranch).
 */
const LONG_S = setId([keyId('\u017f')]);

/** The keywords found in one text, by set: found[slot] === 1 when a key of that set occurs. */
export type Keywords = Uint8Array;

export class Screened {
  readonly ids: readonly number[];
  readonly narrowIds: readonly number[];
  /**
   * The top-level alternatives of the regex, each screened by its own keys (see screenedBranches):
   * a long alternation costs at every character of the text, and a text has the keys of few of them.
   */
  readonly branches: readonly Screened[];

  /**
   * `narrow` is a second list of keys, for a screen whose first keys are common words ("just ",
   * "time"): every alternative contains one of each list, and the regex runs only when both lists
   * have a key in the text. A second list rather than new first keys, so that the first list lets
   * through exactly what it always did, and the second only holds back texts the regex cannot match.
   */
  constructor(
    readonly keys: readonly string[],
    readonly re: RegExp,
    readonly narrow: readonly string[] = [],
    branches: readonly Screened[] = [],
  ) {
    this.ids = keys.map(keyId);
    this.narrowIds = narrow.map(keyId);
    this.branches = branches;
    this.set = setId(this.ids);
    this.narrowSet = this.narrowIds.length === 0 ? -1 : setId(this.narrowIds);
    this.branchSets = Int32Array.from(branches, (b) => b.set);
    this.branchNarrowSets = Int32Array.from(branches, (b) => b.narrowSet);
    this.caselessUnicode = re.unicode && re.ignoreCase;
  }

  /** Each branch's slots, so a pass over the branches reads them from two arrays (see mayMatch). */
  private readonly branchSets: Int32Array;
  private readonly branchNarrowSets: Int32Array;
  /** The flags /iu, read once: see byBranch. */
  private readonly caselessUnicode: boolean;

  /** branches[b].mayMatch(found), from the arrays. */
  private branchMayMatch(b: number, found: Keywords): boolean {
    const narrow = this.branchNarrowSets[b] as number;
    return found[this.branchSets[b] as number] === 1 && (narrow < 0 || found[narrow] === 1);
  }

  /** The slots marked when any of keys, or of narrow, is in a text (see setId); -1 for no narrow keys. */
  private readonly set: number;
  private readonly narrowSet: number;

  mayMatch(found: Keywords): boolean {
    return found[this.set] === 1 && (this.narrowSet < 0 || found[this.narrowSet] === 1);
  }

  // A /g regex keeps lastIndex between calls; start every search from the beginning.
  test(text: string, found: Keywords): boolean {
    if (!this.mayMatch(found)) return false;
    if (this.byBranch(text, found)) return this.anyBranch(text, found);
    this.re.lastIndex = 0;
    return this.re.test(text);
  }

  /** Whether any branch matches (byBranch answered yes). */
  private anyBranch(text: string, found: Keywords): boolean {
    const branches = this.branches;
    for (let b = 0; b < branches.length; b++) {
      if (this.branchMayMatch(b, found) && (branches[b] as Screened).test(text, found)) return true;
    }
    return false;
  }

  exec(text: string, found: Keywords): RegExpExecArray | null {
    if (!this.mayMatch(found)) return null;
    if (this.byBranch(text, found)) return this.leftmost(text, found);
    this.re.lastIndex = 0;
    return this.re.exec(text);
  }

  match(text: string, found: Keywords): RegExpMatchArray | null {
    if (!this.mayMatch(found)) return null;
    // Without /g, String#match is exec; with it, every match is wanted, and the whole regex finds them, but
    // only where a branch matches: most texts that pass the keys have none.
    if (this.byBranch(text, found)) {
      if (!this.re.global) return this.leftmost(text, found);
      if (!this.anyBranch(text, found)) return null;
    }
    return text.match(this.re);
  }

  /**
   * Whether the branches answer for the whole regex. With the flags /iu a regex takes the long s
   * ("ſ") for an "s", which no lowercase key holds: a text with one is left to the whole regex. The
   * scan marks LONG_S wherever there is one, so only a text that may hold one is searched.
   */
  private byBranch(text: string, found: Keywords): boolean {
    return this.branches.length > 0 && !(this.caselessUnicode && found[LONG_S] === 1 && text.includes('\u017f'));
  }

  /** The whole regex's match: the leftmost of the branches', the earlier branch first at the same place. */
  private leftmost(text: string, found: Keywords): RegExpExecArray | null {
    let first: RegExpExecArray | null = null;
    const branches = this.branches;
    for (let b = 0; b < branches.length; b++) {
      if (!this.branchMayMatch(b, found)) continue;
      const m = (branches[b] as Screened).exec(text, found);
      if (m && (first === null || m.index < first.index)) first = m;
    }
    return first;
  }
}

export function screened(keys: readonly string[], re: RegExp, narrow?: readonly string[]): Screened {
  return new Screened(keys, re, narrow);
}

/** In screenedBranches, a branch that may match without any key of its own: it runs whenever any key of the pattern is there. */
export const ANY_KEY: readonly string[] = [];

/**
 * A screened pattern written as its top-level alternatives: `prefix(?:a|b|…)suffix`, each branch with the
 * keys (and, as in screened, narrow keys) that every match of it contains, or ANY_KEY. It matches
 * exactly what the whole regex screened by `keys` (by default all the branches' keys) matches: a
 * branch runs only when the pattern's keys and its own are in the text, and of the branches' matches
 * the leftmost wins, the earlier branch at the same place, as in the alternation. Branches have no
 * capturing groups, so a match's groups cannot shift.
 */
export function screenedBranches(
  around: { prefix: string; suffix: string; flags: string; keys?: readonly string[] },
  branches: readonly (readonly [keys: readonly string[], re: RegExp | string, narrow?: readonly string[]])[],
): Screened {
  const { prefix, suffix, flags } = around;
  const keys = around.keys ?? [...new Set(branches.flatMap(([k]) => k))];
  const sources = branches.map(([, re]) => (typeof re === 'string' ? re : re.source));
  const parts = branches.map(([own, , narrow], b) => {
    const source = sources[b] as string;
    if (new RegExp(`${source}|`).exec('')?.length !== 1) throw new Error(`a branch captures: ${source}`);
    const stray = own.find((k) => !keys.includes(k));
    if (stray !== undefined) throw new Error(`a branch key that is not a key of the pattern: ${stray}`);
    return new Screened(own === ANY_KEY ? keys : own, new RegExp(`${prefix}(?:${source})${suffix}`, flags), narrow);
  });
  const whole = new RegExp(`${prefix}(?:${sources.join('|')})${suffix}`, flags);
  return new Screened(keys, whole, [], parts);
}

function keyId(key: string): number {
  if (key !== key.toLowerCase()) throw new Error(`screen keys are lowercase: ${key}`);
  let id = keyIds.get(key);
  if (id === undefined) {
    id = keyCount++;
    keyIds.set(key, id);
    automaton = undefined;
  }
  return id;
}

/** The slot of a list of keys: marked when any of them is. A list of no keys is never marked. */
function setId(ids: readonly number[]): number {
  const members = [...new Set(ids)].sort((a, b) => a - b);
  const name = members.join(',');
  let id = setIds.get(name);
  if (id === undefined) {
    id = slots++;
    setIds.set(name, id);
    setMembers.set(id, members);
    automaton = undefined;
  }
  return id;
}

function buildCurrent(): Automaton {
  const keys: [string, number][] = [...keyIds];
  const setsOf = new Map<number, number[]>();
  for (const [set, members] of setMembers) {
    for (const key of members) {
      let sets = setsOf.get(key);
      if (!sets) setsOf.set(key, (sets = []));
      sets.push(set);
    }
  }
  return buildAutomaton(keys, setsOf, slots);
}

/**
 * Keywords arrays are cut from a block that is used once and never written back to zero: a new typed
 * array is a trip to the allocator (a Keywords array is a few hundred bytes, outside the JS heap),
 * and a check asks for ten or more. A block lives as long as any array cut from it.
 */
const BLOCK = 1 << 18;

/** Nodes this deep or shallower get a full DFA row (see buildAutomaton). */
const DFA_DEPTH = 2;
let block = new Uint8Array(0);
let blockUsed = 0;

/** A zeroed stretch of `bytes` bytes, from the current block or a new one. */
function zeroed(bytes: number): Uint8Array {
  if (blockUsed + bytes > block.length) {
    block = new Uint8Array(Math.max(BLOCK, bytes));
    blockUsed = 0;
  }
  const stretch = block.subarray(blockUsed, blockUsed + bytes);
  blockUsed += bytes;
  return stretch;
}

/** Every screen keyword that occurs in text (matched case-insensitively), in one pass. */
export function findKeywords(text: string): Keywords {
  automaton ??= buildCurrent();
  const found = zeroed(automaton.size);
  automaton.scan(text.toLowerCase(), found, null);
  return found;
}

/** Where a piece (a sentence) sits in a text: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * The keywords of a whole text and of each of its pieces, in one pass over the text instead of one
 * pass per piece. Pieces are in order, do not overlap, and are bounded by whitespace or the text's
 * ends (sentences are), so a key lies within a piece exactly when it does in the piece on its own.
 * Also gives text.toLowerCase(), which the scan reads.
 */
export function findKeywordsIn(
  text: string,
  pieces: readonly Span[],
): { all: Keywords; each: Keywords[]; lower: string } {
  automaton ??= buildCurrent();
  const size = automaton.size;
  const lower = text.toLowerCase();
  const all = zeroed(size);
  const each = pieces.map(() => zeroed(size));
  if (lower.length !== text.length) {
    // Lowercasing changed the length ("İ" becomes two characters), so offsets no longer line up:
    // scan each piece on its own, as findKeywords would.
    automaton.scan(lower, all, null);
    pieces.forEach((piece, p) =>
      automaton?.scan(text.slice(piece.start, piece.end).toLowerCase(), each[p] as Keywords, null),
    );
  } else {
    automaton.scan(lower, all, { pieces, each });
  }
  return { all, each, lower };
}

/** While scanning a whole text, also note each piece's keywords. */
interface PieceSink {
  pieces: readonly Span[];
  each: Keywords[];
}

interface Automaton {
  size: number;
  scan(lower: string, found: Keywords, sink: PieceSink | null): void;
}

function buildAutomaton(
  keys: readonly (readonly [key: string, slot: number])[],
  setsOf: ReadonlyMap<number, readonly number[]>,
  size: number,
): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const fail: number[] = [0];
  const out: number[][] = [[]];
  const lengthOf = new Map<number, number>();
  keys.forEach(([key, id]) => {
    lengthOf.set(id, key.length);
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
  // For ASCII, the scan reads transitions from tables, not Maps. Their columns are classes of characters,
  // not characters: every ASCII character that no key uses leads back to the root from every node, so
  // those share class 0.
  const classes = new Uint8Array(128);
  let width = 1;
  for (const [key] of keys) {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c < 128 && classes[c] === 0) classes[c] = width++;
    }
  }
  // Nodes numbered breadth-first, so the shallow ones come first and failure links point to lower
  // numbers. The shallow nodes, where the scan is for most characters, get every transition resolved in
  // advance (a DFA row each); a deeper node keeps only its own edges, and a character none of them takes
  // follows the node's failure links down to a shallow node's row. A row for every node was most of a
  // megabyte, which the rest of the check pushed out of the CPU's cache between scans: a miss at nearly
  // every character. Both ways give the same transitions (the Aho–Corasick goto-or-fail).
  const order = [0, ...queue];
  const nodes = order.length;
  const rank = new Int32Array(nodes);
  order.forEach((old, i) => {
    rank[old] = i;
  });
  const goto = order.map((old) => new Map([...(next[old] ?? [])].map(([c, to]) => [c, rank[to] as number])));
  const back = Int32Array.from(order, (old) => rank[fail[old] as number] as number);
  const depth = new Int32Array(nodes);
  for (let node = 0; node < nodes; node++) {
    for (const to of goto[node]?.values() ?? []) depth[to] = (depth[node] as number) + 1;
  }
  let shallow = 1;
  while (shallow < nodes && (depth[shallow] as number) <= DFA_DEPTH) shallow++;
  const dfa = new Int32Array(shallow * width);
  for (let node = 0; node < shallow; node++) {
    for (let c = 0; c < 128; c++) {
      const k = classes[c] as number;
      const to = goto[node]?.get(c);
      dfa[node * width + k] =
        to !== undefined ? to : node === 0 ? 0 : (dfa[(back[node] as number) * width + k] as number);
    }
  }
  // Each node's own edges by class: edgeClass/edgeTo[edgeStart[node] .. edgeStart[node + 1]).
  const edgeStart = new Int32Array(nodes + 1);
  const edgeClass: number[] = [];
  const edgeTo: number[] = [];
  for (let node = 0; node < nodes; node++) {
    edgeStart[node] = edgeClass.length;
    for (const [c, to] of goto[node] ?? []) {
      if (c >= 128) continue;
      edgeClass.push(classes[c] as number);
      edgeTo.push(to);
    }
  }
  edgeStart[nodes] = edgeClass.length;
  const edgeClasses = Uint8Array.from(edgeClass);
  const edgeTargets = Int32Array.from(edgeTo);
  // What the scan marks at a node: each set that a key ending there is in, as pairs of the set's slot and
  // the key's length (a set's mark in a piece needs its key to start there).
  const outs: (Int32Array | null)[] = order.map((old) => {
    const pairs: number[] = [];
    const seen = new Set<string>();
    for (const key of new Set(out[old] ?? [])) {
      const length = lengthOf.get(key) as number;
      for (const slot of setsOf.get(key) ?? []) {
        const name = `${slot}:${length}`;
        if (seen.has(name)) continue;
        seen.add(name);
        pairs.push(slot, length);
      }
    }
    return pairs.length > 0 ? Int32Array.from(pairs) : null;
  });
  // Whether a node has anything to mark: one byte to read for every character, not an array slot.
  const hasOut = Uint8Array.from(outs, (o) => (o === null ? 0 : 1));
  return {
    size,
    scan(lower: string, found: Keywords, sink: PieceSink | null): void {
      const pieces = sink?.pieces ?? [];
      const each = sink?.each ?? [];
      const n = lower.length;
      let node = 0;
      let i = 0;
      // Piece by piece: the characters up to a piece's end are scanned with that piece at hand (those
      // before its start belong to no piece); past the last piece, to the text's end, with none.
      for (let p = 0; p <= pieces.length; p++) {
        const piece = pieces[p];
        const pieceStart = piece ? piece.start : n;
        const pieceEnd = piece ? piece.end : n;
        const mine = piece ? (each[p] as Keywords) : null;
        for (; i < pieceEnd; i++) {
          const c = lower.charCodeAt(i);
          if (c < 128) {
            const k = classes[c] as number;
            let to = -1;
            // A class no key uses goes to the root; otherwise a deep node's own edge, or its failure
            // links down to a node with a row.
            if (k === 0) node = 0;
            while (node >= shallow) {
              const end = edgeStart[node + 1] as number;
              for (let e = edgeStart[node] as number; e < end; e++) {
                if (edgeClasses[e] === k) {
                  to = edgeTargets[e] as number;
                  break;
                }
              }
              if (to >= 0) break;
              node = back[node] as number;
            }
            node = to >= 0 ? to : (dfa[node * width + k] as number);
          } else {
            let to = goto[node]?.get(c);
            while (to === undefined && node !== 0) {
              node = back[node] as number;
              to = goto[node]?.get(c);
            }
            node = to ?? 0;
          }
          if (hasOut[node] === 0) continue;
          const hits = outs[node] as Int32Array;
          for (let h = 0; h < hits.length; h += 2) {
            const id = hits[h] as number;
            found[id] = 1;
            // The key ends here; it is the piece's when it also starts inside it.
            if (mine !== null && i + 1 - (hits[h + 1] as number) >= pieceStart) mine[id] = 1;
          }
        }
      }
    },
  };
}
