// The mechanical test of a composed draft: faults a reader spots in a second and no rep would send
// (two languages in one message, "you you", "Would you send you …", the prospect called "she", a
// connection note LinkedIn refuses). It judges the composer, not the rep: pure, text and answers in.
import { DOCUMENT, GENERIC_PERSON } from './draft';
import { CLAIM_VERBS, genderOf, isFramedLang, namesSomeoneOf } from './draft-frames';
import { thirdPartyOwns } from './draft-owner';
import { lexiconTags, nameInAnyCase, readsAsVerb } from './draft-tidy';
import { detectLanguage, functionWordCount } from './language';
import { CHANNEL_LIMITS, type Channel, type Verdict } from './purpose-check';

export type MechanicalFault =
  | 'empty'
  | 'mixed_language'
  | 'doubled_word'
  | 'garbled_ask'
  | 'third_person'
  | 'over_limit'
  | 'pipe'
  | 'contact_details'
  | 'slack_markup'
  | 'link_after_possessive'
  | 'all_caps'
  | 'myself'
  | 'not_purposeful'
  | 'purposeful_without_parts';

export const FAULT_LABELS: Record<MechanicalFault, string> = {
  empty: 'no draft',
  mixed_language: 'one language',
  doubled_word: 'no doubled words',
  garbled_ask: 'no garbled frame ("would you <verb> you")',
  third_person: 'no third person for the prospect',
  over_limit: "within the channel's limit",
  pipe: 'no pipes ("|")',
  contact_details: 'no phone number or e-mail address',
  slack_markup: 'no Slack markup (:emoji:, *bold*, @handle)',
  link_after_possessive: 'no raw link after "your"/"votre"/…',
  all_caps: 'no words in capitals but acronyms',
  myself: 'no "I\'m Myself"',
  not_purposeful: 'purposeful with all four parts',
  purposeful_without_parts: 'not purposeful with a part missing',
};

export interface MechanicalInput {
  channel: Channel;
  prospectName: string;
  /** Their company's name, if known: a surname inside it ("Reed Labs" to Pat Reed) is the firm, not the person. */
  prospectCompany?: string;
  /** The rep's answers as typed, to know who else they name (a referrer may be "she"). */
  answerTexts: readonly string[];
  /** The language of the answers (ISO 639-1). */
  lang: string;
  text: string;
  /** The purpose check's verdict on the draft, and the language it says it checked in, if it says. */
  verdict?: Verdict | 'not_checked' | string;
  checkedLang?: string;
  /** True when the answers hold all four parts, so the draft must be purposeful. */
  allFourParts: boolean;
  /**
   * True when the answers' author says a part is missing or generic ("missing_value", "generic_whyYou"):
   * the composer cannot make that part up, so the draft must not be called purposeful.
   */
  lacksAPart?: boolean;
}

export interface MechanicalResult {
  faults: Array<{ fault: MechanicalFault; detail: string }>;
}

