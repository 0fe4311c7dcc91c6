import { withoutGreeting } from './patterns';
import { findKeywordsIn, type Keywords, type Span } from './screen';

/**
 * The anatomy of a message: subject line, greeting, body, sign-off and signature, and the body's
 * sentences. The parts and flags read the body; the signature only tells who the sender is.
 */

export interface Sentence {
  text: string;
  /** text.toLowerCase(), computed once. */
  lower: string;
  /** text without a greeting at its start ("Hi Jane, I saw…" → "I saw…"); text itself when there is none. */
  bare: string;
  /** The screen keywords in this sentence, found in one pass. */
  keywords: Keywords;
  /** True when the sentence ends with a question mark. */
  question: boolean;
}

export interface Anatomy {
  /** The text with typographic quotes and dashes made plain, so patterns need one spelling. */
  plain: string;
  subject: string;
  /** Everything the rep wrote to the reader, without subject and signature. */
  body: string;
  /** Where body starts in plain: body === plain.slice(bodyStart, bodyStart + body.length). */
  bodyStart: number;
  /**
   * True when body is known, from how it was cut, to be plain.slice(bodyStart, bodyStart + body.length);
   * not when a postscript under the signature was joined to it. Unset: not known.
   */
  bodyInPlain?: boolean;
  bodyLower: string;
  bodyKeywords: Keywords;
  signature: string;
  /** The opt-out footer a mailing tool adds under the message ("Unsubscribe", "Pour ne plus recevoir nos e-mails, cliquez ici"), or ''. */
  optOut: string;
  sentences: Sentence[];
}

const SUBJECT = /^\s*(?:subject|betreff|asunto|objet|assunto)\s*:\s*(.*)$/i;
const SIGN_OFF =
  /^\s*(?:best|thanks|thank you|many thanks|thanks so much|cheers|regards|kind regards|best regards|warm regards|warmly|sincerely|yours(?: sincerely| faithfully| truly)?|all the best|best wishes|talk soon|speak soon|saludos|un saludo|saludos cordiales|atentamente|cordialement|bien cordialement|bien à vous|viele grü(?:ß|ss)e|beste grü(?:ß|ss)e|freundliche grü(?:ß|ss)e|mit freundlichen grü(?:ß|ss)en|herzliche grü(?:ß|ss)e|liebe grü(?:ß|ss)e|grü(?:ß|ss)e|gru(?:ß|ss)|(?:mit )?freundliche[mr] gru(?:ß|ss)|(?:liebi |en )?gr(?:ü|u)ess(?:li)?|abraço|abraços|atenciosamente|cumprimentos|melhores cumprimentos|thanks & regards|thanks and regards|with thanks|respectfully)(?![\p{L}])[^\n]{0,20}$/iu;
/** A postscript's first line: "P.S.", "PS:", "P.P.S.", "PS -", and the notes set under a signature the same way: "NB:", "Nachtrag:". */
const POSTSCRIPT = /^\s*(?:p\.?\s?(?:p\.?\s?)?s\b\.?\s*[:.\-\u2013\u2014]?|(?:n\.\s?b\.|nb|nachtrag)\s*:)\s*\S/i;
/** A line of a signature: a few words (a name, a role, a firm, a phone) and no sentence ending in a full stop or question. */
const SIGNATURE_LINE = /^\s*(?:\S+\s+){0,7}\S*\s*$/;
// A dash-led line at the end ("— Nils, Slotwise", "- Priya") is a signature, not a sentence.
const DASH_SIGNATURE = /^\s*[-—–]\s*\S/;
// A short last line that asks or speaks to someone is the close, however unpunctuated ("want it? 👇",
// "lmk if useful"), not a name under the message; so is one that points them somewhere ("book here →
// x.co/book", "see the deck 👉 x.io/deck").
const SAID_TO_THEM =
  /\?|\b(?:you|your|i|me|we|us|it|if|lmk)\b|\u2192|->|\u{1F449}|\u{1F447}|^(?:book|grab|pick|check|see|watch|read|reply|click|tap|download|try|join|register|schedule)\b/iu;
