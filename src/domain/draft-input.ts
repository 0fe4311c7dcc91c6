// The rep's answers as typed, read for their facts before anything is composed: reps paste what they
// have at hand (a LinkedIn headline with pipes, a signature block, a Slack message with *bold*,
// :emoji: and @mentions, a bare link, an answer in capitals, a bullet list), and the draft must carry
// the facts, never the furniture around them. Pure: answers in, answers out; running it twice
// changes nothing more.
import { lexiconTags, namesKind } from './draft-tidy';
import { detectLanguage } from './language';

type Lang = 'en' | 'de' | 'es' | 'fr' | 'pt';

interface Prospect {
  first: string;
  last: string;
  full: string;
  company: string;
}

/** The answers the draft modal collects, as this module reads them (draft.ts's DraftAnswers has these). */
export interface TypedAnswers {
  prospectName: string;
  company?: string;
  whoIAm: string;
  howKnown?: string;
  whyYou: string;
  whatsInIt: string;
  ask: string;
}

/** Every answer read for its facts; the language is the one the answers are written in. */
export function readAnswers<T extends TypedAnswers>(answers: T): T {
  const prospect = prospectOf(answers);
  const greeted = (text: string) => withoutGreetingTo(text, prospect);
  const marked = {
    whoIAm: slackToPlain(greeted(withoutAnyGreetingTo(answers.whoIAm, prospect)), prospect, true),
    howKnown: slackToPlain(greeted(answers.howKnown ?? ''), prospect, false),
    whyYou: slackToPlain(greeted(answers.whyYou), prospect, false),
    whatsInIt: slackToPlain(greeted(answers.whatsInIt), prospect, false),
    ask: closingNoAsk(slackToPlain(greeted(answers.ask), prospect, false)),
  };
  const lang = langOf(
    Object.values(marked).join('. ').replaceAll(PROSPECT_MARK, prospect.full),
    Object.values(marked).map((text) => text.replaceAll(PROSPECT_MARK, prospect.full)),
  );
  for (const key of Object.keys(marked) as Array<keyof typeof marked>)
    marked[key] = prospectInPlace(marked[key], prospect, lang);
  // Mixed-case spellings the rep typed anywhere ("Summit", "RouteMint"), to restore in a shouted answer.
  // (The prospect's company is restored as a whole name only: "Sunmark Dental Group" says nothing about "dental".)
  const spelled = properNames(Object.values(marked).join(' '));
  // The prospect's company and name, and the company's own word ("Brightside" of "Brightside Home Care").
  const companyWords = prospect.company.trim().split(/\s+/);
  const names = [prospect.company, prospect.full];
  const own = companyWords[0] ?? '';
  // Not where the rep types the word as a common one ("300 farmacias" beside "Farmacias Salud").
  const typedLower = new RegExp(`(?<![\\p{L}])${own.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')}(?![\\p{L}])`, 'u');
  if (companyWords.length >= 2 && own.length >= 4 && !typedLower.test(Object.values(marked).join(' '))) names.push(own);
  const read = (text: string, field: keyof typeof marked): string => {
    let t = text;
    if (field === 'whoIAm') t = whoWithoutFurniture(t, lang);
    else if (field === 'howKnown' || field === 'whyYou')
      t = sourceLed(
        reportedMeeting(
          linksDescribed(
            withoutSalesData(afterHeadline(lang === 'en' ? withoutLeadingSo(t) : t)),
            field,
            lang,
            prospect,
          ),
          prospect,
          lang,
        ),
        lang,
        prospect,
      );
    else t = reportedMeeting(linksDescribed(t, field, lang, prospect), prospect, lang);
    if (lang === 'en' && field !== 'whoIAm') t = theirTypedThere(t);
    t = unshouted(t, spelled, lang, names);
    t = listsAsSentences(t, lang);
    return t.replace(/[ \t]+/g, ' ').trim();
  };
  const out: T = {
    ...answers,
    whoIAm: lang === 'en' ? companyFirst(read(marked.whoIAm, 'whoIAm')) : read(marked.whoIAm, 'whoIAm'),
    whyYou: lang === 'en' ? factClause(read(marked.whyYou, 'whyYou'), prospect) : read(marked.whyYou, 'whyYou'),
    whatsInIt: listedPlainly(read(marked.whatsInIt, 'whatsInIt'), lang),
    ask: read(marked.ask, 'ask'),
  };
  if (answers.howKnown !== undefined) {
    // "arbor's instagram": their company's channel is theirs ("your Instagram"); "linkedin search" is
    // how the rep found them.
    const own = (prospect.company.trim().split(/\s+/)[0] ?? '').toLowerCase();
    const typedKnown = read(marked.howKnown, 'howKnown').replace(
      /^(?:(?:a|via|through|from)\s+)?(linkedin|google)(?:\s+search)?$/iu,
      (_m, site: string) => `I found you through a ${site.toLowerCase() === 'google' ? 'Google' : 'LinkedIn'} search`,
    );
    const known =
      lang === 'en' && own.length >= 3 && typedKnown.toLowerCase().startsWith(`${own}'s `)
        ? `their ${typedKnown.slice(own.length + 3)}`
        : typedKnown;
    out.howKnown = known;
    out.whyYou = withoutRepeatedOccasion(known, out.whyYou, lang);
  }
  if (lang === 'en') onBehalfOf(out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// A value typed as a list with slashes or plus signs ("less drive time / more visits per day / fewer
// missed visits", "refrigerated DC + own fleet + live tracking"): a list as a sentence says it, with
// commas and the language's "and".

const LIST_MARK = /\s+[/+]\s+/u;

export function listedPlainly(typed: string, lang: Lang): string {
  // French "les + fréquentes", "+ de 40 clients": a "+" after an article or before "de" is "plus", no list.
  const text =
    lang === 'fr'
      ? typed
          .replace(/(?<![\p{L}'’])(le|la|les|de|en)\s*\+\s*(?=\p{Ll})/giu, '$1 plus ')
          .replace(/(^|[\s(])\+\s*(?=d['’]\p{L}|de\s)/gu, '$1plus ')
      : typed;
  if (!LIST_MARK.test(text)) return text;
  // Sentence by sentence: "… + prix fixes. Cordialement, Julien" is a list, then a sign-off.
  const sentences = text.split(/(?<=[.;!?])\s+/u);
  if (sentences.length > 1) return sentences.map((s) => listedPlainly(s, lang)).join(' ');
  const end = /[.;!?]$/u.exec(text)?.[0] ?? '';
  const items = text
    .slice(0, text.length - end.length)
    .split(LIST_MARK)
    .map((s) => s.trim().replace(/[.,]+$/u, ''));
  if (items.length < 2 || items.some((s) => s === '' || s.split(/\s+/).length > 8)) return text;
  // "own fleet" is ours; "per day" is "a day".
  const tidyItem = (s: string) =>
    lang === 'en'
      ? s
          .replace(/(?<![\p{L}])per (day|week|month|year|hour|shift)(?![\p{L}])/gu, 'a $1')
          .replace(/^own(?=\s)/u, 'our own')
      : s;
  const said = items.map(tidyItem);
  return `${said.slice(0, -1).join(', ')} ${AND[lang]} ${said[said.length - 1]}${end}`;
}

// ---------------------------------------------------------------------------------------------
// A greeting to the prospect pasted at the top of an answer ("Bom dia, Rafael! Aqui é a Fernanda …",
// "Hi Tom! Priya here …", "Hallo Frau Weiss, hier ist Tim …"): the draft greets them once, itself.

const GREETING_TO =
  /^\s*¡?\s*(?:hi|hii+|hey+|hello|dear|hallo|guten (?:tag|morgen)|moin|servus|hola|buenas(?: tardes| noches)?|buenos d[ií]as|bonjour|bonsoir|salut|coucou|olá|ola|oi|bom dia|boa tarde|boa noite)(?![\p{L}])\s*,?\s*(?:(?:mr|mrs|ms|dr|prof|herr|frau|sr|sra|srta|mme|monsieur|madame|señor|señora|senhor|senhora|dona|don|ing|mag|eng)\.?\s+){0,3}/iu;

/** The answer without a greeting addressed to the prospect by name, if one opens it, titles and all ("Hallo Frau Dr. Lechner,"). */
export function withoutGreetingTo(text: string, prospect: Prospect): string {
  const lead = GREETING_TO.exec(text);
  if (!lead) return text;
  const names = [prospect.full, prospect.first, prospect.last].filter((n) => n.length >= 2);
  const rest = text.slice(lead[0].length);
  for (const name of names) {
    // "Hey Jana :) --": an emoticon after the name is part of the greeting.
    const m = new RegExp(
      `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])\\s*(?:[:;]-?[)(DP](?![\\p{L}]))?\\s*[!,.:;–—-]*\\s*`,
      'iu',
    ).exec(rest);
    if (m && rest.length > m[0].length) return rest.slice(m[0].length);
  }
  return text;
}

/**
 * Who-I-am opened with a greeting to them in words no list holds ("Kia ora Hemi! Manaia here", "Gidday Craig,
 * Manaia from …", "Namaste Priya, …"): a word or two, their name, and a mark, before the rep says who they are.
 * Only in who-I-am, the first thing typed: elsewhere "spoke to Hemi, …" is what happened.
 */
export function withoutAnyGreetingTo(text: string, prospect: Prospect): string {
  const names = [prospect.full, prospect.first]
    .filter((n) => n.length >= 2)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (names.length === 0) return text;
  const m = new RegExp(
    String.raw`^\s*¡?\s*(?:(?!(?:met|saw|told|asked|spoke|talked|emailed|called|to|with|and|for|from|via|through|by|about)(?![\p{L}]))[\p{L}'’]{2,12}\s+){1,2}(?:${names.join('|')})\s*[!,:;–—]+\s*(?=\S)`,
    'iu',
  ).exec(text);
  return m ? text.slice(m[0].length) : text;
}

// ---------------------------------------------------------------------------------------------
// Who-I-am typed company first ("acme freight, 3pl in reno, 400k sqft") or as name, trade, company
// ("carla, drayage, port city haulers"): the rep is with the company, never "a acme freight".

// The head noun of an organisation's name: "… Freight", "… Haulers", "… Labs", "… GmbH".
const ORG_HEAD =
  /^(?:inc|llc|ltd|gmbh|ag|co|corp|company|group|freight|logistics|haulers|hauling|trucking|transport|transportation|carriers?|express|labs?|systems|solutions|partners|holdings|industries|technologies|software|studios?|agency|consulting|services|supply|foods|capital|ventures|analytics|networks|builders|construction|manufacturing|distribution|warehousing|staffing|realty)\.?$/iu;

function isOrgName(segment: string): boolean {
  const words = segment.split(/\s+/);
  return (
    words.length >= 2 && words.length <= 4 && ORG_HEAD.test(words[words.length - 1] ?? '') && !ROLE_WORD.test(segment)
  );
}

function isPersonName(segment: string): boolean {
  const words = segment.split(/\s+/);
  if (words.length > 2 || ROLE_WORD.test(segment)) return false;
  return lexiconTags((words[0] ?? '').toLowerCase()).some((t) => /Name$/.test(t));
}

function titleWords(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}'’])\p{Ll}/gu, (c) => c.toUpperCase());
}

/** "3pl in reno" → "3PL in Reno": a short code with a digit in capitals, an unknown word after "in" a place. */
function describedPlainly(text: string): string {
  return text
    .replace(
      /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]{2,4}(?![\p{L}\p{N}]))(?=\p{L}*\p{N})(?=\p{N}*\p{L})[\p{L}\p{N}]+/gu,
      (m) => (/^\d+(?:k|m|bn|x|h|hrs?|yrs?|am|pm|st|nd|rd|th)$/iu.test(m) ? m : m.toUpperCase()),
    )
    .replace(/(?<=(?:^|\s)(?:in|near|outside|across|from)\s+)(\p{Ll}[\p{L}-]+)/gu, (m) =>
      lexiconTags(m).length === 0 ? titleWords(m) : m,
    );
}

export function companyFirst(who: string): string {
  const segments = who
    .trim()
    .replace(/[.!]+$/u, '')
    .split(/\s*,\s*/u);
  if (segments.length < 2 || segments.some((s) => s === '' || /^(?:I|I['’]m|my|we|our)(?![\p{L}'’])/iu.test(s)))
    return who;
  const at = segments.findIndex(isOrgName);
  if (at < 0) return who;
  const company = segments[at] ?? '';
  const named = company === company.toLowerCase() ? titleWords(company) : company;
  if (at === 0 && !isPersonName(segments[0] ?? '')) {
    return `I'm with ${named}, ${describedPlainly(segments.slice(1).join(', '))}`;
  }
  const first = segments[0] ?? '';
  const others = segments.filter((_s, i) => i !== 0 && i !== at);
  const name = first === first.toLowerCase() ? titleWords(first) : first;
  if (at > 0 && isPersonName(first) && others.length > 0 && !others.some((s) => ROLE_WORD.test(s))) {
    return `I'm ${name} with ${named} (${describedPlainly(others.join(', '))})`;
  }
  // "dana, account exec, harbor parcel systems": a name, a title and the company, the company spelt as one.
  if (at === segments.length - 1 && isPersonName(first) && others.length === 1 && ROLE_WORD.test(others[0] ?? ''))
    return `${name}, ${others[0]}, ${named}`;
  return who;
}

// ---------------------------------------------------------------------------------------------
// A rep writing for someone else: "Kevin's SDR at Brightloop, I'm Chloe", "Kevin (our VP sales) met
// her at HR Tech", "Kevin wants 30 min with her". The draft says who writes and for whom, what the
// colleague did as something done with the reader ("met you"), and asks the reader one question.

const MET_VERBS = 'met|saw|spoke (?:to|with)|talked (?:to|with)|chatted with|sat next to|worked with|knows|knew|heard';
const COLLEAGUE_MET = new RegExp(
  `^(\\p{Lu}[\\p{L}'’-]+)(?:\\s*\\((?:our|my)\\s+([^)]{2,40})\\)|,\\s*(?:our|my)\\s+([^,]{2,40}),)?\\s+(${MET_VERBS})\\s+(?:her|him|them)(?![\\p{L}])`,
  'u',
);
const FOR_SOMEONE_WHO =
  /^(\p{L}[\p{L}-]+?)['’]?s\s+([\p{L} &/-]{2,40}?)\s+(?:at|@|from)\s+([^,;]+?)\s*[,;-]+\s*(?:I['’]m|Im|I am|this is)\s+(\p{L}[\p{L}'’-]+)\.?$/iu;
const COLLEAGUE_WANTS =
  /^(\p{L}[\p{L}'’-]+)\s+(?:wants|would like|['’]d like|would love|['’]d love|hopes to get|is hoping for)\s+(?:to get\s+)?(?:(\d+)\s*(?:min|mins|minutes)|a (?:quick |short )?(?:call|chat|meeting))\s+(?:with|of)\s+(?:her|him|them|you)(?:r time)?(?![\p{L}])(.*)$/iu;

function onBehalfOf(out: TypedAnswers): void {
  const known = out.howKnown ?? '';
  const met = COLLEAGUE_MET.exec(known);
  const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
  let title = '';
  if (met) {
    title = (met[2] ?? met[3] ?? '').trim();
    out.howKnown = `${met[1]} ${met[4]} you${known.slice(met[0].length)}`;
  }
  const who = FOR_SOMEONE_WHO.exec(out.whoIAm);
  // "Kevins SDR" without its apostrophe: only when Kevin is named in another answer.
  const named = (name: string) => new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'iu').test(`${known} ${out.ask}`);
  if (who && (/['’]s\s/u.test(out.whoIAm) || named(who[1] ?? ''))) {
    const boss = capitalised(who[1] ?? '');
    // "sdr", "bdr": a title without a vowel is an acronym.
    const typedRole = (who[2] ?? '').trim();
    const role = /^[b-df-hj-np-tv-z]{2,4}$/i.test(typedRole) ? typedRole.toUpperCase() : typedRole;
    // "an SDR", "an account manager", "a BDR": the sound, not the letter.
    const article = /^[AEFHILMNORSX][A-Z]|^[aeio]/u.test(role) ? 'an' : 'a';
    const titled = met && met[1] === boss && title ? `, our ${title}` : '';
    out.whoIAm = `I'm ${capitalised(who[4] ?? '')}, ${article} ${role} at ${who[3]}; I work with ${boss}${titled}`;
  }
  const wants = COLLEAGUE_WANTS.exec(out.ask.trim());
  if (wants) {
    const time = wants[2] ? `${wants[2]} minutes` : 'time';
    out.ask = `would you have ${time} for a call with ${capitalised(wants[1] ?? '')}${(wants[3] ?? '').replace(/[?.!\s]+$/u, '')}?`;
  }
}

// ---------------------------------------------------------------------------------------------
// What the CRM knows and the prospect must never read: intent data, tiers, lead scores, account
// labels, enrichment stacks. Reps paste the record as why-you or how-you-know; a public trigger in it
// ("Trigger: new CIO (started Mar)") is kept, without its label, in words the reader recognises.

// One piece of a pasted record that is only for the rep.
const SALES_ONLY =
  /^(?:acct|account|tier|stack|tech ?stack|tools?|segment|industry|owner|source|score|lead score|intent|persona|icp|mql|sql|stage|arr|crm|territory|region|employees|headcount)\s*[:=#-](?!\p{L})|\b(?:intent data|bombora|zoominfo|6sense|clearbit|apollo|surge|lead score|icp(?: fit)?(?![-‐]\p{L})|mql(?![-‐]\p{L})|sql(?![-‐]\p{L})|tier\s*[0-9]|persona fit|pricing page|p[áa]gina de pre[çc]os|page (?:de )?tarifs|p[áa]gina de precios|preisseite|(?:visited|viewed|hit|visitou|visitó|a visité|besuchte)\b.*\b(?:page|site|website|p[áa]gina|seite))\b|\bx\s?[0-9]+$/iu;
const SALES_MARK =
  /\||\b(?:acct|tier\s*[0-9]|stack|trigger|intent data|bombora|surge|lead score|icp|mql|sql|pricing page|p[áa]gina de pre[çc]os|p[áa]gina de precios)\b(?![-‐]\p{L})/iu;
const SALES_LABEL =
  /^(?:trigger|signal|note|notes|why now|event|news|gatilho|disparador|déclencheur|auslöser)\s*[:=-]\s*/iu;
const MONTHS: Record<string, string> = {
  jan: 'January',
  feb: 'February',
  mar: 'March',
  apr: 'April',
  may: 'May',
  jun: 'June',
  jul: 'July',
  aug: 'August',
  sep: 'September',
  sept: 'September',
  oct: 'October',
  nov: 'November',
  dec: 'December',
};

/** A pasted CRM record without what only the rep should see; plain text is returned as typed. */
export function withoutSalesData(text: string): string {
  if (!SALES_MARK.test(text)) return text;
  const kept = text
    .split(/\s*(?:\||;|,(?=\s)|\s\+\s(?=\p{L}+\s*[:=])|\n)\s*/u)
    .map((piece) => piece.trim().replace(SALES_LABEL, ''))
    .filter((piece) => piece !== '' && !SALES_ONLY.test(piece) && !/^[\p{N}\s%.,x]+$/u.test(piece));
  return kept.map(plainTrigger).join(', ');
}

// "new CIO (started Mar)" → "you started as CIO in March": the trigger as the reader lived it.
function plainTrigger(piece: string): string {
  const m = /^new\s+([\p{L}&/ -]{2,40}?)\s*\((?:started|joined|since)\s+(\p{L}+)\.?(?:\s+(\d{4}))?\)$/iu.exec(piece);
  if (!m) return piece;
  const month = MONTHS[(m[2] ?? '').toLowerCase()] ?? m[2] ?? '';
  return `you started as ${m[1]} in ${month}${m[3] ? ` ${m[3]}` : ''}`;
}

// "Joe said he met her at CoreNet": "he" is Joe, "her" the prospect; said so, no composer can make
// both of them "you". The referrer met the prospect, by name.
const REPORTED_MEETING =
  /\b(\p{Lu}[\p{L}'’-]+)\s+(?:said|says|told me|tells me|mentioned)\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+|has\s+)?(met|saw|knows|knew|worked with|works with|spoke (?:to|with)|talked (?:to|with)|chatted with)\s+(?:him|her|them|\uE001)(?![\p{L}])/u;

function reportedMeeting(text: string, prospect: Prospect, lang: Lang): string {
  if (lang !== 'en' || prospect.full === '') return text;
  // "Joe told me he met Tom Brandt": the prospect by name is the object too.
  const names = [prospect.full, prospect.first].filter((n) => n.length >= 2);
  const marked = names.reduce(
    (t, n) =>
      t.replace(new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'), '\uE001'),
    text,
  );
  const read = marked.replace(REPORTED_MEETING, (m, name: string, verb: string) =>
    name === prospect.first ? m : `${name} ${verb} ${prospect.full}`,
  );
  return read === marked ? text : read.replace(/\uE001/gu, prospect.full);
}

function prospectOf(answers: TypedAnswers): Prospect {
  const words = answers.prospectName
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(dr|mr|mrs|ms|prof)\.?$/i.test(w));
  return {
    first: words[0] ?? '',
    last: words.length > 1 ? (words[words.length - 1] ?? '') : '',
    full: words.join(' '),
    company: answers.company ?? '',
  };
}

function langOf(text: string, answers: readonly string[]): Lang {
  const guess = detectLanguage(text);
  if (guess.lang === 'de' || guess.lang === 'es' || guess.lang === 'fr' || guess.lang === 'pt') return guess.lang;
  return guess.lang === 'und' ? (answersOneByOne(answers) ?? 'en') : 'en';
}

/**
 * Terse shorthand read as a whole can land on no language at all ("élodie vibrasens … dispo pr qq échanges?" reads as
 * Berber): the answers read one by one then say it, when two or more read as the same language we frame and none as
 * another one.
 */
export function answersOneByOne(answers: readonly string[]): 'de' | 'es' | 'fr' | 'pt' | undefined {
  const read = answers.filter((a) => a.trim() !== '').map((a) => detectLanguage(a).lang);
  const langs = new Set(read.filter((l) => l !== 'und'));
  const [only] = langs;
  if (langs.size !== 1 || (only !== 'de' && only !== 'es' && only !== 'fr' && only !== 'pt')) return undefined;
  return read.filter((l) => l === only).length >= 2 ? only : undefined;
}

// ---------------------------------------------------------------------------------------------
// Where the rep read the fact: "… saw on their careers pg", "… per board minutes", "… (press release)",
// "… per their 10-K", "… segundo o relatório anual". Said after the fact it reads as a note to self;
// said first it tells the reader where the rep looked: "I saw on your careers page that …".

const SOURCE: Record<Lang, string> = {
  en: String.raw`careers? (?:pg|page|site)|jobs? (?:pg|page|board|site|posts?|postings?|ads?|listings?)|job (?:posts?|postings?|ads?|listings?)|web ?site|site|blog|10-?[KQ]|S-1|annual report|(?:quarterly|earnings|investor|analyst) (?:report|call|deck|update|letter|day)|earnings|board (?:minutes|meeting|agenda|packet)|(?:meeting |council )?minutes|press release|pr|news(?:room)?|newsletter|linkedin(?: page| post)?|(?:sec )?filings?|proxy(?: statement)?|shareholder letter|local (?:paper|news)|article|artical|(?:linkedin |blog )?post|posting|piece|story|interview|op-?ed|tweet|thread`,
  de: String.raw`Pressemitteilung|Geschäftsbericht|Jahresbericht|Website|Webseite|Karriereseite|Stellenanzeigen?|LinkedIn|Blog|Newsletter`,
  es: String.raw`informe anual|memoria anual|nota de prensa|comunicado(?: de prensa)?|(?:página|sitio) web|web|página de empleo|portal de empleo|blog|linkedin|prensa|actas?(?: del consejo)?`,
  fr: String.raw`rapport annuel|communiqué(?: de presse)?|site(?: web| internet)?|page carrières|blog|linkedin|presse|procès-verbal`,
  pt: String.raw`relatório anual|relatório de sustentabilidade|balanço(?: anual)?|release|comunicado(?: à imprensa)?|press release|site|página de carreiras|blog|linkedin|imprensa|atas?(?: do conselho)?`,
};
const SOURCE_DET: Record<Lang, string> = {
  en: 'their|the|his|her|its|our',
  de: 'ihrer|ihrem|ihren|der|dem|die',
  es: 'su|sus|el|la|los|las|del',
  fr: "leur|le|la|les|l['’]|son|sa|du",
  pt: 'o|a|os|as|seu|sua|do|da|no|na',
};
// How the rep says where they saw it, after the fact: "per", "according to", "saw on"; brackets alone.
const SOURCE_INTRO: Record<Lang, string> = {
  en: String.raw`(?:(?:i\s+)?(?:saw|seen|read|found|spotted)(?:\s+(?:it|this|that))?\s+(?:on|in)\s+|(?:i\s+)?(?:saw|read)\s+(?=the\s)|per\s+|according to\s+|source:\s*)`,
  de: String.raw`(?:laut\s+|gemäß\s+|lt\.\s*|quelle:\s*)`,
  es: String.raw`(?:según\s+|de acuerdo con\s+|vi en\s+|visto en\s+|leí en\s+|fuente:\s*)`,
  fr: String.raw`(?:selon\s+|d['’]après\s+|vu (?:sur|dans)\s+|lu dans\s+|source\s*:\s*)`,
  pt: String.raw`(?:segundo\s+|conforme\s+|de acordo com\s+|vi n[oa]\s+|li n[oa]\s+|fonte:\s*)`,
};

const ORG_NOUNS =
  /^(?:district|company|team|agency|firm|hospital|clinic|school|practice|store|stores|department|org|business|group|board|plant|factory|warehouse|bank|credit union|chain|brand|network|office|fleet|council|city|county|university|college|lab|studio|restaurant|hotel|portfolio)\b/iu;
/**
 * A kind of organisation that is as often something else ("trust has dropped", "surgery waits", "gym memberships", the
 * trade "association"): theirs only where their company is named so ("Ashgrove Learning Trust") and a verb follows.
 */
const ORG_KINDS =
  /^(trust|academy|charity|foundation|surgery|pharmacy|nursery|brewery|bakery|salon|gym|club|association|cooperative|co-op)\s+(?:is|are|was|were|has|have|had|just|recently|runs|uses|needs|wants|plans|operates|employs|serves|covers|owns|manages|gets|takes|makes|does|looks|seems|\p{Ll}{3,}ing|\p{Ll}{3,}ed)(?![\p{L}])/iu;
// A verb that makes the fact a clause: "is", "wrote off", "they're", "just opened".
const EN_CLAUSE =
  /^(?:she|he|they|you|we|I|s?hes|theyre|youre)\s|\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|just|recently|says|said|plans?|expects?|lost|won|grew|cut|hit|ran|led|made|took|got|went|spent|paid|sold|bought|built|began|fell|rose|left|wrote|broke|drew|brought|shut|set)\b|['’](?:re|s|ve)\s|\b\p{Ll}{3,}ed\b/iu;

// "his headline: 'Scaling B2B pipeline | Ex-HubSpot' - ep 42 he said …": the headline told the rep who
// they are; the clause after it is the reason, said on its own ("in episode 42 he said …").
const HEADLINE_THEN =
  /^(?:(?:their|his|her|your)\s+)?(?:linkedin\s+)?(?:headline|bio|tagline|title|profile)\s*(?:says|reads|is)?\s*:?\s*(?:"[^"\n]{3,200}"|“[^”\n]{3,200}”|'[^'\n]{3,200}')\s*[-–—,;:]+\s*(.{8,})$/iu;

function afterHeadline(text: string): string {
  const m = HEADLINE_THEN.exec(text.trim());
  const rest = m?.[1] ?? '';
  if (
    !m ||
    !/\b(?:said|says|wrote|writes|posted|mentioned|talked|spoke|argued|shared|is|are|was|were|has|have)\b/iu.test(rest)
  )
    return text;
  return rest.replace(/^(?:on\s+|in\s+)?ep(?:isode)?\.?\s*#?(\d+)\b[\s,]*/iu, 'in episode $1 ');
}

/**
 * The fact and where it was read, the source said first; the answer as typed when it names no source.
 * A source closes the clause it follows, not the whole answer ("…10th store, adherence is big for them
 * per their site"): each clause is read on its own, and one led by its source stands apart ("; ").
 */
export function sourceLed(text: string, lang: Lang, prospect: Prospect): string {
  const split = text.trim().split(/(\s*[,;]\s+)/u);
  // A piece that is only the source ("saw on their jobs pg", "according to their annual report") belongs
  // to the clause beside it: after the one before it, or before the first.
  const bare = new RegExp(`^(?:${SOURCE_INTRO[lang]})(?:(?:${SOURCE_DET[lang]})\\s*)?(?:${SOURCE[lang]})$`, 'iu');
  const pieces: string[] = [];
  for (let i = 0; i < split.length; i += 2) {
    const piece = split[i] ?? '';
    if (bare.test(piece.trim()) && i > 0) pieces[pieces.length - 1] += ` ${piece}`;
    else if (bare.test(piece.trim()) && i + 2 < split.length) {
      split[i + 2] = `${piece}, ${split[i + 2]}`;
    } else {
      if (pieces.length > 0) pieces.push(split[i - 1] ?? ', ');
      pieces.push(piece);
    }
  }
  if (pieces.length === 1) return sourceLedClause(text, lang, prospect);
  let changed = false;
  const read = pieces.map((piece, i) => {
    if (i % 2 === 1) return piece;
    const led = sourceLedClause(piece, lang, prospect);
    if (led !== piece) changed = true;
    return led;
  });
  if (!changed) return text;
  // A clause that now opens with its source is a sentence of its own ("; " before it); what follows it
  // goes on with "and"; a second "I saw" in a row is "I also saw".
  let seen = false;
  return read
    .map((piece, i) => {
      if (i % 2 === 1) {
        if (read[i + 1] !== pieces[i + 1]) return '; ';
        // "…for it according to the article, and honestly …": a clause that opens with its own "and" or "but" takes none.
        if (read[i - 1] !== pieces[i - 1] && CONJUNCTION_FIRST[lang].test(pieces[i + 1] ?? '')) return ', ';
        return read[i - 1] !== pieces[i - 1] ? `, ${AND[lang]} ` : piece;
      }
      // "…, + elle est acheteuse": after the "and" put before it, a typed "+" goes.
      if (i > 0 && piece === pieces[i] && read[i - 2] !== pieces[i - 2]) return piece.replace(/^[+&]\s*/u, '');
      // After "; " a clause goes on in lower case: "…; segundo o site, abriram …", "…; según la web, …".
      if (i > 0 && piece !== pieces[i] && (lang === 'es' || lang === 'fr' || lang === 'pt'))
        return piece.replace(
          /^(?:Segundo|Según|Selon|Conforme|De acordo|De acuerdo|D['’]après|Sur|En|No|Na|Em|Dans|Vi|Li|J['’]ai)(?![\p{L}])/u,
          (w) => w.toLowerCase(),
        );
      if (piece === pieces[i] || !/^I saw /u.test(piece)) return piece;
      const again = seen;
      seen = true;
      return again ? piece.replace(/^I saw /u, 'I also saw ') : piece;
    })
    .join('');
}

function sourceLedClause(text: string, lang: Lang, prospect: Prospect): string {
  const t = text.trim().replace(/[.!]+$/u, '');
  // "harrowgate's annual report says cycle time went from 21 to 34 days": what the rep read there.
  const own = (prospect.company.trim().split(/\s+/)[0] ?? '').toLowerCase();
  const says = new RegExp(
    `^(?:(?:${own.length >= 3 ? own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '\uE002'})['’]s|their|(the))\\s+(${SOURCE.en})\\s+(?:says|shows|said|showed|mentions|notes|states|reports)\\s+(?:that\\s+)?(.{8,})$`,
    'iu',
  ).exec(t);
  if (lang === 'en' && says)
    return `I read in ${says[1] ? 'the' : 'their'} ${(says[2] ?? '').toLowerCase().replace(/\bpg\b/u, 'page')} that ${factClause(says[3] ?? '', prospect)}`;
  const source = `(?:(${SOURCE_DET[lang]})\\s*)?(${SOURCE[lang]})`;
  const after = new RegExp(
    `^(.{8,}?)[\\s,;:–—-]*(?:\\(\\s*(?:${SOURCE_INTRO[lang]})?${source}\\s*\\)|(?<=[\\s,;:–—-])${SOURCE_INTRO[lang]}${source})$`,
    'iu',
  ).exec(t);
  const before = after ? null : new RegExp(`^(?:${SOURCE_INTRO[lang]})${source}\\s*[,:–—-]\\s*(.{8,})$`, 'iu').exec(t);
  if (!after && !before) return text;
  const fact = (after ? after[1] : before?.[3]) ?? '';
  const det = (after ? (after[2] ?? after[4]) : before?.[1]) ?? '';
  const named = (after ? (after[3] ?? after[5]) : before?.[2]) ?? '';
  // "found her on their site" is how the rep found them, not a fact read there.
  if (
    /^(?:i\s+)?(?:saw|seen|found|met|read|heard|came across|noticed|spotted|connected|follow(?:ed)?|listened|watched|caught|got)\b/iu.test(
      fact,
    )
  )
    return text;
  // "$20 per site", "via news": a word that is a source only with "their" or in brackets.
  if (
    !det &&
    after?.[3] === undefined &&
    /^(?:site|pr|earnings|minutes|news|web|site|presse|prensa|imprensa|post|posting|piece|story|interview|thread|tweet|article|artical)$/iu.test(
      named,
    )
  )
    return text;
  return leadIn(lang, theirCompany(fact.replace(/[\s,;:–—-]+$/u, ''), prospect), det, named, prospect) || text;
}

/**
 * A fact typed as a note, said as a clause: "district rolling out 1:1 chromebooks" → "their district is
 * rolling out …", "kestrel expanding into 4 states" → "Kestrel is expanding …". Only their company or a
 * thing of theirs ("district", "agency") is given the verb; anything else stays as typed.
 */
/**
 * A word in "-ing" that names a trade or a department, not something being done ("marketing team doubled", "lending
 * volumes dropped", "Acme Packaging"), or any "-ing" word with a noun and that noun's own verb after it: never given "is".
 */
const NOUN_ING =
  /^(?:marketing|lending|banking|engineering|shipping|pricing|accounting|manufacturing|packaging|staffing|training|funding|housing|roofing|brewing|consulting|plumbing|landscaping|trucking|catering|printing|recruiting|advertising|publishing|clothing|flooring|heating|lighting|mining|farming|fencing|paving|painting|cleaning|learning|billing|purchasing|sourcing|ticketing|onboarding|underwriting|invoicing|licensing|logging|machining|nursing|outsourcing|parking|plating|racking|remodeling|retailing|seating|sewing|tooling|trading|welding|wiring|wholesaling|warehousing|hauling|building|dining|lodging|gaming|betting|hosting|networking|computing|testing|coating|casting|forging|molding|moulding|bottling|canning|baking|dairying|mapping|modeling|modelling|pharmacy)$/iu;
export function gerundIsVerb(gerund: string, after: string): boolean {
  if (NOUN_ING.test(gerund)) return false;
  return !/^\s+[\p{L}-]+\s+(?:\p{Ll}{2,}ed|is|are|was|were|has|have|had|grew|rose|fell|went|hit|got|came)(?![\p{L}])/u.test(
    after,
  );
}

export function factClause(fact: string, prospect: Prospect): string {
  const typed = theirCompany(fact, prospect);
  // "district rolling out …", "firm does …": a thing of theirs as the subject of a verb.
  const f = (
    /^\S+(?:\s+union)?\s+(?:is|are|was|were|has|have|had|just|recently|\p{Ll}{3,}ing|\p{Ll}{3,}ed|\p{Ll}{2,}(?<!s)s)(?![\p{L}])/u.test(
      typed,
    )
      ? typed.replace(ORG_NOUNS, (noun) => `their ${noun.toLowerCase()}`)
      : typed
  ).replace(ORG_KINDS, (m, noun: string) =>
    namesKind(noun, prospect.company) ? `their ${noun.toLowerCase()}${m.slice(noun.length)}` : m,
  );
  if (EN_CLAUSE.test(f)) return f;
  const own = (prospect.company.trim().split(/\s+/)[0] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "Acme packaging moving hq" to Acme Packaging: the rest of their name, in any case, is the subject too; never "Acme
  // is packaging moving".
  const anyCase = (w: string) =>
    [...w]
      .map((c) =>
        c.toLowerCase() !== c.toUpperCase()
          ? `[${c.toLowerCase()}${c.toUpperCase()}]`
          : c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'),
      )
      .join('');
  // Only where a word of the name is one in "-ing" ("Acme Packaging", "Redwood Brewing") that would read as the verb.
  const named = prospect.company.trim().split(/\s+/).slice(1, 4);
  const words = named.some((w) => /ing$/iu.test(w)) ? named.map(anyCase) : [];
  const more = words
    .map((_w, n) =>
      words
        .slice(0, words.length - n)
        .map((w) => `\\s+${w}`)
        .join(''),
    )
    .join('|');
  const subject =
    own.length >= 3
      ? `${own}(?:(?:${more || '(?!)'})(?![\\p{L}])|(?:\\s+\\p{Lu}[\\p{L}&'’-]*){0,3})|their\\s+[\\p{L}-]+`
      : 'their\\s+[\\p{L}-]+';
  return f.replace(
    new RegExp(`^(${subject})\\s+(\\p{Ll}{3,}ing)(?![\\p{L}])`, 'u'),
    (m, who: string, verb: string, at: number, all: string) => {
      if (!gerundIsVerb(verb, all.slice(at + m.length))) return m;
      const plural = /^their\s+\S*[^s]s$/u.test(who);
      return `${who} ${plural ? 'are' : 'is'} ${verb}`;
    },
  );
}

/** "kestrel expanding …" → "Kestrel expanding …": their company as they spell it. */
function theirCompany(fact: string, prospect: Prospect): string {
  const own = prospect.company.trim().split(/\s+/)[0] ?? '';
  return own.length >= 3 && fact.toLowerCase().startsWith(`${own.toLowerCase()}`) && /^\p{Ll}/u.test(fact)
    ? `${own}${fact.slice(own.length)}`
    : fact;
}

const PROSE_SOURCE = /(?:article|artical|post|posting|piece|story|interview|op-?ed|tweet|thread)$/iu;

function leadIn(lang: Lang, fact: string, det: string, named: string, prospect: Prospect): string {
  const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
  const where = `${det ? `${det} ` : ''}${named}`.replace(/\s+/g, ' ');
  if (lang === 'en') {
    // Their own page or report is theirs; the news is not.
    const theirs = !/news|paper|press$/iu.test(named);
    const src = `${det ? det.toLowerCase() : theirs ? 'their' : 'the'} ${named.replace(/\bpg\b/iu, 'page').replace(/^pr$/iu, 'press release')}`;
    const f = factClause(fact, prospect);
    const on = /page|pg|site|blog|linkedin|board$/iu.test(named) ? 'on' : 'in';
    if (EN_CLAUSE.test(f)) return `I saw ${on} ${src} that ${f}`;
    // A piece of writing ("his post", "the article") tells, it does not show a figure: a fact with no verb stays as typed.
    return PROSE_SOURCE.test(named) ? '' : `${cap(src)} shows ${f}`;
  }
  // A fact with its verb is said after "según …,", a bare figure as what the source shows.
  const clause: Record<Exclude<Lang, 'en'>, RegExp> = {
    de: /$^/u,
    es: /(?<![\p{L}])(?:\p{L}+(?:ó|ió|aron|ieron|a|an|e|en)|es|son|fue|tiene|tienen|está|están|ha|han)(?![\p{L}])/iu,
    fr: /(?<![\p{L}])(?:a|ont|est|sont|était|avait|\p{L}+(?:e|ent|é|ait))(?![\p{L}])/iu,
    pt: /(?<![\p{L}])(?:é|foi|são|tem|têm|está|estão|\p{L}+(?:ou|eu|iu|am|em))(?![\p{L}])/iu,
  };
  if (lang === 'de') return '';
  const head = fact.split(/\s+/).slice(0, 2).join(' ');
  const isClause = clause[lang].test(fact) && !/^\p{Ll}+\s+(?:de|del|da|do|des|du)\s/u.test(head);
  if (lang === 'es') return isClause ? `Según ${where}, ${fact}` : `${cap(where)} muestra ${fact}`;
  if (lang === 'fr') return `D'après ${where}, ${fact}`;
  if (isClause) return `Segundo ${where}, ${fact}`;
  // "Vi no relatório anual: quebra de 2,1% …": what the rep saw there, a figure without a verb.
  const feminine = /^(?:página|imprensa|atas?)/iu.test(named);
  const into: Record<string, string> = {
    o: 'no',
    a: 'na',
    os: 'nos',
    as: 'nas',
    do: 'no',
    da: 'na',
    no: 'no',
    na: 'na',
    seu: 'no seu',
    sua: 'na sua',
  };
  const lead = into[det.toLowerCase()] ?? (feminine ? 'na' : 'no');
  return `Vi ${lead} ${named}: ${fact}`;
}

// ---------------------------------------------------------------------------------------------
// Slack's markup: what a message pasted from Slack carries besides its words.

/** "*bold*", "_it_", "~x~", "`x`", ":wave:", "<@U1|joe>", "<url|label>", "@joe" → plain words. */
export function slackToPlain(text: string, prospect: Prospect, isWho: boolean): string {
  const t = text
    // Slack's own escapes of what the rep typed.
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    // <@U123|joe>, <#C123|deals>, <https://x|label>, <mailto:a@b|a@b>: the label is what the rep saw.
    .replace(/<(?:[@#!][^|>\s]*|(?:https?|mailto):[^|>\s]*)\|([^>]*)>/g, (_m, label: string) =>
      /^[\w.-]+$/.test(label) && /^[@#]/.test(_m.slice(1)) ? `@${label.replace(/^@/, '')}` : label,
    )
    .replace(/<(?:https?|mailto):([^>\s]*)>/g, (m) => m.slice(1, -1).replace(/^mailto:/, ''))
    // <@U123>, <#C123>, <!here>: an id nobody outside Slack can read.
    .replace(/<[@#!][A-Za-z0-9^_-]*>/g, '');
  // A link keeps every character ("urn:li:activity:7123", "jake_morrison"); the words around it lose their marks.
  return t
    .split(/(\b(?:https?:\/\/|www\.)[^\s<>()]+)/)
    .map((part, i) => (i % 2 === 1 ? part : marksToPlain(part, prospect, isWho)))
    .join('');
}

function marksToPlain(text: string, prospect: Prospect, isWho: boolean): string {
  let t = text
    // "the new label is :fire:": the code stands for the word the verb needed; both go, and the noun stays.
    .replace(
      /\s+(?:is|are|was|were|looks?|looked|so)\s*:(?=[a-z0-9_+'-]*[a-z])[a-z0-9_+'-]{2,40}:(?=\s*(?:[.!?,;]|$|(?:and|but|so|y|et|und|e)\s))/giu,
      '',
    )
    // :wave:, :chart_with_upwards_trend:, :+1: (a time such as 10:30:00 has no letter).
    // (An emoji itself stays: the team's own good drafts keep one where the channel is casual.)
    .replace(/:(?=[a-z0-9_+'-]*[a-z])[a-z0-9_+'-]{2,40}:/g, ' ');
  // *bold*, **bold**, _italic_, ~strike~, `code`: the words without their marks.
  t = t
    .replace(/(?<![\p{L}\p{N}*\\])\*{1,2}(?=\S)([^*\n]{1,200}?)(?<=\S)\*{1,2}(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_\n]{1,200}?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
    // ~struck~ words are the ones the rep took back.
    .replace(/\s*(?<![\p{L}\p{N}~])~(?=\S)([^~\n]{1,200}?)(?<=\S)~(?![\p{L}\p{N}~])/gu, '')
    .replace(/`{1,3}([^`\n]{1,200}?)`{1,3}/g, '$1')
    // A mark left alone ("Lena*", "*Kraków"): only between digits is "*" arithmetic.
    .replace(/(?<!\d\s?)\*+(?!\s?\d)/g, '');
  // "@dana (me)", "Dana (me)": the rep pointing at themselves.
  t = t.replace(/\s*\((?:me|moi|ich|yo|eu|that['’]s me|c['’]est moi)\)/giu, '');
  // @handles: a person by name, the prospect as they are named in the answers, "AE @Flowdesk" as "at".
  t = t.replace(
    /(?<![\p{L}\p{N}._%+-])@(\p{L}[\p{L}\p{N}._-]*[\p{L}\p{N}]|\p{L})/gu,
    (_m, handle: string, at: number, all: string) => {
      if (isWho && /^\p{Lu}/u.test(handle) && at > 0 && /\p{L}[\s,]*$/u.test(all.slice(0, at))) return `at ${handle}`;
      return personOfHandle(handle, prospect);
    },
  );
  return t;
}

// Where a handle named the prospect, until the answers' language says how to call them.
const PROSPECT_MARK = '\uE000';

/** The prospect where their handle stood: by name in English (the composer makes it "you"), else as "she"/"he". */
function prospectInPlace(text: string, prospect: Prospect, lang: Lang): string {
  if (!text.includes(PROSPECT_MARK)) return text;
  const tags = lexiconTags(prospect.first.toLowerCase());
  const gender = tags.includes('FemaleName') ? 0 : tags.includes('MaleName') ? 1 : undefined;
  const pronouns: Record<Lang, [string, string]> = {
    en: ['she', 'he'],
    de: ['sie', 'er'],
    es: ['ella', 'él'],
    fr: ['elle', 'il'],
    pt: ['ela', 'ele'],
  };
  const said = lang === 'en' || gender === undefined ? prospect.full : pronouns[lang][gender];
  return text.replaceAll(PROSPECT_MARK, said);
}

function personOfHandle(handle: string, prospect: Prospect): string {
  const parts = handle
    .split(/[._-]+/)
    .map((p) => p.replace(/\d+/g, ''))
    .filter((p) => p.length > 0);
  const lower = parts.map((p) => p.toLowerCase());
  const first = prospect.first.toLowerCase();
  const last = prospect.last.toLowerCase();
  const squashed = lower.join('');
  if (
    (first !== '' && (lower.includes(first) || squashed.startsWith(first))) ||
    (last.length >= 3 && (lower.includes(last) || squashed.endsWith(last)))
  )
    return PROSPECT_MARK;
  const named = parts.filter((p) => p.length >= 2);
  return (named.length > 0 ? named : parts).map(titleCase).join(' ');
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Who-I-am: name, role, company and what they do; never phone, e-mail, links, slogans or family.

const PHONE = /(?:\+|\b00)?\(?\d[\d\s()./-]{6,}\d(?:\s*(?:ext\.?|x)\s*\d{1,5})?/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|io|co|net|org|ai|app|dev|de|fr|es|pt|br|mx|ar|uk|eu|in|ch|at|be|nl)(?:\/[^\s<>()]*)?(?![\p{L}\p{N}])/giu;
const CONTACT_LABEL =
  /(?:^|\s)(?:m|t|p|ph|tel|mob|mobile|cell|phone|office|direct|fax|e|email|e-mail|mail|w|web|site|website|linkedin|tél|tel\.|handy|móvil|celular|telefone)\s*[:.]\s*$/iu;
const DISCLAIMER =
  /\b(?:views?|opinions?|thoughts?)\s+(?:are\s+)?(?:my|mine|my own)\b|\bown\s+views?\b|\bsent from my\b|\bconfidential\b|\bdisclaimer\b|\bprinted\b.*\benvironment\b|\bmeine (?:eigene|persönliche) meinung\b|\bopiniones? propias?\b|\bopiniões? próprias?\b|\bavis personnels?\b/iu;
// What a headline says about the rep that is not their job: hobbies, family, badges, "speaker".
const PERSONAL =
  /\b(?:dad|mum|mom|mother|father|mama|papa|husband|wife|parent|grandpa|grandma|nerd|geek|junkie|lover|enthusiast|addict|fanatic|foodie|runner|marathoner|triathlete|cyclist|golfer|gamer|traveller|traveler|speaker|keynote speaker|author|podcaster|podcast host|host of|tedx|top voice|influencer|mentor|investor|angel|building in public|open to work|hiring|we['’]re hiring|dog|cat|coffee|wine|beer|music|golf|golfer|tennis|yoga|grandkids|grandchildren|kids|family|faith|proud|father of|mother of|husband of|wife of|vater|mutter|radfahrer(?:in)?|läufer(?:in)?|bergsteiger(?:in)?|ciclista|corredor[a]?|cycliste|coureur|randonneur|maratonista|papá|mamá|pai|mãe|maman|padre|madre)\b|\bx\s?\d\b|^ex[- ]/iu;
const CERTIFICATIONS = /^(?:[A-Z][A-Za-z0-9®™&-]{1,8}(?:\s*[,/&]\s*|\s+|$))+$/u;
const ROLE_WORD =
  /\b(?:ae|sdr|bdr|csm|am|se|ceo|cfo|cto|coo|cmo|cro|vp|svp|evp|head|director|manager|lead|founder|co-?founder|owner|partner|president|principal|executive|exec|rep|representative|consultant|advisor|adviser|specialist|engineer|analyst|architect|recruiter|associate|officer|coordinator|strategist|designer|developer|chief|sales|account|business development|responsable|directeur|directrice|gérant|gerente|ejecutiv[oa]|diretor|diretora|director[a]?|fundador[a]?|fondateur|fondatrice|executiv[oa]|consultor[a]?|analista|vendedor[a]?|representante|especialista|coordenador[a]?|coordinador[a]?|jef[ea]|chefe|s[óo]ci[oa]|geschäftsführer(?:in)?|leiter(?:in)?|berater(?:in)?|vertrieb\w*|inhaber(?:in)?|consultor[a]?|ingénieur|ingeniero|engenheiro|commercial[e]?|comercial|key account|chargée?|kam)\b/iu;
const WHAT_WE_DO =
  /^(?:helping|help|we help|we|building|making|bringing|powering|\(|—|–|-|ajudamos|ajudando|ayudamos|ayudando|nous aidons|aidons|wir helfen|helfen)/iu;

/** "Sarah Lindqvist\nSenior AE\nRouteMint\nM: +1 …", "AE | Ex-Oracle | Helping CFOs close faster" → the facts. */
export function whoWithoutFurniture(who: string, lang: Lang = 'en'): string {
  const plain = whoInOneClause(nameAndCompany(whoWithoutFurnitureIn(who, lang), lang), lang);
  // "Executivo de Contas @ Frete Fácil" read as "… at Frete Fácil": the "at" is ours, so it is said in
  // the answers' language.
  return lang === 'en' ? plain : plain.replace(/(?<=\p{L})\s+at\s+(?=\p{Lu})/gu, ` ${AT[lang]} `);
}

// "Marco, we're Trellisight - I run partnerships": the name, then the company as a clause of its own and
// what the rep does as another. Said as one: "I'm Marco; I run partnerships at Trellisight".
const WE_ARE_THEN_I: Partial<
  Record<Lang, { re: RegExp; say: (name: string, what: string, company: string) => string }>
> = {
  en: {
    re: /^(?:I['’]m\s+|I am\s+)?(\p{Lu}[\p{L}'’-]+)\s*[,;:-]?\s+(?:we['’]re|we are)\s+([^,;–—-]+?)\s*(?:[,;–—-]+|\.)\s*(?:and\s+)?I\s+((?:run|lead|head|manage|look after|handle|own|do|cover)\s+.+?)[.!]?$/iu,
    say: (name, what, company) => `I'm ${name}; I ${what} at ${company}`,
  },
  de: {
    re: /^(?:ich bin\s+)?(\p{Lu}[\p{L}'’-]+)\s*[,;:-]?\s+wir sind\s+([^,;–—-]+?)\s*(?:[,;–—-]+|\.)\s*(?:und\s+)?ich\s+((?:leite|verantworte|betreue|mache|führe)\s+.+?)[.!]?$/iu,
    say: (name, what, company) => `ich bin ${name} und ${what} bei ${company}`,
  },
};
// An emoji between the name and the role is a comma; at the end it is decoration.
function whoInOneClause(who: string, lang: Lang): string {
  let t = who.replace(/\s*(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+\s*$/u, '');
  t = t.replace(/(?<=\p{L})\s+(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+\s+(?=\p{L})/gu, ', ');
  const form = WE_ARE_THEN_I[lang];
  const m = form?.re.exec(t.trim());
  return form && m ? form.say(m[1] ?? '', m[3] ?? '', (m[2] ?? '').trim()) : t;
}

// "priya loomgrid": two lower-case words in the box that asks for name and company, the second no word
// or surname the lexicon knows, are a name and a company ("priya sharma" stays a name).
function nameAndCompany(who: string, lang: Lang): string {
  const m = /^(\p{Ll}{2,})\s+(\p{Ll}{3,})$/u.exec(who.trim());
  if (lang !== 'en' || !m) return who;
  const [, name = '', company = ''] = m;
  const known = (word: string) => lexiconTags(word).length > 0;
  const aName = (word: string) => lexiconTags(word).some((tag) => /Name$/.test(tag));
  if (known(company) || (known(name) && !aName(name))) return who;
  const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return `I'm ${cap(name)} from ${cap(company)}`;
}

/** Words "there" is followed by where it means a place or opens "there is": never "their". */
const THERE_AS_TYPED = new Set(
  (
    "is are was were be been being 's has have had will would can could should might may must seems seem seemed appear " +
    "appears appeared goes go went comes come came lies lie remains remain exist exists used isn’t isn't aren't " +
    "wasn't weren't hasn't haven't hadn't won't wont isnt arent wasnt werent hasnt havent and or but so when where while " +
    'if because as than that which who whose what how why it its they he she we you i me him her us them this these ' +
    'those the a an all both every each some any no not nor now then yet too also again already still just ever never ' +
    'always often once twice today yesterday tomorrow tonight last next early late long first soon before after ' +
    'afterwards later anymore either instead somewhere anyway anyways right there here on in at to from with by of ' +
    'about over up down out off around through back into onto for until till since during lol tbh haha monday tuesday ' +
    'wednesday thursday friday saturday sunday week weeks month months year years day days morning afternoon evening ' +
    'night weekend recently myself yourself himself herself ourselves themselves'
  ).split(' '),
);
const THERE_WORD = String.raw`\p{Ll}[\p{Ll}\p{N}'’-]*`;
/** "there" after a preposition ("2 of there rooftop units", "next to there warehouse"), where "their" was meant. */
const THERE_AFTER_PREPOSITION = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:(?<!out\s)of|to|at|on|into|onto|for|with|from|about|near|behind|inside|outside|across|around|by|under|via)\s+)there\s+(?=(${THERE_WORD}))`,
  'gu',
);
/** "there" before a noun or two and then their verb ("noticed there rtus are old", "there july bill was insane"). */
const THERE_BEFORE_VERB = new RegExp(
  String.raw`(?<![\p{L}'’])there\s+(?=(${THERE_WORD})(?:\s+(${THERE_WORD}))?\s+(?:is|are|was|were|has|have|had|keeps?|kept)(?![\p{L}'’]))`,
  'gu',
);

/**
 * "there" typed for "their" (English): before a thing of someone's, after a preposition or before the noun's verb.
 * "their" is then the prospect's as any other ("your warehouse"). "there" stays where it is a place or opens "there is"
 * ("i was there last week", "there are 3 units", "over there", "out of there fast", "is there anything").
 */
export function theirTypedThere(text: string): string {
  const noun = (word: string | undefined) =>
    word !== undefined &&
    !THERE_AS_TYPED.has(word.toLowerCase()) &&
    // An adverb ("there quickly"); not a noun that ends as one does ("july", "family", "supply").
    !/^(?!july$|family$|supply$|assembly$|rally$)\p{L}+ly$/u.test(word) &&
    !/^\p{N}/u.test(word);
  return text
    .replace(THERE_AFTER_PREPOSITION, (m, next: string) => (noun(next) ? 'their ' : m))
    .replace(THERE_BEFORE_VERB, (m, first: string, second: string | undefined, at: number, all: string) =>
      noun(first) &&
      (second === undefined || noun(second)) &&
      !/(?<![\p{L}'’])(?:is|are|was|were|will|would|could|should|can|might|may|must|over|out|up|down)\s+$/iu.test(
        all.slice(0, at),
      )
        ? 'their '
        : m,
    );
}

/**
 * "so i was at the building next door …", "ok so she posted …": the "so" a story is told with, before the one who did
 * something, is talk, not the reason; without it the reason reads as said ("I was at …", not "I saw that so I was at
 * …"). Only before a person ("so many tickets", "so far she has …" stay).
 */
function withoutLeadingSo(text: string): string {
  return text.replace(
    /^\s*(?:(?:ok|okay|well|yeah|right|anyway)[\s,]+)?so[\s,]+(?=(?:i|i['’]m|im|i['’]ve|ive|we|we['’]re|she|she['’]s|shes|he|he['’]s|hes|they|they['’]re|theyre|my|our|her|his|their)(?![\p{L}'’]))/iu,
    '',
  );
}

// "hey so", "ok so", "so,", "alors,", "bueno,": talk before the introduction, not part of it.
const FILLER =
  /^\s*(?:(?:hey+|hi+|hiya|hello|ok|okay|alright|right|well|um+|uh+|erm|yeah|yep|anyway)[\s,.!:-]+)*so(?:\s*[,.!:]+\s*|\s+)(?=\p{L})|^\s*(?:ok|okay|um+|uh+|erm|also|bueno|pues|alors|bon|donc|então|bom|enfim)\s*,\s*/iu;
/**
 * An ask that is only a courtesy closing ("Saludos", "Au plaisir", "Cheers", "Viele Grüße, Barbara", "Abraço") asks
 * nothing: a closing is no question ("¿Saludos?", "Au plaisir?", "Are you open to Cheers?"), and the draft has no ask
 * rather than one made of it. A closing after a real ask ("una llamada? saludos") is cut where answers are tidied.
 */
const CLOSING_ONLY =
  /^[\s¡!.,]*(?:(?:best|kind|warm|warmest|many)\s+(?:regards|wishes)|regards|best|cheers|thanks|thank you|thx|ta|many thanks|talk soon|sincerely|yours(?: sincerely| truly)?|mit (?:freundlichen|besten|herzlichen) grü(?:ß|ss)en|(?:viele|beste|liebe|herzliche|freundliche)? ?grü(?:ß|ss)e|mfg|lg|vg|gruß|danke(?: schön)?|bis bald|saludos(?: cordiales)?|un (?:cordial |fuerte )?(?:saludo|abrazo)|abrazos?|gracias|atentamente|cordialmente|hasta pronto|cordialement|bien (?:cordialement|à vous)|salutations(?: distinguées)?|au plaisir|à bientôt|a bientot|merci(?: d['’]avance)?|bonne journée|atenciosamente|(?:um )?abraços?|abs|cumprimentos|obrigad[oa]|até logo|até breve|att\.?)(?:([\s,.!:;-]+)(\p{Lu}[\p{L}'’-]*))?[\s.!]*$/iu;
/**
 * An ask that is only a closing, maybe with a name after it. Under /iu the name's \p{Lu} takes any letter, so a word
 * after the closing counts as a name only when it is capitalised or set off by a comma or dash ("cheers, ali"): never
 * "thanks anyway", "best tuesday", "ta bom".
 */
function closingOnly(ask: string): boolean {
  const m = CLOSING_ONLY.exec(ask);
  if (!m) return false;
  const [, gap, name] = m;
  return name === undefined || /^\p{Lu}/u.test(name) || /[,;:-]/u.test(gap ?? '');
}
function closingNoAsk(ask: string): string {
  return closingOnly(ask) ? '' : ask;
}
/**
 * An ask that is only a closing and the rep's own name ("Cheers, Ali", "Cordialement, Kevin", "Beste Grüße, Jonas"):
 * the sign-off the rep wants, the closing and the name as they are to be written; never a name that is not the rep's
 * ("Thanks, Tom" to Tom is no signature).
 */
export function closingSignOff(ask: string, whoIAm: string, senderName = ''): { closing: string; name: string } | null {
  const t = ask.trim();
  if (!closingOnly(t)) return null;
  const m = /^[\s¡!.,]*(.*?\p{L}.*?)[\s,.!:;-]+(\p{L}[\p{L}'’-]*)[\s.!]*$/u.exec(t);
  if (!m) return null;
  const closing = m[1] ?? '';
  const name = m[2] ?? '';
  if (!closingOnly(closing) || closingOnly(name)) return null;
  const own = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
  // The rep's name: who-I-am up to their firm ("Ali from Leftover", "Jonas, KühlWatch"), or the sender's.
  const repName = whoIAm.split(/[,–—(]|\s(?:from|at|with|von|bei|de|da|do|del|chez|w\/|@)\s/iu)[0] ?? '';
  if (!own.test(repName) && !own.test(senderName)) return null;
  const upper = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return { closing: upper(closing.replace(/[\s,.!:;-]+$/u, '')), name: upper(name) };
}
// A sign-off pasted with the signature below it: never the rep's name.
const SIGN_OFF_LINE =
  /^(?:(?:best|kind|warm|warmest|many)\s+(?:regards|wishes)|regards|best|cheers|thanks|thank you|many thanks|sincerely|yours(?: sincerely| truly)?|mit (?:freundlichen|besten|herzlichen) grü(?:ß|ss)en|(?:viele|beste|liebe|herzliche|freundliche) grü(?:ß|ss)e|mfg|gruß|saludos(?: cordiales)?|un (?:cordial )?saludo|atentamente|cordialmente|cordialement|bien (?:cordialement|à vous)|salutations(?: distinguées)?|atenciosamente|abraços?|cumprimentos|att\.?)(?:\s*[,.!:-]+\s*|[ \t]*\n\s*)/iu;
// "Forecastly is the leading AI-powered … platform trusted by 500+ brands": the company's boilerplate.
const BOILERPLATE =
  /^(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,2})\s+(?:is|are|ist|es|est|é)\s+(?:the|a|an|der|die|das|ein|eine|el|la|un|una|le|une|o|um|uma)\s+[^.!?]*?\b(?:leading|leader|líder|führende[nr]?|#\s?1|number one|premier|trusted|world['’]s|award[- ]winning|best[- ]in[- ]class|fastest[- ]growing|vertrauen|confían|confiance|confiam|plataforma|plateforme|platform|plattform)\b[^.!?]*[.!]?\s*/u;
// "nurse 11 yrs, now at Shiftbridge", "ex-adjuster 8 yrs": an occupation and how long, said of a person.
const OCCUPATION_YEARS =
  /^(?:ex[- ]|former\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+(?:for\s+)?(\d{1,2}\+?)\s*(?:yrs?|years?)(?:\s+(?:exp|experience))?(?:\s*[,;–—-]\s*|\s+)?(?:(?:and\s+)?now\s+(at|with|@|in)\s+(.+))?$/u;

/** "nurse 11 yrs, now at X" → "I was a nurse for 11 years and now work at X"; '' when it is not that. */
function occupationAsPerson(text: string): string {
  const m = OCCUPATION_YEARS.exec(text.trim().replace(/[.!]+$/u, ''));
  if (!m) return '';
  const [, typedJob = '', years = '', at = '', where = ''] = m;
  const job = typedJob.replace(/\s+for$/u, '');
  // A title ("account exec 5 yrs") is a person's job too, but a verb is not ("selling 5 yrs").
  if (
    /^(?:i|we|my|our|the|a|an|been|spent|selling|working|doing|building|running|leading|in|at|on|with|from|for|of)\b/u.test(
      job,
    )
  )
    return '';
  const article = /^[aeiou]/i.test(job) ? 'an' : 'a';
  const then = `I was ${article} ${job} for ${years.replace('+', '')}${years.endsWith('+') ? '+' : ''} years`;
  return where ? `${then} and now work ${at === '@' ? 'at' : at} ${where}` : then;
}

/** Who-I-am without the talk before it, a sign-off, the company's boilerplate; an occupation said of a person. */
function whoCleaned(who: string): string {
  // "Dev from Larchpoint here": chat's way of introducing oneself; "here" says nothing more.
  // "So-Yeon Park", "So Jin Kim": "so" before a capitalised name, with nothing around it, is the name.
  const filler = FILLER.exec(who);
  const after = filler ? who.slice(filler[0].length) : '';
  const talk =
    filler !== null &&
    (/[,.!:]|^\s*\p{L}+[\s,.!:-]+so|(?<![\p{L}])so(?![\p{L}])/iu.test(filler[0].replace(/^\s*So(?![\p{L}])/u, '')) ||
      !/^\p{Lu}/u.test(after) ||
      /^(?:I|I['’]m|Im|My|This|It['’]?s)(?![\p{L}])/u.test(after));
  let t = (talk ? after : who).replace(
    /^(.+?\s(?:from|at|with|@)\s+\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*)\s+here[.!]?$/u,
    '$1',
  );
  // "Mit freundlichen Grüßen\nLena Brandt": the sign-off goes, the name under it stays.
  const signOff = SIGN_OFF_LINE.exec(t);
  if (signOff && /\p{Lu}/u.test(t.slice(signOff[0].length, signOff[0].length + 2))) t = t.slice(signOff[0].length);
  // The company's boilerplate beside the rep's own "I'm Nate, enterprise AE": the rep, at the company.
  const boiler = BOILERPLATE.exec(t);
  const rest = boiler ? t.slice(boiler[0].length) : '';
  if (
    boiler &&
    /^(?:I['’]m|I am|Im|my name is|ich bin|soy|je suis|je m['’]appelle|sou|me llamo|me chamo)\s/iu.test(rest)
  ) {
    const company = boiler[1] ?? '';
    const named = new RegExp(`(?<![\\p{L}])${company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(
      rest,
    );
    const own = rest.replace(/[\s.!]+$/u, '');
    t = named || /\s(?:at|@|from|with|bei|chez|en|na)\s/iu.test(own) ? own : `${own} ${AT.en} ${company}`;
  }
  // "nurse 11 yrs, now at X", and "Ellie Shaw, Claimsight. ex-adjuster 8 yrs" as its last sentence.
  const whole = occupationAsPerson(t);
  if (whole) return whole;
  return t.replace(/([.;]\s+|^)([^.;]+)$/u, (m, stop: string, last: string) => {
    const said = occupationAsPerson(last);
    return said && stop ? `${stop}${said}` : m;
  });
}

function whoWithoutFurnitureIn(who: string, lang: Lang): string {
  let t = whoCleaned(who.replace(/\r/g, ''));
  // "Myself Rohit Sharma, working as Sr. Sales Manager in SupplyKart": Indian English's way of "I'm".
  t = t.replace(/^\s*(?:(?:hi|hello|hey)[\s,!.]+)?(?:I['’]?m|I am)?\s*myself\s*[,:-]?\s*(?:is\s+)?/iu, (m) =>
    /myself/i.test(m) ? "I'm " : m,
  );
  t = t.replace(/,?\s+working\s+as\s+(?:an?\s+)?(.+?)\s+(?:in|with|at)\s+(\p{Lu})/gu, ', $1 at $2');
  // A link with its scheme or "www." is furniture; a bare domain is one only on a line of its own
  // ("Founder @ Toothpaste.ai" names the company).
  t = t.replace(EMAIL, ' ').replace(/\b(?:https?:\/\/|www\.)[^\s<>()|]+/giu, ' ');
  t = t.replace(new RegExp(`(^|\\n|\\|)\\s*(?:${URL.source})\\s*(?=$|\\n|\\|)`, 'giu'), '$1');
  t = t.replace(PHONE, (m) => ((m.match(/\d/g) ?? []).length >= 7 ? ' ' : m));
  const segments = t
    .split(/\s*(?:\n|\||•|·|▪|‣|⋅|\s\/\/\s|\s\/\s)\s*/u)
    .map((s) =>
      s
        .replace(CONTACT_LABEL, '')
        .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '')
        .trim(),
    )
    .filter((s) => s !== '');
  if (segments.length <= 1)
    return nameDash(parentheticalName(segments[0] ?? ''))
      .replace(/\s+@\s+/g, ' at ')
      .replace(/\s{2,}/g, ' ');
  const kept = segments.filter(
    (s, i) =>
      /\p{L}/u.test(s) &&
      !CONTACT_LABEL.test(` ${s}`) &&
      !DISCLAIMER.test(s) &&
      !(i > 0 && PERSONAL.test(s) && !ROLE_WORD.test(s)) &&
      !(i > 0 && /^ex[- ]/iu.test(s)) &&
      !(
        i > 0 &&
        CERTIFICATIONS.test(s) &&
        !ROLE_WORD.test(s) &&
        s.split(/[\s,/&]+/).every((w) => w === w.toUpperCase())
      ),
  );
  // The first segment is the rep's name or their opening; then a title, a company, what they do.
  const out: string[] = [];
  let whatWeDo = '';
  // Once a segment says the role at the company, what follows is skill tags and slogans ("dbt",
  // "Fintech LATAM 🚀"), except what the company does, said right after it.
  let placed = -1;
  for (const [i, s] of kept.entries()) {
    // What the company does, right after it, is kept ("Energie für Brauereien"); tags are not
    // ("Fintech LATAM 🚀", "dbt", "Kronos").
    const describes =
      i === placed + 1 &&
      (WHAT_WE_DO.test(s) ||
        (/\s/.test(s) && /(?<![\p{L}])\p{Ll}{3,}/u.test(s) && !/\p{Extended_Pictographic}/u.test(s)));
    if (placed >= 0 && !ROLE_WORD.test(s) && !describes) continue;
    if (out.length > 0 && WHAT_WE_DO.test(s) && !ROLE_WORD.test(s.split(/\s+/)[0] ?? '')) {
      if (!whatWeDo) whatWeDo = s.replace(/^[(—–-]\s*|\)$/g, '');
      continue;
    }
    if (placed < 0 && /\s(?:at|@|bei|chez|en|na|no)\s+\p{Lu}|^@\s*\p{Lu}|\S@\s*\p{Lu}/u.test(s)) placed = i;
    const prev = out[out.length - 1];
    // A title followed by a segment that is only a company: "Senior AE" + "RouteMint Inc." → "Senior AE at RouteMint Inc."
    if (
      prev !== undefined &&
      ROLE_WORD.test(prev) &&
      !/\s(?:at|@|bei|chez|en|na|no|em|von|für|with|for)\s/iu.test(prev) &&
      !ROLE_WORD.test(s) &&
      /^\p{Lu}/u.test(s) &&
      s.split(/\s+/).length <= 4
    ) {
      out[out.length - 1] = `${prev} ${AT[lang]} ${s}`;
      continue;
    }
    out.push(s);
    if (out.length >= 3) break;
  }
  let joined = out.join(', ').replace(/\s+@\s+/g, ' at ');
  if (whatWeDo) joined += ` (${lowerFirstWord(whatWeDo)})`;
  return nameDash(parentheticalName(joined));
}

/** "Mira – SDR at Coldstack": a name, a dash, a title is a name and a title. */
function nameDash(who: string): string {
  const m = /^((?:I['’]m\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+[–—-]\s+(?=\p{L})/u.exec(who);
  // Only before a title: "Priya — we build …" is a sentence of its own.
  if (!m || !ROLE_WORD.test(who.slice(m[0].length).split(/\s+/).slice(0, 3).join(' '))) return who;
  return `${m[1]}, ${who.slice(m[0].length)}`;
}

const AT: Record<Lang, string> = { en: 'at', de: 'bei', fr: 'chez', es: 'en', pt: 'na' };

function lowerFirstWord(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "Canvasly rep (Amy)", "AE at Quotient (Dana)": the name in brackets leads. */
function parentheticalName(who: string): string {
  const m = /^(.{2,80}?)\s*\((\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\)\s*$/u.exec(who);
  if (!m || !ROLE_WORD.test(m[1] ?? '')) return who;
  // "Jonas, Vertrieb bei Routenwerk (Tourenplanung)": the rep is named already; the brackets say what
  // the company does and stay with it.
  if (/^(?:I['’]m\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*[,–—-]\s/u.test(m[1] ?? '')) return who;
  const [, role = '', name = ''] = m;
  const companyRole = /^(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)?)\s+(\p{L}[\p{L}\s-]*)$/u.exec(role);
  if (companyRole && !ROLE_WORD.test(companyRole[1] ?? '')) return `${name}, ${companyRole[2]} at ${companyRole[1]}`;
  return `${name}, ${role}`;
}

// ---------------------------------------------------------------------------------------------
// Links as how the rep knows the prospect: said for what they are, never pasted after "your".

type LinkKind = 'post' | 'article' | 'profile' | 'news' | 'blog' | 'video' | 'site' | 'press';

// A link that opens an answer, then what was said there: "https://…/posts/… - she said X" → "in your LinkedIn post, she said X".
const LINK_IN: Record<Lang, Partial<Record<LinkKind, string>>> = {
  en: {
    post: 'in your LinkedIn post',
    article: 'in your LinkedIn article',
    blog: 'in your blog post',
    video: 'in your video',
    news: 'on your site',
  },
  de: {
    post: 'in Ihrem LinkedIn-Beitrag',
    article: 'in Ihrem LinkedIn-Artikel',
    blog: 'in Ihrem Blogbeitrag',
    video: 'in Ihrem Video',
    news: 'auf Ihrer Website',
  },
  es: {
    post: 'en su publicación en LinkedIn',
    article: 'en su artículo en LinkedIn',
    blog: 'en su blog',
    video: 'en su vídeo',
    news: 'en su web',
  },
  fr: {
    post: 'dans votre publication LinkedIn',
    article: 'dans votre article LinkedIn',
    blog: 'sur votre blog',
    video: 'dans votre vidéo',
    news: 'sur votre site',
  },
  pt: {
    post: 'no seu post no LinkedIn',
    article: 'no seu artigo no LinkedIn',
    blog: 'no seu blog',
    video: 'no seu vídeo',
    news: 'no seu site',
  },
};

const LINK_WORDS: Record<Lang, Record<Exclude<LinkKind, 'profile'>, string>> = {
  en: {
    post: 'your LinkedIn post',
    article: 'your LinkedIn article',
    news: 'the news on your site',
    blog: 'your blog post',
    video: 'your video',
    site: 'your website',
    press: 'the article on {site}',
  },
  de: {
    post: 'Ihr LinkedIn-Beitrag',
    article: 'Ihr LinkedIn-Artikel',
    news: 'die Neuigkeit auf Ihrer Website',
    blog: 'Ihr Blogbeitrag',
    video: 'Ihr Video',
    site: 'Ihre Website',
    press: 'der Artikel auf {site}',
  },
  es: {
    post: 'su publicación en LinkedIn',
    article: 'su artículo en LinkedIn',
    news: 'la noticia en su web',
    blog: 'su artículo del blog',
    video: 'su vídeo',
    site: 'su web',
    press: 'el artículo en {site}',
  },
  fr: {
    post: 'votre publication LinkedIn',
    article: 'votre article LinkedIn',
    news: "l'actualité sur votre site",
    blog: 'votre article de blog',
    video: 'votre vidéo',
    site: 'votre site',
    press: "l'article sur {site}",
  },
  pt: {
    post: 'seu post no LinkedIn',
    article: 'seu artigo no LinkedIn',
    news: 'a notícia no seu site',
    blog: 'seu post no blog',
    video: 'seu vídeo',
    site: 'seu site',
    press: 'a matéria no {site}',
  },
};

// Words that already say what a link is: "her post https://…" needs no description of the link.
const NAMES_A_THING =
  /\b(?:post|posts|article|blog|news|press release|announcement|interview|video|talk|podcast|episode|thread|comment|profile|site|website|page|Beitrag|Artikel|Meldung|Pressemitteilung|Interview|publicación|artículo|noticia|entrevista|publication|article|actualité|entretien|publicação|artigo|notícia|matéria|entrevista)\b/iu;

function linkKind(url: string, prospect: Prospect): { kind: LinkKind; site: string } {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  const host = (bare.split('/')[0] ?? '').toLowerCase();
  const path = bare.slice(host.length).toLowerCase();
  const site = host.replace(/^(?:m|mobile|blog|news)\./, '');
  if (/(?:^|\.)linkedin\.com$/.test(host) || host === 'lnkd.in') {
    if (/^\/(?:in|company|school)\//.test(path)) return { kind: 'profile', site };
    if (/^\/pulse\//.test(path)) return { kind: 'article', site };
    return { kind: 'post', site };
  }
  if (/(?:youtube\.com|youtu\.be|vimeo\.com)$/.test(host)) return { kind: 'video', site };
  const label = (site.split('.')[0] ?? '').replace(/-/g, '');
  const company = prospect.company
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  const theirs =
    company.length >= 3 &&
    (label === company || company.startsWith(label) || label.startsWith(company.slice(0, Math.max(4, label.length))));
  const blog = /^blog\./.test(host) || /\/(?:blog|insights|stories)\b/.test(path);
  const news =
    /^news\./.test(host) ||
    /\/(?:news|press|newsroom|media|actualites|actualités|noticias|noticia|novidades|noticias|aktuelles|presse|neuigkeiten|blog\/news|updates)\b/.test(
      path,
    );
  if (theirs) return { kind: blog ? 'blog' : news || path.length > 1 ? 'news' : 'site', site };
  return { kind: 'press', site };
}

/** In how-you-know and why-them, a bare link becomes what it is; in the value and the ask it stays. */
export function linksDescribed(text: string, field: string, lang: Lang, prospect: Prospect): string {
  if (field !== 'howKnown' && field !== 'whyYou') return text;
  const urls = text.match(/\b(?:https?:\/\/|www\.)[^\s<>()]+|\b(?:[\w-]+\.)+[a-z]{2,}\/[^\s<>()]+/gi);
  if (!urls) return text;
  let t = text;
  for (const raw of urls) {
    const url = raw.replace(/[.,;:!?)]+$/, '');
    const { kind, site } = linkKind(url, prospect);
    const rest = t.replace(url, ' ');
    const after = t.slice(t.indexOf(url) + url.length);
    const lead = LINK_IN[lang][kind];
    if (lead && t.trim().startsWith(url) && /^\s*[–—:-]\s*\S+(?:\s+\S+){2,}/u.test(after)) {
      t = `${lead}, ${after.replace(/^\s*[–—:-]\s*/u, '')}`;
      continue;
    }
    const said = kind === 'profile' || NAMES_A_THING.test(rest) ? '' : LINK_WORDS[lang][kind].replace('{site}', site);
    // "saw this https://…", "read this: https://…": the pointer goes with the link it pointed at.
    const pointer = said
      ? /(?<![\p{L}])(?:this|that|here|the link|link|este|esta|esto|ce lien|ceci|dies|diesen|diese|hier|isto|este link|esse)\s*:?\s*$/iu
      : null;
    const at = t.indexOf(url);
    const before = pointer ? t.slice(0, at).replace(pointer, '') : t.slice(0, at);
    t = before + said + t.slice(at + url.length);
  }
  return t
    .replace(/\(\s*\)/g, '')
    .replace(/^[\s,;:–—/-]+|[\s,;:–—/-]+$/gu, '')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/(\p{L})\s+[–—-]\s+(\p{Ll})/gu, '$1: $2')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Capitals: an answer typed in caps is read in sentence case; acronyms and names keep theirs.

const ACRONYMS = new Set(
  (
    'ae sdr bdr csm ceo cfo cto coo cmo cro cpo ciso vp svp evp hr ai ml api apis crm erp hris ats seo sem ppc roi roas kpi kpis ' +
    'okr okrs nps b2b b2c d2c dtc saas paas iaas smb smbs sme smes gdpr hipaa soc iso pci ev evs uk us usa eu uae emea apac latam ' +
    'nyc sf la ny dach nordics ltd llc inc gmbh ag sas sarl plc bv oy nv pme pmes tpe rh ti pyme pymes ltda eireli ' +
    'cnc mes plm wms tms 3pl edi rfid iot gps lims emr ehr pos sku skus cpg fmcg qsr aws gcp sql etl bi ux ui qa ap dso mrr arr ' +
    'cac ltv gmv ipo m&a pe vc esg co2 rfp rfps sow nda ndas sla slas faq pdf ppt b2g abc'
  ).split(' '),
);

/** "WMS", "CRM", "ABC": an acronym for a kind of thing (a system, a role, a method), which names nothing particular. */
export function isTermAcronym(word: string): boolean {
  return /^\p{Lu}{2,5}s?$/u.test(word) && ACRONYMS.has(word.toLowerCase());
}

/** Mixed-case words the rep typed ("Summit", "RouteMint", "iPhone"), by their lower-case form. */
function properNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  const common = new Set<string>();
  for (const word of text.match(/\p{L}[\p{L}\p{N}'’&-]*/gu) ?? []) {
    if (word === word.toLowerCase()) common.add(word);
    else if (/\p{Ll}/u.test(word) && /\p{Lu}/u.test(word)) names.set(word.toLowerCase(), word);
  }
  // "Farmacias Salud" beside "300 farmacias": the word is common, only the name is spelled so.
  for (const word of common) names.delete(word);
  return names;
}

function longShouted(word: string | undefined): boolean {
  const letters = (word ?? '').replace(/[^\p{L}]/gu, '');
  // "HSN/TSN", "B2B/B2C" are a pair of acronyms, not one long word in capitals. (Three or more in a row read as shouting.)
  // So are acronyms of up to four letters joined by hyphens ("ABC-XYZ", "EDI-ASN").
  if (/-/.test(word ?? '') && (word ?? '').split('-').every((x) => x.replace(/[^\p{L}]/gu, '').length <= 4))
    return false;
  const parts = (word ?? '').split('/').filter((x) => /\p{L}/u.test(x));
  const longest =
    parts.length === 2 ? Math.max(...parts.map((x) => x.replace(/[^\p{L}]/gu, '').length)) : letters.length;
  return longest > 5 && isShouted(letters) && !ACRONYMS.has(letters.toLowerCase());
}

function isShouted(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * "SUMMIT HAS 30 CLUBS" → "Summit has 30 clubs". Only a run of three or more words in capitals (or a
 * whole short answer) is shouting; "CFO", "GDPR", "NYC" alone are acronyms.
 */
export function unshouted(
  text: string,
  spelled: ReadonlyMap<string, string>,
  lang: Lang,
  names: readonly string[] = [],
): string {
  return unshoutedPart(text, spelled, lang, names);
}

function unshoutedPart(
  text: string,
  spelled: ReadonlyMap<string, string>,
  lang: Lang,
  names: readonly string[],
): string {
  const tokens = text.split(/(\s+)/);
  const words = tokens.filter((_, i) => i % 2 === 0 && tokens[i] !== '');
  const shouted = words.filter(isShouted).length;
  if (shouted === 0) return text;
  const whole = shouted / Math.max(1, words.filter((w) => /\p{L}/u.test(w)).length) > 0.7;
  // Mark each word that lies in a run of at least three shouted words (numbers do not break a run).
  const inRun = new Array<boolean>(tokens.length).fill(false);
  let start = -1;
  let count = 0;
  const close = (end: number): void => {
    if (start >= 0 && (count >= 3 || whole)) for (let j = start; j < end; j++) inRun[j] = true;
    start = -1;
    count = 0;
  };
  for (let i = 0; i < tokens.length; i += 2) {
    const w = tokens[i] ?? '';
    if (isShouted(w)) {
      if (start < 0) start = i;
      count++;
    } else if ((!/\p{L}/u.test(w) || /^[^\p{L}]*\p{Lu}[^\p{L}]*$/u.test(w)) && start >= 0) {
      // a number, a dash or a one-letter word ("A", "I") inside a run
    } else close(i);
  }
  close(tokens.length);
  let sentenceStart = true;
  const plain = (tok: string | undefined) => (tok ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const named = namesInCapitals(tokens, names);
  const out = tokens.map((tok, i) => {
    if (i % 2 === 1) return tok;
    let w = tok;
    const name = named.get(i);
    if (name !== undefined) w = name;
    else if (inRun[i] && /\p{Lu}/u.test(tok) && !/\p{Ll}/u.test(tok)) {
      w = caseOf(tok, spelled, lang, sentenceStart, { prev: plain(tokens[i - 2]), next: plain(tokens[i + 2]) });
      // "AT CHAIRSIDE": the word after "at" or "from" in an introduction is the company.
      if (
        lang === 'en' &&
        /^(?:at|from)$/.test(plain(tokens[i - 2])) &&
        w === w.toLowerCase() &&
        !COMMON_SHORT.has(plain(tok)) &&
        lexiconTags(plain(tok)).length === 0 &&
        !/^(?:the|a|an|every|each|some|least|most|home|work|night|first|last)$/.test(plain(tok))
      )
        w = w.charAt(0).toUpperCase() + w.slice(1);
    }
    // A name in capitals outside a run ("AFRICA AGRI", "SALESFORCE"): a name, written as one.
    else if (isShouted(tok) && !ACRONYMS.has(plain(tok)) && [tokens[i - 2], tok, tokens[i + 2]].some(longShouted))
      w = spelled.get(plain(tok)) ?? tok.charAt(0) + tok.slice(1).toLowerCase();
    if (tok !== '') sentenceStart = /[.!?]$/.test(tok);
    return w;
  });
  return out.join('');
}

/** Token index → the word as the prospect's company or name spells it, where capitals held it. */
function namesInCapitals(tokens: readonly string[], names: readonly string[]): Map<number, string> {
  const found = new Map<number, string>();
  const plain = (tok: string | undefined) => (tok ?? '').toLowerCase().replace(/[^\p{L}\p{N}&]/gu, '');
  for (const name of names) {
    const words = name
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
    if (words.length === 0 || name.trim().length < 2) continue;
    for (let i = 0; i < tokens.length; i += 2) {
      const span = words.map((_, k) => tokens[i + 2 * k] ?? '');
      if (span.every((tok, k) => isShouted(tok) && plain(tok) === plain(words[k]))) {
        words.forEach((word, k) => {
          const tok = tokens[i + 2 * k] ?? '';
          if (!found.has(i + 2 * k))
            found.set(i + 2 * k, tok.replace(/[\p{L}\p{N}&'’-]+/u, word.replace(/[^\p{L}\p{N}&'’-]/gu, '')));
        });
      }
    }
  }
  return found;
}

// German writes its nouns with a capital: in a shouted German answer, every word but these (and
// participles, adjectives before a noun, a verb after its subject) is taken for a noun.
const GERMAN_LOWER = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines und oder aber doch denn dass weil wenn als wie ob ' +
    'ich du er sie es wir ihr mich mir dich dir uns euch sich ihn ihm ihnen mein meine unser unsere sein seine ihre ' +
    'in im ins an am auf aus bei beim mit nach seit von vom vor zu zum zur über unter durch für gegen ohne um bis laut ' +
    'ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können will wollen muss müssen soll ' +
    'nicht kein keine keinen auch noch schon nur sehr mehr viel viele neu neue neuen neuer neues jetzt heute gerade ' +
    'alle allen jede jeden jeder diese diesen dieser dieses hier dort so wieder bereits pro je ab'
  ).split(' '),
);

function germanCase(lower: string, prev: string, next: string): string {
  if (GERMAN_LOWER.has(lower)) return lower;
  if (/^ge\p{L}{3,}(?:t|en)$/u.test(lower)) return lower;
  if (/(?:lich|ig|isch|bar|los|weise)$/u.test(lower)) return lower;
  if (/^(?:ich|du|er|sie|es|wir|ihr)$/.test(prev) && /(?:t|en|e)$/u.test(lower)) return lower;
  // "3 NEUE WALZSTRASSEN": an adjective between a number or an article and its noun.
  if (
    /(?:e|en|er|es|em)$/u.test(lower) &&
    (/^\d/.test(prev) ||
      /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|zwei|drei|vier|fünf|viele|alle)$/.test(prev)) &&
    next !== '' &&
    !GERMAN_LOWER.has(next)
  )
    return lower;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function caseOf(
  word: string,
  spelled: ReadonlyMap<string, string>,
  lang: Lang,
  first: boolean,
  around: { prev: string; next: string },
): string {
  const m = /^([^\p{L}\p{N}]*)([\p{L}\p{N}'’&-]+)(.*)$/u.exec(word);
  if (!m) return word;
  const [, pre = '', core = '', post = ''] = m;
  const lower = core.toLowerCase();
  const bare = lower.replace(/['’]s$/, '').replace(/s$/, '');
  let cased: string;
  if (spelled.has(lower)) cased = spelled.get(lower) ?? lower;
  else if (ACRONYMS.has(lower) || ACRONYMS.has(bare)) cased = ACRONYMS.has(lower) ? core : `${core.slice(0, -1)}s`;
  else if (/\d/.test(core)) cased = core;
  else if (lang === 'en' && lower === 'i') cased = 'I';
  else if (lang === 'en' && CONTRACTIONS.has(lower)) cased = CONTRACTIONS.get(lower) ?? lower;
  else if (lang === 'en' && /^i['’]/.test(lower)) cased = `I${lower.slice(1)}`;
  else if (lang === 'de') cased = germanCase(lower, around.prev, around.next);
  else if (
    lexiconTags(lower.normalize('NFD').replace(/\p{M}/gu, '')).some((t) =>
      lang === 'en'
        ? /^(?:City|Country|Region|Person|FirstName|MaleName|FemaleName|LastName|Month|WeekDay)$/.test(t) &&
          !COMMON_SHORT.has(lower)
        : /^(?:City|Country|Region)$/.test(t),
    )
  )
    cased = lower.charAt(0).toUpperCase() + lower.slice(1);
  // "NRF", "CRM": two or three letters without a vowel are an acronym.
  else if (/^[^AEIOUYÀ-ÿ\d]{2,3}$/u.test(core)) cased = core;
  else cased = lower;
  if (first && cased === lower) cased = cased.charAt(0).toUpperCase() + cased.slice(1);
  return pre + cased + post;
}

// Chat's contractions without their apostrophe, as a shouted answer types them.
const CONTRACTIONS = new Map([
  ['im', "I'm"],
  ['ive', "I've"],
  ['cant', "can't"],
  ['dont', "don't"],
  ['wont', "won't"],
  ['didnt', "didn't"],
  ['isnt', "isn't"],
  ['doesnt', "doesn't"],
  ['youre', "you're"],
  ['theyre', "they're"],
  ['thats', "that's"],
  ['whats', "what's"],
]);

const COMMON_SHORT = new Set(
  (
    'the and for not you are our was can its at to on in of is it my me we us an or so by no do if up has had who how all per off ' +
    'out get try met set day cut min her his she one two six ten new old big low why any few own use run saw say see top way yes ' +
    'let put got may now via they them this that with from have been were will what when your their more most some than then ' +
    'also just like only over such into year week last next each both much many very well back down here there team'
  ).split(' '),
);

// ---------------------------------------------------------------------------------------------
// Lists and line breaks: "- a\n- b\n- c" is "a, b and c"; a line break is a sentence end only when it is one.

const AND: Record<Lang, string> = { en: 'and', de: 'und', es: 'y', fr: 'et', pt: 'e' };
const CONJUNCTION_FIRST: Record<Lang, RegExp> = {
  en: /^(?:and|but|or|plus)(?![\p{L}'’])/iu,
  de: /^(?:und|aber|oder)(?![\p{L}])/iu,
  es: /^(?:y|e|pero|o)(?![\p{L}])/iu,
  fr: /^(?:et|mais|ou)(?![\p{L}])/iu,
  pt: /^(?:e|mas|ou)(?![\p{L}])/iu,
};
const BULLET = /^\s*(?:[-–—*•·▪‣◦>+]|\d{1,2}[.)]|[a-z][.)])\s+/u;

/** A bullet or numbered list as one sentence list, in the answer's language; other lines joined. */
export function listsAsSentences(text: string, lang: Lang): string {
  // Bullets typed inline: "• a • b • c".
  let t = text.replace(/\s+[•·▪‣◦]\s+/gu, '\n• ');
  if (!t.includes('\n')) return t.replace(/^[•·▪‣◦]\s+/u, '');
  const lines = t
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const parts: string[] = [];
  let items: string[] = [];
  const flush = (): void => {
    if (items.length === 0) return;
    // "Same-day restock" inside a list is "same-day restock"; German nouns keep their capital.
    const clean = items.map((item, i) =>
      (i === 0 && parts.length === 0) || lang === 'de'
        ? item
        : item.replace(/^(\p{Lu})(\p{Ll}*)(?=[\s,.;:]|$)/u, (m, a: string, b: string) =>
            /^I(?:['’]|$)/u.test(m) ? m : a.toLowerCase() + b,
          ),
    );
    const list =
      clean.length === 1 ? clean[0] : `${clean.slice(0, -1).join(', ')} ${AND[lang]} ${clean[clean.length - 1]}`;
    const lead = parts.pop();
    parts.push(lead === undefined ? (list ?? '') : `${lead.replace(/[:\s]+$/, '')} ${list ?? ''}`);
    items = [];
  };
  for (const line of lines) {
    if (BULLET.test(line)) {
      items.push(
        line
          .replace(BULLET, '')
          .replace(/[.;,]+$/, '')
          .trim(),
      );
      continue;
    }
    flush();
    parts.push(line);
  }
  flush();
  t = parts[0] ?? '';
  for (const part of parts.slice(1)) {
    // A line that ends a sentence, or a new line that opens one with "I", "We", a capital after a full stop.
    if (/[.!?]$/.test(t)) t = `${t} ${part}`;
    else if (/[:;,–—-]$/.test(t)) t = `${t} ${part}`;
    else if (/^(?:I|We|Our|My|She|He|They|Ich|Wir|Je|Nous|Yo|Nosotros|Eu|Nós)\b/u.test(part)) t = `${t}. ${part}`;
    // "…about Chromebook losses\nyour district lost 900 devices": a new subject opens a new sentence.
    else if (
      /^(?:your|his|her|their|our|my|she|he|they|we|i)\s/iu.test(part) &&
      part.split(/\s+/).length >= 4 &&
      t.split(/\s+/).length >= 4
    )
      t = `${t}. ${part.charAt(0).toUpperCase()}${part.slice(1)}`;
    else t = `${t} ${part}`;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// How-you-know that why-them tells again: the same talk, webinar or queue is said once, where the rep
// said how they know the prospect; why-them keeps what was said there.

const OCCASION =
  /\b(?:talk|talks|keynote|session|panel|webinar|workshop|podcast|episode|interview|conference|summit|meetup|expo|fair|booth|stand|queue|line|event|dinner|breakfast|lunch|class|course|call|presentation|fireside|AMA|livestream|stream|show)\b/iu;

// "In the webinar she said …", "At NRF, she said …", "While we waited in that queue she …": an opening
// that names where it was said, then the clause that says it.
const OCCASION_LEAD =
  /^(?:(?:while|when|as)\s+we\s+(?:waited|were waiting|were queuing|queued|chatted|talked|were talking|got talking)(?:\s+(?:in|at|on)\s+(?:the|that|this)\s+[\p{L}-]+)?|(?:in|at|on|during|after)\s+(?:(?:the|that|this|her|his|their|your)\s+)?(?:[\p{L}\p{N}'’&-]+\s+){0,3}?[\p{L}\p{N}'’&-]+)\s*,?\s+(?=(?:she|he|they|you|we|I)\s|\p{Lu}\p{Ll}+\s+(?:said|says|told|mentioned|explained|shared|noted|talked|spoke)\b)/u;
// "she said in the talk that …", "he mentioned on the podcast that …".
const OCCASION_MID =
  /\b((?:she|he|they|you)\s+(?:said|mentioned|told me|explained|shared|noted|admitted))\s+(?:in|at|on|during)\s+(?:(?:the|that|this|her|his|their|your)\s+)?(?:[\p{L}\p{N}'’&-]+\s+){0,2}?[\p{L}\p{N}'’&-]+(?=\s+that\b|,|\s*$)/iu;

function occasionShared(phrase: string, known: string): boolean {
  const words = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
  const knownWords = words(known);
  const has = (w: string) => knownWords.some((k) => k === w || (w.length >= 5 && k.startsWith(w.slice(0, 5))));
  // "that queue", "the webinar": the one how-you-know named, when it names one.
  if (/\b(?:that|the|this)\s+/iu.test(phrase) && OCCASION.test(phrase) && OCCASION.test(known)) {
    const occasion = OCCASION.exec(phrase)?.[0]?.toLowerCase() ?? '';
    if (has(occasion) || /\bthat\b/i.test(phrase)) return true;
  }
  // "At NRF", "in her talk at HIMSS": a name or an occasion that how-you-know names too.
  const named = (phrase.match(/\p{Lu}[\p{L}\p{N}'’&-]*|\b[\p{L}]+\b/gu) ?? []).filter(
    (w) => /^\p{Lu}/u.test(w) || OCCASION.test(w),
  );
  return named.length > 0 && named.some((w) => has(w.toLowerCase()));
}

/** Why-them without the occasion how-you-know already names ("In the webinar she said X" → "she said X"). */
export function withoutRepeatedOccasion(known: string, why: string, lang: Lang): string {
  if (known === '' || why === '' || lang !== 'en') return why;
  let shorter = why;
  const lead = OCCASION_LEAD.exec(why);
  const mid = OCCASION_MID.exec(why);
  if (lead && occasionShared(lead[0], known)) shorter = why.slice(lead[0].length);
  else if (mid && occasionShared(mid[0].slice((mid[1] ?? '').length), known))
    shorter = why.slice(0, mid.index) + (mid[1] ?? '') + why.slice(mid.index + mid[0].length);
  // Where why-them tells all that how-you-know does ("saw her talk at HIMSS on intake" beside "in her
  // talk at HIMSS she said intake takes 22 minutes"), the composer says it once already, in why-them.
  return toldAgain(known, shorter) ? why : shorter;
}

function toldAgain(known: string, why: string): boolean {
  const words = (t: string) =>
    (t.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter(
      (w) =>
        !/^(?:you|your|her|his|she|the|and|saw|read|about|was|were|with|from|that|this|heard|watched|attended)$/.test(
          w,
        ),
    );
  const k = words(known);
  const w = new Set(words(why));
  return k.length > 0 && k.filter((x) => w.has(x)).length / k.length >= 0.5;
}