// A sentence ends at ".", "!" or "?", but not at the dot of "Sr.", "Dr.", "Inc." or "e.g.".
const SENTENCE =
  /(?:[^.!?\n]|\.(?=\d)|(?<=(?:^|[\s(])(?:Sr|Jr|Snr|Dr|Mr|Mrs|Ms|Mx|Prof|St|Inc|Ltd|Co|Corp|vs|approx|Dir|Mgr|Dept|No|Nr|e\.g|i\.e|etc|Sra|Sta|Dra|Hr|Fr))\.)+[.!?]?/g;
const EN_THIRD_PERSON =
  /\b(she|he|shes|hes|her|hers|him|his|herself|himself)\b|\b(?:would|could|do|does|can|will|are|is) (?:they|he|she)\b/i;
const THIRD_PERSON_BY_LANG: Record<string, RegExp> = {
  en: EN_THIRD_PERSON,
  // "el equipo de usted": the prospect's, left after the noun where Spanish puts "su" before it.
  es: /(?<![\p{L}])(ella|él)(?![\p{L}])|(?<![\p{L}])(?:el|la|los|las)\s+[\p{L}-]+\s+de usted(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(elle|lui)(?![\p{L}])/iu,
  // "o time sua": "dela" swapped for "sua" where Portuguese wants "o seu time".
  pt: /(?<![\p{L}])(ela|ele|dela|dele)(?![\p{L}])|(?<![\p{L}])(?:o|a|os|as|do|da|dos|das|no|na|nos|nas)\s+[\p{L}-]+\s+(?:sua|suas|seu|seus)(?![\p{L}])/iu,
  // Formal "Sie"/"Ihr" is capitalised; a lower-case "sie hat" or "ihr Team" mid-sentence is someone else.
  // (?!\p{L}), not \b: JavaScript's \b ends "er" inside "eröffnet", before the "ö".
  // "damit Sie sie testen können": "sie" right after the formal subject is what they test. "sein" before a modal or at
  // a clause's end is the verb ("qualifiziert sein müssen"), not his.
  de: /(?<=\p{L}[^.!?\n]*\s)((?<!Sie\s)sie|ihr|ihre|ihren|ihrem|ihrer|er|sein(?!\s*[.,;:!?)]|\s+(?:müssen|können|sollen|wollen|dürfen|werden|wird|würde|muss|kann|soll|will|darf|möchte|wäre|könnte|sollte|dürfte)(?![\p{L}]))|seine|seinen|seinem)(?![\p{L}\p{N}])/u,
};

/** German third person in a "du" draft: as THIRD_PERSON_BY_LANG.de, but "sie" before a plural verb is "they". */
const DE_THIRD_PERSON_TO_DU =
  /(?<=\p{L}[^.!?\n]*\s)((?<!Sie\s)sie(?!\s+(?!(?:einen|ihren|seinen|keinen|deinen|meinen|unseren|diesen|jeden|allen|den|gestern|vorgestern|morgen|oben|unten|eben|selten|wegen)(?![\p{L}]))(?:\p{Ll}{2,}(?:en|ern|eln)|sind)(?![\p{L}]))|ihr|ihre|ihren|ihrem|ihrer|er|sein(?!\s*[.,;:!?)]|\s+(?:müssen|können|sollen|wollen|dürfen|werden|wird|würde|muss|kann|soll|will|darf|möchte|wäre|könnte|sollte|dürfte)(?![\p{L}]))|seine|seinen|seinem)(?![\p{L}\p{N}])/u;

// Someone the rep names besides the prospect: "Nadia said", "via Tom", "my colleague Priya".
// Someone else, by the words around their name: "via Tom", "Tom said", and "priya at vantec, she's the hiring manager" (a
// name with where they work, then a pronoun for them).
const OTHER_PERSON =
  /\b(?:via|through|by|from|thanks to|colleague|friend|manager|boss|ex-colleague|former colleague)\s+(\p{L}[\p{L}'’-]+)|\b(\p{L}[\p{L}'’-]+)\s+(?:\([^)]*\)\s+)?(?:said|says|mentioned|suggested|told|introduced|recommended|referred|thought|pointed|put|connected|shared|forwarded|mentions)\b|\b(\p{L}[\p{L}'’-]+)\s+(?:at|from)\s+[\p{L}&'’-]+,\s+(?:she|he)\b/giu;

// Words that belong to one language's frames and no other's: two of them in a sentence of another
// language is a splice ("I noticed ihr Vortrag auf dem …", "Would you be open to le paso …").
const FRAME_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    'i',
    "i'm",
    'you',
    'your',
    "you're",
    'the',
    'and',
    'would',
    'could',
    'noticed',
    'saw',
    'share',
    'open',
    'with',
    'our',
    'we',
    'my',
    'happy',
    'glad',
    'want',
    'quick',
    'intro',
    'context',
    'came',
    'across',
  ]),
  de: new Set([
    'ich',
    'sie',
    'ihr',
    'ihre',
    'ihren',
    'ihnen',
    'und',
    'der',
    'die',
    'das',
    'dem',
    'den',
    'ist',
    'mit',
    'für',
    'auf',
    'bei',
    'wir',
    'nicht',
    'gerne',
    'gern',
    'hat',
    'haben',
  ]),
  es: new Set([
    'el',
    'los',
    'las',
    'y',
    'que',
    'del',
    'soy',
    'usted',
    'le',
    'su',
    'sus',
    'por',
    'para',
    'con',
    'una',
    'tenemos',
    'podemos',
  ]),
  fr: new Set([
    'je',
    'vous',
    'votre',
    'vos',
    'nous',
    'le',
    'les',
    'et',
    'est',
    'du',
    'des',
    'une',
    'pour',
    'avec',
    'dans',
    'suis',
    'chez',
    // French as much as Spanish or Portuguese: "que", and "y" in "vous y dites".
    'que',
    'y',
  ]),
  pt: new Set(['eu', 'você', 'seu', 'sua', 'nós', 'os', 'e', 'que', 'do', 'da', 'uma', 'para', 'com', 'sou', 'não']),
};