// A trimmed line of six words or fewer: line.split(/\s+/).length <= 6, without splitting a long line.
const AT_MOST_SIX_WORDS = /^\S+(?:\s+\S+){0,5}$/;
const AT_MOST_TWELVE_WORDS = /^\S+(?:\s+\S+){0,11}$/;
/**
 * Abbreviations whose dot ends no sentence: "Dr.", "e.g.", German "z.B." and "bzw.", Spanish "p. ej.", French "p. ex.",
 * the titles "Mag.", "Dipl.", "Ing.", "Eng.", "Exmo.", "Lic.".
 * "No." and "Nr." only before a figure (NUMBER_ABBREVIATION).
 */
const ABBREVIATION =
  /(?:\b(?:dr|mr|mrs|ms|prof|st|vs|etc|inc|ltd|jr|sr|approx|dept|e\.g|i\.e|a\.m|p\.m|u\.s|z\. ?b|d\. ?h|u\. ?a|bzw|ca|ggf|evtl|inkl|vgl|p\. ?ej|p\. ?ex|sra|dra|mme|av|mag|dipl|ing|eng|exmo|exma|lic))\.$/i;

/**
 * A footer only a mailing to a list carries, in any language the check reads: a way to stop getting
 * the mailing. A rep's own "say so and I won't write again" is a courtesy, not a footer.
 */
const OPT_OUT =
  /\b(?:unsubscribe|opt[ -]out|to stop receiving|no longer wish to receive|(?:manage|update) (?:your )?(?:email |mailing )?preferences|abmelden|abbestellen|austragen|keine (?:weiteren )?(?:e-?mails|nachrichten|newsletter) mehr|darse de baja|darte de baja|dejar de recibir|no (?:desea|deseas|quiere|quieres) recibir|ne plus recevoir|(?:souhaitez|voulez|désirez) plus recevoir|(?:vous )?désinscrire|(?:vous )?désabonner|désabonnement|désinscription|descadastr[a-z]*|cancelar (?:a |sua )?(?:inscrição|subscrição|assinatura)|deixar de receber|não (?:deseja|quer|pretende) (?:mais )?receber)/iu;

/** A cheap first look for OPT_OUT, on the lowercased line: one of these is in every opt-out it reads. */
const OPT_OUT_HINT =
  /unsub|opt.out|stop receiving|longer wish|preferences|abmeld|abbestell|austrag|mehr|baja|recibir|recevoir|désinscri|désabonn|descadastr|cancelar|receber/;

// Most messages have none of these; one search is cheaper than four replacements.
const NOT_PLAIN = /[\u2018\u2019\u02BC\u201C\u201D\u00A0\r]/;

export function plainText(text: string): string {
  if (!NOT_PLAIN.test(text)) return text;
  return oneByte(
    text
      .replace(/[\u2018\u2019\u02BC]/g, "'")
      .replace(/[\u201C\u201D]/g, '"')
      .replace(/\u00A0/g, ' ')
      .replace(/\r\n?/g, '\n'),
  );
}

/** A character past U+00FF: one that V8 needs two bytes to store. */
const WIDE = /[^\x00-\xff]/;

/**
 * The same text, stored one byte a character when every character fits in one. V8 keeps a string cut
 * from a two-byte string two-byte (every sentence of a message with a "—" or an emoji anywhere, and the
 * text with its curly quotes made plain), and the patterns run markedly slower on such strings: messages
 * with an emoji in the greeting took about a third longer to check.
 */
function oneByte(text: string): string {
  return WIDE.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

export function readAnatomy(text: string): Anatomy {
  const plain = plainText(text);
  let lines = plain.split('\n');
  let subject = '';
  let linesStart = 0;
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0) {
    const m = SUBJECT.exec(lines[first] ?? '');
    if (m) {
      subject = (m[1] ?? '').trim();
      for (let i = 0; i <= first; i++) linesStart += (lines[i] as string).length + 1;
      lines = lines.slice(first + 1);
    }
  }
  // A mailing tool's footer goes under everything: it is neither the rep's words nor who they are.
  let optOut = '';
  let end = lines.length;
  for (let footers = 0; footers < 3; footers++) {
    while (end > 0 && (lines[end - 1] as string).trim() === '') end--;
    const last = (lines[end - 1] ?? '').trim();
    if (end === 0 || !OPT_OUT_HINT.test(last.toLowerCase()) || !OPT_OUT.test(last)) break;
    optOut = last;
    end--;
  }
  if (optOut !== '') lines = lines.slice(0, end);
  let { bodyLines, signatureLines } = splitSignature(lines);
  // A postscript under the signature is still written to them, and often holds the offer or the ask
  // ("Best, Sam / P.S. Happy to send the benchmark either way."): it is read as body.
  const postscript = lines.findIndex((l, i) => i >= bodyLines.length && POSTSCRIPT.test(l));
  const bodyInPlain = !(postscript > 0);
  if (postscript > 0) {
    const before = splitSignature(lines.slice(0, postscript));
    bodyLines = [...before.bodyLines, '', ...lines.slice(postscript)];
    signatureLines = before.signatureLines;
  }
  const joined = bodyLines.join('\n');
  const body = joined.trim();
  const { sentences, bodyKeywords, bodyLower } = splitSentences(body);
  return {
    plain,
    subject,
    body,
    bodyStart: body === '' ? 0 : linesStart + joined.search(/\S/),
    bodyInPlain,
    bodyLower,
    bodyKeywords,
    signature: signatureLines.join('\n').trim(),
    optOut,
    sentences,
  };
}

/** A name of a team or department, in any language the check reads: "The Pathwise Team", "Ihr Vertriebsteam", "L'équipe commerciale". */
const TEAM_NAME =
  /team(?![\p{L}])(?!\s*(?:lead|leader|manager|coach|captain)\b)|(?<![\p{L}])(?:department|dept|crew|équipe|equipe|equipo|service commercial|servicio comercial)(?![\p{L}])|^\s*(?:dpto|departamento|département|departement|abteilung|vertrieb|business development|desarrollo de negocios|área comercial|setor comercial)(?![\p{L}])(?!\s+(?:manager|director|lead|leader|executive|representative|rep|officer|associate|specialist|consultant|partner|head|gerente|directora?|leiter(?:in)?|responsable|chargée?|analyst|coordinator|coordinador(?:a)?)\b)/iu;

/**
 * True when the message is signed by a team and by no person: every line under the sign-off names a
 * team or department before anything else on it ("The Pathwise Team", "Customer Growth Team, Pathwise").
 * "Jess / Pathwise team" and "Anna Berg, Sales Team" are signed by a person.
 */
export function signedByTeam(signature: string): boolean {
  let named = false;
  for (const raw of signature.split('\n')) {
    const line = raw.trim();
    if (line === '' || SIGN_OFF.test(line)) continue;
    // The first part of the line, before a comma, a bar or a dash: where a person would put their name.
    const head = line.split(/\s*[,|/\u2013\u2014]\s*|\s+-\s+/)[0] ?? '';
    if (TEAM_NAME.test(head)) named = true;
    // Under the department, the firm's name, address or phone ("Departamento Comercial / TecnoMontajes S.A."): still
    // no person. A line that reads as a person's name, or anything before the department, is someone signing.
    else if (!named || !FIRM_OR_CONTACT.test(line)) return false;
  }
  return named;
}
/**
 * A line that is plainly no person: a firm by its legal form or trade word ("TecnoMontajes S.A.", "Acme Industrial
 * Supplies Ltd"), or contact details (a phone, an address, a web or mail address).
 */
const FIRM_OR_CONTACT =
  /(?:^|\s)(?:S\.?\s?A\.?(?:\s?de\s?C\.?V\.?)?|S\.?\s?L\.?|S\.?A\.?S\.?|Ltd\.?|Ltda\.?|LLC|Inc\.?|GmbH|AG|SARL|SAS|PLC|Co\.|Group|Grupo|Supplies|Solutions|Services|Servicios|Industries|Industrial|International|Corp\.?)(?=\s|$|,)|\d|@|www\.|https?:/;