function foreignFrameWords(sentence: string, lang: string): string[] {
  const own = FRAME_WORDS[lang] ?? new Set<string>();
  // A hyphenated word is one word: the "e" of "e-invoicing" is no Portuguese "e".
  const words = new Set(
    (sentence.toLowerCase().match(/[\p{L}'’]+(?:-[\p{L}'’]+)*/gu) ?? []).map((w) => w.replace(/’/g, "'")),
  );
  let worst: string[] = [];
  for (const [other, frame] of Object.entries(FRAME_WORDS)) {
    if (other === lang) continue;
    const found = [...words].filter((w) => frame.has(w) && !own.has(w));
    if (found.length > worst.length) worst = found;
  }
  return worst;
}

/**
 * English words of when and English fillers that no other language borrows: in a draft in another language they are
 * mixing, however short the sentence ("next week", "let's keep in touch"). Loanwords ("Call", "Demo", "Meeting") are not.
 */
const ENGLISH_WHEN_OR_FILLER =
  /(?<![\p{L}])(?:(?:next|this|last)\s+(?:week|month|year|quarter|monday|tuesday|wednesday|thursday|friday)|tomorrow|let['’]?s\s+(?:keep|stay|connect|talk|chat)|(?:keep|stay)\s+in\s+touch)(?![\p{L}])/iu;

export function otherPeople(answerTexts: readonly string[], prospectName: string): string[] {
  const prospect = new Set(prospectName.toLowerCase().split(/\s+/));
  const names = new Set<string>();
  for (const text of answerTexts) {
    for (const m of text.matchAll(OTHER_PERSON)) {
      const typed = m[1] ?? m[2] ?? m[3] ?? '';
      const name = typed.toLowerCase();
      // "dark social mentions", "the rota shared": a common word typed in lower case is nobody's name.
      const tags = lexiconTags(name);
      if (!/^\p{Lu}/u.test(typed) && tags.length > 0 && !tags.some((t) => /Name$/.test(t))) continue;
      if (
        name.length < 2 ||
        prospect.has(name) ||
        /^(she|he|they|i|we|you|it|who|that|which|ceo|cfo|cto|coo|team|boss|manager|her|his|their|our|my)$/.test(name)
      )
        continue;
      names.add(name);
    }
  }
  return [...names];
}

// Lead-ins that offer a thing: what follows them is a noun, never what the product does.
const OFFER_LEADS: Record<string, RegExp> = {
  en: /\b(?:I can share|I'm happy to share|I'd be glad to send you|I can offer|I'm happy to offer|I'd be glad to offer)\s+(?:(?:our|a|an|the)\s+)?(\p{Ll}+)(?![\p{L}-])(\s+\S+)?/gu,
  pt: /\b(?:Posso lhe oferecer|Posso compartilhar)\s+(?:(?:o|a|um|uma|nosso|nossa)\s+)?(\p{Ll}+)()/giu,
  es: /\b(?:Con gusto le ofrezco|Con gusto le comparto)\s+(?:(?:el|la|un|una|nuestro|nuestra)\s+)?(\p{Ll}+)()/giu,
  fr: /\b(?:Je vous propose|Je peux vous envoyer)\s+(?:(?:le|la|un|une|notre)\s+)?(\p{Ll}+)()/giu,
  de: /\b(?:Folgendes anbieten:)\s+(?:(?:unser|unsere|ein|eine)\s+)?(\p{Ll}+)()/giu,
};
const NOT_AN_OBJECT = /^(?:of|from|on|for|in|across|about|with|by|to|at|that|which|and|or|showing|covering)$/u;
const AUXILIARY = /^(?:got|have|has|had|get|gets|is|are|was|were|can|could|will|would|did|does|do)$/u;

/**
 * "I'm happy to share our cuts first-pass NDA review", "I can offer a got a role", "Posso lhe oferecer reduz o custo": a claim
 * framed as a thing.
 */
function claimAsThing(text: string, lang: string): RegExpExecArray | null {
  const leads = OFFER_LEADS[lang];
  if (!leads) return null;
  for (const m of text.matchAll(leads)) {
    const word = m[1] ?? '';
    const next = (m[2] ?? '').trim().replace(/[^\p{L}]/gu, '');
    const claim =
      lang === 'en'
        ? (/[^s]s$/.test(word) &&
            // "gps", "kms": shorthand with no vowel is no verb.
            /[aeiouy]/u.test(word.slice(0, -1)) &&
            next !== '' &&
            !NOT_AN_OBJECT.test(next) &&
            !DOCUMENT.test(word) &&
            readsAsVerb(word)) ||
          // "I can offer a got a Staff Eng role", "I'm happy to share our have a teardown": an auxiliary is no thing.
          AUXILIARY.test(word)
        : isFramedLang(lang) && CLAIM_VERBS[lang].test(word);
    if (claim) return m as RegExpExecArray;
  }
  return null;
}

/**
 * Someone the rep offers to introduce, named by a role with its article, in fr/de/es/pt, the offer before or after it
 * ("une intro avec la directrice", "mit der Leiterin … bekannt machen", "presentarle a la directora"): 'f' or 'm' by the
 * article, '' when no one is.
 */
const INTRO_OFFER =
  /(?:intro(?:duction)?|présenter|mettre en (?:relation|contact)|bekannt machen|vorstellen|vorzustellen|in kontakt bringen|presentar(?:le|te)?|poner(?:le|te)? en contacto|apresentar|p[ôo]r em contato)(?![\p{L}])/iu;
const ROLE_FEMININE =
  /(?<![\p{L}])(?:la|une|die|der|einer|a|uma)\s+(?:\p{L}+\s+){0,2}(?:directrice|responsable|gérante|présidente|cheffe|fondatrice|associée|leiterin|geschäftsführerin|chefin|gründerin|inhaberin|directora|gerente|jefa|fundadora|diretora|responsável|dona)(?![\p{L}])/iu;
const ROLE_MASCULINE =
  /(?<![\p{L}])(?:le|un|der|den|dem|einem|el|o|um)\s+(?:\p{L}+\s+){0,2}(?:directeur|responsable|gérant|président|chef|fondateur|associé|leiter|geschäftsführer|gründer|inhaber|director|gerente|jefe|fundador|diretor|responsável|dono)(?![\p{L}])/iu;
function introducedByRole(context: string): 'f' | 'm' | '' {
  if (!INTRO_OFFER.test(context)) return '';
  return ROLE_FEMININE.test(context) ? 'f' : ROLE_MASCULINE.test(context) ? 'm' : '';
}
const FEMININE_PRONOUN = /^(?:elle|sie|ella|ela|ihr|ihre)$/u;
const MASCULINE_PRONOUN = /^(?:il|er|él|ele|ihm|ihn|lui)$/u;

export function mechanicalFaults(input: MechanicalInput): MechanicalResult {
  const faults: MechanicalResult['faults'] = [];
  const text = input.text.trim();
  if (text === '') return { faults: [{ fault: 'empty', detail: 'no text' }] };

  // One language: the draft's, the answers', and every sentence long enough to tell.
  const whole = detectLanguage(text);
  if (whole.lang !== input.lang)
    faults.push({ fault: 'mixed_language', detail: `draft reads as ${whole.lang}, answers are ${input.lang}` });
  const sentences = (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s !== '');
  for (const sentence of sentences) {
    const guess = detectLanguage(sentence);
    const foreign = foreignFrameWords(sentence, input.lang);
    // Only a supported language can be spliced in (the composer has frames for no other); a short English
    // sentence that a detector reads as Dutch or Romanian is noise, not mixing.
    // A sentence is in another language only when it holds that language's little words, more of them
    // than of its own: "Sr. Solutions Consultant, Ferroline (predictive maintenance for CNC fleets)." is
    // names and nouns, whatever its letters remind a detector of.
    if (
      guess.confident &&
      guess.supported &&
      guess.lang !== input.lang &&
      (sentence.match(/\p{L}+/gu) ?? []).length >= 5 &&
      functionWordCount(sentence, guess.lang) > Math.max(0, functionWordCount(sentence, input.lang))
    ) {
      faults.push({ fault: 'mixed_language', detail: `${guess.lang}: "${sentence}"` });
    } else if (foreign.length >= 2) {
      faults.push({ fault: 'mixed_language', detail: `${foreign.join(', ')} in "${sentence}"` });
    } else if (input.lang !== 'en' && ENGLISH_WHEN_OR_FILLER.test(sentence)) {
      // "Hätten Sie Zeit für einen Call next week?": too few words for a detector, English all the same.
      faults.push({
        fault: 'mixed_language',
        detail: `en: "${ENGLISH_WHEN_OR_FILLER.exec(sentence)?.[0]}" in "${sentence}"`,
      });
    }
  }

  // "I'm im cody" is a doubled word too, once the apostrophe is gone; so is "your ur talk", two possessives. French
  // reflexives are not ("nous nous sommes croisées", "vous vous êtes"), nor German "damit Sie sie testen".
  const doubled =
    [...text.replace(/['’]/g, '').matchAll(/(?<![\p{L}\p{N}])(\p{L}{2,})\s+\1(?![\p{L}\p{N}])/giu)].find(
      (m) => !/^(?:nous nous|vous vous)$/iu.test(m[0]) && m[0] !== 'Sie sie',
    ) ??
    /(?<![\p{L}])(?:your|my|our|their|his|her|seu|sua|seus|suas|su|sus|votre|vos|ihr|ihre)\s+(?:ur|your|yr|my|our|their|seu|sua|seus|suas|su|sus|votre|vos|ihr|ihre)(?![\p{L}])/iu.exec(
      text,
    );
  if (doubled) faults.push({ fault: 'doubled_word', detail: doubled[0] });

  // "Would you send you …", "Are you open to want me to …", "Would you be up for lmk if …", "I'm Hi Harriet".
  // An ask typed as a question without its "do you" ("want the details", "keen on a call") framed again.
  // A self-introduction around a greeting or another introduction: "I'm Hi I'm", "Sou oi, sou", "Soy hola".
  // ("Vi que ganaron la licitación" is what the rep saw, a clause after "que", no garble; nor is "lo vi en la feria", where
  // "la" after a preposition is an article, nor "Vi su perfil y la empresa …", where it is one after "y".)
  const garbled =
    /\b(?:would|could|can|will|do)\s+you\s+\p{L}+\s+you\b|\b(?:open to|up for)\s+(?:want|need|keen|interested|mind|any|free|available|curious|game|down|fancy|care to|would|could|can|shall|will|cool|lmk|let me know|whats|what's|what|ok|okay|is|are|do|does|me to|est-ce|le|¿)(?!\p{L})|\b(?:would|could|can) you (?:would|could|can|shall)\b|(?<![\p{L}])(?:I['’]?m|I am|Soy|Sou|Je suis|Ich bin)\s+(?:hi|hey|hello|dear|hola|oi|olá|bonjour|salut|hallo|I['’]?m|Im|soy|sou|je|ich)(?![\p{L}])|(?<![\p{L}])(?:Vi|Leí su|J['’]ai lu votre|J['’]ai vu|I came across|I found you through)\s+(?!que\s)(?:a gente|nós|eu|we|I|nos|nous|on|je|wir|ich|(?:\p{L}+\s+){1,3}(?<!(?<![\p{L}])(?:en|a|de|del|por|para|con|sin|sobre|desde|hasta|entre|em|na|no|pela|pelo|com|y|e|o|u)\s+)(?:me|m['’]|nos|se|s['’]|lo|la)(?=\s|\p{L}))(?![\p{L}'’])/iu.exec(
      text,
    ) ??
    // "I'm dev advocate at Stackmint": a title without its article.
    /\bI['’]m\s+(?!(?:a|an|the|based|working|now|currently|also|still|responsible|in|on|at|with|from|here|back|part|one|head|vp|director|chief)\s)(?:\p{Ll}+\s+){0,2}\p{Ll}+(?:er|or|ist|ant|ent|ian|ect|ate)\s+(?:at|for|with|@)\s+\p{Lu}/u.exec(
      text,
    ) ??
    // An offer frame around the rep's own clause: "I can offer a weve got …", "Posso lhe oferecer a gente automatiza …",
    // "Le ofrezco tenemos …"; a question frame around a condition: "Are you open to if you can send …".
    /(?<![\p{L}])(?:I can offer|I['’]m happy to offer|I['’]d be glad to offer)\s+(?:an?\s+|the\s+)?(?:we|I|they|weve|ive|theyre)(?:['’]\p{L}+)?(?![\p{L}])|(?<![\p{L}])(?:Posso (?:lhe |te )?oferecer|(?:Con gusto (?:le|te)|Le|Te) (?:puedo )?ofrezco|Je (?:peux )?vous propose(?:r)?)\s+(?:(?:en|durante|em|na|no|pendant)\s+[^.?!,]{1,30}?\s+)?(?:a gente|a gnt|tenho|temos|nós|eu|tengo|tenemos|nosotros|yo|j['’]ai|nous|on|je)(?![\p{L}])|\b(?:open to|up for)\s+(?:if|when|whether|we|he|she|they|wld|cld)(?![\p{L}])|(?<![\p{L}])I (?:noticed|saw)(?: that)? (?:just|recently) \p{Ll}+(?:ed|ught|ought)(?![\p{L}])/u.exec(
      text,
    ) ??
    // "Joe said you met you": both people of a reported meeting made the prospect.
    /(?<![\p{L}])you\s+(?:met|saw|told|asked|called|emailed|introduced|showed|visited|helped|invited)\s+you(?![\p{L}])/iu.exec(
      text,
    ) ??
    claimAsThing(text, input.lang);
  if (garbled) faults.push({ fault: 'garbled_ask', detail: garbled[0] });

  // The prospect is "you": no pronoun for them, and their name only in the greeting.
  const others = otherPeople(input.answerTexts, input.prospectName);
  // In a German draft that says "du", a lower-case "sie" before a verb in the plural is "they" ("2-4 Wochen bevor sie
  // ausfallen", the machines): the reader is "du", and "sie" of her takes the singular ("bevor sie ausfällt").
  const pronoun =
    input.lang === 'de' && /(?<![\p{L}])(?:du|dich|dir|dein\p{L}*)(?![\p{L}])/iu.test(text)
      ? DE_THIRD_PERSON_TO_DU
      : THIRD_PERSON_BY_LANG[input.lang];
  // A pronoun of the other gender than the prospect's first name, where the sentence or the one before names someone of
  // its gender, is that someone ("Sophie … qui m'a parlé de vous, elle fait la compta" to Pierre-Antoine): the first
  // pronoun that may be them counts.
  const gender = genderOf(input.prospectName.trim().split(/\s+/)[0] ?? '');
  const notTheirs =
    gender === 'm'
      ? /^(?:elle|she|her|ella|ela|dela)$/iu
      : gender === 'f'
        ? /^(?:il|er|he|him|his|él|ele|dele)$/iu
        : null;
  const everyPronoun = pronoun ? new RegExp(pronoun.source, `${pronoun.flags.replace('g', '')}g`) : null;
  sentences.forEach((sentence, i) => {
    const named =
      gender !== '' && namesSomeoneOf(`${sentences[i - 1] ?? ''} ${sentence}`, gender === 'm' ? 'f' : 'm', input.lang);
    const m = everyPronoun
      ? [...sentence.matchAll(everyPronoun)].find(
          (x) =>
            !(named && notTheirs?.test((x[1] ?? x[0]).trim())) &&
            // "Ein Kunde in Bonn hat seine Leerfahrten gesenkt": a third party's own, after its verb, is not the reader's.
            !thirdPartyOwns(input.lang, sentence, (x.index ?? 0) + (x[1] ? x[0].indexOf(x[1]) : 0)),
        )
      : undefined;
    if (!m) return;
    const context = `${sentences[i - 1] ?? ''} ${sentence}`.toLowerCase();
    // "when a tech doesn't have the part before he rolls": "he" in the clause of "a tech" is the tech.
    if (new RegExp(`${GENERIC_PERSON}[^.;:!?,]*$`, 'iu').test(sentence.slice(0, m.index))) return;
    if (others.some((name) => new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u').test(context))) return;
    // "the regional director at Maple Court … a call with her": someone else, named by their role.
    if (
      /\b(?:the|our|your|their|a)\s+(?:\p{L}+\s+){0,2}(?:director|coo|ceo|cfo|cto|cmo|lead|head|manager|founder|partner|advisor|customer|colleague|owner|vp)\b/iu.test(
        context,
      ) &&
      !/\b(?:she|he)\b/i.test(m[0] ?? '')
    )
      return;
    // "une intro avec la directrice de la Clinique …, elle peut parler des coûts": whom the rep offers to introduce,
    // named by a role whose article tells the gender, is the "elle" or "sie" after it.
    const word = (m[1] ?? m[0]).trim().toLowerCase();
    const introduced = introducedByRole(context);
    if (introduced && (introduced === 'f' ? FEMININE_PRONOUN : MASCULINE_PRONOUN).test(word)) return;
    faults.push({ fault: 'third_person', detail: `"${m[0]}" in "${sentence}"` });
  });
  const nameParts = input.prospectName
    .split(/\s+/)
    .filter((w) => w.length >= 2 && !/^(dr|mr|mrs|ms|prof)\.?$/i.test(w));
  // Each part of their name, compiled once: in lower case too ("I noticed kyle posted …"), unless in lower case it is
  // a word too ("will", "mark", "grace").
  const namePatterns = nameParts.map(
    (part) =>
      [
        part,
        new RegExp(
          `(?<!\\p{L})${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`,
          nameInAnyCase(part) ? 'iu' : 'u',
        ),
      ] as const,
  );
  // The greeting ("Hi Marisa,", "Hallo Frau Vogel,") is the one place for their name.
  const first = nameParts.find((w) => !/^(dr|mr|mrs|ms|prof)\.?$/i.test(w)) ?? '';
  const greeting = new RegExp(`^[^\\n]{0,30}?${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[,:!]?`, 'u');
  // Their company's name, where it says more than a part of their name ("Reed Labs", not "Reed"), names the firm.
  const company = (input.prospectCompany ?? '').trim();
  const firm =
    company.split(/\s+/).length >= 2 && !nameParts.some((p) => p.toLowerCase() === company.toLowerCase())
      ? new RegExp(
          `(?<!\\p{L})${company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?!\\p{L})`,
          'giu',
        )
      : null;
  sentences.forEach((sentence, i) => {
    const said = firm ? sentence.replace(firm, ' ') : sentence;
    const body = i === 0 && first ? said.replace(greeting, '') : said;
    const named = namePatterns.find(([, pattern]) => pattern.test(body));
    if (named) faults.push({ fault: 'third_person', detail: `named "${named[0]}" in "${sentence}"` });
  });

  for (const fault of furniture(text, input.lang)) faults.push(fault);

  const limit = CHANNEL_LIMITS[input.channel];
  if (limit !== null && text.length > limit) faults.push({ fault: 'over_limit', detail: `${text.length} > ${limit}` });

  // English is always checked; another language only where the check says it read it in that language.
  const judged = input.lang === 'en' || input.checkedLang === input.lang;
  if (input.allFourParts && judged && input.verdict !== 'purposeful') {
    faults.push({ fault: 'not_purposeful', detail: `verdict ${input.verdict ?? 'none'}` });
  }
  if (input.lacksAPart && judged && input.verdict === 'purposeful') {
    faults.push({
      fault: 'purposeful_without_parts',
      detail: 'a part is missing or generic, yet the verdict is purposeful',
    });
  }
  return { faults };
}

// Furniture around the rep's facts that no rep would send on: a headline's pipes, a signature's phone
// number, Slack's markup, a link pasted after "your", a word in capitals, "I'm Myself". German's gender colon
// ("Techniker:innen", "Kund:in") is no half emoji code.
const PHONE =
  /(?<![\p{L}\p{N}])(?:\+\s?\d[\d\s()./-]{6,}\d|\(\d{2,4}\)\s?\d[\d\s./-]{4,}\d|0\d(?:[\s./-]?\d{2}){4}|\d{3}[\s.-]\d{3}[\s.-]\d{4})(?![\p{L}\p{N}])/u;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const SLACK_MARKUP =
  /:[a-z0-9_+-]*[a-z][a-z0-9_+-]*:|(?<=\p{L}):(?!(?:innen|in)(?![a-z_]))[a-z_]{2,}(?=[\s.,!?]|$)|(?<![\p{L}\p{N}*])\*(?=\S)[^*\n]{1,80}(?<=\S)\*(?![\p{L}\p{N}])|(?<=\p{L})\*|\*(?=\p{L})|(?<![\p{L}\p{N}_])_(?=\S)[^_\n]{1,80}(?<=\S)_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}~])~(?=\S)[^~\n]{1,80}(?<=\S)~(?![\p{L}\p{N}])|`|(?<![\p{L}\p{N}._%+-])@\p{L}/u;
const LINK_AFTER_POSSESSIVE =
  /(?<![\p{L}])(?:your|yours|my|our|his|her|their|votre|vos|notre|nos|son|sa|ses|leur|su|sus|nuestro|nuestra|seu|sua|seus|suas|nosso|nossa|ihr|ihre|ihren|ihrem|ihrer|unser|unsere|unseren|sein|seine)\s+(?:\p{L}+\s+)?(?:https?:\/\/|www\.)/iu;
// Acronyms longer than five letters that a draft may carry in capitals.
const LONG_ACRONYMS = new Set(['LINKEDIN', 'HUBSPOT', 'ISO27001', 'NASDAQ', 'UNESCO', 'NASCAR', 'FINRA', 'SOC2']);
const MYSELF = /\b(?:I['’]?m|I am)\s+myself\b|^(?:[^\n]{0,40}[\n,.]\s*)?myself\s+(?:is\s+)?\p{Lu}\p{Ll}+/iu;

function furniture(text: string, lang: string): Array<{ fault: MechanicalFault; detail: string }> {
  const found: Array<{ fault: MechanicalFault; detail: string }> = [];
  const pipe = /[^\n|]{0,20}\|[^\n|]{0,20}/.exec(text);
  if (pipe) found.push({ fault: 'pipe', detail: pipe[0] });
  const contact = EMAIL.exec(text) ?? PHONE.exec(text);
  if (contact) found.push({ fault: 'contact_details', detail: contact[0] });
  const markup =
    /<[@#!][^>]*>|<(?:https?|mailto):[^>]*>/.exec(text) ??
    SLACK_MARKUP.exec(text.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' '));
  if (markup) found.push({ fault: 'slack_markup', detail: markup[0] });
  const link = LINK_AFTER_POSSESSIVE.exec(text);
  if (link) found.push({ fault: 'link_after_possessive', detail: link[0] });
  // A word in capitals past five letters, or three in a row: shouting, not an acronym.
  const words = text.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ').match(/[\p{L}\p{N}&'’-]+/gu) ?? [];
  let run: string[] = [];
  for (const word of words) {
    const letters = word.replace(/[^\p{L}]/gu, '');
    const capitals = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    // Acronyms of up to four letters joined by hyphens ("ABC-XYZ", "EDI-ASN") are acronyms, not one long word.
    const joined = /-/.test(word) && word.split('-').every((x) => x.replace(/[^\p{L}]/gu, '').length <= 4);
    if (capitals && letters.length > 5 && !joined && !LONG_ACRONYMS.has(word.toUpperCase())) {
      found.push({ fault: 'all_caps', detail: word });
      break;
    }
    run = capitals ? [...run, word] : [];
    if (run.length >= 3) {
      found.push({ fault: 'all_caps', detail: run.join(' ') });
      break;
    }
  }
  // "I saw You": a capital where a sentence does not begin.
  const you = lang === 'en' ? /(?<=[\p{Ll}\p{N},;]\s+)You(?:r|rs)?\b/u.exec(text) : null;
  if (you && !found.some((f) => f.fault === 'all_caps')) found.push({ fault: 'all_caps', detail: you[0] });
  const myself = MYSELF.exec(text);
  if (myself) found.push({ fault: 'myself', detail: myself[0] });
  return found;
}