/**
 * True when a signature line opens with a team's name ("The DentaPro Team", "Sales Team, Pathwise"), person
 * or not; "Process Engineer, Hygiene Team" is a person's role, and the team is where they sit.
 */
export function opensWithTeam(line: string): boolean {
  return TEAM_NAME.test(line.trim().split(/\s*[,|/\u2013\u2014]\s*|\s+-\s+/)[0] ?? '');
}

/**
 * True when the first line under a sign-off (if any, and not a postscript) reads as a signature line: a few words, no
 * sentence. "Viele Grüsse von Thomas Frei!" or "Gruss aus dem Aargau" with the message under it passes a greeting on.
 */
function signatureUnder(lines: readonly string[], at: number): boolean {
  for (let j = at + 1; j < lines.length; j++) {
    const line = (lines[j] ?? '').trim();
    if (line === '') continue;
    return POSTSCRIPT.test(line) || (SIGNATURE_LINE.test(line) && !/[.?!]$/.test(line)) || ABBREVIATION_END.test(line);
  }
  return true;
}
/** A signature line may end in an abbreviation's full stop: "Anna Berg, Dr. med.", "Acme Co.", "J. R.". */
const ABBREVIATION_END = /^\s*(?:\S+\s+){0,7}\S*(?:\b\p{Lu}|\b(?:ltd|inc|co|dr|jr|med|dipl|ing|mag|lic|phil))\.$/iu;

function splitSignature(lines: string[]): { bodyLines: string[]; signatureLines: string[] } {
  // The last sign-off line ("Best,", "Kind regards,") starts the signature, when what is under it (up to a postscript)
  // reads as one: a few short lines. A greeting passed on ("Viele Grüsse von Thomas Frei!", "Gruss aus dem Aargau") with
  // the message under it is body.
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (SIGN_OFF.test(line) && i > 0) {
      if (!signatureUnder(lines, i)) break;
      return { bodyLines: lines.slice(0, i), signatureLines: lines.slice(i) };
    }
  }
  // Otherwise trailing short lines without sentence punctuation after a blank line are a signature
  // ("Rachel", "Samir Nasser / Dunecast Precast"), and so is a final dash-led line.
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
  let start = end;
  while (start > 0) {
    const line = (lines[start - 1] ?? '').trim();
    if (line === '') break;
    // A role line under a name ("Co-founder, Verilo (ID checks for remittance apps)") runs longer.
    const roleLine =
      start < end &&
      /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2}$/u.test((lines[start - 2] ?? '').trim()) &&
      AT_MOST_TWELVE_WORDS.test(line);
    // A business-card line runs longer, its fields set apart by bars: "Owen Pryce | Process Engineer, North West".
    const cardLine = CARD_SEPARATOR.test(line) && AT_MOST_TWELVE_WORDS.test(line);
    // A firm's suffix ("Clearflow Hygiene Inc.") ends no sentence; an acronym ("Head of IT, US East") says nothing to them.
    const short =
      (!/[.?!:;]$/.test(line) || COMPANY_SUFFIX.test(line)) &&
      (AT_MOST_SIX_WORDS.test(line) || roleLine || cardLine) &&
      !SAID_TO_THEM.test(/\p{Ll}/u.test(line) ? line.replace(ACRONYM, '') : line);
    if (!(short || DASH_SIGNATURE.test(line))) break;
    start--;
  }
  const precededByBlank = start > 0 && (lines[start - 1] ?? '').trim() === '';
  // With no blank line, a name on its own line and then a line or two more (company, role) under a closed
  // sentence is a signature too: "Would it help?" / "Danny Okafor" / "Ridgeline Surveys".
  const nameBlock =
    start > 0 &&
    end - start >= 2 &&
    end - start <= 4 &&
    CLOSED_LINE.test((lines[start - 1] ?? '').trim()) &&
    NAME_LINE.test((lines[start] ?? '').trim());
  if (start < end && (precededByBlank || nameBlock || DASH_SIGNATURE.test(lines[start] ?? '')) && start > 0) {
    return { bodyLines: lines.slice(0, start), signatureLines: lines.slice(start, end) };
  }
  return { bodyLines: lines, signatureLines: [] };
}

const COMPANY_SUFFIX = /\b(?:inc|ltd|co|corp|llc|plc|gmbh|ag|sa|bv|pty|pvt|srl|sarl|oy|ab|as)\.$/i;
const ACRONYM = /\b[A-Z]{2,}\b/g;

/** A bar or middle dot between the fields of a signature line. */
const CARD_SEPARATOR = /\s[|\u00B7\u2022]\s/;
/** A person's name opening a line, alone or before their role: "Danny Okafor", "Venkatesh", "Owen Pryce | Engineer". */
const NAME_LINE =
  /^\p{Lu}[\p{L}'-]+(?:\s+(?:(?:de|van|von|der|da|del|la|le|di|du|bin|al)\s+)?\p{Lu}[\p{L}'.-]*){0,2}(?:\s*(?:[|,\u00B7\u2013\u2014]|\s-)\s*\S.*)?$/u;
/** A line that closes a sentence: a full stop, a question or an emoji at its end. */
const CLOSED_LINE = /(?:[.?!]["')\]]*|\p{Extended_Pictographic}\uFE0F?)$/u;

/**
 * Sentences end at ! or ?, at a full stop before a capital, digit, quote or emoji, and at a line
 * break. "Dr." and "vs." do not end one, and neither does the dot inside a URL. The keywords of the
 * body and of every sentence come from one scan of the body.
 */
export function splitSentences(body: string): { sentences: Sentence[]; bodyKeywords: Keywords; bodyLower: string } {
  const texts: string[] = [];
  const spans: Span[] = [];
  // A sentence cut from a two-byte body is two-byte too, whatever its characters (see oneByte).
  const wide = WIDE.test(body);
  let lineStart = 0;
  for (const line of body.split('\n')) {
    const lineOffset = lineStart;
    lineStart += line.length + 1;
    const rest = line.trim();
    if (!rest) continue;
    // Where rest starts in body, so each sentence knows its place for the keyword scan.
    const restOffset = lineOffset + line.search(/\S/);
    let start = 0;
    const pieces: number[] = [];
    const lowercaseWriter = isLowercaseWriter(rest);
    const re = SENTENCE_END;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(rest)) !== null) {
      const stop = m.index + m[0].length;
      const next = m[1] ?? '';
      const mark = m[0];
      if (EMOJI_START.test(mark)) {
        // An emoji ends a clause the way a full stop does ("…the new portal 👏 we wrote a guide"),
        // unless it stands for a word ("the 🔥 thread") or opens the line.
        if (!/^\p{L}/u.test(next) || !endsClause(rest, start, m.index)) continue;
      } else {
        const endsWithDot = /\.["')\]]*$/.test(mark) && !/[!?]/.test(mark);
        if (
          endsWithDot &&
          (endsWithAbbreviation(rest, start, stop) ||
            (/^[a-z]/.test(next) && !lowercaseWriter && !LOWER_OPENER.test(rest.slice(stop))) ||
            isOrdinalDate(rest, m.index, stop))
        ) {
          continue;
        }
        // An ordinal opening a bracket ("(3. BA)", "(2. Stock)") ends nothing.
        if (mark === '.' && ORDINAL_IN_BRACKET.test(rest.slice(Math.max(start, m.index - 5), m.index))) continue;
        // A question asked in brackets is an aside: "Ines (who you worked with at Ostrava?) suggested…".
        if (/[?!]["']*[)\]]$/.test(mark) && /^[a-z]/.test(next)) continue;
        // So is a question quoted and run on: 'The board member who asked "what happens then?" asked what I hear too.'
        if (/[?!]["'\u201d\u2019]+$/.test(mark) && /^[a-z]/.test(next)) continue;
      }
      pieces.push(start, stop);
      start = stop;
    }
    pieces.push(start, rest.length);
    for (let i = 0; i < pieces.length; i += 2) {
      const from = pieces[i] as number;
      const p = rest.slice(from, pieces[i + 1]);
      const t = p.trim();
      if (!t) continue;
      const at = restOffset + from + p.search(/\S/);
      texts.push(wide ? oneByte(t) : t);
      spans.push({ start: at, end: at + t.length });
    }
  }
  const { all, each, lower } = findKeywordsIn(body, spans);
  // The scan lowercased the body: in a body of one-byte characters (Latin-1) lowercasing maps each character
  // to one, whatever is around it, so a sentence's lowercase is its stretch of the body's. A two-byte body's
  // sentences are one-byte copies (see oneByte), and are lowercased on their own to stay so.
  const sliced = !wide && lower.length === body.length;
  const sentences = texts.map(
    (t, i): Sentence => ({
      text: t,
      lower: sliced ? lower.slice((spans[i] as Span).start, (spans[i] as Span).end) : t.toLowerCase(),
      // A regional greeting ("Sali", "Servus", "Moin") greets only where the message opens.
      bare: withoutGreeting(t, i === 0),
      keywords: each[i] as Keywords,
      // Only a sentence with a question mark can end with one; a question quoted at its end is someone's words, not
      // an ask: 'this time with something more useful than a "did you see my message?"'.
      question: t.includes('?') && /\?["')\]\s\p{Extended_Pictographic}]*$/u.test(t) && !QUOTED_QUESTION_AT_END.test(t),
    }),
  );
  return { sentences, bodyKeywords: all, bodyLower: lower };
}

/** A quotation opened inside the sentence that ends it with its own question mark: 'than a "did you see it?"'. */
const QUOTED_QUESTION_AT_END =
  /\S\s+["\u201c\u201e\u00ab'][^"\u201c\u201d\u201e\u00ab\u00bb]*\?\s*["\u201d\u00bb'][\s\p{Extended_Pictographic}\u200d\ufe0f]*$/u;

/** A run of full stops, "?" or "!" (with closing quotes and brackets), or an emoji, before more text. */
const SENTENCE_END =
  /(?:[.!?]+["')\]]*|\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]*)(?=\s+(\S))/gu;
const EMOJI_START = /^\p{Extended_Pictographic}/u;
const ORDINAL_IN_BRACKET = /\(\d{1,3}$/;
/** Words after which an emoji stands for a noun, not the end of a clause. */
const BEFORE_A_NOUN =
  /(?:^|\s)(?:a|an|the|my|our|your|their|his|her|its|this|that|these|those|of|for|with|in|on|at|to|from|by|and|or|some|any|no|every)\s*$/i;

/** True when the text of the sentence so far (rest.slice(start, at)) has a word and reads as a clause's end. */
function endsClause(rest: string, start: number, at: number): boolean {
  const before = rest.slice(start, at);
  return /\p{L}/u.test(before) && !BEFORE_A_NOUN.test(before);
}

/**
 * ABBREVIATION on rest.slice(start, stop) without its closing quotes and brackets. The pattern only
 * looks at the last few characters ("approx." and the one before it for \b), so it runs on those
 * rather than scanning the whole piece from every position.
 */
function endsWithAbbreviation(rest: string, start: number, stop: number): boolean {
  let end = stop;
  while (end > start && CLOSERS.includes(rest[end - 1] as string)) end--;
  const tail = rest.slice(Math.max(start, end - ABBREVIATION_TAIL), end);
  // "No. 5", "Nr. 12" abbreviate "number" only before a figure: Spanish "…la uses o no. Si te resulta útil…" ends there.
  return (
    ABBREVIATION.test(tail) ||
    (NUMBER_ABBREVIATION.test(tail) && /^\s*\d/.test(rest.slice(stop))) ||
    (CAPITAL_ABBREVIATION.test(tail) && /^\s*(?:\d|\p{Lu})/u.test(rest.slice(stop))) ||
    (initialBeforeName(rest, start, end) && NAME_NEXT.test(rest.slice(stop)))
  );
}
/**
 * An initial, or French "M." for Monsieur, before a name, where a name stands: first in the sentence ("… schicken? C.
 * Leitner"), after a comma ("Leur directeur, M. Delvaux") or after a greeting or a title ("Bonjour M. Python,"). "Series
 * B. The …" and "55 °C. Hemos …" end their sentences. Read on the last few characters, as ABBREVIATION is.
 */
function initialBeforeName(rest: string, start: number, end: number): boolean {
  const from = Math.max(start, end - INITIAL_TAIL);
  const tail = rest.slice(from, end);
  return from === start ? INITIAL_FIRST.test(tail) || INITIAL_AFTER.test(tail) : INITIAL_AFTER.test(tail);
}
const INITIAL_FIRST = /^\s*\p{Lu}\.$/u;
const INITIAL_AFTER =
  /(?:,\s+|(?:^|\s)(?:[Hh]i|[Hh]ello|[Dd]ear|[Bb]onjour|[Bb]onsoir|[Ss]alut|[Cc]her|[Cc]hère|[Mm]adame|[Mm]onsieur|[Hh]allo|[Ll]iebe|[Ll]ieber|[Hh]err|[Ff]rau|[Hh]ola|[Ee]stimad[oa]|[Oo]lá|[Cc]aro|[Cc]ara|[Pp]rezad[oa])\s+)\p{Lu}\.$/u;
/** The longest greeting or title with its space and the initial ("Monsieur M.") plus a character before it. */
const INITIAL_TAIL = 16;
const NAME_NEXT = /^\s*\p{Lu}[\p{Ll}'’-]/u;
const NUMBER_ABBREVIATION = /\b(?:no|nr|nº)\.$/i;
/**
 * Swiss "Fr." (francs) before a figure and "Fr."/"Hr." (Frau, Herr) before a name: "Kredit von Fr. 420'000.–", "Grüezi
 * Fr. Meier". Capitalised only: "in under an hr. if u reply" ends its sentence.
 */
const CAPITAL_ABBREVIATION = /(?<![\p{L}])(?:Fr|Hr|SFr)\.$/u;
const CLOSERS = `"')]`;

/** German writes a date's day as an ordinal: "am 14. März", "vom 1. Juli" is one sentence. */
function isOrdinalDate(rest: string, at: number, stop: number): boolean {
  const c = rest.charCodeAt(at - 1);
  return (
    stop === at + 1 &&
    c >= 48 &&
    c <= 57 &&
    ORDINAL_DAY.test(rest.slice(Math.max(0, at - 3), at)) &&
    GERMAN_MONTH.test(rest.slice(stop))
  );
}
const ORDINAL_DAY = /(?:^|\D)\d{1,2}$/;
const GERMAN_MONTH =
  /^\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;
/** Longest abbreviation with its dot ("approx.") plus one character before it. */
const ABBREVIATION_TAIL = 8;

// Some writers never capitalise ("saw your thread... want it?"); for them a full stop before a
// lowercase word still ends the sentence.
function isLowercaseWriter(line: string): boolean {
  return /^[^\p{L}]*\p{Ll}/u.test(line);
}

/**
 * A sentence a writer starts in lower case after a capital first word: "Wade here, Redbed Rental in Midland. we keep
 * towers staged in Pecos, about 40 min out. want me to send…". Only a word that opens a clause (a pronoun, "want",
 * "saw", "happy", "let", a modal) says so after a full stop that ends no abbreviation: "30 hrs. a month", "Harwood
 * Supply Co. down to 5 days", "120,000 sq. ft. available" go on their sentence.
 */
const LOWER_OPENER =
  /^\s+(?:i|i'm|im|i've|ive|i'd|i'll|we|we're|we've|we'd|we'll|you|u|he|she|they|it's|our|my|want|wanna|saw|noticed|happy|glad|let|lmk|can|could|would|shall|should|will|thanks|thx|hope|btw|ps|cheers)\b/;

/** Where the first sentence with a word in it is (not a greeting on its own line); -1 when there is none. */
export function firstWorded(sentences: readonly Sentence[]): number {
  return sentences.findIndex((s) => /\p{L}{2}/u.test(s.bare));
}

/** Whether sentence `i` opens the message: nothing but greetings before it. */
export const opensMessage = (i: number, first: number): boolean => first === -1 || i <= first;
