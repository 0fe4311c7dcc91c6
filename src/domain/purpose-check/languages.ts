/**
 * The purpose check in German, Spanish, French and Portuguese: the same four parts and the same
 * pushiness, read with each language's own cues. The cues name habits of the language ("Ich bin …
 * bei …", "¿Le parece si …?", "je peux vous envoyer", "sem compromisso"), not sentences of any corpus.
 * The language-free signals (a number, a date, their company named, a merge field, the length) are
 * shared with English.
 */
import { readerGainOther } from './reader-gain';
import { type Anatomy, firstWorded, opensMessage, type Sentence, signedByTeam } from './anatomy';
import { clipWords } from './clip';
import { type AskReading, fieldAndPlaceOnly, listAfter, proposedAsks } from './parts';
import { type Flag, flag, flatteryFlag, quote, sentenceAt, type Signals } from './flags';
import type { FindingCode, PartName, PartResult } from './types';
import { namesCompany } from './specifics';
import { dashTail, namesAndOrganisation } from './names';
import { looksLikeFirstName } from '../draft-tidy';
import { stockLines, templateKindsFor } from './mass-template';

export type OtherLang = 'de' | 'es' | 'fr' | 'pt';

interface Cues {
  /** Says who the sender is, with a company or role: "Ich bin Paul Weber, Gründer von Klickwerk". */
  who: RegExp;
  /** A name or role without the company: "ich bin Hanna Krüger". */
  whoWeak: RegExp;
  /** Something of theirs they made or said: "Ihr Vortrag beim …", "tu charla en …". */
  theirWork: RegExp;
  /** The sender saw, read or heard something: "habe … gelesen", "vi en", "j'ai lu". */
  perceived: RegExp;
  /** Someone told the sender about them: "Stefan Maurer erzählte, dass …". */
  referrer: RegExp;
  /** Flattery that fits anyone: "Ihr Profil ist beeindruckend". */
  flattery: RegExp;
  /** An offer, however phrased: "schicke ich Ihnen gern", "sin costo", "je peux vous envoyer". */
  offer: RegExp;
  /** Something a sender can hand over. */
  resource: RegExp;
  /** A question that asks for something (not "¿Qué tal?"). */
  rhetorical: RegExp;
  /** A request written as a statement: "Schreiben Sie mir …", "Envíeme …". */
  request: RegExp;
  /**
   * "Let me know" written as a statement ("Sag Bescheid", "Dites-moi si …", "Avísame", "Bora marcar"):
   * the ask when the message asks nothing else, a closing courtesy when it does.
   */
  softRequest: RegExp;
  /**
   * An ask made without a question mark or a request verb the cues above know: a question by its word
   * order ("Hätten Sie nächste Woche 15 Minuten", "Seriez-vous disponible …"), a reply asked for with
   * the word to send ("antworten Sie einfach mit „ja“", "é só responder \"sim\""), a wish to hear whether
   * it helps ("me encantaría saber si te resulta útil"), a wish for so many minutes.
   */
  unmarkedAsk: RegExp;
  /** LinkedIn's default texts and other could-go-to-anyone lines. */
  invitation: RegExp;
  /** A mass audience: "Sehr geehrte Damen und Herren", "empresas como la suya". */
  generic: RegExp;
  /** A weekday or date as a deadline, scarcity, an offer that expires. */
  pressure: RegExp;
  /**
   * A date that is a deadline only when the sentence asks them for something ("bitte bis Freitag
   * bestätigen", "confirme até sexta"), not when it is their own plan ("Sie sind bis Freitag auf der Messe").
   * `promise`: the sender as the subject of the clause the date is in ("Ich kann Ihnen bis Freitag …", "le envío el
   * presupuesto antes del viernes"): the date of what the sender does binds no one else. `sent`: the sender sending
   * the paper, from the promise on ("stelle ich Ihnen das Angebot"): the offer named there is what is sent, not one
   * that ends by the date.
   */
  dated: { date: RegExp; reply: RegExp; promise: RegExp; sent?: RegExp };
  /** A meeting put in their calendar without asking. */
  imposed: RegExp;
  /** A nudge: "ich habe Ihnen jetzt dreimal geschrieben", "le escribo por cuarta vez". */
  nudge: RegExp;
  /** A follow-up that brings something new: "diesmal mit etwas Neuem". */
  newValue: RegExp;
  /** They met or spoke: "unser Gespräch auf der …", "notre échange à Europain". */
  met: RegExp;
  /** The sender already made something for them: "Ich habe eure Liefergebiete … laufen lassen", "montei um resumo". */
  madeForThem: RegExp;
  /**
   * The reader as the one who gains, by the part they play in the clause: the one whose cost we bear
   * ("übernehmen wir", "cubrimos el piloto"), the one introduced to a peer ("Sie mit … bekannt machen"),
   * the one who saves time or money ("Ihrem Team 5 Stunden sparen"), the one whose team is taken
   * through the findings, the one free to keep or use it ("dürfen Sie frei verwenden", "est à vous").
   * `ours`: work or cost of theirs we take on ("nos encargamos de todo el papeleo", "bezahlt im ersten
   * Jahr die Stiftung", "entièrement financés par la Fondation"), our price set against their bill ("für
   * weniger, als ihr jetzt … zahlt"), a gain for their people ("pour que vos clients voient …"), and our
   * work on their things, done gladly or offered as what we can do ("Ich rechne das gern mit euren Zahlen
   * durch", "podemos organizar entrevistas … en sus propias tiendas", "contarte cómo lo hicimos").
   */
  forThem: { cue: RegExp; gain: RegExp; invite: RegExp; occasion: RegExp; peer: RegExp; ours: RegExp };
  /** A sales pitch object: "unser Portfolio vorstellen", "una demo". */
  pitch: RegExp;
  /** A contract or fee ask. */
  contract: RegExp;
}

const DE_DAYS = 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';
const ES_DAYS = 'lunes|martes|miércoles|jueves|viernes|sábado|domingo';
const DE_MONTHS = 'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember';
const DE_MONTHS_CASED = DE_MONTHS.split('|')
  .map((m) => (m[0] ?? '').toUpperCase() + m.slice(1))
  .join('|');
const ES_MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const FR_MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const PT_MONTHS = 'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro';
const FR_DAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const PT_DAYS =
  'segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|sábado|domingo';

/**
 * What a price is held until, when that makes a deadline: a calendar date, a day, a month, the end of a week, month or
 * year ("jusqu'au 31 mars", "bis Ende Juni", "hasta fin de mes", "até sexta-feira"). Held to the end of their project ("jusqu'à
 * la fin du chantier", "bis zur Fertigstellung") it is a guarantee, not a deadline.
 */
const UNTIL_DATE = {
  de: `\\s+(?:zum\\s+|am\\s+|(?:ende|anfang|mitte)\\s+(?:des\\s+|der\\s+|dieses\\s+|diesen\\s+|dieser\\s+|nächsten\\s+)?)?(?:\\d|(?:${DE_MONTHS}|${DE_DAYS}|monats?|woche|jahres|quartals|monatsende|jahresende|quartalsende|wochenende|morgen|heute|übermorgen)(?![\\p{L}]))`,
  es: `\\s+(?:el\\s+|la\\s+|este\\s+|esta\\s+)?(?:(?:fin|final|finales)\\s+(?:de\\s+|del\\s+)(?:este\\s+|esta\\s+|la\\s+|el\\s+)?)?(?:\\d|(?:${ES_MONTHS}|${ES_DAYS}|mes|semana|año|trimestre|mañana|hoy)(?![\\p{L}]))`,
  fr: `\\s*(?:la\\s+|le\\s+|ce\\s+|cette\\s+)?(?:(?:fin|mi)[\\s-]+(?:de\\s+|du\\s+|d')?(?:la\\s+|l')?(?:ce\\s+|cette\\s+)?)?(?:\\d|(?:${FR_MONTHS}|${FR_DAYS}|mois|semaine|année|an|trimestre|demain|ce soir)(?![\\p{L}]))`,
  pt: `\\s+(?:ao\\s+|à\\s+|a\\s+|o\\s+|dia\\s+|esta\\s+|este\\s+)?(?:(?:fim|final|finais)\\s+(?:de\\s+|do\\s+|da\\s+)(?:este\\s+|esta\\s+)?)?(?:\\d|(?:${PT_MONTHS}|${PT_DAYS}|mês|semana|ano|trimestre|amanhã|hoje)(?![\\p{L}]))`,
};

// \b is ASCII-only in JavaScript; these patterns mark word edges with lookarounds on letters instead.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (source: string): RegExp =>
  new RegExp(accentFree(source).replace(/\\b\(/g, `${B}(`).replace(/\)\\b/g, `)${E}`), 'iu');

/** The letters reps often type without their accent in Spanish, French and Portuguese ("ordenes", "disposicao", "a votre"). */
const BARE: Record<string, string> = {
  á: 'a',
  à: 'a',
  â: 'a',
  ã: 'a',
  é: 'e',
  è: 'e',
  ê: 'e',
  í: 'i',
  î: 'i',
  ó: 'o',
  ô: 'o',
  õ: 'o',
  ú: 'u',
  ù: 'u',
  ç: 'c',
};
const UMLAUT_SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
/**
 * `source` taking a word typed without its accents as the word: "quedo a tus ordenes" is "quedo a tus órdenes". An
 * accent on a word's last letter stays ("é" is "is", "e" is "and"; "publicó" is not "publico"). German's umlauts are never dropped ("hätten" is not
 * "hatten") but may be spelled out: "erzaehlt" is "erzählt".
 */
function accentFree(source: string): string {
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  return rewriteSource(source, (source_, i, inClass) => {
    const c = source_[i] as string;
    const bare = BARE[c];
    const spelled = UMLAUT_SPELLED[c];
    // German typed without umlauts spells them out: "erzaehlt", "staendig", "Groesse", "Strasse".
    if (spelled !== undefined) return inClass ? undefined : [`(?:${c}|${spelled})`, 1];
    if (bare === undefined) return undefined;
    if (inClass) return [`${bare}${c}`, 1];
    // An accent on a word's last letter tells a tense or a word apart ("comentó" is not "comento", "anunció" is not
    // "anuncio", "entré" is not "entre"): it stays, as does a one-letter word's.
    if (!letter(source_[i + 1])) return undefined;
    return [`[${bare}${c}]`, 1];
  });
}

/**
 * Thanks for connecting, in each language: LinkedIn's invitation in other words (a cue of `invitation`), unless a
 * reason or an offer follows (STOCK_COURTESY).
 */
const THANKS_FOR_CONNECTING: Record<OtherLang, string> = {
  de: 'danke für die vernetzung|danke fürs vernetzen|danke fürs annehmen|danke für die annahme',
  es: 'gracias por (?:aceptar|conectar|la conexión)',
  fr: "merci d'avoir accepté|merci pour (?:l'ajout|la connexion)",
  pt: 'obrigad[oa] (?:por (?:ter )?(?:aceitar|aceitado|conectar)|pela conexão)',
};

/** A link handed over, in the four languages: "Se lo dejo aquí:", "voici le lien", "hier ist der Link", "deixo aqui o link". */
const LINK_HANDED = re(
  `\\b(?:(?:se|te|le|les) lo dejo (?:aquí|acá)|(?:aquí|acá) (?:se|te|le) lo dejo|(?:le|te) dejo (?:el|aquí el) (?:enlace|link)|voici le lien|je vous (?:laisse|mets) le lien|hier (?:ist )?der link|den link finden sie hier|(?:te |lhe )?deixo (?:aqui )?o link|deixo aqui|(?:segue|aqui está) o link)\\b`,
);

/**
 * What an organisation did that a reader can date, and words that date it: their company named with both is a
 * reason to write, in a language that capitalises every noun too ("Kessler hat im Februar angekündigt, …").
 */
const THEIR_EVENT: Record<OtherLang, RegExp> = {
  de: re(
    `\\b(?:angekündigt|bekanntgegeben|bekannt gegeben|eröffnet|übernommen|gestartet|vorgestellt|veröffentlicht|eingeweiht|in betrieb genommen|ausgeschrieben|gewonnen|kündigte|eröffnete|übernahm|startete)\\b`,
  ),
  es: re(
    `\\b(?:anunció|inauguró|abrió|lanzó|adquirió|presentó|publicó|ganó|amplió|(?:ha|han) (?:anunciado|inaugurado|abierto|lanzado|adquirido|presentado|publicado|ganado|ampliado))\\b`,
  ),
  fr: re(
    `\\b(?:a|ont|vient de|viennent d)\\s*'?\\s*(?:annoncé|inauguré|ouvert|lancé|racheté|acquis|publié|remporté|annoncer|inaugurer|ouvrir|lancer|racheter|publier|remporter)\\b`,
  ),
  pt: re(
    `\\b(?:anunciou|inaugurou|abriu|lançou|adquiriu|comprou|publicou|ganhou|ampliou|(?:tem|têm) (?:anunciado|inaugurado|aberto|lançado))\\b`,
  ),
};
/** A sentence with no first person in it ("unsere Software hat zwei Module", "nuestra app ya tiene…"): it is about them. */
const FIRST_PERSON_FREE =
  '(?![^.!?]*(?<![\\p{L}\\p{N}])(?:unser\\p{L}*|wir|ich|nuestr[oa]s?|nosotros|tenemos|notre|nos|nous|avons|noss[oa]s?|temos)(?![\\p{L}\\p{N}]))';

/** Numbers from two, written out: what a count of their sites or houses is said in. */
const COUNT_WORDS: Record<OtherLang, string> = {
  de: 'zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig|vierzig|fünfzig|hundert',
  es: 'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|cuarenta|cincuenta|cien',
  fr: 'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|cinquante|cent',
  pt: 'duas|dois|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|vinte|trinta|quarenta|cinquenta|cem',
};
/**
 * What their organisation has or runs, counted in words: "Mit Thun hat Physio Aare jetzt sechs Standorte". Their company
 * named with it is as concrete as a figure in digits.
 */
const THEIR_COUNT: Record<OtherLang, RegExp> = {
  de: re(
    `^${FIRST_PERSON_FREE}[^]*?\\b(?:hat|haben|betreibt|betreiben|beschäftigt|beschäftigen|zählt|zählen)\\b[^.!?]{0,30}?\\b(?:${COUNT_WORDS.de})\\b`,
  ),
  es: re(
    `^${FIRST_PERSON_FREE}[^]*?\\b(?:tiene|tienen|cuenta con|opera|gestiona|emplea)\\b[^.!?]{0,30}?\\b(?:${COUNT_WORDS.es})\\b`,
  ),
  fr: re(
    `^${FIRST_PERSON_FREE}[^]*?\\b(?:a|ont|compte|comptent|exploite|exploitent|emploie|emploient|gère)\\b[^.!?]{0,30}?\\b(?:${COUNT_WORDS.fr})\\b`,
  ),
  pt: re(
    `^${FIRST_PERSON_FREE}[^]*?\\b(?:tem|têm|conta com|opera|gere|emprega)\\b[^.!?]{0,30}?\\b(?:${COUNT_WORDS.pt})\\b`,
  ),
};
/**
 * A question quoted after a colon that others ask: "Die Frage, die uns Hoteliers stellen: …?", "la pregunta que todos nos
 * hacen: …?". The sender's own ("A minha pergunta é só esta: …?", "Une question : auriez-vous …?") is asked.
 */
const QUOTED_QUESTION = re(
  `^\\W*(?:die|eine|la|une|a|uma) (?:[\\p{L}-]+ )?(?:frage|pregunta|question|pergunta)\\b[^?:]{0,100}\\b(?:stellen|stellt|hacen|hace|posent|pose|fazem|faz)\\b[^?:]{0,40}:\\s*[^:]+\\?$`,
);
/**
 * A choice the topic raises, quoted after a colon ("Bei Häusern aus den Siebzigerjahren stellt sich fast immer die
 * Frage: Lift ersetzen oder modernisieren?", "la question se pose : réparer ou remplacer ?"): no ask of theirs. Only an
 * either-or with no one in it; "Daher stellt sich für mich die Frage: Hätten Sie 20 Minuten?" is the rep's own ask.
 */
const TOPIC_QUESTION = re(
  `\\b(?:(?:stellt|stellen) sich\\b[^?:]{0,40}\\b(?:die|eine) frage|die frage (?:ist|lautet)(?: (?:dann|meist|immer|fast immer|oft))?|(?:se plantea|se hace|se repite|surge)\\b[^?:]{0,30}\\bla pregunta|la question (?:se pose|revient)\\b[^?:]{0,30}|(?:surge|coloca-se)\\b[^?:]{0,20}\\ba pergunta)\\s*:\\s*[^:?]{1,80}\\s(?:oder|o|ou|ou bien)\\s[^:?]{1,60}\\?$`,
);
const TOPIC_QUESTION_PERSON = re(
  `\\b(?:sie|ihnen|ihr|du|dir|wir|uns|ich|vous|tu|te|nous|je|usted|ustedes|le|te|nosotros|vos|você|vocês|lhe|nós|eu|min|minuten|minutes|minutos)\\b`,
);
/**
 * Being connected, as the condition of what the sender then gives: "si conectamos", "una vez conectados", "dès qu'on est
 * connectés", "une fois connectés", "sobald wir vernetzt sind", "gern vernetzen", "assim que nos conectarmos", or their
 * accepting the invitation.
 */
const CONNECTED_OTHER =
  '(?:si (?:conectamos|nos conectamos|(?:me )?(?:aceptas|aceptás|acepta) (?:la|mi) (?:invitación|solicitud))|una vez conectad[oa]s|(?:cuando|en cuanto|apenas|ni bien) (?:nos )?(?:conectemos|estemos conectad[oa]s)' +
  "|si (?:on se connecte|nous nous connectons|vous acceptez (?:mon|ma|l')\\s?(?:invitation|demande))|(?:dès qu'|dès que |quand |lorsqu'|lorsque |une fois (?:qu'|que )?)\\s*(?:(?:on|nous|vous)\\s+(?:est|sera|sommes|serons|êtes|serez)\\s+)?connect[eé](?:e)?s?|(?:dès que|quand|lorsque|une fois que) vous (?:aurez|avez) accepté" +
  '|(?:wenn|sobald) wir (?:uns )?(?:vernetzen|vernetzt sind)|nach (?:der|unserer) vernetzung|(?:wenn|sobald|falls) (?:sie|du) (?:meine |die |unsere )?(?:anfrage|einladung|vernetzungsanfrage) (?:annehmen|annimmst|angenommen haben)|gern(?:e)? (?:mit (?:ihnen|dir) )?vernetzen' +
  '|(?:se|assim que|quando|logo que|depois que) (?:(?:nos )?conectarmos|a gente se conectar|(?:estivermos|estiver) conectad[oa]s)|(?:uma vez|depois de) (?:nos )?conectad[oa]s|se (?:você |o senhor |a senhora )?aceitar (?:o |meu |o meu )?convite)';
/**
 * A connect verb with an object is a physical connection, no condition on the two of them: "cuando conectemos la bomba
 * nueva", "se conectarmos o sensor".
 */
const CONNECT_OBJECT =
  '(?!\\s+(?:el|la|los|las|un|una|unos|unas|su|sus|tu|tus|nuestr\\p{L}*|vuestr\\p{L}*|des|votre|vos|notre|nos|o|a(?!\\s+gente)|os|as|um|uma|seu|sua|seus|suas|nosso|nossa|die|den|das|ihre|unsere)\\s)';
/** The sender then giving something: "te lo paso", "je vous envoie", "schick ich Ihnen", "ich teile dann", "envio". */
const SENDER_GIVES_OTHER =
  '(?:(?:te|le|se|les)\\s+(?:(?:lo|la|los|las)\\s+)?(?:paso|envío|mando|comparto|muestro|pasaré|enviaré|mandaré|compartiré|mostraré|hago llegar|haré llegar|hacemos llegar)' +
  "|(?:je|on|nous)\\s+(?:vous|te|t')\\s*(?:(?:l'|le |la |les )\\s*)?(?:envoie|enverrai|enverrons|envoyons|partage|partagerai|partageons|transmets|transmettrai|transmettons|montre|montrerai|passe|fais suivre|ferai suivre|fais parvenir|ferai parvenir|faisons parvenir)" +
  '|(?:ich|wir)\\s+(?:(?:ihnen|dir|euch)\\s+)?(?:(?:dann|gern|gerne|gleich|direkt|sofort)\\s+)*(?:schick|schicke|schicken|sende|senden|teile|teilen|gebe|geben|zeige|zeigen|maile|mailen|leite|leiten)|(?:dann\\s+)?(?:schick|schicke|schicken|sende|senden|teile|teilen|gebe|geben|zeige|zeigen|maile|mailen)\\s+(?:ich|wir)' +
  '|(?:(?:eu|nós)\\s+)?(?:(?:te|lhe|lhes)\\s+)?(?:envio|mando|passo|compartilho|partilho|mostro|enviarei|mandarei|passarei|compartilharei|partilharei|enviamos|mandamos|partilhamos|compartilhamos)(?:-(?:lhe|te|lhes|lh[oa]s?))?)';
/**
 * An offer for accepting the invitation, before or after its condition: a connection note's ask, as in English ("si
 * conectamos te lo paso", "Comme promis, je vous envoie notre simulateur dès qu'on est connectés", "Gern vernetzen, ich
 * teile dann 2–3 Zahlen dazu", "Assim que nos conectarmos envio o estudo"). "Je vous envoie X" with no condition is not.
 */
const OFFER_IF_CONNECTED_OTHER = re(
  `${B}${CONNECTED_OTHER}${E}${CONNECT_OBJECT}[^.!?]{0,40}?${B}${SENDER_GIVES_OTHER}${E}|${B}${SENDER_GIVES_OTHER}${E}[^.!?]{0,80}?${B}${CONNECTED_OTHER}${E}${CONNECT_OBJECT}`,
);
/** What is sent said as "it", the thing just asked about: "te la mando", "je vous l'envoie", "envio-lha", "schicke ich sie". */
const IT_SENT = re(
  `${B}(?:(?:te|le|se)\\s+(?:lo|la|los|las)|(?:vous|te)\\s+(?:l'|le|la|les)|(?:lo|la|los|las)\\s+(?:mando|envío|paso)|-(?:lh?[oa]s?|[oa]s?))${E}|${B}(?:schick\\p{L}*|send\\p{L}*|mail\\p{L}*)\\s+(?:ich|wir)\\s+(?:ihnen|dir)\\s+(?:sie|es|ihn)${E}`,
);
/** The words a sentence needs before OFFER_IF_CONNECTED_OTHER is worth trying. */
const CONNECT_STEMS = ['conect', 'connect', 'vernetz', 'anfrage', 'einladung', 'acept', 'aceit', 'accept', 'convite'];
const offersIfConnected = (lower: string): boolean =>
  CONNECT_STEMS.some((w) => lower.includes(w)) && OFFER_IF_CONNECTED_OTHER.test(lower);
/**
 * A reply asked for, with what the sender then sends: "Wenn Sie mit „ja“ antworten, schick ich Ihnen ein Video", "Si me
 * responde que sí, se lo mando", "Respóndame «sí» y se lo envío", "Si vous me répondez « oui », je vous l'envoie", "Se
 * responder 'sim', envio". The ask, as "Reply 'yes' and I'll send it over" is in English.
 */
const REPLY_TO_GET_OTHER = re(
  `(?:^|:\\s*)\\W*(?:und\\s+|et\\s+|y\\s+|e\\s+)?(?:(?:wenn|falls|sobald) (?:sie|du|ihr) (?:mir |uns )?[^.!?,]{0,40}?(?:antworten|antwortest|antwortet|zurückschreiben|zurückschreibst|zurückschreibt)|(?:si|en cuanto|apenas) (?:(?:usted|vos|tú)\\s+)?(?:me|nos) (?:responde|respondes|respondés|contesta|contestas|contestás)|(?:si|dès que) (?:vous|tu) (?:me |nous )?(?:répondez|réponds)|(?:se|assim que|caso) (?:(?:o senhor|a senhora|você|vc)\\s+)?(?:me |nos )?(?:responder|responda)|(?:respóndame|respóndeme|respondeme|respondé|contésteme|contéstame|contestame|répondez(?:-moi)?|réponds(?:-moi)?|responda(?:-me)?|responde(?:-me)?|me responda))${E}[^.!?]{0,50}?(?:,\\s*|\\s(?:y|et|e|und|dann)\\s+)(?:(?:dann|y|et|e)\\s+)?${SENDER_GIVES_OTHER}${E}`,
);
/** The words a sentence needs before REPLY_TO_GET_OTHER is worth trying. */
const REPLY_STEMS = ['antwort', 'zurückschreib', 'respond', 'respónd', 'contest', 'contést', 'répond', 'repond'];
/** A reply that opts out, or a give taken back: "mit „STOP“ antworten", "BAJA", "SAIR", "keine weiteren E-Mails", "ya no". */
const OPT_OUT_OTHER = re(
  `${B}(?:stopp?|baja|sair|abmelden|abmeldung|austragen|unsubscribe|désinscri\\p{L}*|desinscri\\p{L}*|désabonne\\p{L}*|descadastr\\p{L}*|darse de baja|remover|cancelar)${E}|${B}(?:keine (?:weiteren|e-?mails?|mails?|nachrichten)|nicht mehr|ya no|nunca más|ningún (?:otro )?correo|más correos|(?:ne|n')\\s*(?:\\p{L}+\\s+){0,3}?plus${E}|não (?:\\p{L}+\\s+){0,3}?mais${E}|nenhum (?:outro )?e-?mail)`,
);
const replyToGet = (lower: string): boolean =>
  REPLY_STEMS.some((w) => lower.includes(w)) && REPLY_TO_GET_OTHER.test(lower) && !OPT_OUT_OTHER.test(lower);
/** The connection formula on its own: "Bora conectar?", "¿Conectamos?", "On se connecte ?", "Lass uns vernetzen!". */
const CONNECT_FORMULA = re(
  `^\\W*(?:(?:bora|vamos) (?:nos )?conectar(?: aqui)?|¿?conectamos|conectemos|on se connecte|(?:lass|lasst) uns (?:uns )?vernetzen|wollen wir uns vernetzen)\\W*$`,
);
/** Days offered for the ask just made: "Le jeudi 18 ou le vendredi 19 avril vous conviendrait-il ?", "Dienstag oder Mittwoch?". */
const DAY_OPTIONS = re(
  `\\b(?:${DE_DAYS}|${ES_DAYS}|${FR_DAYS}|${PT_DAYS})\\b[^?]{0,40}\\b(?:ou|oder|o|y)\\b[^?]{0,20}\\b(?:${DE_DAYS}|${ES_DAYS}|${FR_DAYS}|${PT_DAYS})\\b[^?]{0,60}\\?$`,
);
/**
 * A fact of theirs put to them for a nod, the question only in its tag: "vos fuiste la que preguntó en el webinar, ¿no?",
 * "A gente conversou no congresso, lembra?", "Vous étiez au salon, n'est-ce pas ?", "Sie waren in Hannover, oder?".
 * English has its own (parts.ts, TAG_QUESTION). What comes before the tag is read for an ask or an offer: "Te mando la
 * grabación, ¿no?" asks leave to send it.
 */
const NOD_TAG: Record<OtherLang, RegExp> = {
  es: /,\s*¿?\s*(?:no|verdad|cierto|viste|te acordás|te acuerdas|se acuerda|(?:lo |la )?recordás|(?:lo |la )?recuerdas|(?:lo |la )?recuerda)\s*\?+\s*$/iu,
  pt: /,\s*(?:né|não é|nao e|não|certo|lembra|se lembra|lembras|você lembra|vc lembra|o senhor lembra|a senhora lembra|viu)\s*\?+\s*$/iu,
  fr: /,\s*(?:n['’]est-ce pas|non|pas vrai|vous vous (?:en )?souvenez|tu t['’]en souviens|tu te souviens|vous vous rappelez|tu te rappelles)\s*\?+\s*$/iu,
  de: /,\s*(?:oder|nicht wahr|gell|gelle|nicht|stimmt['’]?s|erinnern sie sich|wissen sie noch|weißt du noch)\s*\?+\s*$/iu,
};

const requestOrOffer = (cues: Cues, text: string): boolean => cues.request.test(text) || cues.offer.test(text);

/**
 * A question on which of the options just offered suits them, or whether the one proposed does ("Ce créneau vous
 * conviendrait-il ?", "Passt Ihnen der Termin?", "¿Le viene bien ese horario?", "Esse horário funciona?"), in any of
 * the four languages: asked after the ask, the same ask.
 */
const WHICH_OPTION = re(
  `^\\W*(?:et |y |e |und )?(?:(?:lequel|laquelle)\\b[^?]{0,30}\\b(?:convien\\p{L}*|préfér\\p{L}*|arrange\\p{L}*)|quel jour|quel créneau|welcher (?:tag|termin)|welche (?:option|uhrzeit)|was davon|¿?cuál (?:le|te) (?:viene|va|queda|conviene|acomoda)|¿?cuál prefiere|¿?cuál de (?:los|las|esos|esas|ellos|ellas)|¿?qué día|¿?qué horario|qual (?:dia|horário|deles|delas|opção))\\b[^?]{0,40}\\?$|^\\W*(?:et |y |e |und )?(?:ce|cet|cette) (?:créneau|horaire|date|jour|moment)\\b[^?]{0,30}\\?$|^\\W*(?:passt|passen) (?:ihnen|dir) (?:der|dieser|die|diese|das) (?:termin|tag|zeitpunkt|uhrzeit|vorschlag)\\b[^?]{0,20}\\?$|^\\W*¿?(?:le|te|les) (?:viene|va|queda|conviene|sirve|acomoda) (?:bien )?(?:ese|esa|este|esta) (?:horario|día|fecha|hora|momento)\\b[^?]{0,20}\\?$|^\\W*(?:esse|essa|este|esta) (?:horário|dia|data|hora)\\b[^?]{0,30}\\?$`,
);
/** A request that a list of things to do follows: "serait-il possible :", "könnten Sie:", "le agradecería:". */
const LIST_REQUEST_OTHER = re(
  `\\b(?:serait-il possible|pourriez-vous|pouvez-vous|merci de|j'aurais besoin|nous aurions besoin|wäre es möglich|könnten sie|können sie|ich bräuchte|wir bräuchten|ich würde sie bitten|sería posible|podría|le agradecería|te agradecería|necesitaría|necesitaríamos|seria possível|poderia|gostaria de pedir|precisaria|precisaríamos|(?:queria|quería|quisiera|gostaria de|me gustaría) (?:te |lhe |le |vos )?pedir(?:te|le|les)?|(?:j'aimerais|je voudrais|je souhaiterais) vous demander|ich hätte [^.!?:]{0,20}(?:bitten|anliegen))\\b[^.!?]{0,60}:$`,
);
/**
 * Why them, given as the reason for writing: "da Sie heuer den Seminartrakt um 30 Zimmer erweitern", "comme vous ouvrez
 * 3 agences", "ya que usted abre 2 plantas". A reason clause with them as its subject and a figure in it is about them.
 */
const SINCE_YOU_WITH_FIGURE = re(
  `(?:\\b(?:da|weil|nachdem|puisque|vu que|étant donné que|ya que|dado que|puesto que|já que|visto que|uma vez que)|^\\W*(?:comme|como))\\s+(sie|du|ihr|vous|tu|usted|ustedes|vos|você|vocês|vc|o senhor|a senhora)\\s+(?!(?:als|en tant que|como|comme|enquanto)\\s)(?![^.!?,;:]{0,80}?\\b(?:nicht|kein\\p{L}*|wissen|wisst|weißt|geantwortet|nachricht|mail|e-mail|ne|n'|pas|savez|sais|répondu|message|courriel|no|sabe|sabes|saben|respondió|respondido|mensaje|correo|não|sabe|respondeu|mensagem)\\b)[^.!?,;:]{0,80}?\\d`,
);
/**
 * One of their people, named by role, opening the sentence, told the sender about them (not a client's: "Trabajamos con
 * Frutas Lozano; su director me contó …"): "Su director comercial me contó que …", "Ihr
 * Einkaufsleiter hat mir erzählt, dass …", "votre directeur m'a expliqué que …", "seu gerente me contou que …".
 */
const THEIRS_TOLD_ME = re(
  `^\\W*(?:(?:o|a|el|la)\\s+)?(?:su|tu|vuestro|vuestra|votre|ton|ta|ihr|ihre|dein|deine|euer|eure|seu|sua|teu|tua)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:(?:hat|a)\\s+)?(?:me|m'|mir|uns|nos|nous)\\s?(?:[^.!?,]{0,30}?\\s)?(?:contó|dijo|comentó|explicó|dit|expliqué|raconté|parlé de|erzählt|gesagt|berichtet|erklärt|geschrieben|contou|disse|falou|comentou|explicou)\\b`,
);
/**
 * What someone named before told the sender about them, said as "as he told me" and a clause with the reader in it:
 * "Wie er mir erzählte, … und Sie führen derzeit die Lieferantenverträge zusammen", "Como me contó, ustedes …", "Comme il
 * me l'a expliqué, vous …", "Como ele me contou, você …". The reader must be said (German's "Sie" with its capital): "wie
 * er mir erzählte, ist er zufrieden" tells the sender of the teller.
 */
const AS_TOLD_ME: Record<OtherLang, RegExp> = {
  de: new RegExp(
    `${B}[Ww]ie (?:er|sie|mir (?:er|sie)|(?:mir )?(?:Herr|Frau) \\p{Lu}\\p{L}+) (?:mir )?(?:erzählte|erzaehlte|sagte|berichtete|schrieb|meinte|erzählt hat|erzaehlt hat|gesagt hat|berichtet hat)${E}[^.!?]*?(?:,\\s*\\p{Ll}+\\s+|${B}(?:und|dass)\\s+)(?:Sie|du|ihr)${E}`,
    'u',
  ),
  es: re(
    `(?:^\\W*|,\\s*)como (?:él |ella )?me (?:lo )?(?:contó|dijo|comentó|explicó)${E},?\\s*(?:que\\s+)?(?:usted|ustedes|tú|vos)${E}`,
  ),
  fr: re(`(?:^\\W*|,\\s*)comme (?:il|elle) (?:me l'a|m'a) (?:dit|expliqué|raconté)${E},?\\s*(?:vous|tu)${E}`),
  pt: re(
    `(?:^\\W*|,\\s*)como (?:ele |ela )?me (?:contou|disse|explicou|falou)${E},?\\s*(?:você|vocês|vc|o senhor|a senhora|tu)${E}`,
  ),
};
/**
 * Several things announced as proposed or asked, a colon opening them ("Te propongo varias cosas:", "J'ai deux demandes :"):
 * several asks. Not "Le propongo varias cosas que ya funcionan …" nor "Nous avons eu plusieurs demandes de clients".
 */
const SEVERAL_PROPOSED = re(
  `\\b(?:(?:te|le|les|vous|lhe|vos|ihnen|dir|euch) (?:propongo|proponemos|propose|proposons|proponho|propomos|schlage|schlagen)\\b[^.!?:]{0,20}?\\b(?:varias|algunas|plusieurs|quelques|várias|algumas|mehrere|ein paar|einige|dos|tres|deux|trois|duas|dois|três|zwei|drei) (?:cosas|choses|coisas|dinge|sachen)|(?:tengo|tenemos|j'ai|nous avons|tenho|temos|ich habe|ich hätte|wir haben|wir hätten)\\b[^.!?:]{0,20}?\\b(?:varias|algunas|plusieurs|quelques|várias|algumas|mehrere|ein paar|einige|dos|tres|deux|trois|duas|dois|três|zwei|drei) (?:peticiones|pedidos|demandes|bitten|anliegen))\\s*:`,
);
/**
 * Their organisation's news, told to them with it as the subject: "Votre entreprise vient de gagner le contrat de la rue
 * Principale", "Su empresa acaba de ganar la licitación del hospital", "Ihr Unternehmen hat gerade den Auftrag für die
 * Brücke gewonnen", "A sua empresa acabou de abrir um CD em Extrema". English's "Your company just won …".
 */
const YOUR_ORG_NEWS: Record<OtherLang, RegExp> = {
  de: re(
    `^\\W*(?:ihr|ihre|dein|deine|euer|eure)\\s+(?:unternehmen|firma|team|gruppe|werk|haus|klinik|spital|krankenhaus|schule|gemeinde|stadt|betrieb|hotel|verband|verein)\\s+(?:(?:hat|haben)(?![\\p{L}])(?![^.!?]*\\b(?:kann|könnte|können|wird|würde|soll)\\b)[^.!?]{0,80}?\\b(?:gewonnen|eröffnet|gestartet|angekündigt|übernommen|erhalten|unterschrieben|bekommen|eingeweiht)|(?:gewann|eröffnete|startete|übernahm|erhielt))\\b`,
  ),
  es: re(
    `^\\W*(?:su|tu|vuestra|vuestro)\\s+(?:empresa|compañía|equipo|grupo|firma|planta|hospital|colegio|cooperativa|coope|municipio|bodega|fábrica|clínica|hotel|despacho|agencia)\\b[^.!?]{0,40}?\\b(?:(?:acaba|acaban) de (?:ganar|abrir|lanzar|anunciar|obtener|firmar|adquirir|inaugurar|cerrar)|ganó|abrió|lanzó|anunció|obtuvo|firmó|adquirió|inauguró|(?:ha|han) (?:ganado|abierto|lanzado|anunciado|obtenido|firmado|adquirido|inaugurado))\\b`,
  ),
  fr: re(
    `^\\W*(?:votre|ton|ta)\\s+(?:entreprise|société|équipe|groupe|cabinet|agence|usine|entrepôt|hôpital|école|boîte|firme|commune|ville|clinique|hôtel|coopérative)\\b[^.!?]{0,40}?\\b(?:(?:vient|viennent) d['e]\\s*(?:gagner|remporter|ouvrir|lancer|annoncer|obtenir|signer|racheter|acquérir|inaugurer|décrocher)|(?:a|ont) (?:remporté|gagné|ouvert|lancé|annoncé|obtenu|signé|racheté|inauguré|décroché))\\b`,
  ),
  pt: re(
    `^\\W*(?:a sua|sua|a tua|tua|o seu|seu|o teu|teu)\\s+(?:empresa|equipe|equipa|grupo|fábrica|hospital|escola|cooperativa|prefeitura|loja|clínica|hotel|escritório|agência)\\b[^.!?]{0,40}?\\b(?:(?:acabou|acabaram) de (?:ganhar|abrir|lançar|anunciar|obter|assinar|adquirir|inaugurar|fechar)|ganhou|abriu|lançou|anunciou|obteve|assinou|adquiriu|inaugurou)\\b`,
  ),
};

/**
 * What they now have or run, counted, said to them: "damit führen Sie jetzt drei Häuser", "vous gérez désormais quatre
 * sites", "ya tienen tres plantas", "agora vocês têm duas unidades". Their growth, told back to them, is a reason.
 */
const YOUR_COUNT: Record<OtherLang, RegExp> = {
  de: re(
    `\\b(?:führen|betreiben|haben|leiten|führst|betreibst|hast|leitest|führt|betreibt|habt|leitet) (?:sie|du|ihr) (?:jetzt|nun|inzwischen|mittlerweile|bereits|schon) (?:${COUNT_WORDS.de}|\\d+)\\b`,
  ),
  es: re(
    `^${FIRST_PERSON_FREE}[^]*?\\b(?:ya|ahora) (?:tiene|tienes|tienen|opera|operas|operan|gestiona|gestionas|gestionan) (?:${COUNT_WORDS.es}|\\d+)\\b`,
  ),
  fr: re(
    `\\b(?:vous|tu) (?:avez|as|gérez|gères|exploitez|exploites|dirigez|diriges) (?:désormais|maintenant|aujourd'hui|déjà) (?:${COUNT_WORDS.fr}|\\d+)\\b`,
  ),
  pt: re(
    `\\b(?:(?:já|agora) (?:você|vocês|o senhor|a senhora)|(?:você|vocês|o senhor|a senhora) (?:já|agora)) (?:tem|têm|opera|operam|gere|gerem|administra|administram) (?:${COUNT_WORDS.pt}|\\d+)\\b`,
  ),
};
/** A sentence that adds to what came before: "Außerdem", "Und", "También", "Ah, y", "De plus", "Além disso". */
const ADDED_OTHER = re(
  `^\\W*(?:außerdem|zudem|und|también|además|ah,? y|y también|aussi|de plus|en plus|par ailleurs|et aussi|ah,? et|também|além disso|ah,? e)\\b`,
);
/** Thanks in advance for a favour: the request of a polite letter ("je vous serais reconnaissant de …"). */
const GRATEFUL_IF = re(
  `\\b(?:je vous serais|nous vous serions) (?:\\p{L}+ ){0,3}reconnaissante?s? (?:de|d'|si)|\\bje vous saurais gré|\\b(?:le|te|les) agradecer(?:ía|íamos) (?:mucho )?(?:que|si)\\b|\\b(?:ich wäre|wir wären|wäre ich|wären wir) (?:ihnen|dir|euch) (?:\\p{L}+ ){0,3}dankbar, (?:wenn|falls)\\b|\\bficar(?:ia|íamos) (?:\\p{L}+ ){0,2}grat[oa]s? (?:\\p{L}+ )?se\\b|\\bagradeço desde já se\\b`,
);
/** Thanks in advance for an answer to the ask just made: that ask again ("Je vous serais reconnaissant de votre retour"). */
const THANKS_FOR_A_REPLY = re(
  `\\b(?:bescheid|rückmeldung|antwort|antworten|antwortest|retour|réponse|répondre|avis|me dire|me faire savoir|dijera|diga|dijese|confirmara|confirme|confirmase|responder|responda|respuesta|retorno|resposta|respondesse|me dizer|me diga|me avisar|me avise)\\b`,
);
/** A request to the reader, however softened: what they would do for us, or sign up for. */
const ADDED_REQUEST_OTHER = re(
  `\\b(?:(?:wenn|falls) sie [^,.!?]{0,60}?(?:könnten|würden|mögen)|könnten sie|würden sie|können sie|wäre es (?:super|toll|schön|gut|prima|klasse)|(?:schauen|melden|füllen|schicken|senden|kommen|tragen|leiten) sie|(?:^|(?<=[,;:]\\s{0,3}))(?:und\\s+)?(?:(?:komm|kommt|schau|schaut) doch|(?:komm|kommt) (?:gerne?|einfach|ruhig)|(?:schau|schaut) (?:gerne?|einfach|ruhig) [^.!?]{0,40}vorbei)|gib (?:ihnen|ihm|ihr|mir)(?: gerne?)?|trag dich|meld dich|si me (?:pasas|pasa|envías|envía|mandas|manda|compartes|comparte|presentas|presenta)|(?:te|le) (?:apunto|doy de alta|inscribo|registro)|(?:puedes|puede|podrías|podría) (?:pasarme|enviarme|mandarme|compartirme|llenar|rellenar|presentarme)|si vous (?:pouviez|me|nous)|pourriez-vous|pouvez-vous|je vous (?:inscris|ajoute)|se (?:você|o senhor|a senhora) (?:puder|pudesse|me|nos)|(?:poderia|pode) (?:me )?(?:enviar|mandar|passar|preencher|apresentar)|(?:te|lhe) (?:inscrevo|cadastro))\\b`,
);

/** A condition on the ask before, then the one easy step that takes it up, in any of the four languages. */
/**
 * A German condition with its verb first, then the main clause's finite verb: "Haben Sie X, stellt der Versicherer …".
 * Only verbs of having, being or doing business open one; "Schicken Sie mir …, dann rechne ich", "Hätten Sie Lust, schreiben
 * Sie mir" and "Falls Sie …, rufen Sie an" ask.
 */
const VERB_FIRST_CONDITION =
  /^\W*(?:Haben|Hat|Sind|Ist|Kaufen|Nutzen|Brauchen|Planen|Liegt|Gibt|Fehlt|Läuft|Wird|Werden|Besteht|Fahren|Liefern|Lagern|Importieren|Exportieren)\s+(?:Sie|du|ihr|Ihr\p{L}*|man)\b[^?]{1,100}?,\s*(?:dann\s+|so\s+)?\p{Ll}+(?:t|en|e)\s+(?!(?:Sie|du|ihr)\b)[^?]*$/u;
/** A word that says a figure changed (not a range: "von 9 bis 11 Uhr", "de 2 a 500 unidades"). */
const CHANGED: Record<OtherLang, RegExp> = {
  de: re(
    `\\b(?:gesenkt|gesunken|gefallen|zurückgegangen|geschrumpft|reduziert|verkürzt|runter|herunter|gestiegen|angestiegen|gewachsen|erhöht|verbessert|gesteigert|halbiert|verdoppelt|statt|anstatt|anstelle)\\b`,
  ),
  es: re(
    `\\b(?:reducid[oa]s?|reducimos|redujo|redujeron|bajamos|bajó|bajaron|pasó|pasamos|pasaron|recortamos|mejoramos|subimos|en vez de|en lugar de)\\b`,
  ),
  fr: re(
    `\\b(?:ramené|ramenée|réduit|réduite|passé|passée|passés|baissé|divisé|gagné|augmenté|amélioré|descendu|tombé|au lieu de)\\b`,
  ),
  pt: re(
    `\\b(?:reduzimos|reduziu|reduziram|caiu|caíram|passou|passamos|passaram|baixou|baixamos|cortamos|subiu|melhoramos|em vez de|ao invés de)\\b`,
  ),
};
/** A time of day or a span of years: a range, not a change. */
const TIME_OR_YEAR_RANGE = new RegExp(
  `\\b\\d{4}\\s*(?:bis|a|à|até|para|hasta|-|–)\\s*\\d{4}\\b|\\d\\s*(?:uhr|h|heures?|horas?)(?![\\p{L}])|\\d{1,2}\\.?\\s*(?:bis|a|al|à|au|até|ao|hasta|-|–)\\s*\\d{1,2}\\.?\\s*(?:de\\s+)?(?:${DE_MONTHS}|${ES_MONTHS}|${FR_MONTHS}|${PT_MONTHS})(?![\\p{L}])`,
  'iu',
);
/** A figure that changed, from one to another or one instead of another, in each language. */
const CHANGE_IN_FIGURES = Object.fromEntries(
  (['de', 'es', 'fr', 'pt'] as const).map((lang) => {
    const n = `(?:\\d+(?:[.,]\\d+)?|${COUNT_WORDS[lang]})`;
    // With the article run in: "del 3,5 % al 0,8 %", "du simple au double", "do 12 ao 4".
    const from = { de: 'von', es: '(?:de|del|desde)', fr: '(?:de|du)', pt: '(?:de|do|da|desde)' }[lang];
    const to = { de: '(?:auf|bis)', es: '(?:a|al|hasta)', fr: '(?:à|au)', pt: '(?:para|até|a|ao|à)' }[lang];
    const instead = {
      de: '(?:statt|anstatt|anstelle von) ',
      es: '(?:en vez de|en lugar de) ',
      fr: "au lieu d(?:e |['’])",
      pt: '(?:em vez de|ao invés de) ',
    }[lang];
    // What it took before, as one unit of time: "statt einen halben Tag", "en vez de una semana", "au lieu d'une demi-journée".
    const unit = {
      de: '(?:einen?|einem|einer)\\s+(?:halben?\\s+|ganzen?\\s+)?(?:tag|woche|monat|stunde|jahr)',
      es: '(?:un|una|medio|media)\\s+(?:día|semana|mes|hora|jornada|año)',
      fr: '(?:une?\\s+|une\\s+demi-)(?:journée|jour|semaine|mois|heure|an|année)',
      pt: '(?:um|uma|meio|meia)\\s+(?:dia|semana|mês|hora|jornada|ano)',
    }[lang];
    // Only as what something takes now: "dauert jetzt 2 Minuten statt einen halben Tag", not "ich bleibe 2 Tage statt einer Woche".
    const now = {
      de: 'jetzt|nun|heute|inzwischen|mittlerweile',
      es: 'ahora|hoy',
      fr: 'maintenant|désormais',
      pt: 'agora|hoje',
    }[lang];
    return [
      lang,
      re(
        `\\b${from} ${n}\\s?(?:[\\p{L}%]+\\s+){0,2}?${to} ${n}\\b|\\b${n}\\s?(?:[\\p{L}%]+\\s+)?${instead}(?:${n}|${unit}(?<=${B}(?:${now})${E}[^.!?]*))\\b`,
      ),
    ];
  }),
) as Record<OtherLang, RegExp>;
/** A meeting of a set length, and that it would do, in the four languages. */
const PROPOSED_MEETING_OTHER = re(
  `\\b(?:(?:un|une) (?:appel|call|échange|rendez-vous|visite|visio|réunion) (?:de )?(?:\\d+|quinze|vingt|trente) ?(?:min(?:utes)?|h)\\b[^.?!]{0,40}?\\b(?:serait|conviendrait|suffirait|irait)|(?:ein|eine) (?:telefonat|anruf|call|gespräch|termin|besuch|videocall|video-call) (?:von )?(?:\\d+|fünfzehn|zwanzig|dreißig) ?(?:min(?:uten)?|stunde)\\b[^.?!]{0,40}?\\b(?:wäre|würde|reicht|reichte)|(?:ein|eine) (?:\\d+|fünfzehn|zwanzig|dreißig)-?minütige[sn]? (?:telefonat|anruf|call|gespräch|termin)\\b[^.?!]{0,40}?\\b(?:wäre|würde|reicht)|una (?:llamada|videollamada|reunión|visita|call) de (?:\\d+|quince|veinte|treinta) ?min(?:utos)?\\b[^.?!]{0,40}?\\b(?:sería|bastaría|vendría)|(?:uma|um) (?:call|chamada|ligação|reunião|visita|conversa|videochamada|papo) de (?:\\d+|quinze|vinte|trinta) ?min(?:utos)?\\b[^.?!]{0,40}?\\b(?:seria|bastaria|resolveria))\\b`,
);
/** A day left for them to pick: "Sagen Sie mir, welcher Tag passt", "dites-moi quel jour vous convient", "diga-me que dia". */
const WHEN_THEY_PICK_OTHER = re(
  `\\b(?:sagen sie (?:mir,? )?(?:(?:einfach|gerne?|kurz),? )?(?:bescheid,? )?(?:welche[rn]? (?:tag|termin|zeit|uhrzeit)|wann)|sag (?:mir )?(?:(?:einfach|kurz),? )?(?:welche[rn]? (?:tag|termin)|wann)|dites-moi (?:simplement )?(?:quel (?:jour|moment|créneau)|quand)|dis-moi (?:quel (?:jour|moment|créneau)|quand)|dígame (?:qué (?:día|hora|momento))|dime (?:qué (?:día|hora))|diga-me (?:que (?:dia|hora))|me diga (?:um dia|que dia|qual dia|um horário))\\b`,
);
/**
 * A one-word yes, or a short reply, is all it takes: "Ein kurzes „Ja“ genügt", "un simple « oui » suffit", "con un sí basta",
 * "um sim basta", "eine kurze Antwort genügt".
 */
const YES_SUFFICES = re(
  `\\b(?:ein(?:e)? (?:kurzes |einfaches |knappes )?[„"“]?ja[“"”]?(?: per (?:mail|e-mail|nachricht)| als antwort)? (?:genügt|reicht)|un (?:simple |petit )?[«"“]?\\s?oui\\s?[»"”]? (?:me )?suffit|con un (?:simple )?[«"“]?sí[»"”]? (?:me )?(?:basta|es suficiente|alcanza)|um (?:simples )?[«"“']?sim[»"”']? (?:me )?(?:basta|é suficiente|chega)|eine (?:kurze |einfache |knappe )?(?:antwort|rückmeldung) (?:genügt|reicht)(?! nicht)|une (?:courte |simple |petite )?réponse (?:me )?suffit|(?:con una (?:breve |simple )?respuesta (?:me )?(?:basta|es suficiente|alcanza)|basta con una (?:breve |simple )?respuesta)|basta uma (?:breve |simples )?resposta)\\b`,
);
/**
 * Another day or time offered for the ask just made: "Se outro dia for melhor, é só me dizer", "Si otro día le va mejor,
 * dígame", "Si un autre créneau vous arrange, dites-le-moi", "Falls ein anderer Tag besser passt, sagen Sie Bescheid".
 */
const ANOTHER_TIME = re(
  `^\\W*(?:e\\s+|y\\s+|et\\s+|und\\s+)?(?:se|si|falls|wenn) (?:outro|outra|otro|otra|un autre|une autre|ein anderer|eine andere|ein anderes) (?:dia|día|jour|tag|horário|horario|hora|momento|moment|zeitpunkt|termin|créneau|zeit)\\b`,
);

const TAKE_UP = re(
  `^\\W*(?:é só|basta|bastaria|il suffit de|es genügt)\\s+(?:me\\s+|nos\\s+|de\\s+)?(?:responder|répondre|antworten|confirmar|dizer)\\b|^\\W*(?:se (?:topar|quiser|sim|preferir|fizer sentido)|si (?:te|le|les) (?:interesa|parece bien|parece|va bien|sirve)|si (?:oui|c'est le cas|cela vous intéresse|ça vous intéresse|ça vous dit)|(?:wenn|falls) (?:ja|du magst|sie mögen|interesse besteht|sie interesse haben))\\b[^.!?]{0,30}\\b(?:é só|basta|bastaria|solo|sólo|simplemente|il suffit|suffit|einfach|genügt)\\b`,
);

/**
 * Being at their service for whatever comes up ("Quedo a sus órdenes para lo que se le ofrezca", "Fico ao dispor",
 * "Je reste à votre disposition si besoin"): a courtesy every message may close on, not an offer of anything.
 */
const COURTESY = re(
  `\\b(?:quedo a (?:sus|tus) órdenes|(?:quedo|estoy|me tiene|me tienes|quedamos) a (?:su|tu|vuestra) (?:entera |completa )?disposición|para (?:lo|todo lo) que se (?:le|te|les) ofrezca|para lo que (?:necesite|necesites|necesiten)|aquí (?:ando|estoy) para lo que|fico (?:à|ao) (?:sua |vossa |inteira )*disposição|fico ao (?:seu )?dispor|(?:estou|estamos) (?:à|ao) (?:sua |seu )?dispo(?:sição|r)|para o que (?:precisar|for preciso)|je (?:reste|suis|demeure) à (?:votre|ta) (?:entière )?disposition|(?:stehe|stehen) (?:ihnen|dir|euch) (?:gerne |gern |jederzeit )*zur verfügung)\\b`,
);

/** Getting in touch if they have questions: "bei Fragen melden Sie sich", "si tiene alguna duda", "pour toute question". */
const QUESTIONS_COURTESY = re(
  `\\b(?:(?:falls|wenn) (?:sie|du|ihr) (?:noch |weitere )?(?:fragen|rückfragen) (?:haben|hast|habt)|bei (?:weiteren )?(?:fragen|rückfragen)|si (?:tienes|tiene|tienen) (?:alguna |cualquier )?(?:duda|pregunta)s?|(?:para|ante) cualquier (?:duda|pregunta)|si vous avez (?:des |la moindre |une |d'autres )?questions?|pour toute (?:question|autre question)|se (?:tiver|tiveres|você tiver|o senhor tiver|a senhora tiver) (?:alguma |qualquer )?(?:dúvida|pergunta)s?|qualquer dúvida)\\b`,
);

/** A tag closing a sentence, asking no answer: ", visse?", ", viu?", ", ¿eh?", ", hein?", ", gell?". */
const TAG_END = /,\s*¿?\s*(?:visse|viu|né|tá|ok|hein|eh|ne|gell|gelle|sabe|sabes|sabés|dale|vale|okay)\s*\?+\s*$/iu;
/** The sender being around if they need anything: "qualquer coisa, tô por aqui", "cualquier cosa, acá estoy". */
const AROUND = re(
  `\\b(?:qualquer coisa|se precisar(?: de algo)?|cualquier cosa|si necesit(?:ás|as|a) algo|au besoin|si besoin|en cas de besoin|wenn was ist|falls was ist)\\b[^.!?]{0,30}?(?:\\b(?:tô|to|estou|fico|estamos|ficamos|estoy|ando|quedo|estamos|je suis|je reste|on est|bin ich|sind wir)\\s+(?:por aqui|aqui|à disposição|por acá|acá|aquí|por aquí|là|dispo|disponible|da)|\\b(?:por aqui|aqui|por acá|acá|aquí|por aquí)\\s+(?:tô|to|estou|estamos|estoy|ando|andamos))(?![\\p{L}\\p{N}])`,
);
/**
 * A step at a day or an hour of its own: "¿lo llamo el jueves a las 10?", "ligo-lhe na terça às 15h", "je vous appelle
 * mardi à 10 h", "ich rufe Sie am Donnerstag um 10 Uhr an". After "if you have questions" it is still asked.
 */
const AT_A_TIME = re(
  `\\b(?:${ES_DAYS}|${PT_DAYS}|${FR_DAYS}|${DE_DAYS}|mañana|amanhã|demain|morgen)(?![\\p{L}])|\\b(?:a las|às|as|à|um)\\s+\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:h|uhr)?(?![\\p{L}\\p{N}])`,
);
function availableOnly(text: string): boolean {
  return AROUND.test(text) || COURTESY.test(text) || (QUESTIONS_COURTESY.test(text) && !AT_A_TIME.test(text));
}

/** A label that announces who is writing: "Je me présente :", "Me presento:", "Kurz zu mir:", "Apresento-me:". */
const INTRO_LABEL =
  /^\W*(?:je me présente|(?:permettez-moi|je me permets|laissez-moi) de me présenter|(?:ich )?darf (?:ich )?mich (?:ihnen |dir |euch )?(?:kurz |gerne? |kurz gerne? |gerne? kurz )?vorstellen|ich möchte mich (?:ihnen |dir |euch )?(?:kurz )?vorstellen|me permito presentarme|permíteme presentarme|(?:permita-me|permite-me|deixe-me|deixa-me) apresentar(?:-me)?|deixa eu me apresentar|(?:petite |courte |brève )?présentation(?: rapide)?|un mot sur moi|me presento|permítame presentarme|(?:una )?(?:breve |pequeña )?presentación(?: rápida)?|sobre mí|kurz zu mir|zu meiner person|kurze vorstellung|kurz vorgestellt|apresento-me|(?:eu )?me apresento|(?:uma )?(?:breve |pequena )?apresentação(?: rápida)?|sobre mim)\s*[:,\u2013\u2014-]\s*/iu;

/** A short word's full stop with a lower-case word after it: an abbreviation ("dir. des ventes"), not a sentence's end. */
const ABBREVIATED = /(?<![\p{L}\p{N}])(\p{L}{2,5})\.(?=\s+\p{Ll})/gu;

/** A short aside in brackets, with the space before it. */
const ASIDE = /\s*\([^()]{1,60}\)/gu;
/** What the firm does, in brackets after a name and a firm: "(GPS et gestion du sel pour les flottes de déneigement)". */
const WHAT_WE_DO = /\s*\([^()]{1,80}\)/gu;

/** The sender having a thing to hand, in the four languages. */
const WE_HAVE = /\b(?:wir haben|ich habe|(?:,|und) habe|tenemos|tengo|nous avons|j'ai|temos|tenho)\b/iu;

/**
 * A thing to hand over that we have and that answers their trouble, said as a statement: "On a un kit « premier
 * engagement » qui règle tout ça", "Wir haben eine Checkliste, die genau das abdeckt", "Tenemos una guía que resuelve
 * eso", "Temos um guia que resolve isso". An offer; software or a platform that does it pitches (not a thing to give).
 */
const GIVEABLE_NOUN =
  '(?:kit|starter-?kit|guide|checklist|check-list|one-pager|fiche|modèle|gabarit|simulateur|étude|tableau|tableur|vidéo|video|vídeo|échantillon|mémo|synthèse|grille|trame' +
  '|leitfaden|checkliste|vorlage|muster|tabelle|rechner|studie|merkblatt|anleitung|handbuch|excel-\\p{L}+|übersicht' +
  '|guía|guia|lista de verificación|lista de verificação|plantilla|planilla|planilha|hoja de cálculo|calculadora|simulador|estudio|estudo|informe|relatório|muestra|amostra|ficha|manual|instructivo|cartilha)';
const GIVEABLE_SOLVES = re(
  `${B}(?:wir haben|ich habe|haben wir|hab(?:e)? ich|tenemos|tengo|nous avons|on a|j'ai|temos|tenho|a gente tem)\\s+(?:(?:da|hier|auch|ja|aqui|aquí|ici|justement|justamente|ya|já|déjà|schon|genau)\\s+)*(?:un|une|des|ein|eine|einen|unseren|unsere|unser|notre|nos|una|unos|unas|nuestro|nuestra|um|uma|nosso|nossa)\\s+(?:[^.!?]{0,30}?\\s)?${GIVEABLE_NOUN}${E}[^.!?]{0,60}?(?:${B}(?:qui|que|pour|para)\\s+(?:[^.!?]{0,25}?\\s)?(?:règle|résout|couvre|corrige|répond à|évite|réglera|résoudra|régler|résoudre|couvrir|éviter|resuelve|soluciona|cubre|arregla|evita|aborda|resolver|solucionar|cubrir|evitar|resolve|cobre|aborda|cobrir)|(?:,\\s*|\\s)(?:die|der|das|mit (?:der|dem|denen))\\s+[^.!?]{0,40}?(?:abdeckt|abdecken|löst|lösen|behebt|beheben|regelt|regeln|klärt|klären|vermeidet|vermeiden))${E}`,
);

/** The reader using a thing on their own: what makes a thing we have one for them. */
const READER_CAN_USE = re(
  `\\b(?:sie|du|ihr)\\s+(?:[^.!?]{0,60}\\s)?(?:können|kannst|könnt)\\b|\\b(?:puede|puedes|pueden|podrá|podrás) (?:usar|ver|comparar|adaptar|aplicar|rellenar|llenar|introducir|probar)\\b|\\b(?:vous pouvez|vous pourrez|tu peux|tu pourras) (?:utiliser|voir|comparer|adapter|appliquer|remplir|saisir|tester|réutiliser)\\b|\\b(?:você pode|vocês podem|você poderá) (?:usar|ver|comparar|adaptar|aplicar|preencher|testar)\\b`,
);
const WHEN: Record<OtherLang, RegExp> = {
  de: re(
    `\\b(?:${DE_DAYS}|${DE_MONTHS}|gestern|letzte[nr]? (?:woche|monat|jahr)|vergangene[nr]? (?:woche|monat|jahr)|kürzlich|neulich|\\d{4})\\b`,
  ),
  es: re(`\\b(?:${ES_DAYS}|${ES_MONTHS}|ayer|la semana pasada|el mes pasado|el año pasado|recientemente|\\d{4})\\b`),
  fr: re(`\\b(?:${FR_DAYS}|${FR_MONTHS}|hier|la semaine dernière|le mois dernier|l'an dernier|récemment|\\d{4})\\b`),
  pt: re(`\\b(?:${PT_MONTHS}|ontem|semana passada|mês passado|ano passado|recentemente|\\d{4})\\b`),
};
const CAP = "\\p{Lu}[\\p{L}\\p{N}&'.-]*";
/**
 * After an introduction label, a name set off by a comma: the sender's tag ("Julia Berger, …", "Lucía, de …"). A name
 * followed by "our new app" is a product introduced ("Kurze Vorstellung: Flottenmanager, unsere neue App …"), not who.
 */
const LABELLED_NAME = new RegExp(
  `^${CAP}(?:\\s+${CAP}){0,2}\\s*,\\s*(?![Uu]nser\\p{L}*\\s|[Oo]ur\\s|[Nn]uestr[oa]s?\\s|[Nn]otre\\s|[Nn]oss[oa]s?\\s|[Aa] noss[oa]\\s|[Oo] noss[oa]\\s)\\S`,
  'u',
);
/** A name and surname, then what they do and the town, as a sentence's end: "…, Sophie Lambert, secrétariat social à Liège." */
const NAME_FIELD_PLACE = new RegExp(
  `(?:^|,\\s*)${CAP}\\s+${CAP},\\s+(?:[\\p{Ll}&'’-]+\\s+){1,4}?(?:à|en|in|em|aus|de)\\s+${CAP}\\s*[.!]?\\s*$`,
  'u',
);
/**
 * What stands between "ich bin" and "bei/von/für <Firma>" when it says who: a name and a role, which
 * German capitalises ("Jonas, Account Executive", "Berater für Ladeinfrastruktur", "im Vertrieb", "die
 * neue Ansprechpartnerin"), not a lowercase adjective or adverb ("ich bin begeistert von Ihrem Vortrag",
 * "ich bin sicher, dass … für Sie", "ich bin seit Jahren Fan von Fußball").
 */
/** A customer, member, guest or visitor, or an event: no job at a firm, though said as one ("Mitglied bei …", "Gast bei der Fachtagung …"). */
const DE_NO_JOB_WORD =
  '(?:kund(?:e|in|en)|mitglied(?:er)?|gast|gäste|besucher(?:in)?|teilnehmer(?:in)?|abonnent(?:in)?|aussteller(?:in)?|zuhörer(?:in)?|fan|\\p{L}*(?:messe|tagung|konferenz|kongress|forum|veranstaltung|ausstellung))(?![\\p{L}])';
const DE_ROLE_STRETCH = `(?:\\s*[,(\u2013\u2014-]?\\s*(?:(?:${CAP}|und|für|im|in|als|der|die|das|den|dem|des|ich|leite|arbeite|betreue|verantworte|berate|recruite|bin|übrigens|seit\\s+\\d+)(?![\\p{L}\\p{N}&'.-])|\\p{Ll}+(?:e|en|er|es|em)\\s+(?=\\p{Lu}))){0,10}?`;
/**
 * Their own news read in a named source: "Im Bundesblatt habe ich gesehen, dass das BAV die Plangenehmigung für
 * Ihre neue Sesselbahn erteilt hat". A source, a verb of reading, and a "dass" clause with their possessive and a
 * verb of award, permit or launch: "Ich habe auf LinkedIn gesehen, dass Sie Geschäftsführer sind" has none.
 */
const DE_SEEN_THEIR_NEWS = re(
  `\\b(?:im|in der|in den|auf|laut)\\s+\\p{L}[\\p{L}.-]+${E}[^.!?]{0,40}?\\b(?:gesehen|gelesen|entdeckt|erfahren|bemerkt)\\s*,?\\s*dass${E}(?=[^.!?]*\\b(?:ihr\\p{L}*|eure?\\p{L}*|dein\\p{L}*)\\b)(?=[^.!?]*\\b(?:erteilt|genehmigt|bewilligt|zugeschlagen|vergeben|gewonnen|erhalten|eröffnet|ausgeschrieben|angekündigt|eingereicht|gestartet|bekommen)\\b)` +
    // Or what they do, counted: "In den OÖN habe ich gelesen, dass Sie in Steyr eine neue Halle mit zwölf zusätzlichen
    // Maschinen in Betrieb nehmen". A count is a detail, as in English.
    `|\\b(?:im|in der|in den|auf|laut)\\s+\\p{L}[\\p{L}.-]+${E}[^.!?]{0,40}?\\b(?:gesehen|gelesen|entdeckt|erfahren|bemerkt)\\s*,?\\s*dass\\s+(?:sie|du|ihr)\\s+(?=[^.!?]*(?:\\d|\\b(?:${COUNT_WORDS.de})\\b))`,
);
/**
 * Read or seen in a source that at theirs something happens in a month named: "Im Druckspiegel hab ich gelesen, dass bei
 * Ihnen im Oktober die neue Bogenmaschine kommt", "Auf LinkedIn hab ich gesehen, dass Ihre neue Halle im Mai öffnet".
 * The month pins it down as a count does. Case-sensitive: "dass sie im Januar die Netzentgelte erhöhen" is news of
 * others.
 */
const DE_THEIRS_IN_A_MONTH = new RegExp(
  `(?:[Ii]m|[Ii]n der|[Ii]n den|[Aa]uf|[Ll]aut)\\s+\\p{L}[\\p{L}.-]+(?![\\p{L}])[^.!?]{0,40}?(?<![\\p{L}])(?:gesehen|gelesen|entdeckt|erfahren|bemerkt|stand|steht|hieß es)\\s*,?\\s*dass\\s+(?:[^.!?]{0,40}?\\bbei\\s+(?:Ihnen|euch|dir)|(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Euer|Eure|Dein|Deine)\\s)(?=[^.!?]*(?<![\\p{L}])(?:${DE_MONTHS_CASED})(?![\\p{L}]))`,
  'u',
);
/** A company's legal form, which says "der Aare Hydraulik AG" is a firm and not "der Messe in Basel". */
const DE_LEGAL_FORM = '(?:AG|GmbH|SE|KG|OHG|SA|Sàrl|Gruppe|Holding|Genossenschaft|Stiftung|Werke)';
/**
 * A person named as the subject of a sentence ("Stefan Maurer erzählte", "Ihr Kollege Markus Hahn
 * meinte"): capitalised words that no article or possessive introduces, since German capitalises
 * every noun ("Die Branche meinte", "Unser Team empfahl" name no one).
 */
const DETERMINER =
  '(?:die|der|das|den|dem|des|ein|eine|einer|einem|einen|unser\\p{L}*|mein\\p{L}*|ihr\\p{L}*|dein\\p{L}*|euer|eure\\p{L}*|jede\\p{L}*|diese\\p{L}*|los|las|un|una|mi|mis|nuestr\\p{L}*|le|les|une|mon|ma|mes|notre|nos|um|uma|meu|minha|nosso|nossa)';
/** Where that person is from, between the name and the verb: "aus meinem Netzwerk", ", da Vila Agro,". */
const WHERE_FROM = "(?:,?\\s+(?:(?:aus|von|vom|bei|de|del|da|do|das|dos|des|du|chez)\\s+|d')[^.!?]{1,40}?,?)?";
/** What they did, between commas, before the verb: ", die unser Projekt bei … geleitet hat,", ", que llevó nuestra reforma,". */
const APPOSITION = '(?:,\\s*(?:die|der|den|que|quien|qui|o qual|a qual)\\s[^,.!?;:]{1,100},)?';
const PERSON = `(?<![\\p{L}\\p{N}])(?!${DETERMINER}\\s)(?!(?:[Qq]uelqu['’]un|[Aa]lguien|[Aa]lguém|[Jj]emand|[Nn]iemand|[Pp]ersonne)(?![\\p{L}]))(?<!(?<![\\p{L}\\p{N}])${DETERMINER}\\s)${CAP}(?:\\s+${CAP})?`;
/**
 * A person from a named business, as casual writers put it, in lowercase and without "me" ("a carol da clínica vida
 * plena (lá em boa viagem tbm) disse que vc tava penando", "la carla de la clínica vida plena dice que usted", "julie de
 * la clinique vie pleine dit que tu galères", "karim du garage des lilas a raconté que tu"): the referrer who said
 * something of them, as "sarah from the vida clinic said you were struggling" is in English. The person is one first
 * name (after "o/a/el/la" or a title, which are never the name), never a crowd, a medium or a study ("o pessoal do
 * mercado", "el mercado de la construcción", "la presse du secteur", "a imprensa do setor", "la gente del sector"),
 * and the place is a business with its name ("padaria estrela", "ferretería san martín"), not "o setor" or "a região".
 * Where the message has capitals the name and the place are capitalised ("Hernán Cárdenas, de Logística Rionegro
 * (cliente nuestro), me comentó que ustedes"): `(?=\p{Lu})` is any letter only in all-lowercase text (the i flag), and
 * `(?!\p{Ll})` never matches there, so a bare capitalised place counts only where capitals mean something.
 */
const NOT_A_PERSON =
  "(?:mercado|marché|markt|pessoal|gente|galera|turma|povo|mundo|monde|todo|toda|todos|tout|tous|prensa|imprensa|presse|mídia|midia|medios|médias|media|sector|setor|secteur|estudo|estudio|étude|informe|relatório|rapport|pesquisa|encuesta|enquête|rumeur|rumor|boato|associação|asociación|association|câmara|cámara|chambre|comunidade|comunidad|communauté|clientes|clients|cliente|client|pessoas|personas|gens|site|sitio|página|page|blog|post|artigo|artículo|article|notícia|noticia|jornal|periódico|diario|journal|revista|revue|internet|google|linkedin|equipe|equipo|équipe|empresa|entreprise|dados|datos|données|ranking|lista|liste|ninguém|nadie|personne|alguém|alguien|quelqu'un|setor|ramo|região|región|région)(?![\\p{L}\\p{N}])";
const REFERRER_NAME = `(?<![\\p{L}\\p{N}'])(?:(?:o|a|el|la|le)\\s+)?(?:(?:dra?\\.|doutora?|doctora?|docteure?|dona|doña|don|seu|sr\\.|sra\\.|mme|madame|monsieur)\\s+)?(?!${NOT_A_PERSON})(?!${DETERMINER}\\s)(?!(?:o|a|os|as|el|la|lo|le|que|e|y|et|mas|pero|mais|ele|ela|él|ella|il|elle|eu|yo|je|on|nós|nosotros|nous|você|vc|usted|vous|tu|tú)(?![\\p{L}\\p{N}]))(?=\\p{Lu})\\p{L}[\\p{L}'-]*`;
const NAMED_BUSINESS =
  "(?:(?:clínica|clinique|consultório|consultorio|cabinet|centro|centre|hospital|hôpital|laboratório|laboratorio|laboratoire|farmácia|farmacia|pharmacie|padaria|panadería|boulangerie|pâtisserie|confeitaria|pastelería|loja|tienda|boutique|magasin|mercearia|supermercado|supermarché|ferretería|quincaillerie|oficina|taller|garage|atelier|restaurante|restaurant|pizzaria|pizzería|café|cafetería|hotel|hôtel|pousada|escola|escuela|école|colégio|colegio|academia|ginásio|gimnasio|estúdio|studio|salão|salón|salon|imobiliária|inmobiliaria|agência|agencia|agence|escritório|despacho|construtora|constructora|transportadora|distribuidora|ótica|óptica|optique|veterinária|veterinaria|cooperativa|coopérative|adega|bodega|marcenaria|carpintería|menuiserie|papelaria|livraria|librería|librairie|floricultura|florería|fleuriste|açougue|carnicería|boucherie)\\s+(?:(?:de|da|do|das|dos|del|du|des|de la)\\s+|d')?(?!(?:bairro|barrio|quartier|região|região|región|région|zona|zone|área|area|cidade|ciudad|ville|centro|centre|sector|setor|secteur|mercado|marché|esquina|coin|lado|frente|rua|calle|rue|pueblo|village|la|el|le|les|o|a|os|as|los|las|l)(?![\\p{L}\\p{N}]))\\p{L}|(?!\\p{Ll})\\p{L})";
const SAID_OF_YOU_FROM = `${REFERRER_NAME},?\\s+(?:(?:da|do|das|dos|de|del|du|des)\\s+(?:(?:la|le|el)\\s+|l')?|d')${NAMED_BUSINESS}[^.!?()]{0,40}?,?\\s+(?:\\([^)]{1,100}\\),?\\s+)?`;
/** Where the sender's company is, after its name: "Lichtwerk Systeme aus Tuttlingen", "Bilan Nord, à Laval". */
const PLACE = `(?:,?\\s+(?:aus|in|im|em|en|à|de|do|da|del)\\s+${CAP}(?:\\s+${CAP})?|,\\s*${CAP}(?:\\s+${CAP})?)?`;
/**
 * A sender who signs a short line without a verb, in any of these languages: "Jess de Loopwise.",
 * "— Ana da Brisa,", "Tom von Klickwerk!". A name, a preposition of origin, a company, then the line ends.
 */
const SIGNED_LINE = new RegExp(
  `(?:^|[,\\u2014\\u2013]\\s*|\\p{Extended_Pictographic}\\s*)(?!${caseFold(DETERMINER)}\\s)${CAP}(?:\\s+${CAP})?\\s+(?:(?:de|da|do|von|vom|chez|del)\\s+|d['’])${CAP}(?:\\s+${CAP}){0,2}${PLACE}(?:\\s+(?:de novo|outra vez|de nuevo|otra vez|encore|à nouveau|wieder|nochmal|noch einmal|hier|aqui|aquí|acá|ici))?\\s*(?:[.,!:\\u2014\\u2013]|\\s-|$)`,
  'u',
);
/**
 * A sender who says "here" and then where from, in any of these languages: "Jonas Keller hier, von
 * Rechnix", "Beatriz Nunes aqui, recrutadora da Talentia", "Carlos aquí, de Nubeia".
 */
const NAME_HERE = new RegExp(
  `(?:^|[,\\u2014\\u2013]\\s*)${CAP}(?:\\s+${CAP}){0,2}\\s+(?:hier|aqui|aquí|acá|ici)\\s*(?:[,:\\u2014\\u2013-]?\\s*(?:[\\p{Ll}-]+\\s+){0,3}?(?:de|da|do|von|vom|chez|del|bei|für|na|no|en|em|pour)\\s+(?:la\\s+|l')?${CAP}|[,:\\u2014\\u2013-]\\s*${CAP}(?:\\s+${CAP}){0,3}(?:,?\\s+(?:in|aus|em|en|à|de)\\s+${CAP})?\\s*[.!]?$)`,
  'u',
);
/**
 * The sender saying "it's me" and where from, in any of these languages: "Olá Tiago, é a Beatriz, da Lumiar
 * Energia", "Hola Tomás, es Valentina, de Austral Frío", "hier ist Katharina von Kavitas". A name and a company:
 * as strong as a name signed with its company.
 */
const IT_IS = new RegExp(
  `(?:^|[,\\u2014\\u2013]\\s*)(?:(?:aqui|aquí|acá|ici)\\s+)?(?:é|es|c'est|hier ist|hier spricht|hier schreibt|te escribe|le escribe)\\s+(?:(?:a|o|la|el)\\s+)?${CAP}(?:\\s+${CAP})?,?\\s+(?:de|da|do|del|von|vom|chez|bei)\\s+(?:la\\s+|l')?${CAP}`,
  'u',
);
/**
 * The sender's company as "we": "Wir von Kavitas Sensorik", "Nosotros en Austral Frío", "Nous, chez Tournée
 * Verte", "Chez Tournée Verte, nous", "Nós, na Lumiar Energia". With the sender in the same sentence ("(ich leite
 * den Vertrieb)", "(je dirige les ventes)") it says who, weakly; alone it is a firm's pitch ("Chez Routeo, nous
 * aidons les entreprises comme la vôtre"), not who is writing.
 */
const WE_AT = new RegExp(
  `\\b(?:[Ww]ir (?:von|vom|bei) (?:der |dem )?(?!(?:Ihnen|Ihr\\p{L}*|Sie|Euch|Dir|Dich)${E})${CAP}|[Nn]osotr[oa]s,? (?:en|de|desde) (?:la )?${CAP}|[Nn]ous,? chez ${CAP}|[Cc]hez ${CAP}(?:\\s+${CAP}){0,2}(?:\\s*\\([^)]{1,60}\\))?,\\s*nous${E}|[Nn]ós,? (?:na|no|da|do) ${CAP})`,
  'u',
);
/**
 * What they send buys what the sender gives, said without a question: "Wenn Sie mir die Checkliste mailen, haben Sie
 * die Auswertung innert einer Woche", "si vous m'envoyez les adresses, je vous renvoie une simulation", "si me envía
 * el listado, le mando el informe", "se me enviar as faturas, envio-lhe a análise". One ask, as in English.
 */
/**
 * A salutation written for either sex, as a mail merge leaves it: "Estimado/a Claudio", "Sehr geehrte/r Herr Dr. Pichler",
 * "Caro(a) Fernanda", "Cher/Chère client". A person writing to one person knows which.
 */
const MERGED_SALUTATION = re(
  `(?<![\\p{L}])(?:(?:estimad[oa]|querid[oa]|prezad[oa]|car[oa]|sehr geehrte|liebe|cher|chère)\\s?(?:\\/\\s?(?:a|o|r|e|chère|cher)|\\((?:a|o|r|e)\\))|(?:estimad|querid|prezad)[@x])(?![\\p{L}])`,
);
/** The sender's earlier message named, not only "desde mi", "seit meiner", "depuis mon" (which may be a career). */
const NAMES_A_MESSAGE = re(
  `(?:mails?|e-mails?|nachricht|nachrichten|geschrieben|correos?|mensajes?|emails?|escribí|envié|mandé|messages?|courriels?|écrit|envoyée?s?|mensage[mn]s?|msg|enviei|mandei|escrevi)`,
);
/** "If you tell me …": the condition of a conditional offer that only asks them to choose or say. */
const TELLS_ME = re(
  `\\b(?:(?:me|nos) (?:disser|dizer|contar|indicar|confirmar|cuenta|dice|indica|confirma|avisa|escribe)|(?:me|nous|m') ?(?:dites|dis|précise|confirme|indique)\\p{L}*|(?:mir|uns) [^.!?,]{0,60}?(?:sagen|sagst|nennen|nennst|verraten|verrätst|zurückschreiben|zurückschreibst|antworten|antwortest|zurückmelden))\\b`,
);
/** A condition that asks them to send something ("si me envía las facturas"): a request of its own, not only a choice. */
const SENDS_ME = re(
  `(?:me|nos|m'|mir|uns)\\s?(?:[^.!?,]{0,60}?\\s)?(?:env[ií]a|manda|pasa|comparte|reenv[ií]a|envoy|transmett|partag|enviar|mandar|passar|partilhar|compartilhar|encaminhar|schicken|schickst|mailen|senden|zusenden|weiterleiten)`,
);
const CONDITIONAL_OFFER_OTHER = re(
  `(?:^|:\\s*)\\W*(?:und\\s+|et\\s+|y\\s+|e\\s+)?(?:wenn|falls|sobald) (?:sie|du|ihr) (?:mir|uns) [^.!?]{1,120}?(?:schicken|schickst|mailen|mailst|senden|sendest|zusenden|geben|gibst|weiterleiten|sagen|sagst|nennen|nennst|verraten|verrätst|zurückschreiben|zurückschreibst|antworten|antwortest|zurückmelden|zukommen lassen|zukommen lässt|rübergeben|rübergibst)(?:\\s*\\([^()]{1,100}\\))?,\\s*(?:haben|bekommen|erhalten|hast|bekommst|erhältst|schicke|sende|liefere|rechne|erstelle|melde|sage|schreibe|zeige|prüfe)${E}|(?:^|:\\s*)\\W*(?:et\\s+)?(?:si|dès que) (?:vous|tu) (?:(?:m'|nous )(?:envoy|transmett|partag|fai|donn|indiqu)|(?:me|nous) (?:dit|dis|précis|confirm|indiqu|(?:faites|fais) (?:suivre|parvenir|passer)|fil|refil|transmet))\\p{L}*[^.!?]{1,120}?,\\s*(?:je|nous) (?:vous|te) (?:ren|r)?(?:envoi|envoie|enverrai|transmets|transmettrai|prépare|préparerai|fais|ferai|retourne|retournerai)\\p{L}*|(?:^|:\\s*)\\W*(?:y\\s+)?(?:si|en cuanto) (?:(?:usted|vos|tú|ustedes)\\s+)?(?:me|nos) (?:env[ií]a|manda|pasa|comparte|reenv[ií]a|cuenta|dice|indica|confirma|avisa|escribe)\\p{L}*[^.!?]{1,120}?,\\s*(?:(?:yo|nosotros)\\s+)?(?:le|te|les|se lo|se la|os) (?:mando|env[ií]o|paso|devuelvo|preparo|hago|armo|cotizo|calculo|mandamos|enviamos|preparamos|armamos|cotizamos|calculamos)${E}|(?:^|:\\s*)\\W*(?:e\\s+)?(?:se|assim que) (?:(?:o senhor|a senhora|você|vc|vocês)\\s+)?(?:me|nos) (?:enviar|mandar|passar|partilhar|compartilhar|encaminhar|disser|contar|indicar|confirmar)\\p{L}*[^.!?]{1,120}?,\\s*(?:(?:eu|nós)\\s+)?(?:(?:te|lhe) )?(?:envio|mando|devolvo|preparo|faço|monto|calculo|enviamos|mandamos|montamos|calculamos)(?:-(?:lhe|te))?${E}`,
);
/**
 * Our offer made on their wish, said as what we then do for them: "Wenn Sie möchten, installiere ich Ihnen eine
 * Teststation", "Si le interesa, le instalo una estación de prueba", "Si ça vous intéresse, je vous installe …", "Se tiver
 * interesse, instalo-lhe …". English reads "If you're interested, I'll install …" as the ask; so do these, where nothing
 * else asks. Not a wish of theirs answered by someone else ("Wenn Sie möchten, kommt unser Techniker vorbei"). The Swiss send
 * with "zustellen" and "zukommen lassen", the verb split: "Wenn Sie möchten, stelle ich Ihnen die Offerte zu".
 */
const OFFER_IF_WANTED: Record<OtherLang, RegExp> = {
  de: re(
    `(?:^|:\\s*)\\W*(?:und\\s+)?(?:wenn|falls) (?:sie|du|ihr) (?:möchten|möchtest|möchtet|wollen|willst|wollt|mögen|magst|interesse haben|interesse hast|lust haben|lust hast)${E},\\s*(?:(?:kann|können|installiere|installieren|schicke|schicken|sende|senden|zeige|zeigen|erstelle|erstellen|bereite|bereiten|mache|machen|rechne|rechnen|prüfe|prüfen|bringe|bringen|reserviere|reservieren|messe|messen|markiere|markieren|leihe|leihen)\\s+(?:ich|wir)\\s+(?:ihnen|dir|euch)${E}|(?:stelle|stellen|lasse|lassen)\\s+(?:ich|wir)\\s+(?:ihnen|dir|euch)\\s[^.!?]{1,80}?\\s(?:zu|zukommen)\\s*[.!]?\\s*$)`,
  ),
  es: re(
    `(?:^|:\\s*)\\W*(?:y\\s+)?si (?:(?:le|te|les) (?:interesa|sirve|parece bien|viene bien|copa)|(?:usted |ustedes )?(?:quiere|querés|quieres|gusta|desea|lo desea))${E},?\\s*(?:con gusto\\s+)?(?:se l[oa]s? |te l[oa]s? |le |te |les )(?:instalo|mando|envío|envio|remito|paso|armo|muestro|preparo|hago|calculo|llevo|reservo|presto|coordino|organizo|cotizo|puedo (?:instalar|mandar|enviar|pasar|armar|mostrar|preparar|hacer|calcular|llevar|reservar|prestar))${E}`,
  ),
  fr: re(
    `(?:^|:\\s*)\\W*(?:et\\s+)?(?:si (?:ça|cela) (?:vous|t') ?(?:intéresse|dit|tente|convient)|si vous (?:voulez|le souhaitez|le voulez)|si tu (?:veux|le veux|le souhaites))${E},?\\s*(?:je|nous|on)\\s+(?:(?:peux|pouvons|peut)\\s+)?(?:vous|te|t')\\s*(?:l'|le |la |les |en )?(?:install|envoi|envoie|envoy|prépar|montr|fai|fais|calcul|réserv|pass|apport|prêt|organis|chiffr|mont)\\p{L}*`,
  ),
  pt: re(
    `(?:^|:\\s*)\\W*(?:e\\s+)?se (?:(?:tiver|tiveres) interesse|quiser|quiseres|(?:lhe|te) interessar)${E},?\\s*(?:eu\\s+)?(?:(?:lhe|te) )?(?:instalo|mando|envio|preparo|mostro|faço|calculo|levo|reservo|passo|empresto|organizo|orço|posso (?:(?:te|lhe) )?(?:mostrar|mandar|enviar|preparar|instalar|fazer|calcular|levar|passar|emprestar))(?:-lhe|-te|-lh[oa]s?)?${E}`,
  ),
};
/**
 * After asking whether they are the right person, who else to ask if they are not: the same ask's fallback, not a
 * second one ("Le cas échéant, pourriez-vous me rediriger vers le bon interlocuteur ?", "Si no, ¿me indica a quién
 * debería escribir?", "Falls nicht, können Sie mir die zuständige Person nennen?", "Caso contrário, pode indicar a pessoa
 * certa?").
 */
const WRONG_PERSON_FALLBACK = re(
  `^\\W*(?:sinon|le cas échéant|dans le cas contraire|si ce n'est pas le cas|si no|si no es (?:así|usted)|en caso contrario|de lo contrario|falls nicht|wenn nicht|andernfalls|ansonsten|se não|senão|caso contrário|se não for (?:o caso|você))${E}[^?]{0,120}?(?:interlocut\\p{L}*|personne|quién|persona|ansprechpartner\\p{L}*|person|zuständige\\p{L}*\\s+(?:person|stelle|kolleg\\p{L}*)|pessoa|quem|(?:bon|bonne) contact|contacto (?:adecuado|indicado|correcto)|contato (?:certo|correto|adequado))${E}[^?]{0,60}\\?$`,
);
/** Whether they are the right person to talk to: "Seriez-vous la bonne personne …?", "¿Es usted la persona indicada …?". */
const RIGHT_PERSON = re(
  `\\b(?:(?:la )?bonne personne|bon interlocuteur|(?:la )?persona (?:indicada|adecuada|correcta)|richtige[nr]? (?:ansprechpartner\\p{L}*|person)|zuständig|(?:a )?pessoa (?:certa|indicada|correta)|responsável)\\b`,
);
/** A question of a few words ("Pode ser?", "¿Le parece bien?", "Passt das?"). */
const shortQuestion = (sentence: Sentence | undefined): boolean =>
  !!sentence?.question && sentence.bare.split(/\s+/).length <= 4;
/**
 * Someone ready to come to them, or something set aside for them: "Gerhard Brandtner wäre bereit, selbst nach
 * Frankfurt zu kommen", "könnten wir dafür ein paar Magnums freigeben", "estaría dispuesto a venir a Cuenca", "serait
 * prêt à venir animer la soirée", "estaria disposto a vir ao Porto". What is in it for them, as an offer is.
 */
const READY_FOR_THEM = re(
  `\\b(?:wäre|wären|ist|sind) (?:gern(?:e)? )?bereit,? [^.!?]{0,80}?(?:zu kommen|vorbeizukommen|zu begleiten|zu moderieren|zu zeigen|zu führen)${E}|\\bkönnten wir (?:ihnen |dir |euch |dafür |auch )*[^.!?]{0,60}?(?:freigeben|reservieren|bereitstellen)${E}|\\b(?:estaría|estarían) (?:dispuest[oa]s? a|encantad[oa]s? de) (?:venir|acompañar|presentar)${E}|\\b(?:serait|seraient|est|sont) (?:prête?s? |disposée?s? )à (?:venir|animer|accompagner|présenter)${E}|\\b(?:estaria|estariam) (?:dispost[oa]s?|disponíve(?:l|is)) (?:a|para) (?:vir|acompanhar|apresentar)${E}`,
);
/**
 * What was just said ("das", "esto", "cela", "isso") called useful, helpful or of use, a few words apart: "könnte das
 * nützlich sein", "esto le puede servir", "cela pourrait vous être utile", "isso pode ser útil".
 */
const THAT_USEFUL: Record<OtherLang, RegExp> = {
  de: re(`\\b(?:das|dies|es)(?:\\s+[\\p{L}']+){0,4}?\\s+(?:nützlich|hilfreich|von nutzen)\\b`),
  es: re(`\\b(?:esto|eso|ello)(?:\\s+[\\p{L}']+){0,4}?\\s+(?:útil|de utilidad|servir(?:le|te)?)\\b`),
  fr: re(`\\b(?:cela|ça|ceci)(?:\\s+[\\p{L}']+){0,4}?\\s+(?:utile|d'une aide)\\b`),
  pt: re(`\\b(?:isso|isto)(?:\\s+[\\p{L}']+){0,4}?\\s+(?:útil|de ajuda)\\b`),
};

/** The sender as "I" or "my", in any of these languages. */
const ME = /(?<![\p{L}\p{N}])(?:ich|mein\p{L}*|je|j'|moi|mon|ma|yo|mi|eu|meu|minha)(?![\p{L}\p{N}])/iu;
/**
 * An offer as each language builds it: the sender (a first-person verb, or "ich"/"je"), the reader as
 * the indirect object (Ihnen/dir/euch, vous/te, le/te/se, lhe/te, in either address form), and a verb
 * of handing over (send, pass, share, show, put together), in any tense or mood the sender uses for a
 * promise: "Gerne schicke ich Ihnen", "die kann ich dir schicken", "Ich würde Ihnen … zusammenstellen",
 * "te lo puedo pasar", "estaría encantado de enviarle", "je vous enverrais", "je peux te l'envoyer",
 * "posso te mandar", "te envio", "enviar-lhe". Past forms ("Ich habe Ihnen … geschickt", "je vous ai
 * envoyé", "le mandé", "te enviei") are a report, not an offer, and do not fit. A product shown in a
 * demo is a pitch, not this (the language's pitch cue says so).
 */
const DE_GIVE =
  '(?:zu|weiter|rüber|vorbei|mit)?(?:schick|send|sende|geb|gib|zeig|teil|leit|mail|erklär|vermittl|vermittel|überlass|empfehl|rechn|erstell|bring|spiel)\\p{L}*|(?:zusammen|bereit|zur verfügung )stell\\p{L}*|zukommen lassen|zukommen';
const ES_CLITIC = '(?:le|te|les|os|se)';
const ES_GIVE =
  '(?:envi|mand|pas|enseñ|prepar|arm|adjunt|regal|mostr)(?:o|ar|aré|aremos|aría|aríamos|amos|e|emos)|envío|envíe|muestro|muestre|compart(?:o|ir|iré|iremos|iría|imos|a)|(?:hago|haré|hacer|haga) llegar|doy|dar|daré|ofrezco|ofrecer|ofreceré|ofrezca';
const ES_ENCLITIC =
  '(?:envi|mand|pas|enseñ|prepar|arm|adjunt|regal|mostr)[aá]r(?:le|te|les|os|se)(?:lo|la|los|las)?|(?:compart|escrib)[ií]r(?:le|te|les|os|se)(?:lo|la|los|las)?|ofrec[eé]r(?:le|te|les|os|se)(?:lo|la|los|las)?|d[aá]r(?:le|te|les|os)(?:lo|la|los|las)?|hac[eé]r(?:le|te|les|os|se)(?:lo|la|los|las)? llegar';
const FR_GIVE =
  '(?:envo[iy]\\p{L}*|enverr\\p{L}*|pass(?:e|er|erai|erais|erons)|transm[ei]\\p{L}*|partag\\p{L}*|montr\\p{L}*|donn\\p{L}*|prépar\\p{L}*|mont(?:e|er|erai|erais|erons|ons)(?![\\p{L}])|(?:fais|fait|ferai|ferais|faire|ferons|ferions) (?:parvenir|suivre))';
const PT_GIVE =
  '(?:envi|mand|pass|compartilh|partilh|mostr|prepar|mont)(?:o|ar|arei|aremos|aria|aríamos|e|amos|á(?=-l[oa]s?(?![\\p{L}])))|dou|dar|darei|ofereço|oferecer|oferecerei|oferecê(?=-l[oa]s?(?![\\p{L}]))|(?:fazer|faço|farei)(?:-lhe|-te)? chegar';
const PT_MODAL = '(?:posso|podemos|poderia|poderíamos|podia|vou|vamos|queria|quero|gostaria de|gosto em|prazer em)';
/**
 * The thing just named, offered in a question by a pronoun: whether they want it ("Hab eine Übersicht … – magst du sie
 * haben?", "¿La quieres?", "Vous la voulez ?", "Quer recebê-la?"; English's "want it?"), or a call to show it to them
 * ("Kann ich dich anrufen, um es dir zu zeigen?"). Only a pronoun for a thing: "Möchten Sie den Termin?" asks for a meeting,
 * and "um Ihnen unsere Lösung zu zeigen" is a demo.
 */
const IT_FOR_THEM: Record<OtherLang, RegExp> = {
  de: re(
    `\\b(?:(?:magst|willst|möchtest) du|(?:möchten|wollen) sie) (?:sie|es|ihn|die|das|den)(?:\\s+(?:haben|sehen|lesen|bekommen|durchschauen))?\\s*\\?|\\bum (?:es|sie|ihn|das) (?:ihnen|dir|euch) zu (?:zeigen|schicken|geben|erklären)\\b`,
  ),
  es: re(`\\b(?:la|lo|las|los) (?:quieres|quiere|queréis|quieren)(?:\\s+(?:ver|leer|recibir))?\\s*\\?`),
  fr: re(`\\b(?:vous|tu) (?:la|le|les) (?:voulez|veux|voudriez|voudrais)(?:\\s+(?:lire|voir|recevoir))?\\s*\\?`),
  pt: re(`\\bquer(?:es|em)? (?:recebê|vê|lê)-l[oa]s?\\s*\\?`),
};

const OFFER_GRAMMAR: Record<OtherLang, RegExp> = {
  de: re(
    `\\b(?:ich|wir)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:ihnen|dir|euch)\\b[^.!?]{0,70}?\\b(?:${DE_GIVE})\\b|\\b(?:ich|wir)\\s+(?!\\p{L}*te[nt]?\\s)(?:${DE_GIVE})\\s+(?:ihnen|dir|euch)\\b|\\b(?:${DE_GIVE})\\s+(?:ich|wir)\\s+(?:ihnen|dir|euch)\\b|\\b(?:kann|könnte|würde|werde|möchte|darf|will)\\s+(?:ich|wir)\\s+(?:ihnen|dir|euch)\\b[^.!?]{0,70}?\\b(?:${DE_GIVE})\\b|\\b(?:ihnen|dir|euch)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${DE_GIVE})\\s+(?:ich|wir)\\b`,
  ),
  es: re(
    `\\b${ES_CLITIC}\\s+(?:(?:lo|la|los|las)\\s+)?(?:(?:puedo|podría|podemos|podríamos|quiero|quisiera|voy a|vamos a|podré)\\s+)?(?:${ES_GIVE})${E}(?!\\s+que\\b)|\\b(?:${ES_ENCLITIC})\\b`,
  ),
  fr: re(
    `\\b(?:je|j'|on|nous)\\s*(?:[\\p{L}']+\\s+){0,5}?(?:vous|te|t')\\s*(?:(?:le|la|les|l'|en)\\s*)?${FR_GIVE}|\\b(?:je|on|nous) (?:pourrais|pourrions|pourrait) vous (?:l'|le |la |les )?(?:expliquer)\\b`,
  ),
  pt: re(
    `\\b(?:te|lhe|vos|lhes|lh[oa]s?|t[oa]s?)\\s+(?:${PT_MODAL}\\s+)?(?:${PT_GIVE})\\b|\\b${PT_MODAL}\\s+(?:(?:te|lhe|vos|lh[oa]s?)\\s+)?(?:${PT_GIVE})(?:-(?:te|lhe|vos|lhes|l[oa]s?))?\\b|\\b(?:${PT_GIVE})-(?:te|lhe|vos|lhes)\\b`,
  ),
};

/**
 * Their sector standing in for why them, with the reader addressed after it, as English's "As a leader in
 * the insurance sector, surely you …": "como líder del sector textil, seguro que para vosotros …", "en
 * tant que leader du secteur, vous …", "como líder no setor de varejo, … para vocês", "als führendes
 * Unternehmen in der Lebensmittelbranche legen Sie …". A generic why-you, aimed at them however weakly.
 * The sender's own sector ("como líder del sector, nosotros …") names no reader.
 */
/** Any character but a sentence's end, and no word of the sender's ("nous", "wir", "nuestro" …) starting there. */
const NOT_OURS = `(?:(?!${B}(?:nous|notre|nos|nosotros|nosotras|nuestr\\p{L}*|nós|noss[oa]s?|wir|uns|unser\\p{L}*)${E})[^.!?])`;
const SECTOR_GUESS: Record<OtherLang, RegExp> = {
  es: re(
    `\\bcomo (?:una? )?(?:empresa |compañía |marca )?(?:líder|referente|una de las (?:empresas )?líderes)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:del|en el|de su|en su) (?:sector|mercado|industria|ramo)${E}${NOT_OURS}{0,80}?\\b(?:usted|ustedes|vosotros|vosotras|tú|te|le|les|su|sus|tu|tus|vuestr[oa]s?)\\b`,
  ),
  fr: re(
    `\\ben tant qu(?:e |')(?:leader|acteur (?:majeur|clé|incontournable)|entreprise leader|référence)\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:du|de la|de l'|dans le|sur le|de votre) ?(?:secteur|marché|industrie|domaine)${E}${NOT_OURS}{0,80}?\\b(?:vous|votre|vos|tu|te|ton|ta|tes)\\b`,
  ),
  pt: re(
    `\\bcomo (?:uma? )?(?:empresa |marca )?(?:líder|referência|uma das (?:empresas )?líderes)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:do|no|em seu|no seu|de seu|do seu) (?:setor|mercado|segmento|ramo)${E}${NOT_OURS}{0,80}?\\b(?:você|vocês|o senhor|a senhora|seu|sua|seus|suas|te|lhe|vos)\\b`,
  ),
  de: re(
    `\\bals (?:ein )?(?:führendes|eines der führenden|marktführendes|bekanntes|etabliertes) (?:unternehmen|haus|familienunternehmen)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:in der|im|in ihrer|in eurer) [\\p{L}-]*(?:branche|markt|sektor|industrie)${E}${NOT_OURS}{0,80}?\\b(?:sie|ihnen|ihr\\p{L}*|du|dir|dein\\p{L}*|euch|euer|eure\\p{L}*)\\b`,
  ),
};

/** A word each SECTOR_GUESS needs: a cheap look before the costly one. */
const SECTOR_WORD: Record<OtherLang, RegExp> = {
  es: /líder|referente/i,
  fr: /en tant qu/i,
  pt: /líder|referência/i,
  de: /führend|bekannt|etabliert/i,
};

/** Mutual contacts nobody names, in any of these languages: "varios contactos en común", "gemeinsame Kontakte". */
const MUTUAL_UNNAMED = re(
  `\\b(?:contactos|conexiones|amigos|conocidos|contatos|conexões|relations|connexions|contacts)\\s+(?:en|em)\\s+(?:común|comum|commun)\\b|\\bgemeinsame\\s+(?:kontakte|bekannte|verbindungen|kontakt)\\b`,
);

/** A reference to the sender's earlier message: "zu meiner letzten Mail", "desde mi último correo", "suite à mon message". */
const EARLIER_MESSAGE = re(
  `\\b(?:(?:meine[rnm]?|unsere[rnm]?) (?:\\p{L}+ )?(?:letzten|vorherigen|bisherigen) (?:mails|e-mails|nachrichten)|mis (?:\\p{L}+ )?(?:correos|mensajes|emails) anteriores|mis (?:\\p{L}+ )?(?:últimos|anteriores) (?:correos|mensajes|emails)|mes (?:\\p{L}+ )?(?:derniers|précédents) (?:messages|mails|e-mails|courriels)|(?:meine[rm]?|unsere[rm]?) (?:letzten?|vorigen?|ersten?) (?:mail|e-mail|nachricht)|seit meiner|(?:mi|nuestro) (?:último|anterior|primer) (?:correo|mensaje|email)|desde mi|(?:mi|nuestro) (?:correo|mensaje|email) anterior|(?:mon|notre) (?:dernier|précédent|premier) (?:message|mail|e-mail|courriel)|(?:mon|notre) (?:message|mail|e-mail|courriel) précédent|(?:mon|notre) (?:message|mail|e-mail|courriel) (?:d'il y a (?:deux|trois|quelques|une|un|\\d+) (?:jours|semaines|semaine|mois)|de la semaine (?:dernière|passée)|de (?:lundi|mardi|mercredi|jeudi|vendredi)(?: dernier)?)|suite à mon|depuis mon|(?:minha|meu|nossa|nosso) (?:última|último|anterior|primeira|primeiro) (?:mensagem|email|e-mail|contacto|contato)|desde a minha|desde o meu|(?:minha|meu|nossa|nosso) (?:mensagem|email|e-mail|contacto|contato) anterior|(?:(?:ich )?(?:habe|hab|hatte)|(?:habe|hab|hatte) ich) (?:ihnen|dir|euch) (?:[\\p{L}-]+ ){0,10}?geschrieben|(?:te|le) (?:escribí|envié un (?:mensaje|correo|email))|(?:je vous ai|je t'ai|je vous avais|je t'avais) (?:écrit|envoyé un (?:message|mail|e-mail|courriel))|(?:te|lhe|vos) (?:mandei|enviei|escrevi) (?:uma )?(?:mensagem|e-?mail)|meine[rnm]? (?:\\p{L}+ )?(?:nachricht|mail|e-mail) (?:von (?:letzter|vergangener|voriger) woche|vom (?:montag|dienstag|mittwoch|donnerstag|freitag))|(?:mi|mis) (?:\\p{L}+ )?(?:correo|mensaje|email)s? (?:de la semana pasada|del (?:pasado )?(?:lunes|martes|miércoles|jueves|viernes)|de ayer)|mon (?:\\p{L}+ )?(?:message|mail|e-mail|courriel) de (?:la semaine dernière|lundi|mardi|mercredi|jeudi|vendredi|hier)|(?:minha|meu) (?:\\p{L}+ )?(?:mensagem|email|e-mail) (?:da semana passada|de (?:segunda|terça|quarta|quinta|sexta)|de ontem)|(?:mi|nuestro|minha|meu|nossa|nosso|mon|notre|meine[rn]?|unsere[rn]?) (?:\\p{L}+ )?(?:correo|mensaje|email|mail|mensagem|e-mail|message|courriel|nachricht) (?:de hace|de há|d'il y a|von vor) (?:\\d+|un|una|uno|uma|um|dos|duas|dois|tres|três|deux|trois|quelques|unos|unas|zwei|drei|einer|einigen|poucos|poucas|pocos|pocas) (?:días|dias|semanas|meses|jours|semaines|mois|tagen|wochen|monaten)|(?:el|los|mi|mis) (?:correo|mensaje|email|mail)s? que (?:le|te|les|os) (?:mandé|envié|escribí|hice llegar)|(?:o|a|os|as|meu|minha|meus|minhas) (?:e-?mails?|mensage[mn]s?|msg) que (?:lhe|te|vos) (?:mandei|enviei|escrevi)|(?:le|les|mon|mes) (?:message|mail|e-mail|courriel)s? que je (?:vous |t')(?:ai|avais) (?:envoyée?s?|écrite?s?|adressée?s?)|(?:die|meine) (?:mail|e-mail|nachricht)(?: [\\p{L}-]+){0,2}?,? die ich (?:ihnen|dir|euch) (?:[\\p{L}-]+ ){0,4}?(?:geschickt|geschrieben|gesendet))\\b`,
);

/** A role the sender has or recruits for, in any of these languages (their own advert is "your/Ihre/su …"). */
const ROLE_OFFERED = re(
  `\\b(?:tenho|temos|tengo|tenemos|j'ai|nous avons|ich habe|wir haben|busco|buscamos|busca|buscan|está buscando|procuro|procuramos|procura|procuram|está à procura de|recruto|recluto|recrute|recrutons|cherche|cherchent|recherche|recherchent|sucht|suche|suchen|besetze|besetzen|(?:mi|meu|mon|mein|unser|nuestro|nosso) (?:cliente|client|kunde))\\b[^.!?]{0,60}?\\b(?:vaga|vagas|vacante|puesto|posición|stelle|position|poste|rolle|job|função|cargo|(?:a )?alguien|alguém|quelqu'un|une personne|jemanden|(?:eine?n?|une?|una|uma|um) (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]*(?:ingenieur|entwickler|engineer|ingeniero|engenheiro|ingénieur|développeur|desarrollador|desenvolvedor|leiter|leitung|director|direktor|diretor|directeur|directrice|manager|gerente|ärztin|arzt|pfleger|fachkraft|meister|techniker|berater|referent|responsable|responsável|jefe|jefa|coordinador|coordenador|coordinateur|coordinatrice|enfermer[oa]|enfermeir[oa]|infirmier|infirmière|médecin|médic[oa]|técnic[oa]|technicien|analista|analyste)(?:in|innen|a|e|ne)?)`,
);
/**
 * A firm that seeks exactly their profile or experience, in either order ("genau die Erfahrung sucht ein Betrieb in
 * Gleisdorf", "una autopartista busca justo ese perfil"): a recruiter's role for the reader. The seeker is a third party:
 * "buscamos empresas con su perfil", "wir suchen …" seek customers.
 */
const SEEKS_THEIR_PROFILE = re(
  `\\b(?:erfahrung|profil|perfil|expérience|experiencia|experiência)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:sucht|busca|buscan|cherche|cherchent|recherche|recherchent|procura|procuram)\\b|\\b(?:sucht|busca|buscan|cherche|cherchent|recherche|recherchent|procura|procuram)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:erfahrung|profil|perfil|expérience|experiencia|experiência)\\b`,
);
/** The terms of a role on offer beyond its pay: "4-Tage-Woche", "übertariflich", "semana de 4 días". */
const ROLE_TERMS = re(
  `\\b(?:4|vier|cuatro|quatre|quatro)[- ]tage[- ]woche\\b|\\bsemana (?:laboral )?de (?:4|cuatro|quatro) días\\b|\\bsemaine de (?:4|quatre) jours\\b|\\büber (?:(?:dem|den) )?(?:kv|tarif|kollektivvertrag)\\b|\\bübertariflich|\\bpor encima del convenio\\b|\\bau-dessus de la (?:convention|grille)\\b|\\bacima do piso\\b|\\b(?:sueldo|salario|gehalt|salaire|salário)\\b`,
);
/**
 * A recruiter's candidates at hand, offered to someone hiring: people of the trade the sender has who would move or
 * are free ("Aktuell hab ich acht Leute … in der Kartei, die wechseln wollen", "tenemos tres técnicos disponibles desde
 * marzo", "j'ai deux profils disponibles", "temos duas pessoas disponíveis"), as English's "I have two HV jointers
 * available from March". People we merely employ ("wir haben 40 Techniker") are not on offer.
 */
const CANDIDATES_AT_HAND: Record<OtherLang, RegExp> = {
  de: re(
    `\\b(?:ich habe|ich hab|hab ich|habe ich|ich kenne|kenne ich|wir haben|haben wir)\\b[^.!?]{0,60}?(?:\\b(?:kandidat\\p{L}*|bewerber\\p{L}*)\\b[^.!?]{0,80}?\\b(?:verfügbar|frei ab|sofort frei|wechsel\\p{L}*)|\\b(?:leute|fachkräfte|fachleute|[\\p{L}-]*(?:techniker|elektriker|monteure|schlosser|installateure|fräser|schweißer|pfleger|pflegekräfte)(?:innen)?)\\b[^.!?]{0,80}?\\b(?:wechseln wollen|wechseln möchten|wechselwillig\\p{L}*|in der kartei|im pool|an der hand|auf jobsuche|ab (?:sofort|${DE_MONTHS}|\\d)[^.!?]{0,20}?verfügbar|verfügbar ab|frei ab|offen für (?:eine neue|was neues|einen wechsel)))`,
  ),
  es: re(
    `\\b(?:tengo|tenemos|conozco)\\b[^.!?]{0,60}?(?:\\b(?:candidat[oa]s|perfiles)\\b[^.!?]{0,80}?\\b(?:disponibles?|buscando cambio|abiert[oa]s a)|\\b(?:personas|técnic[oa]s|profesionales|operari[oa]s|soldadores|electricistas)\\b[^.!?]{0,80}?\\b(?:buscando cambio|abiert[oa]s a (?:un )?cambi\\p{L}*|en cartera|que quieren cambiar|disponibles (?:desde|a partir de)))`,
  ),
  fr: re(
    `\\b(?:j'ai|nous avons|on a|je connais)\\b[^.!?]{0,60}?(?:\\b(?:candidat\\p{L}*|profils)\\b[^.!?]{0,80}?\\b(?:disponibles?|à l'écoute|ouverts? à)|\\b(?:personnes|techniciens?|électriciens?|soudeurs?|infirmi\\p{L}+)\\b[^.!?]{0,80}?\\b(?:à l'écoute du marché|ouverts? à (?:un )?(?:changement|nouveau poste)|dans (?:notre|mon) vivier|qui veulent changer|qui cherchent à (?:bouger|changer)|disponibles (?:dès|à partir d)))`,
  ),
  pt: re(
    `\\b(?:tenho|temos|conheço)\\b[^.!?]{0,60}?(?:\\b(?:candidat[oa]s|perfis)\\b[^.!?]{0,80}?\\b(?:disponíve(?:l|is)|abert[oa]s a)|\\b(?:pessoas|técnic[oa]s|profissionais|eletricistas|soldadores)\\b[^.!?]{0,80}?\\b(?:abert[oa]s a (?:uma )?mudança|na (?:nossa |minha )?carteira|que querem mudar|disponíve(?:l|is) a partir d))`,
  ),
};
/** A pool by the hundred ("über 2.000 Fachkräfte in der Kartei", "des centaines de candidats"): a database, no one for them. */
const POOL_BY_THE_HUNDRED = re(
  `\\b(?:hunderte|tausende|cientos|miles|centenas|milhares|centaines|milliers)\\b|\\b(?:über|mehr als|más de|mais de|plus de)\\s+\\d{3}|\\b\\d{1,3}[.,]\\d{3}\\b|\\b\\d{3,}\\s+(?:kandidat|candidat|fachkr|bewerber|profil|perfil|perfis)`,
);
/**
 * The reader gets it from us, in German's own turns: "Von uns bekommen Sie …", "Dazu gibt's von uns eine
 * Gehaltsübersicht …", "Sie erhalten von mir …". An offer where a thing is handed over; "Von uns bekommen Sie Wartung
 * und Miete aus einer Hand" sells a service.
 */
const FROM_US_DE = re(
  `\\b(?:sie|du|ihr)\\s+(?:bekommen|erhalten|kriegen|bekommst|erhältst|kriegst|bekommt|erhaltet|kriegt)\\s+(?:[\\p{L}-]+\\s+){0,3}?von\\s+(?:uns|mir)\\b|\\bvon\\s+(?:uns|mir)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:bekommen|erhalten|kriegen|bekommst|erhältst|kriegst|gibt['’]?s|gibt es)\\b|\\b(?:gibt['’]?s|gibt es)\\s+(?:[\\p{L}-]+\\s+){0,2}?von\\s+(?:uns|mir)\\b`,
);
/**
 * Our people standing in for theirs for a while, as English's "we could cover you while you hire": "bis Sie jemanden
 * gefunden haben, können unsere Techniker einspringen", "en attendant votre recrutement, nos techniciens peuvent prendre le
 * relais", "podemos cubrirle mientras contrata", "podemos cobrir enquanto contratam". Insurance cover is no stand-in.
 */
const STAND_IN_OTHER: Record<OtherLang, RegExp> = {
  de: re(
    `\\b(?:wir|unsere?)\\b[^.!?]{0,40}?\\b(?:einspringen|aushelfen|überbrücken|(?:die )?lücke (?:füllen|schließen))\\b`,
  ),
  fr: re(
    `\\b(?:nous|on|nos)\\b[^.!?]{0,40}?\\b(?:prendre le relais|assurer l'intérim|vous dépanner|combler (?:le|ce) (?:vide|manque|trou))\\b`,
  ),
  es: re(
    `\\b(?:podemos|podríamos|nuestr[oa]s)\\b[^.!?]{0,40}?\\b(?:cubrir(?:le|les|te|los)?|suplir(?:le|les)?|cubrir el hueco)\\b`,
  ),
  pt: re(`\\b(?:podemos|poderíamos|noss[oa]s)\\b[^.!?]{0,40}?\\b(?:cobrir|substituir|segurar as pontas)\\b`),
};
/** For a while: "bis", "en attendant", "mientras", "enquanto". */
const FOR_A_WHILE = re(
  `\\b(?:bis|solange|in der zwischenzeit|übergangsweise|vorübergehend|en attendant|jusqu'à|le temps (?:de|que)|temporairement|mientras|hasta que|en lo que|temporalmente|enquanto|até (?:que|vocês|você|o senhor|a senhora)|temporariamente)\\b`,
);
const INSURANCE_OTHER = re(
  `\\b(?:versicherung\\p{L}*|police|polizze|prämie\\p{L}*|assurance\\p{L}*|seguro\\p{L}*|póliza|apólice|prima)\\b`,
);
/**
 * Pleasure at having met them at a place or an event named by its own name ("adorei te conhecer na Fenatran", "me
 * encantó conocerte en Logistica Expo", "ravie d'avoir fait votre connaissance au Sival"): a meeting, as one at "el
 * congreso" is. Past, so no wish ("adoraria te conhecer em São Paulo"); the capital is the name's, read case-sensitively.
 */
const MET_AT_NAMED: Partial<Record<OtherLang, RegExp>> = {
  pt: /(?<![\p{L}])(?:[Aa]dorei|[Gg]ostei (?:muito )?de|[Qq]ue bom|[Ff]oi (?:bom|um prazer|ótimo|um gosto))\s+(?:te |lhe )?(?:conhecer|conhecê-l[oa]|ter (?:te |lhe )?conhecido)\s+(?:n[ao]s?|em|durante(?: [oa])?)\s+\p{Lu}/u,
  es: /(?<![\p{L}])(?:[Mm]e encantó|[Ff]ue un (?:gusto|placer)|[Qq]ué gusto|[Gg]usto)\s+(?:conocer(?:te|le|la|lo)|haber(?:te|le|la|lo) conocido)\s+(?:en|durante)\s+(?:(?:el|la)\s+)?\p{Lu}/u,
  fr: /(?<![\p{L}])(?:[Rr]avie?|[Cc]ontente?|[Hh]eureu(?:x|se))\s+d'avoir\s+(?:fait votre connaissance|pu vous rencontrer|vous avoir rencontrée?)\s+(?:à|au|lors d[eu]|pendant)\s+(?:la |le |l')?\p{Lu}/u,
};
/** The pay of a role: an amount ("R$ 28–32 mil", "65.000 €", "55k"), or the word for salary. */
const ROLE_PAID = re(
  `[$€£]\\s?\\d|\\d[\\d.,]*\\s?(?:k|mil|tsd|€|euros?|reais|chf)\\b|\\b(?:salário|sueldo|salario|gehalt|jahresgehalt|salaire|rémunération|remuneração|brutto|brut|brutos?|brutas?|dienstwagen|firmenwagen)\\b`,
);
/**
 * Who without a verb, inside a sentence that goes on: the clause before a colon or a dash
 * ("Bonjour Karim, Élodie Marchand, Flotteo : on suit …", "Oi Renata, Felipe Costa, da Rota Verde: li …"),
 * or a name, a role and where ("Sophie Gagnon, associée chez Bilan Nord"). The name must start with a
 * first name, so a place or a thing in that shape is not taken for a person.
 */
const NAME_ROLE_AT = new RegExp(
  `^(${CAP})(?:\\s+${CAP}){0,2}\\s*,\\s*(?:[\\p{L}-]+\\s+){1,3}?(?:chez|de|da|do|del|bei|von|na|no|en|em)\\s+(?:la\\s+|l'|el\\s+|a\\s+|o\\s+)?${CAP}(?:\\s+${CAP}){0,3}${PLACE}\\s*[.!]?$`,
  'u',
);
const CLAUSE_HEAD = /^[^:\u2014\u2013]{8,120}?(?=\s?[:\u2014\u2013](?:\s|$))/u;
function verblessWho(text: string): boolean {
  const head = CLAUSE_HEAD.exec(text)?.[0];
  if (head && namesAndOrganisation(head)) return true;
  // Or the clause after the last dash: "Frau Imhof hat Sie empfohlen – Urs Gfeller, Aare Hydraulik."
  const tail = dashTail(text);
  if (tail && namesAndOrganisation(tail)) return true;
  const clause = head ?? text;
  const greeted = /^[^,]{1,40},\s*/u.exec(clause);
  for (const line of [
    clause,
    greeted && greeted[0].trim().split(/\s+/).length <= 4 ? clause.slice(greeted[0].length) : '',
  ]) {
    const m = line ? NAME_ROLE_AT.exec(line) : null;
    if (m && looksLikeFirstName((m[1] as string).toLowerCase())) return true;
  }
  return false;
}
/** The same for a writer who uses no capitals at all ("salut thomas, sam de dockhand."): casing says nothing there. */
const SIGNED_LINE_ANY_CASE = new RegExp(SIGNED_LINE.source, 'iu');

/**
 * A question on how, what or how many, or one about them (their "you", "your"): how an opening hook starts, as in
 * English. "¿Hablamos de sinergias?" proposes something instead, and stays an ask.
 */
const ABOUT_THEM: Record<OtherLang, RegExp> = {
  de: re(
    `\\b(?:wie|was|wer|welche[rsnm]?|warum|wo|du|dich|dir|dein\\p{L}*|ihr|euch|euer\\p{L}*|Sie|Ihnen|Ihre?\\p{L}*)\\b`,
  ),
  es: re(`(?:^|[¿\\s])(?:qué|cómo|cuánt[oa]s?|cuál(?:es)?|quién|dónde|tu|tus|te|os|vuestr[oa]s?|usted(?:es)?|sus?)\\b`),
  fr: re(`\\b(?:comment|quel(?:le)?s?|combien|pourquoi|qui|où|vous|votre|vos|tu|ton|ta|tes|te)\\b|\\bqu'`),
  pt: re(`\\b(?:como|o que|quant[oa]s?|qual|quais|quem|onde|você|vocês|seus?|suas?|te|teus?|tuas?|vos)\\b`),
};

/**
 * A named outlet's piece about their own thing, in any of the four languages: "en la nota de Expansión sobre su
 * certificación", "dans l'article des Échos sur votre levée", "im Artikel der NZZ über Ihre neue Halle", "na matéria do
 * Valor sobre a sua fábrica". The outlet is named and the piece is about theirs: as concrete as a post they wrote.
 */
const SOURCE_ABOUT_THEM = new RegExp(
  `(?<!(?:mein|meinem|meinen|unser|unserem|unseren|mon|notre|mi|nuestro|nuestra|meu|minha|nosso|nossa)\\s+)\\b${caseFold("(?:nota|noticia|artículo|reportaje|entrevista|crónica|article|reportage|interview|papier|artikel|beitrag|bericht|matéria|notícia|artigo|reportagem)\\s+(?:de|del|en|du|des|de la|de l'|dans|im|in|der|vom|von|da|do|na|no|d')\\s*(?:la\\s+|el\\s+|le\\s+|les\\s+|l'|der\\s+|die\\s+|o\\s+|a\\s+)?")}${CAP}[^.!?]{0,30}?(?<![\\p{L}])${caseFold('(?:sobre|acerca de|sur|à propos de|über)\\s+(?:(?:a|o|as|os)\\s+)?(?:su|sus|votre|vos|ihre?\\p{L}*|eure?\\p{L}*|deine?\\p{L}*|sua|seu|suas|seus|tu|tus|ton|ta|tes)')}\\b`,
  'u',
);

/** Why the opening question was put, said next: "Se lo pregunto porque …", "Je vous pose la question car …", "Ich frage, weil …". */
const ASKED_BECAUSE =
  /^\W*(?:(?:se lo|te lo|les|lo|se los) pregunto (?:porque|pues|ya que)|pregunto (?:porque|pues|ya que)|je (?:vous |te )?(?:pose la question|demande|le demande) (?:car|parce que|puisque)|ich frage(?: das)?,? (?:weil|da)|(?:eu )?(?:lhe |te )?pergunto (?:porque|pois))/iu;

export const CUES: Record<OtherLang, Cues> = {
  de: {
    who: re(
      // A role at a firm said with the verb after it, as a clause does: "… höre ich als Verkaufsingenieur bei der Eulach
      // Spanntechnik", "Inzwischen bin ich Anwendungsingenieur bei Sennwald Antriebstechnik".
      `\\b(?:ich als|bin ich(?:\\s+(?:jetzt|nun|heute|seit\\s+\\d+))?)\\s+(?!${DE_NO_JOB_WORD})${CAP}\\s+bei\\s+(?:der\\s+|dem\\s+)?(?!${DE_NO_JOB_WORD})${CAP}|` +
        `\\bich vertrete\\s+(?:(?:die|den|das|hier)\\s+)?${CAP}|\\bich\\s+(?!(?:freue|hoffe|glaube|denke|finde|wünsche|danke|melde|schreibe|wende|frage|lese|sehe|habe|gebe|schicke|sende|teile|lade|erinnere|würde|möchte|werde|wohne|bleibe)${E})\\p{Ll}+e(?:\\s+mich)?${E}${DE_ROLE_STRETCH}\\s+bei\\s+(?!(?:den|die|das|dem|der|einen?|eine[mr]?|sie|ihnen|ihr\\p{L}*|euch|dich|dir|uns\\p{L}*|diese\\p{L}*)\\s)${CAP}|(?:\\b(?:ich bin|mein name ist|ich hei(?:ß|ss)e|ich arbeite|ich leite|ich verantworte|ich recruite|ich betreue|ich berate)|(?:^|[.!?–—]\\s*|,\\s+und\\s+)bin(?=\\s+\\p{Lu}))${E}${DE_ROLE_STRETCH}\\s*,?\\s+(?:bei|von|vom|für)\\s+(?:(?:der|dem)\\s+(?=(?:${CAP}\\s+){1,3}${DE_LEGAL_FORM}${E})|(?!(?:den|die|das|dem|der|einen?|eine[mr]?|sie|ihnen|ihr\\p{L}*|euch|dich|dir|uns\\p{L}*)\\s))${CAP}|\\bich bin (?:der|die) ${CAP}\\b[^.!?]{0,120}\\(${CAP}\\)|\\bich (?:leite|verantworte|führe)\\s+(?:den|das|die)\\s+(?:verkauf|vertrieb|einkauf|aussendienst|außendienst|innendienst|kundendienst|service|marketing|key-account-management|verkaufsteam|vertriebsteam)\\s+(?:der|des)\\s+${CAP}`,
    ),
    whoWeak: re(
      `\\bmit (?:über |mehr als )?(?:\\d+|[\\p{L}-]+) jahren (?:berufs)?erfahrung\\b|\\b(?:ehemalige[rn]?|früherer?) (?:leiter(?:in)?|geschäftsführer(?:in)?|vertriebsleiter(?:in)?|werkleiter(?:in)?)\\b|\\b(?:ich bin|mein name ist|ich hei(?:ß|ss)e|hier ist|hier schreibt)\\s+${CAP}|\\b(?:ich bin|ich arbeite als)\\s+[\\p{L}-]*(?:berater(?:in)?|gründer(?:in)?|leiter(?:in)?|manager(?:in)?|entwickler(?:in)?|recruiter(?:in)?|vertrieb|ingenieur(?:in)?)\\b`,
    ),
    theirWork: re(
      `\\b(?:ihr|ihre|ihren|ihrem|ihres|ihrer|dein|deine|deinen|deinem|deiner|euer|eure|euren|eurem|eurer)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]*(?:frage|wortmeldung|kommentar|vortrag|referat|rede|votum|interpellation|beitrag|artikel|post|interview|podcast|panel|studie|bericht|buch|anzeige|stellenanzeige|ausschreibung|stellenangebot|inserat|pull request|commit|release|projekt|bauantrag|antrag|crate|bibliothek|library|repo|repository|tool|talk|webinar|keynote|präsentation|newsletter|blog|video|reel|umfrage|pressemitteilung|geschäftsbericht|liefergebiete|bewertungen|rezension|launch|eröffnung|expansion|neubau|umbau|anbau|umzug|standort|filiale|niederlassung)|\\b(?:(?:beklagten|beschwerten|klagten|sagten|erzählten|erwähnten|schrieben|meinten|betonten|erklärten|nannten|zeigten|fragten|suchten|baten|kritisierten|beschrieben|kündigten|sprachen) sie|sie (?:schreiben|erwähnen|berichten|erzählen|sagen)\\s+(?:[^.!?,]{0,40}?)?,?\\s*dass|sie haben sich [^.!?]{0,90}?(?:beklagt|beschwert)|sie (?:beklagten|beschwerten sich|klagten|sagten|erzählten|erwähnten|schrieben|meinten|betonten|erklärten|nannten|fragten|suchten|baten|beschrieben)|(?:sagtest|erzähltest|erwähntest|schriebst|meintest|fragtest|suchtest|erklärtest|zeigtest) du|hast du (?![^.!?]*\\?)[^.!?]{0,40}(?:gesagt|erwähnt|erzählt|geschrieben|gepostet|gezeigt|gemeint|gefragt)|du (?:sagtest|erzähltest|erwähntest|schriebst|meintest|hattest [^.!?]{0,90}(?:gesagt|erwähnt|erzählt|geschrieben|gepostet|kommentiert)|hast [^.!?]{0,90}(?:gesagt|erwähnt|erzählt|geschrieben|gepostet|gezeigt|gemeint|gefragt|kommentiert)))\\b|\\b(?:(?:haben sie|sie haben|hatten sie|sie hatten) (?:[^.!?\\d]|\\d\\.?){0,90}(?:gesagt|erwähnt|erzählt|angesprochen|geschrieben|berichtet|erklärt|betont|gefordert|angekündigt|festgestellt|angegeben|hingewiesen|gefragt)|die sie [^.!?]{0,60}(?:angesprochen|erwähnt|genannt) haben)\\b|\\b(?:das|dem|den|die|der) (?:Interview|Gespräch|Vortrag|Artikel|Beitrag|Post|Podcast|Video|Panel)s?,? (?:das|den|die|dem) (?:Sie|du|ihr) [^.!?]{0,60}?(?:gegeben|gehalten|veröffentlicht|geschrieben|geteilt|gepostet) (?:haben|hast|habt)\\b|\\b(?:Sie|du|ihr) (?:erklärten|sagten|schrieben|berichteten|erzählten|erwähnten|erklärtest|sagtest|schriebst|erzähltest)\\b|\\b(?:gratulation|glückwunsch|herzlichen glückwunsch|gratuliere(?: (?:dir|ihnen|euch))?)\\b[^.!?]{0,20}?\\bzu(?:m|r)?(?![\\p{L}])(?!\\s+(?:(?:ihrer|deiner|eurer|ihrem|deinem|eurem|der|dem)\\s+)?(?:(?:neuen\\s+(?:stelle|position|rolle|job|aufgabe|funktion))(?![^.!?]*\\s(?:in|bei|im)\\s+(?!(?:der|dem|den|die|das|des|dies\\p{L}*|jen\\p{L}*|ihr\\p{L}*|dein\\p{L}*|sein\\p{L}*|unser\\p{L}*|eine?\\p{L}*|neue\\p{L}*|spannend\\p{L}*|welche\\p{L}*|allen|zukunft)\\s)\\p{L})|jubiläum|geburtstag|beförderung))`,
    ),
    perceived: re(
      `\\b(?:habe|hab|haben)\\b\\s(?:[^.!?]|\\.(?=\\p{L})){0,79}\\b(?:gelesen|gesehen|gehört|entdeckt|verfolgt|bemerkt|angeschaut|angesehen)\\b|\\b(?:ich sehe,? (?:dass|sie|du|ihr)|mir ist aufgefallen)\\b|\\b(?:sie|du) (?:haben|hast)\\b[^.!?]{0,40}?\\b(?:gepostet|geschrieben|erwähnt|erzählt|berichtet|geteilt|veröffentlicht|kommentiert)\\b|^\\W*(?:(?:gerade|eben|neulich|gestern|heute)\\s+)?(?:ihr|ihre|ihren|ihrem|ihres|euer|eure|euren|dein|deine|deinen)\\s(?:[^.!?]|\\.(?=\\p{L})){0,100}\\b(?:gesehen|gelesen|entdeckt|bemerkt)\\b|\\b(?:laut|in der|im|auf)\\s+(?:(?!(?<![\\p{L}])(?:unser|mein))[^.!?]){0,80}?\\b(?:stand|steht|war zu lesen|berichtet|plant|ausgeschrieben|ausgewiesen|weisen sie|nennen sie|schreiben sie|beschreiben sie)${E}(?!\\s+(?:unser|mein))|\\b(?:ich las|ich sah|las ich|sah ich)\\b|\\b(?:laut|gemäß)\\s+(?!(?:unserer|unseren|unserem|unser|meiner|meinen|meinem|mein)\\b)|\\bwie\\s+(?:[\\p{L}-]+\\s+){1,4}?(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb|mitteilt|mitteilte|bekanntgab|verkündete|ankündigte|berichtet hat|gemeldet hat|geschrieben hat)\\b|\\b(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb)\\s+(?:[\\p{L}-]+\\s+){1,4}?(?:dass|über)\\b`,
    ),
    referrer: re(
      `${PERSON}${WHERE_FROM}${APPOSITION}\\s+(?:\\([^)]{1,100}\\)\\s+)?(?:hat mich an sie verwiesen|hat mir [^.!?]{0,40}(?:empfohlen|erzählt)|hat mir geraten, (?:ihnen|dir|euch)|hat mich gebeten, (?:ihnen|dir|euch)|(?:sagt|sagte|meint|erzählt|schreibt)(?: mir| uns)?,? (?:dass )?(?:sie|du|ihr)|hat (?:sie|dich|euch)(?: mir)? (?:empfohlen|genannt)|hat mir (?:ihren|deinen|euren) namen (?:gegeben|genannt)|hat mir (?:ihre|deine|eure) (?:kontaktdaten|nummer|e-mail-adresse|adresse) gegeben|hat mich auf (?:sie|dich|euch) aufmerksam gemacht|erzählte|erwähnte|meinte|empfahl)\\b|\\b(?:auf empfehlung von|über)\\s+(?!(?:ihre[nmrs]?|ihr|sie|unser\\p{L}*|eine[nmrs]?|ein|den|die|das|dem|der|des|diese[nmrs]?)\\s)${CAP}\\s+${CAP}|\\b(?:ihr|ihre|dein|deine) (?:kollege|kollegin|chef|chefin|geschäftsführer|geschäftsführerin|mitarbeiter|mitarbeiterin|einkäufer|einkäuferin|vorgesetzter|vorgesetzte)\\s+(?:herr|frau)\\s+\\p{L}+`,
    ),
    flattery: re(
      `\\b(?:ihr|dein) profil (?:ist|hat)\\b|\\b(?:beeindruckt|begeistert) (?:von|über) (?:ihr|dein|eur)\\p{L}* (?:arbeit|unternehmen|firma|wachstum|erfolg|team)\\b|\\b(?:verfolge|beobachte)(?: [\\p{L}-]+){0,4}? (?:ihre|deine|eure|ihren|deinen|euren|ihr|dein|euer) (?:[\\p{L}-]+ )?(?:arbeit|werdegang|weg|karriere|laufbahn|profil|entwicklung)(?![\\p{L}])(?![^.!?]*\\d)|\\b(?:menschen|persönlichkeiten|leute|unternehmer(?:innen)?) wie (?:sie|du)\\b|\\b(?:bewundere|bewunderung|bewundern)\\b[^.!?\\d]{0,100}?\\b(?<!\\b(?:sehe|seh|sehe es|sehe das|seh's|sehe ich es|sehe ich das|denke|meine|finde|glaube|bin|urteile)\\s)wie (?:sie|du|ihr)(?![\\p{L}\\p{N}])(?!\\s*[,:–-]?\\s*(?:denke|glaube|meine|finde|sehe|bin) (?:auch )?ich\\b)(?![^.!?]*\\d)|\\b(?:ihr|ihre|dein|deine|euer|eure)\\b[^.!?\\d]{0,80}?\\bbeeindruck(?:t|en) mich(?![\\p{L}])(?![^.!?]*\\d)|\\bbeeindruckend,? was (?:sie|du|ihr)\\b[^.!?]{0,60}?\\b(?:aufgebaut|geleistet|erreicht|geschaffen|bewegt) (?:haben|hast|habt)\\b|\\b(?:echte|wahre) inspiration\\b|\\bbeeindruckend(?:e|er|en)? (?:profil|werdegang|karriere)\\b|\\b(?:verfolge|lese)(?: [\\p{L}-]+){0,3}? (?:ihre|deine|eure) (?:beiträge|posts|artikel|aktivitäten)(?: [\\p{L}-]+){0,2}? (?:schon )?(?:länger|lange|seit (?:einiger zeit|langem|längerem|geraumer zeit|jahren|monaten))(?![\\p{L}])(?![^.!?]*(?:\\d|besonders|vor allem|insbesondere|zuletzt))|\\bbeeindruckend,? wie (?:sie|du|ihr)(?![\\p{L}])(?![^.!?]*\\d)`,
    ),
    offer: re(
      `\\b(?:(?:(?:erzähle|berichte|schildere) (?:ihnen|dir|euch) gerne?|gerne? (?:erzähle|berichte|schildere) ich (?:ihnen|dir|euch)),? (?:was|wie)(?! wir)[^.!?]{0,60}?(?:rauskam|herauskam|herausgekommen|gebracht hat|gelaufen ist|lief|funktioniert hat|aussieht|geändert hat|ergeben hat|passiert ist|erreicht hat|gespart hat))\\b|\\b(?:kostenlos(?:e[nmrs]?)?|kostenfrei(?:e[nmrs]?)?|gratis|unverbindlich(?:e[nmrs]?)?|gehört (?:euch|ihnen|dir)|hängt an|anbei|im anhang)\\b|\\b(?:schicke|sende|gebe|teile|zeige|leite)\\s+(?:ich\\s+)?(?:ihnen|dir|euch)\\b[^.!?]{0,60}\\bgern|\\bgern(?:e)?\\s+(?:schicke|sende|teile|gebe|leite|zeige|stelle|biete|mache|erstelle|übernehme)\\s+ich\\b|\\b(?:schicke|sende|teile|gebe|leite|zeige|stelle) (?:ich|wir) (?:sie |es |ihn |die |das |den )?(?:gern(?:e)?|auf wunsch)\\b|\\b(?:ihnen|dir|euch)\\s+(?:[^.!?]{0,40}\\s)?(?:anbieten|vorstellen|vermitteln|zusenden)\\b|\\b(?:ich|wir) (?:biete|bieten|stelle|stellen) (?:ihnen|dir|euch)\\b|\\b(?:darf|soll|kann)\\s+ich\\s+(?:ihnen|dir|euch)\\b[^.!?]{0,60}\\b(?:schicken|senden|zusenden|weiterleiten|geben|zeigen|teilen)\\b|\\b(?:darf ich|soll ich)\\s+(?:sie|es|ihn)\\s+(?:ihnen|dir)\\b|\\bich kann (?:ihnen|dir|euch)\\b|(?<!\\b(?:wir|ich)\\s)\\b(?:bietet|bot)\\s+(?:[^.!?]{0,30}?\\s)?an,?\\s+(?:ihnen|dir|euch)\\b|\\bsoll ich (?:dir|ihnen|euch) (?:die|den|das|eine|einen)\\b|^\\W*(?:schicke|sende|teile|gebe|leite|zeige|stelle)\\s+(?:(?:ihnen|dir|euch)\\s+)?gern(?:e)?\\b|\\b(?:ich würde|wir würden) (?:ihnen|dir|euch) (?:gern|gerne) (?:[\\p{L}-]+\\s+){0,6}?(?:schicken|senden|zuschicken|zusenden|zukommen lassen|weiterleiten)\\b|\\b(?:darf|soll) ich (?:ihnen|dir|euch) (?:[\\p{L}-]+\\s+){0,6}?(?:zukommen lassen|zuschicken|zusenden)\\b|\\bfür (?:sie|dich|euch) (?:(?:vielleicht|besonders|wohl|dabei|konkret|auch)\\s+)?(?:wichtig|interessant|relevant|spannend)\\b|\\bwas (?:sie|du|ihr) davon ha(?:ben|st|bt)\\b|\\b(?:(?:erzähle|zeige|erkläre) ich (?:ihnen|dir|euch),? wie|(?:soll|darf) ich (?:ihnen|dir|euch) (?:erzählen|zeigen|erklären),? wie)\\b|\\b(?:würde|wird|könnte|kann) (?:ihnen|dir|euch) [^.!?]{0,60}?\\bgerne? (?:einmal |mal )?(?:zeigen|vorführen|erklären)\\b|\\b(?:bietet|bot) (?:an|sich an),? (?:ihnen|dir|euch) [^.!?]{0,60}?zu zeigen\\b|\\b(?:bietet|bot|bieten|boten) (?:(?:ihnen|dir|euch) )?an,? (?:dass|daß) (?:sie|du|ihr)\\b|\\b(?:darf|soll|kann|würde) ich (?:sie|dich|euch) (?:beide )?(?:[\\p{L}-]+ ){0,3}?(?:miteinander|mit (?:ihm|ihr|herrn [\\p{L}-]+|frau [\\p{L}-]+)) (?:bekannt machen|in kontakt bringen|verbinden|vernetzen)\\b|\\b(?:ich|wir) (?:reserviere|reservieren|halte|halten|besorge|besorgen|organisiere|organisieren|erstelle|erstellen|richte|richten) (?:ihnen|dir|euch) gern(?:e)?\\b|\\b(?:ich|wir)\\b[^.!?]{0,80}?\\b(?:teile|teilen|schicke|schicken|sende|senden|zeige|zeigen) (?:ihnen |dir |euch )?gern(?:e)?\\b`,
    ),
    resource: re(
      `\\b(?:pdf|screens|mock-?up|karte|zahlen|seite|seiten|daten)\\b|${B}[\\p{L}-]*(?:liste|zusammenfassung|auswertung|studie|leitfaden|vergleich|analyse|bericht|vorlage|beschreibung|übersicht|protokolle?|tabelle|kalkulation|benchmark)\\b|${B}[\\p{L}-]*(?:umfrage|erhebung|checkliste|fallstudie|präsentation|aufzeichnung)\\b|${B}[\\p{L}-]*(?:aufstellung|rechner)\\b|${B}video(?![\\p{L}\\p{N}-])`,
    ),
    // "Was wäre, wenn …?": what the offer would change, not a question to answer.
    rhetorical: re(
      `(?:^|,\\s*)(?:wie geht'?s|wie geht es ihnen|alles gut)(?:,\\s*[\\p{L}.-]+(?:\\s+[\\p{L}.-]+)?)?\\s*\\?|^(?:und\\s+)?was wäre,? wenn\\b[^?]*\\?|^(?:wussten sie|wusstest du|wisst ihr),? dass\\b[^?]*\\?|,\\s*(?:oder|nicht wahr|gell|ne|stimmt's)\\s*\\?+\\s*$`,
    ),
    request: re(
      `\\b(?:schreiben sie mir|melden sie sich|rufen sie mich an|senden sie mir|schicken sie mir|buchen sie)\\b`,
    ),
    softRequest: re(
      `\\b(?:(?:ich würde mich (?:sehr )?freuen|gerne würde ich),? sie (?:persönlich )?(?:kennenzulernen|zu treffen|zu besuchen)|ihnen meine (?:leistungen|dienste) vorzustellen)\\b|\\b(?:geben sie mir (?:einfach |kurz |gern(?:e)? )?bescheid|sagen sie mir (?:einfach |kurz |gern(?:e)? )?bescheid|(?:sag|gib) (?:mir )?(?:einfach |kurz |gern )?bescheid|schreib mir|meld(?:e)? dich|lass(?:en sie)? uns (?:gern )?(?:telefonieren|sprechen|reden))\\b|\\bein (?:kurzes |einfaches )?[„"»]?ja[“"«]?,? genügt\\b|\\bsag (?:mir\\s+)?(?:einfach|kurz)?,?\\s*(?:welche[rs]?|ob|wann|was)\\b[^.!?]{0,60}\\bdann (?:schick|schicke|bring|bringe|send|sende)\\b|\\beinfach (?:kurz )?(?:mit )?[„"»]?ja[“"«]? (?:antworten|zurückschreiben|schreiben)\\b|\\b(?:antworte|antworten sie|antwortet) (?:einfach |kurz )*mit [„"»]?ja\\b`,
    ),
    unmarkedAsk: re(
      `\\b(?:würde|möchte)\\s+(?:ich\\s+)?(?:auch\\s+|außerdem\\s+|noch\\s+)?gerne?\\s+wissen\\b|\\bwüsste\\s+(?:ich\\s+)?(?:auch\\s+|außerdem\\s+|noch\\s+)?gerne?\\b|^\\W*(?:(?:hätten|haben|hast|hättest|könnten|können|kannst|würden|wollen|sollen|soll|darf|dürfte|passt|passen|wäre|ist|sind)\\s+(?:(?:sie|du|ihr|es|ihnen|dir)(?![\\p{L}])|(?:wir|ich|das)(?![\\p{L}])(?!\\s*[,.;!]))|(?:passt|passen|wäre|ist|sind|würden|könnten)\\s+\\d+\\b)|\\b(?:antworten sie|antworte|schreiben sie|schreib)\\s+(?:mir\\s+)?(?:(?:einfach|kurz|gern(?:e)?)\\s+)*(?:mit\\s+)?["„“«»']\\s*\\p{L}+|\\b(?:freue mich|würde mich (?:sehr )?freuen)\\b[^.!?]{0,40}\\b(?:rückmeldung|antwort)\\b[^.!?]{0,30}\\bob\\b|\\b(?:geben|sagen) sie mir (?:(?:einfach|kurz|gern(?:e)?)\\s+)+bescheid\\b`,
    ),
    invitation: re(
      `\\b(?:(?:sie|dich|euch)\\s[^.!?]{0,20}?(?:zu|in) mein(?:e[mn]?)? (?:[\\p{L}-]+ ){0,2}?netzwerk(?: (?:auf|bei|in) linkedin)? (?:hinzufügen|aufnehmen|einladen)|zu meinem (?:beruflichen |professionellen )?netzwerk hinzufügen|(?:mich|uns) (?:gerne? |gern )?mit (?:ihnen|dir|euch) (?:zu )?vernetzen|lassen sie uns (?:uns )?vernetzen|lass uns (?:uns )?vernetzen|${THANKS_FOR_CONNECTING.de}|(?:ich )?freue mich auf den austausch|(?:in|zu) meinem netzwerk begrüßen|mein netzwerk [^.!?]{0,40}(?:aus|erweitern)|(?:in kontakt|vernetzt) (?:zu )?bleiben|(?:über|auf) eine vernetzung)\\b`,
    ),
    generic: re(
      `\\b(?:ihr|ein(?:en)?) (?:kompetente[nr]?|zuverlässige[nr]?|erfahrene[nr]?|starke[nr]?) partner\\b|(?:^|\\n)\\s*(?:sehr geehrte\\(r\\)|liebe\\(r\\))|\\b(?:sehr geehrte damen und herren|unternehmen jeder größe|(?:ein(?:er)? der )?führende[nr]? anbieter|innovative(?:n)? lösungen|unser portfolio|in einer sich (?:ständig|stetig|rasant|schnell) (?:wandelnden|verändernden) welt|(?:unternehmen|firmen|betriebe|marken|teams) wie (?:ihres|ihrem|ihre|ihr|deins|deinem|deine|eures|eurem)|ihr vertriebsteam)\\b|\\b(?:(?:unternehmen|firmen|betriebe|kunden) (?:aller|jeder) (?:branchen|größen|grössen|art)|aller branchen und größen|marktführer|strategischer partner|in zeiten (?:von|der|des|steigender|zunehmender)|immer mehr unternehmen|jedes unternehmen kann betroffen sein)\\b|\\b(?:falls sie (?:einmal|irgendwann) (?:bedarf|unterstützung)|wenn du (?:mal|irgendwann) (?:bedarf|unterstützung)|der exzellenz verpflichtet)\\b|\\b(?:ob (?:und wie )?wir (?:zusammenarbeiten|kooperieren|zusammenkommen) (?:können|könnten)|(?:helfen|unterstützen) (?:wir )?unternehmen (?:der|aus der|in der) [\\p{L}-]+(?:branche|sektor|industrie))\\b`,
    ),
    pressure: re(
      `\\b(?:den|diesen|der|dieser) (?:preis|tarif|aktionspreis|vorverkaufspreis|einführungspreis)\\b[^.!?]{0,40}?\\b(?:halten|garantieren|sichern|halte|garantiere) (?:wir|ich)\\b[^.!?]{0,30}?\\bbis${UNTIL_DATE.de}|\\b(?:wir haben|haben wir|ich habe|habe ich|wir hätten|hätten wir|ich hätte|hätte ich) (?:nur )?noch (?:platz|plätze|kapazität|kapazitäten|termine) für (?:\\d+|einen|eine|zwei|drei|vier|fünf)(?![\\p{L}\\p{N}])|\\bnur noch \\d+\\b|\\bnur noch (?:ein|eine|einen|zwei|drei|wenige) (?:platz|plätze|termin|termine|slot|slots)\\b|\\b(?:haben wir|habe ich|wir haben|ich habe)(?:\\s+[\\p{L}-]+){0,4}?\\s+nur mehr (?:ein|eine|einen|zwei|drei|wenige|\\d+) (?:freie[nr]? )?(?:platz|plätze|termin|termine|slot|slots)\\b|\\b(?:angebot|offerte|rabatt|aktion)\\s+(?:gilt|endet|läuft)\\b|\\b(?:angebot|offerte|rabatt|aktion)\\b[^.!?]{0,60}?\\b(?:gilt|gültig|läuft)\\s+(?:nur\\s+)?(?:noch\\s+)?bis\\b|\\bbegrenzte(?:n)? (?:plätze|anzahl)\\b|\\b(?:letzte chance|letzten plätze|nur (?:noch )?heute|fast ausgebucht|solange der vorrat reicht)\\b|\\b(?:angebot|offerte|rabatt|aktion|frühbucher\\p{L}*|preis)\\s+(?:\\p{L}+\\s+){0,2}?(?:endet|läuft (?:bald |nur )?ab|steigt)\\b|\\b(?:gilt )?wieder (?:der )?(?:volle|normale|reguläre|alte) preis\\b|\\bnur (?:noch )?(?:diese|bis ende der) woche\\b`,
    ),
    dated: {
      date: re(
        `\\b(?:bis|spätestens|nur bis|bis zum)\\s+(?:(?:nächsten|kommenden|diesen)\\s+)?(?:${DE_DAYS}|monatsende|ende (?:des monats|der woche)|\\d{1,2}\\.\\s*\\d{1,2}\\.?|\\d{1,2}\\.\\s*(?:${DE_MONTHS}))\\b`,
      ),
      reply: re(
        `\\b(?:bitte|bestätig\\p{L}*|antwort\\p{L}*|rückmeld\\p{L}*|zurückmeld\\p{L}*|melden|meld(?:e)? dich|zusag\\p{L}*|zuzusagen|absag\\p{L}*|bescheid|entscheid\\p{L}*|unterschreib\\p{L}*|unterzeichn\\p{L}*|anmeld\\p{L}*|buchen|buchung|reservier\\p{L}*|einreich\\p{L}*|brauche|benötige|feedback|frist|sichern|rabatt\\p{L}*|preis\\p{L}*|aktion|angebot|off|abschließ\\p{L}*|abschluss)\\b`,
      ),
      promise: re(
        `\\b(?:ich|wir)\\s+(?:\\p{L}+\\s+){0,2}?(?:kann|können|werde|werden|schicke|schicken|sende|senden|stelle|stellen|lasse|lassen|liefere|liefern|bringe|bringen|erstelle|erstellen|melde|mache|machen)\\b|\\b(?:kann|können|werde|werden|schicke|schicken|sende|senden|stelle|stellen|lasse|lassen|liefere|liefern|bringe|bringen|erstelle|erstellen|melde|darf|dürfte|dürften|soll|sollen|könnte|könnten)\\s+(?:ich|wir)\\b|\\b(?:dann|danach|anschließend|gern|gerne)\\s+(?:rechne|schicke|sende|melde|mache|erstelle|liefere|bringe|zeige|stelle|bereite|gebe|rufe|rechnen|schicken|senden|melden|machen|erstellen|liefern|bringen|zeigen|stellen|bereiten|geben|rufen)\\s+(?:ich|wir)\\b`,
      ),
      sent: re(
        `^(?:(?:ich|wir)\\s+(?:\\p{L}+\\s+){0,2}?|(?:dann|gern|gerne)\\s+)?(?:schicke|schicken|sende|senden|stelle|stellen|lasse|lassen)\\s+(?:(?:ich|wir)\\s+)?(?:ihnen|dir|euch)\\s+(?:gerne?\\s+)?(?:(?:das|die|den|ein|eine|einen|unser|unsere|unseren|mein|meine|meinen)\\s+)?(?:[\\p{L}-]+\\s+)?(?:angebot|offerte|preisliste|preise)\\b`,
      ),
    },
    imposed: re(
      `\\b(?:termin (?:eingestellt|eingetragen|geblockt|gebucht)|einladung liegt bereits|(?:habe|hab) (?:ihnen|dir|euch) (?:eine |die )?(?:kalender|termin|teams|zoom|outlook)?-?einladung|(?:habe|hab) mir erlaubt, (?:ihnen|dir|euch) (?:eine |die )?[\\p{L}-]*einladung|(?:habe|hab) (?:uns|ihnen|dir|euch) [^.!?]{0,70}(?:eingetragen|eingestellt|geblockt|gebucht)|(?:in (?:deinen|ihren|euren) kalender) (?:gelegt|gestellt|eingetragen|gepackt|geschickt))\\b`,
    ),
    nudge: re(
      `\\b(?:(?:zwei|drei|vier|fünf|\\d)mal geschrieben|(?:noch |leider )?keine antwort|keine rückmeldung|ich gehe davon aus|(?:wollte|möchte|will) (?:nur |kurz |nur kurz )?(?:noch )?(?:(?:ein)?mal |nochmal |nochmals )?(?:nachhaken|nachfassen)|nur kurz nachhaken|erinnern sie sich an meine|(?:haben sie|hast du|hatten sie|hattest du) (?:schon |bereits |denn )?(?:zeit|gelegenheit) gehabt|(?:haben sie|hast du) (?:meine (?:letzte |erste )?(?:nachricht|mail|e-mail) )(?:schon |bereits )?(?:gesehen|gelesen|bekommen|erhalten)|(?:noch |bisher |leider )*nichts von (?:ihnen|dir|euch) gehört|(?:habe|hab) (?:aber |leider |bisher |noch )*nichts (?:von (?:ihnen|dir|euch) )?gehört|(?:ich )?versuch(?:e|'s|s)? (?:es )?(?:hier )?(?:noch ?(?:ein)?mal|nochmals|erneut))\\b|^\\s*(?:aw|wg):`,
    ),
    newValue: re(
      `\\b(?:etwas neue[ms]|etwas nützliche(?:s|res)|jetzt mit|eine ergänzung|wie versprochen|(?:die|den|das) ich (?:ihnen|dir|euch) versprochen (?:hatte|habe)|nicht mit leeren händen|neue (?:studie|auswertung|zahlen|daten)|ist fertig|gerade erschienen|veröffentlicht|(?:inzwischen|seitdem|mittlerweile) (?:gibt es|haben wir|liegt|liegen|ist)|etwas handfestes)\\b`,
    ),
    met: re(
      `\\b(?:unser(?:em)? (?:gespräch|austausch|treffen)|wir (?:haben|hatten) uns [^.!?]{0,60}(?:kennengelernt|getroffen|gesprochen|unterhalten|ausgetauscht)|nach unserem|(?:danke|dank) für (?:das|den) (?:[\\p{L}-]+ )?(?:gespräch|telefonat|austausch|treffen)|wir (?:sind|waren) (?:uns )?[^.!?]{0,90}?(?:gestanden|gesessen|begegnet)|(?:war|wars|es war) (?:sehr |echt |wirklich |total )?(?:schön|nett|toll|super|spannend|interessant|eine freude|ein vergnügen),? (?:mit (?:dir|ihnen|euch) [^.!?]{0,90}?zu (?:plaudern|reden|sprechen|quatschen|ratschen|tratschen|diskutieren)|(?:dich|sie|euch) [^.!?]{0,60}?(?:kennenzulernen|zu treffen|zu sehen))|wir haben (?![^.!?]{0,100}\\bmit (?!ihnen|dir|euch)\\p{L})[^.!?]{0,100}?(?:gesprochen|geredet|geplaudert|telefoniert|uns unterhalten|uns ausgetauscht)|(?:an|auf|bei) (?:ihrem|deinem|eurem) (?:messe)?stand|wir saßen [^.!?]{0,40}?(?:am selben|am gleichen|an einem|nebeneinander|zusammen)|dass wir uns [^.!?]{0,60}?(?:kennengelernt|getroffen|gesprochen|unterhalten|ausgetauscht)\\s+(?:haben|hatten)|(?:wir kennen uns|ich kenne (?:sie|dich)) (?:noch |schon |ja )*(?:aus|von|vom|seit)\\s+(?:ihrer|deiner|eurer|der|dem|den)\\s+\\p{L}+|(?:gemeinsam|zusammen|beide) (?:am|auf dem|im) (?:podium|panel)|(?:auf|in) (?:demselben|dem gleichen|dem selben) (?:podium|panel))\\b`,
    ),
    forThem: {
      cue: re(
        `^\\W*(?:(?:ein|eine|einen|kleiner|kleine|kurzer|kurze|unser|unsere|mein|meine|der|die|zwei|drei)\\s+)*(?:tipp|tipps|hinweis|hinweise|lektion|lektionen|erkenntnis|erkenntnisse|learning|learnings|trick|was geholfen hat|was funktioniert hat|kurzfassung|kurz gesagt)\\b[^:]{0,50}:\\s*\\S|\\b(?:(?:sie|dich|euch)\\s+(?:gern(?:e)?\\s+)?(?:mit|an)\\s+[^.!?]{1,60}?(?:bekannt machen|vernetzen|verbinden|in kontakt bringen|zusammenbringen)|(?:referenz|werks|kunden)?besuch\\p{L}*\\b[^.!?]{0,50}?(?:organisieren|arrangieren|vermitteln|einfädeln)|(?:stelle|stellen)\\s+(?:ich|wir)\\s+(?:ihnen|dir|euch)\\b[^.!?]{0,40}?zur verfügung|(?:ihnen|dir|euch)\\b[^.!?]{0,40}?zur verfügung (?:stellen|stelle)|(?:ohne|keine) (?:kosten|gebühr|gebühren)(?: für (?:sie|dich|euch))?|auf unsere kosten|(?:übernehmen|zahlen|tragen) wir|wir (?:übernehmen|zahlen|tragen) (?:die|den|das)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:kosten|pilot\\p{L}*|test\\p{L}*|gebühr\\p{L}*|einrichtung|installation|schulung|anreise|reise\\p{L}*)|frei (?:verwenden|nutzen|weitergeben|verwendbar)|(?:dürfen|können) (?:sie|du|ihr) (?:[\\p{L}-]+\\s+){0,3}?(?:behalten|frei verwenden|weiterverwenden)|(?:führe|führen) (?:ich|wir) (?:sie|dich|euch|ihr\\p{L}* team|dein\\p{L}* team|euer team)\\b[^.!?]{0,60}?durch|(?:ihr\\p{L}*|dein\\p{L}*|euer|eure\\p{L}*) team\\b[^.!?]{0,40}?(?:durch (?:die|den|das|unsere)\\s+[^.!?]{0,30}?(?:führen|führe)))\\b`,
      ),
      gain: re(
        `\\b(?:ihnen|ihrem|ihrer|dir|deinem|deiner|euch|eurem|eurer)\\b[^.!?]{0,50}?\\b(?:sparen|ersparen|einsparen|spart|erspart)\\b`,
      ),
      invite: re(
        `\\b(?:(?:sie|dich|euch)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:einladen|dabeihaben|begrüßen|anmelden|eintragen|vormerken)|(?:wären sie|bist du|seid ihr) dabei|(?:magst|willst|möchtest) du dabei sein|möchten sie dabei sein|(?:ihnen|dir|euch)\\b[^.!?]{0,30}?(?:platz|plätze|sitzplatz|sitzplätze|ticket|tickets|karte|karten)\\s+(?:reservieren|freihalten|sichern)|(?:platz|plätze) für (?:sie|dich|euch) (?:reservieren|freihalten)|(?:lade|laden) (?:ich |wir )?(?:sie|dich|euch)\\b[^.!?]{0,50}?ein|als (?:unser(?:e[nr]?)? |mein(?:e[nr]?)? )?gast)\\b`,
      ),
      occasion: re(
        `\\b(?:workshop|roundtable|runde|abendessen|dinner|frühstück|mittagessen|veranstaltung|event|webinar|tagung|konferenz|messe|stammtisch|forum|seminar|führung|tag der offenen tür|masterclass|verkostung|vertikale|degustation|sprechstunde|besuch|werksführung)\\p{L}*\\b|\\b(?:\\p{L}+-(?:tag|abend)|(?:praxis|anwender|kunden|info|fach|retrofit)(?:tag|abend)\\p{L}*)\\b`,
      ),
      peer: re(
        `\\b(?:(?:ihrer|deiner|eurer|gleicher|ähnlicher|vergleichbarer) größe|wie (?:ihr(?:e[sr]?)?|dein(?:e[sr]?)?|euer|eure[sr]?)(?:\\s+(?:lager|werk|betrieb|klinik|praxis|firma|team)\\p{L}*)?)\\b`,
      ),
      ours: re(
        `\\b(?:(?:bezahlt|zahlt|übernimmt|trägt|finanziert)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:die|der|unsere?|das)\\s+(?:stiftung|verein|firma|förderprogramm|programm|land|bund|gemeinde|kommune|initiative)|(?:werden|wird|sind|ist)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:von uns|von der stiftung|vom verein|von unserer? \\p{L}+)\\s+(?:[\\p{L}-]+\\s+)?(?:bezahlt|finanziert|übernommen|getragen|gefördert)|(?:wir|ich) (?:kümmern uns|kümmere mich) um (?:den|die|das|alle[ns]?)\\s+(?:[\\p{L}-]+\\s+)?(?:papierkram|antrag|anträge|formulare|bürokratie|wartung|abrechnung|einreichung|genehmigung\\p{L}*)|(?:weniger|so viel|genauso viel|die hälfte)\\s*,?\\s+(?:von dem\\s*,?\\s+)?(?:als|was|wie) (?:sie|ihr|du) (?:jetzt|heute|derzeit|aktuell|bisher)?\\s*(?:[\\p{L}-]+\\s+){0,5}?(?:zahlen|zahlt|zahlst|bezahlen|bezahlt|ausgeben|ausgebt)|damit (?:ihre|eure|deine|die) (?:kund\\p{L}*|patient\\p{L}*|mitarbeit\\p{L}*|fahrer\\p{L}*|gäste|mitglieder|schüler\\p{L}*|eltern|bewohner\\p{L}*|spender\\p{L}*|nutzer\\p{L}*|teams?|leute|pflegekräfte|lehrkräfte)\\s+\\p{L}+|(?:ich|wir)\\s+(?!(?:würde|würden|möchte|möchten|will|wollen|hätte|wäre|freue|freuen|bin|sind|habe|haben|melde|rufe)\\b)\\p{L}+\\s+(?:[\\p{L}-]+\\s+){0,3}?gern(?:e)?\\b[^.!?]{0,60}?\\b(?:ihr\\p{L}*|eur\\p{L}*|dein\\p{L}*|für sie|für euch|für dich)|Sie\\s+(?:\\p{Ll}+\\s+){0,2}?(?:sparen|ersparen|gewinnen|vermeiden|senken|reduzieren)(?![\\p{L}])|(?:müssen|müssten)\\s+Sie\\s+(?:nie|nicht)\\s+mehr)\\b`,
      ),
    },
    madeForThem: re(
      `\\b(?:habe|haben|hab)\\s+(?:ich\\s+|wir\\s+)?[^.!?]{0,80}\\b(?:zusammengefasst|zusammengestellt|erstellt|vorbereitet|laufen lassen|ausgewertet|analysiert|gebaut|nachgerechnet|rausgesucht|herausgesucht)\\b`,
    ),
    pitch: re(
      `\\b(?:(?<!\\bmich(?: und [^.!?]{0,60}?)?(?: kurz)? )(?:vorzustellen|vorstellen)|präsentieren|demo|produktvorstellung|(?:bieten|biete) (?:ihnen |dir |euch )?(?:unsere?n? |eine?n? )?(?:dienstleistung|service|lösung|leistung|produkt)\\p{L}*|besuchen sie unsere (?:webseite|website|seite)|(?:mehr|weitere) infos? (?:auf|unter) unserer|unsere preise sind|(?:unterstützen|begleiten|unterstützt|begleitet) (?:zahlreiche|viele) (?:unternehmen|kunden|marken|teams))\\b`,
    ),
    contract: re(
      `\\b(?:vertrag unterschreiben|unterschreiben sie|unterzeichnen sie|gegenzeichnen|beigefügte vereinbarung|(?:vertrag|vereinbarung) (?:anbei|im anhang)|(?:angebot|offerte) annehmen|(?:unsere|meine)\\s+(?:[\\p{L}-]+\\s+)?gebühr(?:en)?|(?<!\\b(?:anbieter\\p{L}*|bank|hausbank|sparkasse|konkurrenz|konkurrent\\p{L}*|wettbewerb\\p{L}*|mitbewerber\\p{L}*|dienstleister\\p{L}*|lieferant\\p{L}*|versicherer|vermieter\\p{L}*)\\b[^.!?]{0,80})[\\p{L}-]*gebühr(?:en)?\\s+(?:beträgt|betragen|liegt bei|liegen bei|von)\\s+(?:(?:nur|einmalig|monatlich|jährlich|rund|ca\\.)\\s+)?(?:€\\s?)?\\d|(?<!\\b(?:anbieter\\p{L}*|bank|hausbank|sparkasse|konkurrenz|konkurrent\\p{L}*|wettbewerb\\p{L}*|mitbewerber\\p{L}*|dienstleister\\p{L}*|lieferant\\p{L}*|versicherer|vermieter\\p{L}*)\\b[^.!?]{0,80})[\\p{L}-]*gebühr(?:en)?\\s+(?:[\\p{L}\\p{N}€%.,]+\\s+){0,6}?(?:vorab|im voraus|vorher|sofort|bei unterschrift)\\s+(?:zu (?:zahlen|überweisen|begleichen)|fällig)|(?<!\\b(?:anbieter\\p{L}*|bank|hausbank|sparkasse|konkurrenz|konkurrent\\p{L}*|wettbewerb\\p{L}*|mitbewerber\\p{L}*|dienstleister\\p{L}*|lieferant\\p{L}*|versicherer|vermieter\\p{L}*)\\b[^.!?]{0,80})[\\p{L}-]*(?:gebühr|anzahlung)(?:en)?\\s+(?:[\\p{L}\\p{N}€%.,]+\\s+){0,6}?(?:überweisen|zahlen|bezahlen|begleichen|leisten) sie\\s+(?:(?:bitte|einfach|dann)\\s+)?(?:vorab|im voraus|vorher|sofort|zuerst|gleich|heute)|(?:zahlen|überweisen|begleichen|leisten) sie\\s+(?:(?:bitte|einfach|vorab|zuerst)\\s+)*(?:die|eine|unsere|den|das)\\s+(?:[\\p{L}-]+\\s+)?(?:gebühr|anzahlung|rechnung|betrag)|(?:benötigen|brauchen) wir\\s+(?:(?:noch|vorab|zuerst|nur)\\s+)*(?:eine|die|ihre)\\s+anzahlung|zahlungslink|bezahllink|link zur zahlung|heute (?:noch )?(?:fest|ab)?(?:machen|schließen|abschließen|unterschreiben)|(?:machen|schließen) wir (?:das |es )?heute)\\b`,
    ),
  },
  es: {
    who: re(
      `\\b(?:soy|me llamo|mi nombre es|me presento|trabajo en|trabajo para|dirijo|recluto para|lidero|formo parte de|le escribe|te escribe|(?:te|le|les|os) escribo|escribo desde|llevo|gestiono|coordino|manejo|atiendo|superviso|asesoro|represento|me encargo de|estoy a cargo de|(?:le|te|les|os) saluda)\\b[^.!?]{0,80}?(?:\\b(?:de|en|para|del)\\s+${CAP}|,\\s*${CAP}|\\(${CAP})|\\b(?:recluto para|trabajo en|dirijo)\\s+${CAP}|\\bestoy (?:en|con) ${CAP}(?:\\s+${CAP}){0,2},\\s*(?:somos|\\p{Ll}+(?:amos|emos|imos))\\b`,
    ),
    whoWeak: re(
      `\\bcon (?:más de )?(?:\\d+|[\\p{L}-]+) años de experiencia\\b|\\b(?:ex|antiguo|antigua) (?:director[a]?|jef[ea]|gerente|responsable)\\b|\\b(?:soy|me llamo|mi nombre es)\\s+(?:${CAP}|consultor[a]?|ejecutiv[oa]|director[a]?|reclutador[a]?|enólog[oa]|ingenier[oa])`,
    ),
    theirWork: re(
      `\\b(?:tu|su|sus|tus|vuestr[oa]s?)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:pregunta|comentario|intervención|charla|ponencia|conferencia|artículo|publicación|post|posteo|entrevista|podcast|estudio|informe|libro|vacante|oferta|licitación|obra|proyecto|lanzamiento|tienda|reseñas|rosado|producto|app|repositorio|pull request|commit|encuesta|video|reel|columna|presentación|webinar|panel|apertura|ampliación|mudanza|nave|planta|almacén|sucursal|centro de distribución)\\b|\\b(?:comentó|mencionó|dijo) (?:usted|en)\\b|\\busted (?:me |nos )?(?:puso|preguntaba|decía|comentaba|contaba|explicaba|se quejó|reclamó|dijo|comentó|mencionó|explicó|escribió|contó|compartió|platicó|señaló|indicó|afirmó|declaró|subrayó|destacó|advirtió|planteó|aseguró|apuntó|reconoció|habló|presentó|expuso)\\b|(?:^|[.;:]\\s*)\\W*(?:en|durante)\\s+(?:el\\s+|la\\s+)?${CAP}[^,.;!?]{0,40}?(?<!(?:^|\\s)se)\\s+(?:usted\\s+)?(?:habló|hablaste|presentó|presentaste|expuso|expusiste|contó|contaste|explicó|explicaste)\\s+(?:de|del|sobre|cómo)\\b|\\b(?:vos|tú|usted) (?:fuiste|fue|eras|era) (?:la|el|quien)(?: que)? (?:\\p{L}+(?:ó|ió)|dijo|hizo|puso|trajo)\\b|\\b(?:preguntabas|decías|comentabas|contabas|te quejaste|reclamaste|dijiste|comentaste|mencionaste|explicaste|escribiste|señalaste|afirmaste|contaste)\\b|\\b(?:me|nos) (?:contaste|comentaste|dijiste|explicaste|mencionaste|platicaste|escribiste|preguntaste)\\b|\\b(?:la |el |las |los )(?:entrevista|charla|ponencia|conferencia|artículo|publicación|post|presentación|podcast|vídeo|video|estudio|webinar)s? que (?:usted |tú |ustedes )?(?:dio|concedió|publicó|escribió|firmó|compartió|presentó|dieron|publicaste|diste|escribiste|compartiste)\\b|\\b(?:usted |ustedes )?(?:explicaba|decía|contaba|comentaba|mencionaba|señalaba|explicabas|decías|contabas|comentabas|mencionabas)\\b|\\b(?:felicidades|enhorabuena|felicitaciones)\\b[^.!?]{0,15}?\\bpor(?![\\p{L}])(?!\\s+(?:(?:tu|su)\\s+)?(?:nuevo (?:puesto|cargo|trabajo|rol)|nueva (?:posición|etapa)|aniversario|cumpleaños|ascenso))`,
    ),
    perceived: re(
      `\\b(?:vi|leí|escuché|he visto|he leído|vimos|leímos|me enteré|supe|veo que|he notado que|noto que)\\b|\\b(?:según|publicó|publicaron|anunció|anunciaron)\\b`,
    ),
    referrer: re(
      `${PERSON}${WHERE_FROM}${APPOSITION}\\s+(?:\\([^)]{1,100}\\)\\s+)?(?:me (?:comentó|contó|dijo|recomendó|sugirió)|me habló (?:de|sobre) (?:usted|ti)|me (?:pasó|dio) (?:tu|su) (?:contacto|nombre|correo|número)|me ha (?:comentado|contado|dicho|recomendado|sugerido|hablado de (?:usted|ti))|me (?:ha|han) (?:pasado|dado|facilitado) (?:tu|su) (?:contacto|nombre|correo|número))\\b|\\bme (?:ha |han )?(?:pasado|pasó|dado|dio|facilitado|facilitó) (?:tu|su) (?:contacto|nombre|correo|número|teléfono),?\\s+${CAP}|${SAID_OF_YOU_FROM}(?:me\\s+)?(?:dijo|dice|contó|cuenta|comentó|comenta|mencionó)\\s+que\\s+(?:usted|ustedes|tú|vos)\\b|\\bde(?<!\\bsaludos?\\s+(?:\\p{L}+\\s+){0,2}de) parte de\\s+${CAP}|\\bsu (?:colega|compañer[oa]|jef[ea]|director[a]?|gerente) (?:(?:el|la) )?(?:sr\\.|sra\\.|señor|señora|don|doña|ingeniero|ingeniera|ing\\.)\\s*\\p{L}+`,
    ),
    flattery: re(
      `\\b(?:tu|su) perfil es\\b|\\bimpresionad[oa]s? (?:con|por) (?:el crecimiento|el trabajo|su|tu|lo que)\\b|\\badmiro (?:(?:mucho|muchísimo|profundamente|sinceramente|enormemente|realmente|de verdad) )?(?:lo que|su|tu|sus|tus|el (?:liderazgo|trabajo|camino|crecimiento)|la (?:trayectoria|labor|visión|forma))\\b|\\b(?:he seguido|sigo|vengo siguiendo|llevo (?:un )?tiempo siguiendo)\\b[^.!?\\d]{0,40}?\\b(?:su|tu) (?:(?:destacada|brillante|impresionante|exitosa|gran|admirable) )?(?:trayectoria|carrera)(?![\\p{L}])(?![^.!?]*\\d)|\\bpersonas como (?:usted|tú|vos)\\b|\\b(?:admiración|admiro|admirar)\\b[^.!?\\d]{0,100}?\\b(?<!\\b(?:pienso|creo|opino|veo|lo veo|pienso igual)\\s)como (?:usted|vos|tú|ustedes|vosotros)(?![\\p{L}\\p{N}])(?!\\s*,?\\s*(?:yo\\s+)?(?:también\\s+)?(?:creo|pienso|opino|considero|veo|estoy convencid[oa]|sostengo)\\b)(?![^.!?]*\\d)|\\badmiración por (?:su|tu|sus|tus|lo que)(?![\\p{L}\\p{N}])(?![^.!?]*\\d)|\\b(?:usted es|tú eres|eres|sois) (?:un|una|unos|unas) (?:(?:verdader[oa]s?|auténtic[oa]s?|gran|grandes) )?(?:referentes?|inspiración)\\b|\\bes un (?:honor|privilegio) (?:poder )?(?:escribirle|escribirte|contactarle|contactarte|saludarle|saludarte|dirigirme)\\b|\\bme encanta (?:todo )?lo que (?:están|estás|estáis|hacen|haces|hacéis)\\b|\\b(?:súper |muy )?inspirador[a]?\\b|\\bimpresionante (?:perfil|trayectoria)\\b`,
    ),
    offer: re(
      `\\b(?:(?:con (?:mucho )?gusto,? (?:le|te|les) cuento|(?:le|te|les) cuento (?:con (?:mucho )?gusto|encantad[oa])),? (?:qué|cómo|lo que)[^.!?]{0,60}?(?:resultó|salió|funcionó|fue|cambió|pasó|lograron|consiguieron|ahorraron|redujeron))\\b|\\b(?:sin (?:ningún |ningun )?(?:costo|coste|cargo)(?: alguno)?|gratis|gratuit[oa]s?|sin compromiso|se la adjunto|se lo adjunto|te (?:lo|la) adjunto|adjunto)\\b|\\b(?:con gusto|encantad[oa] de)\\s+(?:le|te|les)\\s+(?:comparto|envío|mando|paso|enviaré|compartiré)${E}(?!\\s+que\\b)|¿\\s*(?:se|te)\\s+(?:lo|la|los|las)\\s+(?:comparto|envío|mando|paso)\\b|\\b(?:le|te|les)\\s+(?!(?:presento|presentamos)\\s+(?:nuestr|mi\\b|mis\\b))(?:paso|dejo|comparto|envío|mando|ofrezco|ofrecemos|propongo|proponemos|presento|presentamos)\\s+(?:la|el|los|las|un|una|unos|unas|nuestr[oa]s?|mi|mis)\\b|\\bpuedo (?:ofrecerle|ofrecerte|presentarle|presentarte|ponerle en contacto|ponerte en contacto)\\b|\\bpuedo (?:enviarle|enviarte|compartirle|compartirte|mandarle|mandarte|pasarle|pasarte)\\b|\\bsi se la envío\\b|\\bsi se lo envío\\b|\\bte he preparado\\b|\\btengo (?:una|un) (?:guía|comparativo|resumen|informe|estudio|plantilla|lista)\\b|\\b(?:estaría|estaríamos|estoy|estamos) (?:encantad[oa]s?|feliz|felices|content[oa]s?) de (?:enviarle|enviarte|mandarle|mandarte|compartirle|compartirte|hacerle llegar|hacerte llegar)\\b|\\bme permite (?:enviarle|mandarle|hacerle llegar)\\b|\\blo que (?:usted|tú|ustedes) (?:gana|ganaría|ganan)\\b|\\b(?:lo|puntos?) que (?:le|te|les) (?:puede|pueden|podría|podrían) interesar\\b|\\bpara (?:usted|ti|ustedes),? (?:lo )?(?:importante|relevante|interesante)\\b|\\b(?:te|le|les) (?:cuento|explico|muestro|enseño)\\b[^.!?]{0,40}\\bcómo (?:lo )?(?:hicieron|hizo|hicimos|lograron|logramos|consiguieron|funcionó)\\b|\\b(?:te|le|les|os) (?:cuento|muestro|explico|comparto) (?:cómo|como)\\b|\\b(?:con gusto|encantad[oa]) (?:le|te|les|os) (?:mostraría|mostrará|enseñaría|enseñará)\\b|\\bse ofrece a (?:enseñ|mostr)\\p{L}*|\\bdispuest[oa]s? a (?:contarle|contarte|contaros|explicarle|explicarte|mostrarle|mostrarte|enseñarle|enseñarte)\\b|\\bquier(?:e|es|en) que (?:le|te|les|os) (?:presente|ponga en contacto)\\b|\\b(?:con gusto|encantad[oa]s?(?: de)?) (?:le |te |les )?(?:compartiría|compartiríamos|enviaría|enviaríamos|mostraría|mostraríamos)\\p{L}*|\\b(?:se ofreció|se ofrece|está dispuest[oa]|se animó) (?:a|para) (?:recibirl[oa]s?|recibirte|mostrarle|mostrarte|mostrarles|llevarl[oa]|llevarte|enseñarle|enseñarte)`,
    ),
    resource: re(
      `\\b(?:guía|comparativo|resumen|informe|estudio|nota|plantilla|lista de verificación|checklist|análisis|datos|descripción del puesto|propuesta|documento|pdf)\\b|\\b(?:encuesta|cifras|números|caso de éxito|caso práctico|presentación|grabación|hoja de cálculo|simulación)\\b|${B}v[ií]deo(?![\\p{L}\\p{N}-])`,
    ),
    rhetorical: re(
      `(?:^|^[^!?¿\\d]{0,40}[,¿]\\s*)(?:qué tal|cómo estás|cómo está|todo bien|cómo va|cómo vas|cómo andás|cómo andas|cómo le va|cómo te va)(?:,\\s*[\\p{L}.-]+(?:\\s+[\\p{L}.-]+)?)?\\s*\\?|^¿\\s*(?:y si|qué pasaría si)\\s[^?¿]*\\?|^¿?\\s*(?:sabía que|sabías que|sabían que|cach[aá]i que(?=\\s+(?:tenemos|tengo|hay|existe|hicimos|ya|nuestr)))\\s[^?]*\\?|,\\s*¿?(?:verdad|no es así|cierto)\\s*\\?+\\s*$`,
    ),
    request: re(
      `\\b(?:envíeme|envíame|mándame|pásame|me envíes?|me mandes?|me pases?|escríbame|escríbeme|llámeme|llámame|agende|reserve)\\b`,
    ),
    // "Quedamos" asks only when it proposes a meeting: in a question ("¿Quedamos el martes?") or with a day, a time or a
    // place ("Quedamos el jueves a las 10", "quedamos para un café"). Otherwise it closes a letter ("Quedamos muy atentos",
    // "a la espera de su respuesta", "al pendiente", "a su disposición") or tells ("quedamos muy contentos").
    softRequest: re(
      `\\b(?:dime|dígame|avísame|avíseme|me dices|me avisas|cuéntame|hablemos)\\b|¿[^?¡.!]{0,60}?\\bquedamos\\b|\\bquedamos\\s+(?:(?:el|este|esta|el próximo|el otro)\\s+(?:${ES_DAYS}|día|mes|semana|fin de semana)|(?:${ES_DAYS}|mañana|hoy|pasado mañana)|a las|para (?:un|una|el (?:${ES_DAYS}|día|próximo)|vernos|tomar|hablar|conversar|almorzar|desayunar|comer|cenar|${ES_DAYS})|en (?:vernos|un|una|su|tu|mi|nuestr[ao]s?))\\b|\\bcon un [«"“]?sí[»"”]?,? (?:por aquí |acá )?(?:te|le) (?:mando|envío|paso|comparto)\\b|\\bsi te sirve,? (?:te|se) (?:la |lo |las |los )?(?:paso|mando|envío|comparto)\\b|\\b(?:te|le) (?:la |lo |las |los )?(?:paso|mando|envío|comparto)\\b[^.!?]{1,80}?\\bsi (?:te|le) (?:sirve|es útil|interesa)\\b|\\b(?:decime|dime|avisame|avísame|respondeme|respóndeme|contestame|contéstame)\\b[^.!?]{0,40}\\by te (?:la |lo |las |los )?(?:mando|paso|envío|comparto)\\b`,
    ),
    unmarkedAsk: re(
      `\\b(?:me encantaría|estaría encantad[oa]|me gustaría|tendría mucho gusto en)\\s+(?:de\\s+)?(?:reunirme con (?:usted|ustedes|vosotros|contigo)|conocerle|conocerla|conocerte|visitarle|visitarla|visitarles|presentarle (?:mis|nuestros) servicios)\\b|\\b(?:respónde(?:me|nos)|contésta(?:me|nos)|responda(?:me)?|conteste(?:me)?|responde|contesta)\\b[^.!?]{0,25}["“«']\\s*\\p{L}+|\\b(?:me encantaría|me gustaría|quisiera)\\s+(?:también\\s+)?saber\\s+(?:si|quién|quiénes|cuál|cuáles|cuándo|dónde|cómo)\\b|^\\W*(?:(?:tendrías|tendría|tienes|tiene)\\s+(?:(?:\\d+(?:\\s*(?:-|–|a|o|ou|y|e)\\s*\\d+)?(?!\\d)|quince|diez|veinte|treinta)(?!\\s*(?![mh]\\b|min|minut|hora)\\p{L})|interés|tiempo|un momento|disponibilidad)|(?:te vendría|le vendría|te viene|le viene|te parece|le parece)\\b)`,
    ),
    invitation: re(
      `\\b(?:(?:añadir|agregar|sumar|invitar)(?:te|le|la|lo)\\s[^.!?]{0,30}?mi red|(?:te|le) invito a (?:unirte|unirse|formar parte) (?:a|de) mi red|añadirte a mi red|agregarte a mi red|añadirle a mi red|(?<!(?:cuando|apenas|bien|cuanto) (?:nos )?)conectemos|(?<!\\bsobre (?:cómo |como )?)(?:ampliar|expandir|aumentar|sumar a|hacer crecer) (?:el |mi |nuestro )?networking(?!\\s+(?:de|del|entre)\\s)|${THANKS_FOR_CONNECTING.es}|me encantaría conectar(?: contigo)?|formar parte de tu red|(?:ampliar|expandir|hacer crecer|aumentar) mi red(?![\\p{L}])(?!\\s+de\\s+(?!contactos))|(?:sigamos|seguir|seguimos|mantenernos|estar|quedar) en contacto)\\b|\\b(?:contar|tener)(?:te|le)? (?:con usted |contigo )?entre mis contactos\\b|\\b(?:tenerl[oa]|tenerte|tenerle|contar con usted|contar contigo) en mi red(?![\\p{L}])(?!\\s+de\\s)`,
    ),
    generic: re(
      `\\bestimad[oa]\\([oa]s?\\)|\\b(?:estimad[oa]s? client[ea]s?|(?:empresas|compañías|negocios|marcas|equipos) como (?:la|el) (?:suya|tuya|vuestra|suyo|tuyo|vuestro)|todo tipo de empresas|estimad[oa]s? señor(?:es|a)?|líderes en|soluciones innovadoras|buscan crecer|vender más)\\b|\\b(?:empresas de todos los (?:tamaños|sectores)|de cualquier sector|(?:aliado|socio) estratégico|en un mundo (?:en constante|cada vez más) (?:evolución|cambio|cambiante|competitivo|digital)|(?:una|nuestra) (?:amplia|completa) gama de (?:soluciones|servicios|productos)|empresa líder|acompañarle en su crecimiento|en un contexto de|cada vez más empresas|muchas empresas se (?:preguntan|plantean))\\b|\\b(?:tenemos|compartimos) (?:\\p{L}+ )?(?:contactos|conexiones|amigos|conocidos) en común\\b|\\b(?:si en algún momento (?:necesita|necesitás|necesitas|le interesa|te interesa)|(?:cuente|contá|cuenta) conmigo|a su (?:entera )?disposición ante cualquier (?:necesidad|consulta)|comprometidos con la excelencia)\\b|\\b(?:ver si podemos (?:colaborar|trabajar juntos)|explorar (?:posibles )?sinergias|ayudamos a (?:empresas|compañías|organizaciones|negocios) del sector [\\p{L}-]+ a (?:optimizar|mejorar|crecer|reducir|digitalizar))\\b`,
    ),
    pressure: re(
      `\\b(?:nos|me) quedan (?:solo|sólo|apenas|únicamente) (?:\\d+|dos|tres|cuatro|cinco|pocas|pocos)(?![\\p{L}\\p{N}])(?!\\s+(?:\\p{L}+\\s+)?(?:días|dias|semanas|meses|horas|minutos|años|anos|jours|semaines|mois|heures|minutes|ans|années|noites|noches|nuits)(?![\\p{L}]))|\\bnecesito que me (?:confirm|respond|contest|avis)\\p{L}*(?:\\s+[\\p{L}]+){0,2}? (?:esta semana|hoy|mañana|cuanto antes)\\b|\\b(?:solo|sólo) (?:quedan|hasta)\\b|\\b(?:solo|sólo|únicamente) (?:tenemos|nos quedan|me quedan) (?:\\d+|dos|tres|pocas|pocos) (?:plazas|cupos|lugares)(?![\\p{L}\\p{N}])(?! de (?:becari|práctic|aparcamiento|estacionamiento))|(?<!(?:su|tu|sus|tus|vuestra|vuestras)\\s)\\b(?:promoción|oferta|descuento|precio especial|inscripción|inscripciones)\\s+(?:[\\p{L}\\d%-]+\\s+){0,4}?(?:vence|termina|expira|acaba|cierra|cierran)\\b|\\b(?:plazas|cupos|lugares) limitad[oa]s\\b|\\bcupo limitado\\b|\\b(?:última oportunidad|últimos días|últimas plazas|últimos cupos|últimos lugares|solo por hoy|sólo por hoy)\\b|\\bquedan (?:solo |sólo )?(?:\\d+|una|dos|tres|pocas) plazas\\b|\\b(?:confirm\\p{L}*|respond\\p{L}*|contest\\p{L}*|avis\\p{L}*|dígame|firm\\p{L}*)\\b[^.!?]{0,30}\\ba más tardar\\b|\\bnecesito \\d+ minutos\\b|\\b(?:solo|sólo) (?:esta|por esta) semana\\b|\\b(?:regresa|vuelve|sube) (?:al|a su) precio (?:normal|regular|original|completo|de lista)\\b|\\b(?<!(?:\\ble|\\bles|\\bte|\\bos)\\s)(?:nos |me )?quedan (?:(?:solo|sólo|apenas)\\s+)?(?:cupos?|lugares?|plazas?|turnos?|capacidad) para (?:\\d+|una?|dos|tres|cuatro|cinco|pocos|pocas)(?![\\p{L}\\p{N}])|\\b(?<!(?:\\ble|\\bles|\\bte|\\bos)\\s)quedan (?:nada más que|no más que|nomás|apenas) (?:\\d+|una?|dos|tres|cuatro|cinco|pocos|pocas)(?![\\p{L}\\p{N}])(?!\\s+(?:\\p{L}+\\s+)?(?:días|semanas|meses|horas|minutos|años|noches)(?![\\p{L}]))|\\b(?:la tarifa|el precio|los precios|las tarifas|esta tarifa|este precio|esa tarifa|ese precio)\\b[^.!?]{0,40}?\\b(?:la |lo |los |las )?(?:sostenemos|mantenemos|respetamos|garantizamos|congelamos|sostengo|mantengo|respeto)\\s+(?:solo\\s+|sólo\\s+)?hasta${UNTIL_DATE.es}|\\b(?:sostenemos|mantenemos|respetamos|garantizamos|congelamos|sostengo|mantengo|respeto) (?:la tarifa|el precio|los precios|esta tarifa|este precio)\\b[^.!?]{0,40}?\\bhasta${UNTIL_DATE.es}`,
    ),
    dated: {
      date: re(
        `\\b(?:hasta el|antes del?|este|esta|a más tardar el)\\s+(?:próximo\\s+)?(?:${ES_DAYS}|fin de mes|\\d{1,2}(?: de (?:${ES_MONTHS})|/\\d{1,2}))\\b`,
      ),
      reply: re(
        `\\b(?:confirm\\p{L}*|respond\\p{L}*|respuesta|contest\\p{L}*|avís\\p{L}*|avis\\p{L}*|dígame|díganos|firme|firmar|firmarlo|firmarla|inscri\\p{L}*|reserv\\p{L}*|decid\\p{L}*|decisión|necesito|necesitamos|por favor|plazo|descuento|precio|promoción|oferta|off|cerr(?:ar|amos|emos|arlo))\\b`,
      ),
      promise: re(
        `\\b(?:envío|mando|paso|preparo|entrego|llevo|hago|tengo|enviaré|mandaré|tendré|prepararé|entregaré|enviamos|mandamos|preparamos|entregamos|llevamos|tendremos|puedo|podemos)\\b|\\b(?:devuelvo|devolveré|devolvemos|te lo devuelvo|se lo devuelvo)\\b`,
      ),
    },
    imposed: re(
      `\\b(?:(?:le|te|les|os) (?:he |hemos )?(?:enviado|agendado|reservado|programado|bloqueado|agendé|reservé|programé|bloqueé|envié|mandé|agendamos|reservamos|programamos)) (?:una |la |un )?(?:invitación|reunión|cita|llamada|videollamada|espacio|hueco|demo|demostración|presentación|sesión)\\b|\\bya (?:te|le) (?:llegó|llegará|debería llegar) la invitación\\b|\\bme (?:tomé|he tomado|permití) la libertad de (?:(?:enviarle|enviarte|mandarle|mandarte) [^.!?]{0,40}?(?:invitación|convocatoria)|agendar|reservar)\\b|\\bya (?:está|tiene) (?:en su|en tu) (?:calendario|agenda)\\b`,
    ),
    nudge: re(
      `\\b(?:por (?:segunda|tercera|cuarta|quinta) vez|sin respuesta|no he (?:recibido|tenido) (?:ninguna )?respuesta|vuelvo a escribir(?:le|te)|(?:le|te) escribo (?:de nuevo|otra vez)|(?:has|ha|han|habéis) podido (?:ver|leer|revisar|checar|mirar) (?:mi|el|los|mis) (?:último |anterior )?(?:mensaje|correo|email)s?|(?:pudo|pudiste|alcanzó a|alcanzaste a|logró|lograste) (?:ver|leer|revisar|checar|mirar) (?:mi|mis) (?:último |anterior )?(?:mensaje|correo|email|mail)s?|(?:sólo|solo) para saber si (?:le|te|les) (?:llegó|llegaron)|(?:viste|vio|leíste|leyó|recibiste|recibió) mi (?:último |anterior )?(?:mensaje|correo|email)|por si se (?:te|le|os) (?:pasó|pasó por alto|traspapeló|había pasado|ha pasado)|(?:te|se|os) lo vuelvo a (?:subir|mandar|enviar|compartir|reenviar)|(?:te|se|os) lo subo (?:por aquí|de nuevo|otra vez))\\b|^\\s*(?:rv|re):\\s*(?:rv|re):`,
    ),
    newValue: re(
      `\\b(?:algo (?:más |realmente )?útil|algo nuevo|ahora con|terminamos (?:nuestro|nuestra|el|la) (?:[\\p{L}-]+ )?(?:informe|estudio|análisis|encuesta|reporte)|esta vez con|como (?:le|te|les) prometí|(?:que|la que|el que|los que|las que) (?:le|te|les) prometí|con las manos vacías|hemos analizado|acabamos de publicar|(?:ayer|hoy|esta semana) (?:publicamos|sacamos|lanzamos|terminamos)|no (?:quiero|quería) (?:sólo|solo) recordarle|desde entonces (?:tenemos|hay|hemos)|ya tenemos (?:el|la|los|las) (?:[\\p{L}-]+ )?(?:consolidado|informe|estudio|análisis|resultados|datos))\\b`,
    ),
    met: re(
      `\\b(?:nuestra (?:conversación|charla|plática|reunión)|nos (?:conocimos|vimos)|hablamos en|(?:trabajamos|estudiamos) juntos|coincidimos en|(?:platicamos|conversamos|charlamos|hablamos|estuvimos (?:platicando|hablando|conversando))${E}(?! con (?:much|vari|decenas|cientos|\\d))(?![^?]*\\?)|gracias por la (?:plática|charla|conversación|reunión|visita)|(?:muchas )?gracias por (?:el rato|el tiempo|recibirme|atenderme|la vuelta|enseñarme|mostrarme)|(?:un |mucho )?gusto (?:(?:en )?saludarl[oa]|saludarte|verl[oa]|verte) de nuevo|(?:un |mucho )?gusto (?:haberl[oa]|haberte) (?:conocido|saludado|visto)|(?:fue|ha sido) un (?:gusto|placer|gustazo) (?:platicar|conversar|hablar|charlar) (?:contigo|con usted|con ustedes)|(?:fue|ha sido) un (?:gusto|placer) (?:conocerte|conocerl[oa]|conocerles)(?! de nuevo)|(?<!(?:sería|será|sea|tendría|espero|ojalá)\\s(?:un |muy |mucho )?)(?:qué|mucho|un) (?:gusto|placer) (?:de |en )?(?:haber )?(?:conocerte|conocerl[oae]|conocerles)(?=[^.!?]{0,12}(?<![\\p{L}])(?:en|durante)\\s+(?:el|la|los|las)?\\s*(?:congreso|feria|evento|jornada|charla|conferencia|cena|desayuno|seminario|taller|foro|cumbre|encuentro|salón|expo|stand|estand)(?![\\p{L}]))|(?<!(?:sería|será|sea|tendría|espero|ojalá)\\s(?:un |muy |mucho )?)encantad[oa] de (?:haber )?(?:conocerte|conocerl[oae]|conocerles)(?=[^.!?]{0,12}(?<![\\p{L}])(?:en|durante)\\s+(?:el|la|los|las)?\\s*(?:congreso|feria|evento|jornada|charla|conferencia|cena|desayuno|seminario|taller|foro|cumbre|encuentro|salón|expo|stand|estand)(?![\\p{L}]))|en (?:su|tu|vuestro) (?:stand|estand|puesto)|(?:estuvimos|nos sentamos|coincidimos|compartimos) (?:en |a )?(?:la misma mesa|mesa|juntos)|(?:compartimos|compartiremos|vamos a compartir) (?:el |un |la )?(?:panel|mesa redonda|escenario)|(?:en el|del) mismo panel)\\b`,
    ),
    forThem: {
      cue: re(
        `^\\W*(?:(?:un|una|unos|unas|pequeño|pequeña|breve|nuestro|nuestra|mi|el|la|dos|tres)\\s+)*(?:consejo|consejos|truco|trucos|lección|lecciones|aprendizaje|aprendizajes|pista|lo que funcionó|lo que ayudó|en resumen|resumiendo)\\b[^:]{0,50}:\\s*\\S|\\b(?:(?:nosotros )?(?:cubrimos|cubriremos|asumimos|pagamos|costeamos) (?:el|la|los|las)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:piloto|prueba|costes?|costos?|gastos?|instalación|formación|viaje|primer\\p{L}*)|corre(?:rá)? (?:por|de) nuestra cuenta|sin (?:coste|costo|cargo) para (?:ti|usted|ustedes|vosotros)|(?:ponerte|ponerle|ponerles|poneros) en contacto|organiz\\p{L}* (?:una|esa|esta|la) visita|(?:te|le|os|les) (?:pongo|pondría|pondré|pondremos) en contacto|presentar(?:te|le|os|les) a|(?:le|te|les|os) (?:explico|explicamos|explicaré|explicaría|repaso)\\b|explicár(?:te|le|os|les)(?:lo|la|los|las)|(?:es|son|será|serán) (?:tuy|suy|vuestr)[oa]s?|(?:puedes|puede|podéis|pueden) (?:usarl[oa]s?|quedártel[oa]s?|quedársel[oa]s?) (?:libremente|sin)|de uso libre)\\b`,
      ),
      gain: re(
        `\\b(?:ahorrar(?:le|te|les|os)?|(?:le|te|les|os) (?:ahorra|ahorraría|ahorrará|ahorraríamos|ahorramos))\\b`,
      ),
      invite: re(
        `\\b(?:(?:te|le|les|os) (?:apunto|apuntamos|inscribo|inscribimos)|contar (?:contigo|con usted|con ustedes|con vosotr[oa]s)|(?:te|le|les|os) (?:reservo|aparto|guardo|reservamos|apartamos|guardamos) (?:una |un |dos |tres )?(?:plaza|lugar|asiento|cupo|entrada)s?|reservar(?:te|le|les|os) (?:una |un |dos |tres )?(?:plaza|lugar|asiento|cupo|entrada)s?|invitar(?:te|le|os|les)|(?:te|le|os|les) (?:invito|invitamos|invitaría|invitaríamos|invitaremos)|como (?:nuestr[oa]|mi) invitad[oa])\\b`,
      ),
      occasion: re(
        `\\b(?:mesa redonda|cena|desayuno|almuerzo|jornada|evento|taller|webinar|seminario|encuentro|feria|congreso|sesión|cata|foro|masterclass|plática|charla|visita|café)s?${E}`,
      ),
      peer: re(
        `\\b(?:de (?:tu|su|vuestro) tamaño|de tamaño (?:similar|parecido)|como (?:el|la|los|las) (?:tuy|suy)[oa]s?)\\b`,
      ),
      ours: re(
        `\\b(?:(?:nos|me) (?:encargamos|ocupamos|encargo|ocupo) de\\s+(?:todo\\s+)?(?:el|la|los|las)?\\s*(?:papeleo|trámites?|tramitación|gestión|mantenimiento|solicitud|costes?|gastos?|burocracia)|(?:corremos con|cubrimos|asumimos|pagamos) (?:todos )?(?:los|el) (?:gastos|costes?|costos?)|financiad[oa]s? (?:íntegramente |por completo |totalmente )?por (?!(?:usted|ustedes|vosotros|ti)\\b)|por menos de lo que (?:ahora |hoy )?(?:pagáis|paga|pagas|pagan|gastáis|gasta|gastas|gastan)|para que (?:tus|sus|vuestr[oa]s|los|las) (?:clientes|pacientes|empleados|trabajadores|conductores|socios|alumnos|familias|huéspedes|donantes|usuarios|equipos?|vecinos|compradores)\\s+\\p{L}+|(?:(?:te|le|les|os) (?:puedo|podemos) contar|puedo contar(?:te|le|les|os))\\s+(?:qué|lo que)\\s+(?:nos |les )?(?:ha |han )?(?:funcionado|funcionó|sirvió|ha servido)|(?:contar|explicar|mostrar|enseñar)(?:te|le|les|os)\\s+cómo\\s+(?:lo\\s+)?(?:hicimos|hicieron|hizo|consiguieron|consiguió|logramos|lograron|resolvimos|resolvieron)|(?:podemos|puedo|podríamos|podría)\\s+(?!(?:hablar|reunirnos|vernos|presentar|mostrar|enseñar|ayudar|agendar|llamar)\\p{L}*\\b)\\p{L}+(?:ar|er|ir)\\b[^.!?]{0,60}?\\b(?:sus|tus|vuestr\\p{L}*)\\s+(?:propi[oa]s\\s+)?\\p{L}+|con gusto\\b[^.!?]{0,60}?\\b(?:sus|tus|vuestr\\p{L}*)\\s+\\p{L}+|(?:usted|ustedes|tú)\\s+(?:ya\\s+)?(?:se\\s+)?(?:ahorra|ahorraría|ahorran|gana|ganaría|ganan|evita|evitaría|evitan|recibe|recibiría|reciben|elimina|eliminaría|quita|quitaría|deja de|dejaría de|dejan de|olvida|olvidaría)\\b)\\b`,
      ),
    },
    madeForThem: re(
      `\\b(?:he|hemos) (?:preparado|analizado|armado|hecho|revisado)\\b|\\b(?:armé|preparé|analicé|revisé)\\b`,
    ),
    pitch: re(
      `\\b(?:una demo|un demo|agendamos una demo|contarte lo que hacemos|ofrec\\p{L}* (?:un |una |unos |unas |nuestr[oa]s? )?(?:servicio|solución|soluciones|plataforma|producto|software)s?|(?:platicar|hablar|contar)(?:le|te|les|os)? (?:de|sobre|acerca de) nuestr[oa]s? (?:servicios?|empresa|compañía|productos?|soluciones?|plataforma)|(?:mostrar|presentar|enseñar)(?:te|le|les|os)? nuestr[oa]s? (?:software|plataforma|solución|producto|herramienta|servicios?|app|sistema)|presentarle nuestra|visite nuestra (?:web|página)|más información en nuestra (?:web|página)|nuestros precios son|(?:acompañ|ayud)(?:a|amos) a (?:muchas|las|los|numerosas|diversas) (?:empresas|clientes|marcas|compañías|equipos))\\b`,
    ),
    contract: re(
      `\\b(?:firmar el contrato|firme el contrato|(?<!(?:sus |tus |vuestros |convenios? de |hojas? de |contratos? de ))honorarios|cuotas? de (?:inscripción|adhesión|alta|ingreso|afiliación|membresía|socio|entrada|activación|apertura)|(?:pague|abone|pagá|aboná|pagás|abonás|pagues|abones|transfiera|transferí|transferime|transfieras|transferís|deposite|depositá|depositás)\\s+(?:(?:la|las|su|sus|tu|tus|una|el|un)\\s+)?(?:primera\\s+)?(?:cuotas?|seña|anticipo)|(?:tiene|tenés|tienes|tendría|tendrías|tendrá|tienen|debe|deberá|deben|hay) que (?:pagar|abonar|transferir|depositar)(?:nos|me)?\\s+(?:(?:la|las|su|sus|tu|tus|una|el|un)\\s+)?(?:primera\\s+)?(?:cuotas?|seña|anticipo)|(?:necesito|necesitamos|preciso|precisamos|le pido|te pido|les pido|le pedimos|te pedimos|les pedimos)\\s+(?:que (?:me |nos )?(?:pague|abone|pagues|abones|transfiera|transfieras|deposite)\\s+)?(?:(?:la|una|el|un|su|tu)\\s+)?(?:primera\\s+)?(?:cuota|seña|anticipo)|cuotas?\\s+(?:[\\p{L}\\p{N}$%.,]+\\s+){0,6}?se (?:paga|pagan|abona|abonan) (?:por adelantado|por anticipado|al firmar|antes de empezar)|(?:link|enlace) de pago|(?:lo )?cerramos hoy|cerrarlo hoy|lo dejamos cerrado hoy)\\b`,
    ),
  },
  fr: {
    who: re(
      `\\bje (?:recrute pour|travaille chez|dirige|représente)\\s+(?:(?:pour ma part|pour ma part,|moi-même|quant à moi,?)\\s+)?${CAP}|\\b(?:je (?!(?:me|vous|te|serai|serais|passe|passerai|viens|vais|reviens|suis passée?|étais)\\b)[\\p{L}-]+|j'[\\p{L}-]+)\\b[^.!?,;]{0,60}?\\bchez\\s+${CAP}|^\\W*chez\\s+${CAP}[^,.!?]{0,30},\\s*(?:je|j'|où je|où j')|\\bchez\\s+${CAP}[^,.!?]{0,30},\\s*où (?:je|j')|\\ben tant que\\s+[^.!?,;]{0,60}?\\bchez\\s+${CAP}|\\b(?:c'est|ici)\\s+${CAP}(?:\\s+${CAP})?,?\\s+(?:de|chez|du)\\s+(?:la\\s+|l')?${CAP}|\\b(?:je suis|je m'appelle|moi,? c'est|je travaille|je bosse|je dirige|je recrute pour|je m'occupe|je gère)\\b[^.!?]{0,80}?(?:\\b(?:chez|de|à|pour|du)\\s+(?:la\\s+|l')?|\\bd')${CAP}|${CAP}(?:\\s+${CAP})?,?\\s+(?:[\\p{L}-]+\\s+){0,4}(?:chez|de)\\s+${CAP}[^.!?]{0,30}\\bici\\b`,
    ),
    whoWeak: re(
      `\\bforte? de (?:plus de )?(?:\\d+|[\\p{L}-]+) ans d'expérience\\b|\\bj'ai (?:plus de )?(?:\\d+|[\\p{L}-]+) ans d'expérience\\b|\\bje mets mon savoir-faire au service\\b|\\bancien(?:ne)? (?:directeur|directrice|responsable|chef|cheffe|ingénieur|ingénieure)\\b|\\b(?:je suis|je m'appelle)\\s+(?:${CAP}|consultant[e]?|fondat(?:eur|rice)|directeur|directrice|responsable|ingénieur[e]?|commercial[e]?|recruteu(?:r|se))`,
    ),
    theirWork: re(
      `\\b(?:votre|vos|ton|ta|tes)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:question|remarque|commentaire|intervention|conférence|article|publication|post|interview|entretien|podcast|étude|rapport|livre|offre|appel d'offres|projet|lancement|boutique|avis|panel|table ronde|tribune|webinaire|présentation|vidéo|reel|enquête|annonce|poste|affichage|billet|bibliothèque|librairie|dépôt|fiche|pull request|commit|chantier|réalisation|ouverture|agrandissement|déménagement|usine)\\b|\\b(?:vous vous (?:êtes|étiez) plainte?s?|vous (?:me |nous )?(?:demandiez|disiez|expliquiez|racontiez|parliez|évoquiez|mentionniez|posiez)|vous (?:m'|nous )?(?:avez|aviez) (?:râlé|dit|expliqué|évoqué|mentionné|souligné|annoncé|publié|confié|raconté|parlé|indiqué|déclaré|affirmé|précisé|signalé|rappelé)|vous (?:indiquez|déclarez|affirmez|précisez|soulignez|expliquez|évoquez|mentionnez|signalez|annoncez)|tu (?:m'|nous )?(?:as|avais) (?:dit|expliqué|évoqué|mentionné|parlé|confié|raconté|écrit))\\b|\\b(?:l'|le |la |les )(?:entretien|interview|intervention|conférence|article|tribune|post|publication|présentation|podcast|vidéo|étude|webinaire)s? (?:que|qu') ?(?:vous|tu) (?:avez|aviez|as|avais) (?:accordé|donné|publié|écrit|signé|tenu|partagé|présenté|animé|faite?s?|mise? en ligne)\\b|\\b(?:vous (?:expliquiez|disiez|évoquiez|mentionniez|souligniez|racontiez|indiquiez|parliez|écriviez|regrettiez|notiez)|tu (?:expliquais|disais|évoquais|racontais|parlais|écrivais))\\b|\\b(?:félicitations|bravo)\\b[^.!?]{0,15}?\\bpour(?![\\p{L}])(?!\\s+(?:(?:votre|ton)\\s+)?(?:nouveau (?:poste|rôle|travail)|nouvelle (?:fonction|étape)|anniversaire|promotion))`,
    ),
    perceived: re(
      `\\b(?:j'ai (?:lu|vu|entendu|écouté|remarqué|découvert|suivi|noté)|je (?:vous|t') ?ai (?:lue?|vue?|entendue?|écoutée?|suivie?)|(?:vous avez|tu as) (?:posté|publié|écrit|expliqué|mentionné|partagé|raconté|commenté)|nous avons (?:lu|vu|remarqué)|je (?:vois|constate|remarque) que|vous (?:recherchez|cherchez|recrutez) (?:un|une|des|deux|trois|\\d+))\\b|\\b(?:selon|d'après)\\b|\\b(?:a annoncé|annonce|ouvre|lance|recrute)\\b`,
    ),
    referrer: re(
      `${PERSON}${WHERE_FROM}${APPOSITION}\\s+(?:\\([^)]{1,100}\\)\\s+)?(?:m'a (?:conseillé|parlé|dit|suggéré|recommandé|glissé|raconté|confié)|m'a (?:donné|transmis|passé) (?:vos|tes) coordonnées|m'a (?:donné|transmis|passé) (?:votre|ton) (?:nom|contact|adresse|numéro))\\b|${SAID_OF_YOU_FROM}(?:(?:m'a|a)\\s+(?:dit|raconté|mentionné|glissé|confié|expliqué)|dit|me dit|raconte|m'écrit)\\s+que\\s+(?:vous|tu)\\b|\\bde la part de\\s+${CAP}|\\b(?:vos|tes) coordonnées m'ont été (?:transmises|données|passées|refilées) par\\s+${CAP}|${PERSON}\\s*(?:\\([^)]{1,100}\\))?,?\\s+qui m'a (?:conseillé|parlé|dit|suggéré|recommandé)\\b|\\bvotre (?:collègue|responsable|directeur|directrice|associé|associée) (?:m\\.|mme|monsieur|madame)\\s*\\p{L}+`,
    ),
    flattery: re(
      `\\bimpressionn[ée]e?s? par (?:la croissance|le travail|le parcours|votre|ton|ta|vos|tes|ce que)\\b|\\bj'admire (?:(?:beaucoup|énormément|sincèrement|profondément|vraiment) )?(?:votre|ton|ta|vos|ce que)\\b|\\b(?:vous êtes|tu es) une (?:(?:vraie|véritable) )?(?:référence|inspiration)\\b|\\bc'est un (?:honneur|privilège) de (?:vous |t')écrire\\b|\\bj'adore ce que (?:vous|tu)\\b|\\b(?:votre|ton) (?:profil|parcours)(?![\\p{L}])(?![^.!?]*\\d)[^.!?]{0,100}\\b(?:impressionnant|inspirant|remarquable|incroyable|exceptionnel)|\\bune (?:vraie|véritable) inspiration\\b|\\bvisionnaires comme vous\\b|\\b(?:j'ai (?:toujours )?suivi|je suis (?:de près|avec (?:intérêt|admiration|attention)|depuis (?:longtemps|des années)))\\b[^.!?\\d]{0,30}?\\b(?:votre|ton) (?:(?:beau|brillant|remarquable|impressionnant) )?(?:parcours|carrière|trajectoire)(?![\\p{L}])(?![^.!?]*\\d)|\\b(?:des )?(?:personnes|dirigeants|dirigeantes|leaders) comme (?:vous|toi)\\b|\\b(?:admiration|admire|admirer)\\b[^.!?\\d]{0,100}?\\b(?<!\\b(?:pense|crois|vois|juge|estime)\\s)comme (?:vous|toi)(?![\\p{L}\\p{N}])(?!\\s*,?\\s*(?:je (?:pense|crois|suis convaincue?|trouve|considère|vois|juge)|j'estime|j'ai la conviction)\\b)(?![^.!?]*\\d)|\\bd'admiration pour (?:votre|ton|ta|vos|tes|ce que)(?![\\p{L}\\p{N}])(?![^.!?]*\\d)`,
    ),
    offer: re(
      `\\b(?:(?:je )?(?:vous|te) (?:raconte|raconterai|expliquerai) (?:volontiers|avec plaisir) (?:ce qu|comment)[^.!?]{0,60}?(?:donné|passé|changé|marché|fonctionné|obtenu|gagné|économisé|réduit))\\b|\\b(?:gratuit(?:e|s|es)?|gratuitement|sans engagement|offert(?:e)?|ci-joint|en pièce jointe|sans frais)\\b|\\b(?:je|on|nous) (?:peux|peut|pouvons|pourrais|pourrait|pourrions) vous (?:l'|le |la |les )?(?:envoyer|partager|transmettre|faire parvenir|faire suivre|adresser|communiquer|remettre|montrer|proposer|offrir|présenter|mettre en (?:relation|contact))\\b|\\bje vous (?:présente|mets en relation)\\b|\\bje vous (?:l'|les )?(?:envoie|partage|transmets|propose|fais suivre)\\b[^.!?]{0,30}\\b(?:volontiers|avec plaisir)?|\\b(?:volontiers|avec plaisir),? je vous\\b|\\b(?:puis-je|voulez-vous que je|souhaitez-vous que je|je vous l'envoie)\\b|\\bvous (?:l'|le |la )?(?:envoyer|transmettre)\\s*\\?|\\b(?:je serais|nous serions|je suis|nous sommes) (?:ravie?s?|heureu(?:x|se)s?|content(?:e|s|es)?) de vous (?:l'|le |la |les |en )?(?:envoyer|adresser|transmettre|partager|faire parvenir|montrer|offrir|remettre)\\b|\\bpermettez-vous (?:que je vous (?:l'|le |la |les )?(?:envoie|adresse|transmette)|de vous (?:l'|le |la |les )?(?:envoyer|adresser|transmettre))\\b|\\bce que vous y gagne(?:z|riez)\\b|\\b(?:ce qui|points? qui|éléments? qui) (?:peu(?:ven)?t|pourrai(?:en)?t) vous intéresser\\b|\\bpour vous,? (?:concrètement|l'intérêt|ce qui compte)\\b|\\bje vous (?:explique|raconte|montre)\\b[^.!?]{0,40}\\bcomment (?:ils|elles|nous) (?:ont|avons) (?:fait|procédé|réussi)\\b|\\b(?:je vous|je te) (?:raconte|montre|explique) comment\\b|\\bse (?:ferait|fera) un plaisir de (?:vous|te) (?:montrer|faire visiter|présenter)\\b|\\bse propose de (?:vous|te) (?:montrer|faire visiter)\\b|\\best (?:d'accord|prête?|ravie?|partante?|disposée?) (?:de|pour|à) (?:vous|te) (?:faire visiter|recevoir|accueillir)\\b|\\b(?:partag|envoi|envoie|enverr|montr|transmet|transmettr)\\p{L}* (?:(?:vous|te) )?volontiers\\b`,
    ),
    resource: re(
      `\\b(?:liste|checklist|guide|étude|synthèse|rapport|comparatif|modèle|fiche|analyse|données|benchmark|note|résumé|document|pdf|cas client|client|mise en relation)\\b|\\b(?:enquête|chiffres|grille|retour d'expérience|présentation|enregistrement|tableau|simulation)\\b|${B}vidéo(?![\\p{L}\\p{N}-])`,
    ),
    rhetorical: re(
      `(?:^|,\\s*)(?:comment allez-vous|ça va)(?:,\\s*[\\p{L}.-]+(?:\\s+[\\p{L}.-]+)?)?\\s*\\?|^(?:et si|saviez-vous que|savais-tu que|le saviez-vous)\\s(?![^?]*,\\s*(?:pouvez|pourriez|voulez|voudriez|auriez|seriez|accepteriez|peux|pourrais|veux|voudrais|aurais)-(?:vous|tu)\\b)[^?]*\\?|,\\s*(?:n'est-ce pas|non|hein)\\s*\\?+\\s*$`,
    ),
    request: re(
      `\\b(?:je vous propose (?:aussi |également )?(?:un|une) (?:[\\p{L}-]+ ){0,3}?(?:appel|échange|rendez-vous|café|call|visio|démo|démonstration|rencontre|entretien)|envoyez-moi|écrivez-moi|appelez-moi|réservez|merci de (?:me|m'envoyer|m'écrire|m'appeler|m'indiquer|m'adresser|nous (?:envoyer|écrire|contacter|retourner|indiquer|confirmer|faire parvenir)|confirmer|signer|remplir|réserver|compléter))\\b`,
    ),
    softRequest: re(
      `\\b(?:(?:je serais|nous serions) (?:ravie?s?|heureu(?:x|se)s?|content(?:e|s|es)?|enchanté(?:e|s|es)?) de vous (?:rencontrer|rendre visite|recevoir|présenter (?:mes|nos) (?:services|prestations|activités))|j'aimerais (?:beaucoup )?vous rencontrer)\\b|\\b(?:dites-moi|dis-moi|(?:n'hésitez pas à|vous pouvez|il suffit de) me (?:le )?(?:dire|faire signe|répondre)|faites-moi signe|fais-moi signe|tenez-moi au courant|parlons-en|échangeons)\\b|\\bun (?:simple )?[«"“]?\\s?oui\\s?[»"”]?(?: [\\p{L}']+){0,4}? (?:suffit|me suffit)\\b|\\b(?:je vous|je t'|nous vous)\\s?(?:l'|le |la |les |en )?(?:envoie|enverrai|envoyons|transmets|fais parvenir|partage)\\b[^.!?]{1,80}?\\bsi (?:ça|cela) (?:(?:vous|te) (?:est|serait|sera) utile|(?:vous |t')intéresse)|\\bsi (?:ça|cela) (?:vous|t')\\s?(?:est utile|intéresse)\\b,? (?:je vous|je t'|nous vous)\\s?(?:envoie|enverrai|envoyons|transmets|partage)\\b`,
    ),
    unmarkedAsk: re(
      `\\b(?:j'aimerais|je voudrais|je souhaiterais)\\s+(?:aussi\\s+|également\\s+)?savoir\\s+(?:si|qui|quand|où|comment|quel|quelle|quels|quelles)\\b|\\b(?:répondez|réponds)(?:-moi)?\\b[^.!?]{0,25}["«“']\\s*\\p{L}+|^\\W*(?:seriez-vous|serais-tu|auriez-vous|aurais-tu|avez-vous|as-tu|pourriez-vous|pourrions-nous|pouvons-nous|voulez-vous|veux-tu|souhaitez-vous|est-ce que)\\b|\\b(?:serais|serions) (?:ravie?s?|heureu(?:x|se)s?|content(?:e|s|es)?) d'(?:en )?(?:discuter|échanger|parler)\\b[^.!?]{0,40}\\b(?:\\d+|quinze|dix|vingt|trente) (?:minutes|min)\\b|\\b(?:j'aimerais|je voudrais|je serais (?:ravie?|curieu(?:x|se)) de) savoir si\\b`,
    ),
    invitation: re(
      `\\b(?:(?:vous|t')\\s?(?:ajouter|inviter|intégrer)\\s[^.!?]{0,30}?mon réseau|vous ajouter à mon réseau|t'ajouter à mon réseau|(?:je )?(?:développe|développer|élargis|élargir|étends|étendre) mon réseau|rejoindre (?:votre|ton) réseau|(?:me )?connecter avec (?:vous|toi)|connectons-nous|(?<!\\bsur (?:comment )?)(?:élargir|développer|agrandir) (?:mon |notre )?(?:networking|réseautage)(?!\\s+(?:de|des|du|entre)\\s)|merci pour la mise en relation|${THANKS_FOR_CONNECTING.fr}|au plaisir d'échanger|élargir mon réseau|(?:vous|te) compter parmi mes (?:contacts|relations)|rest(?:er|ons) en contact)\\b|\\bau plaisir de (?:se |vous |te )?connecter\\b|\\bnouveaux contacts dans\\b`,
    ),
    generic: re(
      `\\bch(?:er|ère)\\(e\\)|\\b(?:madame, monsieur|mesdames,? messieurs|(?:entreprises|sociétés|marques|équipes) comme (?:la|le) (?:vôtre|tienne)|leader (?:du marché|de)|solutions innovantes)\\b|\\b(?:(?:entreprises|sociétés|organisations|clients) de toutes (?:tailles|sortes)|(?:de )?tous (?:les )?secteurs|partenaire stratégique|entreprise leader|dans un contexte de|dans un monde en (?:constante |perpétuelle |pleine )?(?:évolution|mutation)|(?:une|notre) gamme complète de (?:solutions|services|produits)|(?:vous )?apporter de la valeur|à chaque étape de (?:vos|votre|leurs?) |ans d'expertise au service|de nombreuses (?:entreprises|organisations|sociétés|structures) s'interrogent|de plus en plus d'entreprises)\\b|\\b(?:si (?:un jour|jamais) vous avez besoin|si (?:un jour|jamais) tu as besoin|engagés pour l'excellence)\\b|\\b(?:voir si (?:nous|on) (?:pourrions|pouvons|peut|pourrait) (?:collaborer|travailler ensemble)|explorer (?:des |d'éventuelles )?synergies|(?:aidons|accompagnons) les (?:entreprises|sociétés|organisations) du secteur [\\p{L}-]+ à (?:optimiser|améliorer|croître|réduire|digitaliser))\\b`,
    ),
    pressure: re(
      `\\b(?:le tarif|le prix|les prix|ce tarif|ce prix|les tarifs)\\b[^.!?]{0,40}?\\b(?:le |la |les )?(?:maintenons|garantissons|gelons|tenons|maintiens|garantis)\\s+(?:seulement\\s+)?jusqu'(?:au|à)${UNTIL_DATE.fr}|\\bil (?:nous|me) reste (?:seulement |encore |juste |que |plus que )?(?:de la place|des places|des créneaux|de la capacité) pour (?:\\d+|un|une|deux|trois|quatre|cinq)(?![\\p{L}\\p{N}])|\\bil ne (?:nous|me) reste (?:plus )?que (?:\\d+|deux|trois|quatre|cinq|quelques)(?![\\p{L}\\p{N}])(?!\\s+(?:\\p{L}+\\s+)?(?:días|dias|semanas|meses|horas|minutos|años|anos|jours|semaines|mois|heures|minutes|ans|années|noites|noches|nuits)(?![\\p{L}]))|\\bplus que \\d+\\b|\\bn'(?:avons|ai) (?:plus )?que (?:\\d+|deux|trois|quelques) places(?![\\p{L}\\p{N}])(?! de (?:stage|parking|stationnement))|(?<!(?:votre|vos|ta|tes)\\s)\\b(?:offre|remise|promotion|tarif préférentiel|inscriptions)\\s+(?:[\\p{L}\\d%'-]+\\s+){0,4}?(?:expire|se termine|prend fin|ferment|ferme|se clôturent)\\b|\\bplaces limitées\\b|\\b(?:dernière chance|derniers jours|dernières places|offre limitée|aujourd'hui seulement)\\b|\\bil ne reste (?:que|plus que) (?:\\d+|une?|deux|trois|quelques) places?\\b|\\b(?:confirm\\p{L}*|répond\\p{L}*|revenir|me dire|retour|sign\\p{L}*|valider)\\b[^.!?]{0,30}\\bau plus tard\\b|\\b(?:cette semaine seulement|uniquement cette semaine)\\b|\\b(?:repasse|revient|retour(?:ne)?) (?:au|à son) (?:plein tarif|prix (?:normal|fort|plein))\\b`,
    ),
    dated: {
      date: re(
        `\\b(?:avant|d'ici|jusqu'à|jusqu'au)\\s+(?:(?:ce|le)\\s+)?(?:${FR_DAYS}|la fin du mois|fin du mois|\\d{1,2}(?:er)?\\s+(?:${FR_MONTHS})|\\d{1,2}/\\d{1,2})\\b`,
      ),
      reply: re(
        `\\b(?:confirm\\p{L}*|répond\\p{L}*|réponse|revenir|retour|me dire|dites-moi|signer|signez|valider|validez|inscri\\p{L}*|réserv\\p{L}*|décid\\p{L}*|décision|merci de|besoin|s'il vous plaît|svp|remise|réduction|prix|tarif|promo\\p{L}*|offre|off)\\b`,
      ),
      promise: re(
        `\\b(?:je|j'|nous)\\s*(?:vous\\s+|te\\s+|l'|le\\s+|la\\s+|les\\s+|lui\\s+)*(?:envoie|envoyons|enverrai|enverrons|prépare|préparons|préparerai|peux|pouvons|livre|livrons|livrerai|ferai|ferons|aurai|aurons|passe|passerai|apporte|apporterai)\\b`,
      ),
    },
    imposed: re(
      `\\b(?:(?:j'ai|je vous ai|je t'ai|nous vous avons|on vous a|on t'a) (?:bloqué|réservé|calé|mis|planifié|programmé|fixé)|je (?:me suis permis|me permets) de (?:bloquer|réserver|caler)|je vous ai envoyé une invitation)\\b[^.!?]{0,60}\\b(?:agenda|calendrier|créneau|invitation|rendez-vous)|\\bje vous ai (?:(?:donc|déjà|aussi|également|simplement|hier|ce matin) )*(?:envoyé|transmis) (?:(?:hier|ce matin|aujourd'hui) )?(?:une |l')invitation(?![\\p{L}])(?!\\s+(?:linkedin|de connexion|à (?:rejoindre|me rejoindre) )|\\s+(?:pour|à) (?:notre|nos|le|un|une) (?:[\\p{L}-]+ )?(?:webinaire|événement|salon|afterwork|conférence|soirée|réseau))|\\bvous avez (?:bien )?reçu (?:une |l'|mon )invitation (?:teams|zoom|outlook|google meet|meet)\\b|\\bje (?:me suis permis|me permets) de vous (?:envoyer|transmettre|adresser) une invitation\\b|\\bcréneau réservé\\b`,
    ),
    nudge: re(
      `\\b(?:je me permets de (?:vous )?relancer|(?<!(?:votre|ta|vos|tes|sa|leur) question[^.!?]{0,40})sans réponse|je n'ai pas eu de retour|(?:je n'ai )?(?:reçu )?aucune réponse|je reviens vers (?:vous|toi)|je reviens à la charge|(?:avez-vous|as-tu) (?:eu le temps|pu prendre le temps) d'y (?:penser|réfléchir|jeter un (?:coup d')?(?:œil|oeil))|troisième fois|deuxième fois|(?:avez-vous|as-tu) (?:eu le temps de |pu |eu l'occasion de )(?:lire|voir|consulter|regarder|prendre connaissance de) mon (?:dernier |précédent )?(?:message|mail|e-mail|courriel)|je (?:vous |te )?(?:remonte|renvoie) (?:mon|ce) (?:message|mail|courriel)|au cas où (?:il|mon message|mon mail) (?:vous |t')?(?:aurait|serait) échappé)\\b|^\\s*(?:tr|re):\\s*(?:tr|re):`,
    ),
    newValue: re(
      `\\b(?:quelque chose de nouveau|cette fois avec|comme promis|que je vous avais promise?s?|que je t'avais promise?s?|les mains vides|du concret|sont sorti(?:e)?s|nous venons de publier|nouvelle étude|nouvelles données|depuis,? (?:nous avons|j'ai|on a)|depuis (?:la|notre) (?:mise à jour|nouvelle version|dernière version)|quelque chose de (?:plus |vraiment )?utile|plus utile qu'un rappel)\\b|\\bavec du nouveau\\b|\\bdu nouveau cette fois\\b`,
    ),
    met: re(
      `\\b(?:notre (?:échange|rencontre|conversation|discussion)|nous nous sommes (?:rencontrés|parlé)|on s'est (?:rencontré|parlé|croisé)e?s?|suite à notre|(?:on a|nous avons) (?:échangé|discuté|jasé|parlé)${E}(?! avec (?:de nombreu|plusieurs|des |beaucoup|\\d))|merci pour (?:l'échange|la discussion|la conversation)|merci (?:encore )?pour (?:le|ce) (?:café|déjeuner|rendez-vous|passage|moment)|à (?:votre|ton) (?:kiosque|stand)|(?:nous étions|on était|nous nous sommes assis|on s'est assis) (?:à la même table|côte à côte|ensemble)|(?:nous avons|on a) partagé (?:la même )?table|(?:c'était|ce fut) (?:(?:vraiment|bien|très) )?(?:le fun|un plaisir|un vrai plaisir|super|génial|sympa|agréable|chouette|bien) de (?:jaser|discuter|parler|échanger|(?:vous|te|t') ?(?:rencontrer|croiser|voir|parler)) (?:avec (?:vous|toi)|à|au|aux)|(?:ravie?|contente?|heureux|heureuse) d'avoir (?:jasé|discuté|parlé|échangé) avec (?:vous|toi)|(?:ravie?|contente?|heureux|heureuse|enchantée?) (?:de (?:vous|t') ?avoir (?:rencontrée?s?|croisée?s?)|d'avoir fait (?:votre|ta) connaissance)|(?:ensemble|tous (?:les )?deux|toutes (?:les )?deux) (?:à|sur|pour) (?:la table ronde|le panel|la tribune|le plateau)|(?:partagerons|partageons|partager) (?:la tribune|le panel|le plateau))\\b`,
    ),
    forThem: {
      cue: re(
        `^\\W*(?:(?:un|une|petit|petite|notre|mon|ma|le|la|deux|trois)\\s+)*(?:conseil|conseils|astuce|astuces|leçon|leçons|enseignement|enseignements|piste|pistes|ce qui a (?:marché|fonctionné|aidé)|en bref|en résumé)\\b[^:]{0,50}\\s?:\\s*\\S|\\b(?:(?:nous )?prenons en charge (?:le|la|les|l')\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:pilote|essai|test|frais|coûts?|déplacements?|installation|formation|premi\\p{L}*)|à nos frais|organis\\p{L}* (?:une|cette|la) visite|sans (?:frais|coût) pour (?:vous|toi)|(?:présenter|expliquer|montrer|détailler|partager) (?:les |nos |ces )?(?:résultats|conclusions|données|chiffres)\\b[^.!?]{0,40}?à (?:votre|ton|vos|tes) équipes?|(?:est|sont) à (?:vous|toi)|à votre disposition|libres? d'utilisation|(?:vous pouvez|vous pourrez|tu peux) (?:le |la |les )?(?:garder|réutiliser|utiliser librement))\\b`,
      ),
      gain: re(
        `\\b(?:(?:vous|te) (?:faire )?(?:gagner|économiser|épargner)|(?:faire gagner|économiser|épargner)\\b[^.!?]{0,50}?à (?:votre|ton|vos|tes))\\b`,
      ),
      invite: re(
        `\\b(?:(?:vous|te) compter parmi|(?:vous|t') ?accueillir|(?:je|on|nous) (?:vous|t') ?inscri\\p{L}*|(?:je|on|nous) (?:vous|te|t') ?(?:réserve|garde|réservons|gardons) (?:une |des |deux |trois )?places?|(?:vous|te) réserver (?:une |des |deux |trois )?places?|(?:vous|t') ?(?:y )?inviter|(?:je|nous) (?:vous|t') ?(?:y )?invit\\p{L}*|comme (?:notre |mon )?invit[ée]\\p{L}*)\\b`,
      ),
      occasion: re(
        `\\b(?:table ronde|dîner|petit-déjeuner|déjeuner|atelier|webinaire|webinar|événement|soirée|conférence|salon|rencontre|séminaire|club|matinale|dégustation|masterclass|visite|journée|causerie|déjeuner-causerie)s?${E}`,
      ),
      peer: re(
        `\\b(?:de (?:votre|ta|même) taille|de taille (?:comparable|similaire)|comme (?:le|la|les) (?:vôtres?|tiens?|tiennes?))\\b`,
      ),
      ours: re(
        `\\b(?:(?:pris|prise|prises) en charge (?:entièrement |intégralement )?par (?!vous|votre|vos)|(?:entièrement |intégralement |totalement )?financ(?:é|ée|és|ées) (?:entièrement |intégralement )?par (?!vous|votre|vos)|(?:nous|on) (?:prenons en charge|finançons|payons|couvrons|nous occupons de|nous chargeons de|s'occupe de)\\s+(?:tous |toutes )?(?:les|la|le|l')\\s*(?:[\\p{L}-]+\\s+)?(?:frais|coûts?|démarches|paperasse|dossiers?|formalités|maintenance|démarches administratives)|pour moins (?:cher )?que ce que vous (?:payez|dépensez)|pour (?:que|qu') (?:vos|les|leurs) (?:clients|patients|salariés|employés|équipes|chauffeurs|adhérents|élèves|familles|habitants|usagers|donateurs|bénévoles|collaborateurs|résidents)\\s+\\p{L}+|(?:nous pouvons|je peux|nous pourrions|je pourrais)\\s+(?!(?:parler|discuter|échanger|vous présenter|présenter|en parler|nous voir|vous appeler)\\b)\\p{L}+(?:er|ir|re)\\b[^.!?]{0,60}?\\b(?:vos|votre)\\s+\\p{L}+|(?:volontiers|avec plaisir)\\b[^.!?]{0,60}?\\b(?:vos|votre)\\s+\\p{L}+|vous\\s+(?:(?:ne|n['’])\\s*)?(?:gagnez|gagneriez|économisez|économiseriez|évitez|éviteriez|recevez|recevriez|récupérez|récupéreriez|supprimez|arrêtez de|n['’]avez plus|perdez plus|oubliez)\\b)`,
      ),
    },
    madeForThem: re(`\\b(?:j'ai|nous avons) (?:modélisé|préparé|fait|analysé|monté|rédigé|compilé|simulé|calculé)\\b`),
    pitch: re(
      `\\b(?:une démo|(?:nous vous|je vous) propos\\p{L}* (?:nos services|notre (?:offre|solution|service|plateforme)|une solution|un service)|vous parler (?:de|un peu de) (?:nos services|notre (?:offre|entreprise|société|solution|cabinet|agence))|(?:vous |te )?présenter (?:\\p{Lu}[\\p{L}-]*\\s*){1,3},\\s+(?:une|un|la|le|notre) (?:(?:[\\p{L}-]+\\s+)?(?:entreprise|société|firme|compagnie|agence|cabinet|leader|référence|spécialiste))|(?:vous |te )?présenter (?:\\p{Lu}[\\p{L}-]*,?\\s+)?(?:notre|nos) (?:solution|outil|plateforme|logiciel|produit|offre|entreprise|société|service|application|gamme|agence|cabinet)s?|visitez notre site|plus d'infos(?:rmations)? sur notre site|nos prix sont|accompagn\\p{L}* (?:de nombreux|de nombreuses|les|des) (?:acteurs|entreprises|clients|sociétés|groupes|banques|marques|dirigeants|équipes))\\b`,
    ),
    contract: re(
      `\\b(?:signer le contrat|signez|(?<!(?:vos |votre |leurs |tes |ses |conventions? d'|notes? d'))honoraires|frais de dossier|(?:versez|réglez|payez|virez)(?:-nous)?\\s+(?:(?:l'|un |une |le |la |les |vos |nos )\\s*)?(?:acompte|frais|honoraires|facture|cotisation|premier loyer|première échéance)|(?:il nous faut|nous demandons|je vous demande|nous vous demandons|j'ai besoin d')\\s*(?:(?:un |l'|votre )\\s*)?acompte|lien de paiement|(?:on signe|on conclut|signons|on le fait) aujourd'hui)\\b`,
    ),
  },
  pt: {
    who: re(
      `\\b(?:sou|chamo-me|me chamo|meu nome é|o meu nome é|aqui é|quem (?:fala|escreve) é|trabalho na|trabalho no|trabalho em|lidero|recruto para|faço parte d[ao]|cuido|atendo|coordeno|giro|gerencio|represento|dirijo|chefio|estou à frente|trabalho com)\\b[^.!?]{0,80}?(?:\\b(?:da|do|de|na|no|em|para)\\s+${CAP}|,\\s*${CAP}|\\(${CAP})|\\b(?:recruto para|trabalho na|trabalho no|lidero)\\s+${CAP}`,
    ),
    whoWeak: re(
      `\\bcom (?:mais de )?(?:\\d+|[\\p{L}-]+) anos de experiência\\b|\\b(?:ex-|antig[oa] )(?:diretor[a]?|gerente|responsável)\\b|\\b(?:sou|chamo-me|me chamo|meu nome é)\\s+(?:${CAP}|consultor[a]?|fundador[a]?|diretor[a]?|gerente|executiv[oa]|engenheir[oa]|recrutador[a]?)`,
    ),
    theirWork: re(
      `\\b(?:seu|sua|seus|suas|teu|tua|teus|tuas|vosso|vossa)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:pergunta|comentário|intervenção|palestra|apresentação|artigo|publicação|post|entrevista|podcast|estudo|relatório|livro|vaga|licitação|obra|projeto|lançamento|loja|avaliações|painel|vídeo|reel|pesquisa|inquérito|anúncio|webinar|repositório|pull request|commit|abertura|expansão|fábrica|mudança)s?\\b|\\b(?:você|o senhor|a senhora) (?:me |nos )?(?:pôs|colocou|perguntava|dizia|comentava|contava|falava|reclamava|reclamou|se queixou|desabafou|disse|perguntou|comentou|mencionou|falou|citou|escreveu|publicou|postou|compartilhou|contou|explicou|referiu|afirmou|declarou|destacou|apontou|ressaltou|salientou|indicou|informou|reconheceu|defendeu)\\b|\\b(?:disse|contou|referiu|comentou|explicou)-(?:me|nos) que\\b|\\b(?:a |o |as |os )(?:entrevista|palestra|apresentação|artigo|publicação|post|podcast|vídeo|estudo|webinar)s? que (?:você |o senhor |a senhora |vocês )?(?:deu|concedeu|publicou|escreveu|assinou|compartilhou|partilhou|apresentou|deram|publicaram)\\b|\\b(?:você|o senhor|a senhora|vocês) (?:explicava|dizia|contava|comentava|mencionava|explicavam|diziam|contavam)\\b|\\bparabéns\\b[^.!?]{0,15}?\\bp(?:el[oa]s?|or)(?![\\p{L}])(?!\\s+(?:(?:seu|sua|teu|tua|o|a)\\s+)?(?:novo (?:cargo|emprego|trabalho)|nova (?:função|posição|etapa)|aniversário|promoção))`,
    ),
    perceived: re(
      `\\b(?:vi|li|ouvi|assisti|soube|vimos|lemos|acompanhei|vejo que|reparei que|notei que)\\b|\\b(?:segundo|de acordo com|anunciou|anunciaram|publicou)\\b`,
    ),
    referrer: re(
      `${PERSON}${WHERE_FROM}${APPOSITION}\\s+(?:\\([^)]{1,100}\\)\\s+)?(?:me (?:disse|contou|indicou|recomendou|sugeriu|passou|comentou)|(?:comentou|falou) comigo|me falou (?:de|sobre) você|(?:disse|contou|indicou|recomendou|sugeriu|falou)-me|indicou)\\b|${SAID_OF_YOU_FROM}(?:me\\s+)?(?:disse|diz|contou|conta|comentou|comenta|falou|mencionou)(?:-me)?\\s+que\\s+(?:vc|você|vocês|o senhor|a senhora|tu|cê)\\b|\\bpor indicação d[eao]\\s+${CAP}|\\b(?:seu (?:colega|gerente|diretor|sócio)|sua (?:colega|gerente|diretora|sócia)) (?:(?:o|a) )?(?:sr\\.|sra\\.|senhor|senhora|dona|seu|engenheiro|engenheira)\\s*\\p{L}+`,
    ),
    flattery: re(
      `\\b(?:seu|teu) perfil (?:é|está)\\b|\\bimpressionad[oa]s? com (?:o crescimento|o trabalho|o seu|a sua|o que)\\b|\\badmiro (?:(?:muito|imenso|profundamente|sinceramente|realmente) )?(?:o que|o seu|a sua|o teu|a tua|sua|tua|seu|teu)\\b|\\b(?:acompanho|sigo|tenho acompanhado|venho acompanhando)\\b[^.!?\\d]{0,30}?\\b(?:o seu|a sua|o teu|a tua|seu|sua|teu|tua) (?:(?:incrível|brilhante|impressionante|admirável|belo|bela) )?(?:trabalho|trajetória|percurso|carreira)(?![\\p{L}])(?![^.!?]*\\d)|\\bpessoas como (?:você|o senhor|a senhora|tu)\\b|\\b(?:admiração|admiro|admirar)\\b[^.!?\\d]{0,100}?\\b(?<!\\b(?:penso|acho|creio|vejo|pensamos)\\s)como (?:você|vocês|o senhor|a senhora|tu)(?![\\p{L}\\p{N}])(?!\\s*,?\\s*(?:eu\\s+)?(?:também\\s+)?(?:acho|penso|creio|acredito|considero|vejo|estou convencid[oa]|defendo)\\b)(?![^.!?]*\\d)|\\badmiração (?:por|pel[oa]s?) (?:o seu|a sua|seu|sua|o teu|a tua|o que)(?![\\p{L}\\p{N}])(?![^.!?]*\\d)|\\b(?:você é|o senhor é|a senhora é|és) uma (?:(?:verdadeira|autêntica|grande) )?(?:referência|inspiração)\\b|\\bé uma honra (?:poder )?(?:escrever-lhe|escrever-te|contactá-lo|contactá-la)\\b|\\b(?:super |muito )?inspirador[a]?\\b|\\b(?:perfil|trajetória) impressionante\\b`,
    ),
    offer: re(
      `\\b(?:(?:(?:te |lhe )?conto com (?:todo o |muito )?(?:prazer|gosto)|com (?:todo o |muito )?(?:prazer|gosto),? (?:te |lhe )?conto),? (?:o que|como)[^.!?]{0,60}?(?:deu|funcionou|mudou|aconteceu|conseguiram|economizaram|reduziram|foi))\\b|\\b(?:grátis|gratuit[oa]s?|sem (?:qualquer |nenhum )?custos?|sem compromisso|sem encargos|segue em anexo|em anexo|anexo)\\b|\\bposso (?:lhe |te )?(?:enviar|mandar|partilhar|compartilhar|mostrar|oferecer|apresentar)\\b|\\b(?:envio-lhe|envio-te|te envio|lhe envio|te mando|lhe mando)\\b|\\bcom (?:todo o )?gosto (?:envio|partilho|compartilho|mando)\\b|\\b(?:terei|teria|tenho|teremos|teríamos) (?:todo o |muito )?gosto em (?:enviar|partilhar|compartilhar|mandar|mostrar|apresentar)\\b|\\bquer(?:es)? que (?:eu )?(?:te |lhe |vos |lh[oa]s? |t[oa]s? )?(?:envie|mande|partilhe|compartilhe|apresente)(?![\\p{L}\\p{N}])(?!\\s+(?:a |o )?(?:nossa|nosso|minha|meu)s?(?![\\p{L}\\p{N}]))|\\bposso (?:te|lhe) (?:enviar|mandar)\\b|\\btenho (?:um|uma) (?:guia|comparativo|resumo|relatório|estudo|modelo|lista)\\b|\\b(?:teria|terei|teríamos|teremos) (?:muito )?(?:prazer|gosto) em (?:lhe |te )?(?:enviar|mandar|partilhar|compartilhar|fazer chegar)\\b|\\bposso (?:lhe |te )?fazer chegar\\b|\\bo que (?:você|vocês|o senhor|a senhora) ganha(?:m|ria)?\\b|\\b(?:você|vocês|o senhor|a senhora) (?:teria|terá|teriam|terão) acesso\\b(?![^.!?]*\\?)|\\b(?:o|pontos?) que (?:pode|podem) (?:te|lhe|lhes) interessar\\b|\\bpara (?:você|vocês),? (?:o )?(?:importante|interessante)\\b|\\b(?:te|lhe) (?:conto|explico|mostro)\\b[^.!?]{0,40}\\bcomo (?:eles |ela |ele )?(?:fizeram|fez|fizemos|conseguiram|funcionou)\\b|\\b(?:te|lhe|lhes) (?:conto|mostro|explico) como\\b|\\b(?:teria|terá) (?:o maior )?prazer em (?:te|lhe|lhes) mostrar\\b|\\b(?:ofereceu-se|oferece-se|se ofereceu) para (?:te |lhe )?(?:mostrar|apresentar)\\p{L}*|\\bse (?:ofereceu|oferece|dispôs|dispõe|prontificou) (?:a |pra |para )(?:(?:te |lhe )?(?:receber|mostrar|levar)|(?:o senhor|a senhora|você|vc))|\\b(?:partilharíamos|partilharia|compartilharíamos|compartilharia|enviaríamos|enviaria) (?:com (?:todo o )?gosto|de bom grado)\\b`,
    ),
    resource: re(
      `\\b(?:guia|estudo|relatório|resumo|lista de verificação|checklist|comparativo|modelo|análise|dados|planilha|folha|documento|pdf|descrição da vaga)\\b|\\b(?:pesquisa|inquérito|números|caso de sucesso|apresentação|gravação|simulação)\\b|${B}vídeo(?![\\p{L}\\p{N}-])`,
    ),
    rhetorical: re(
      `(?:^|^[^!?\\d]{0,40},\\s*|^\\W*(?:fala|oi|olá|e aí|opa|bom dia|boa tarde)\\s+[\\p{L}-]+,?\\s+)(?:tudo bem|tudo bom|tudo certo|tudo joia|tudo tranquilo|tudo em ordem|como vai|como está|como estás|beleza|blz|td bem|tdb)(?:,\\s*[\\p{L}.-]+(?:\\s+[\\p{L}.-]+)?)?\\s*\\?|^\\W*(?:(?:fala|oi|olá|e aí|opa|bom dia|boa tarde|boa noite)[^?]{0,40}?,\\s*)?(?:tudo bem|como vai|como está)\\s+com\\s+(?:o senhor|a senhora|você|vocês)\\s*\\?|^(?:e se|sabia que|sabias que|você sabia que)\\s[^?]*\\?|(?:,\\s*|\\s)né\\s*\\?+\\s*$|,\\s*(?:não é|certo)\\s*\\?+\\s*$`,
    ),
    request: re(`\\b(?:envie-me|me envie|mande-me|me mande|ligue-me|me ligue|responda|agende)\\b`),
    softRequest: re(
      `\\b(?:(?:teria|terei) (?:muito )?(?:prazer|gosto) em (?:conhecê-l[oa]|reunir-me consigo|reunir-me com você|apresentar (?:os )?(?:meus|nossos) serviços)|gostaria de (?:conhecê-l[oa]|me reunir com você))|\\b(?:me avisa|me avise|avise-me|me diz|me diga|diga-me|me fala|bora|vamos marcar|vamos conversar)\\b|\\b(?:um|com um) [«"“]?sim[»"”]?,? (?:basta|já basta|e (?:eu )?(?:te|lhe) (?:mando|envio))\\b`,
    ),
    unmarkedAsk: re(
      `\\b(?:gostaria\\s+(?:também\\s+)?de|queria(?:\\s+também)?(?:\\s+de)?)\\s+saber\\s+(?:se|quem|quando|onde|como|qual|quais)\\b|\\b(?:é só|basta)\\s+(?:me\\s+|nos\\s+)?(?:responder|mandar|enviar|confirmar|dizer)\\b|\\b(?:responda|responde)\\b[^.!?]{0,20}["“«']\\s*\\p{L}+|^\\W*(?:(?:teria|terias|tem|tens)\\s+(?:interesse|(?:\\d+(?:\\s*(?:-|–|a|o|ou|y|e)\\s*\\d+)?(?!\\d)|quinze|dez|vinte|trinta)(?!\\s*(?![mh]\\b|min|minut|hora)\\p{L})|tempo|disponibilidade|um minuto)|(?:faz sentido|topa|topas)\\b)|\\b(?:gostaria|adoraria) de saber se\\b`,
    ),
    invitation: re(
      `\\b(?:(?:adicioná-l[oa]|convidá-l[oa]|adicionar-te|convidar-te|(?:adicionar|convidar) (?:você|o senhor|a senhora)|(?:te|lhe) (?:adicionar|convidar))\\s[^.!?]{0,30}?minha rede|adicioná-l[oa] à minha rede|adicionar você à minha rede|adicionar-te à minha rede|(?:me )?conectar (?:com você|contigo|consigo|com o senhor|com a senhora)|vamos nos conectar|vamos conectar|(?<!\\bsobre (?:como )?)(?:ampliar|expandir|aumentar|alargar|fortalecer) (?:o |meu |o meu |nosso |o nosso |a nossa |nossa )?(?:networking|rede de contatos)(?!\\s+(?:de|dos|das|do|da|entre)\\s)|${THANKS_FOR_CONNECTING.pt}|fazer parte da sua rede|(?:ampliar|alargar|expandir|aumentar) (?:a )?minha rede|(?:tê-l[oa]|ter você|te ter|ter o senhor|ter a senhora|contar com você|contar consigo) (?:na|em) minha rede(?![\\p{L}])(?!\\s+de\\s)|(?:manter|mantermos|manteremos) (?:o )?contato)\\b`,
    ),
    generic: re(
      `(?:^|\\n)\\s*prezad[oa]s\\s*[,:]|\\bprezad[oa]\\([oa]\\)|\\bexm[oa]s\\.?\\s+senhor(?:es|as)\\b|\\b(?:(?:empresas|negócios|marcas|equipes) como (?:a|o) (?:sua|tua|seu|teu)|empresas de todos os portes|prezad[oa]s? senhor(?:es|a)?|líder(?:es)? (?:em|no mercado)|soluções inovadoras)\\b|\\b(?:empresas de todos os (?:tamanhos|setores|segmentos)|parceiro estratégico|empresa líder|(?:num|em um) mundo (?:em constante|cada vez mais) (?:evolução|mudança|competitivo|digital)|(?:uma|a nossa|nossa) (?:ampla|completa) gama de (?:soluções|serviços|produtos)|somos uma referência em|(?:num|em um|neste) contexto de|cada vez mais empresas|muitas empresas se perguntam)\\b|\\b(?:se (?:algum dia|um dia|em algum momento) (?:precisar|você precisar)|pode contar comigo|comprometidos com a excelência)\\b|\\b(?:ver se podemos (?:colaborar|trabalhar juntos)|explorar (?:possíveis )?sinergias|ajudamos (?:empresas|organizações|negócios) (?:do setor|de) [\\p{L}-]+ a (?:otimizar|melhorar|crescer|reduzir|digitalizar)|tecnologia de ponta|apresentar (?:as )?nossas soluções)\\b`,
    ),
    pressure: re(
      `\\b(?:o preço|a tarifa|os preços|esse preço|este preço|essa tarifa|esta tarifa)\\b[^.!?]{0,40}?\\b(?:o |a |os )?(?:seguramos|mantemos|garantimos|congelamos|seguro|mantenho|garanto)\\s+(?:só\\s+)?até${UNTIL_DATE.pt}|\\b(?<!(?:\\blhe|\\blhes|\\bvos|\\bte)\\s)(?:nos |me )?restam (?:só |apenas )?vagas para (?:\\d+|uma?|duas|dois|três|quatro|cinco)(?![\\p{L}\\p{N}])|\\b(?:temos|tenho) vaga(?:s)? (?:só |apenas )?para (?:mais )?(?:\\d+|uma?|duas|dois|três)\\s+(?:\\p{L}+\\s+)?mais\\b|\\b(?:só|apenas|somente) (?:nos|me) (?:restam|sobram) (?:\\d+|duas|dois|três|quatro|cinco|poucas|poucos)(?![\\p{L}\\p{N}])(?!\\s+(?:\\p{L}+\\s+)?(?:días|dias|semanas|meses|horas|minutos|años|anos|jours|semaines|mois|heures|minutes|ans|années|noites|noches|nuits)(?![\\p{L}]))|\\b(?:nos|me) (?:restam|sobram) (?:só|apenas|somente) (?:\\d+|duas|dois|três|quatro|cinco|poucas|poucos)(?![\\p{L}\\p{N}])(?!\\s+(?:\\p{L}+\\s+)?(?:días|dias|semanas|meses|horas|minutos|años|anos|jours|semaines|mois|heures|minutes|ans|années|noites|noches|nuits)(?![\\p{L}]))|\\b(?:só|apenas|somente) (?:temos|restam|sobram|dispomos de) (?:\\d+|duas|dois|três|poucas|poucos) (?:vagas|lugares)(?![\\p{L}\\p{N}])(?! (?:de|para) (?:estági|estacionamento))|\\b(?:últimas vagas|restam apenas|só restam|vagas limitadas|últimos dias|última chance|última oportunidade|só hoje|apenas hoje)\\b|(?<!(?:sua|suas|tua|tuas|vossa|vossas)\\s)\\b(?:lote|oferta|desconto|promoção|condição|inscrições)\\s+(?:[\\p{L}\\d%-]+\\s+){0,4}?(?:expira|termina|acaba|vence|encerram|fecham|(?:vale|válid[oa]) (?:só |apenas )?até)\\b|\\brestam (?:poucas|\\d+|duas|três) vagas\\b|\\b(?:a oferta|o desconto|a promoção) (?:expira|termina|acaba)\\b|\\b(?:só|somente|apenas) (?:esta|essa|nesta|nessa) semana\\b|\\b(?:volta|retorna) (?:pro|para o|ao) preço (?:cheio|normal|original|de tabela)\\b`,
    ),
    dated: {
      date: re(
        `\\b(?:até|antes de)\\s+(?:a\\s+|o\\s+|esta\\s+|este\\s+|próxima\\s+)?(?:${PT_DAYS}|o fim do mês|fim do mês|(?:o\\s+)?(?:dia\\s+\\d{1,2}|\\d{1,2}(?!\\s+(?!de\\s)\\p{L}))(?: de (?:${PT_MONTHS})|/\\d{1,2})?)\\b`,
      ),
      reply: re(
        `\\b(?:confirm\\p{L}*|respond\\p{L}*|respost\\p{L}*|retorn\\p{L}*|avis\\p{L}*|diga|decid\\p{L}*|decisão|assine|assinar|assinado|inscri\\p{L}*|inscrev\\p{L}*|reserv\\p{L}*|garant\\p{L}*|preciso|precisamos|(?<!que (?:eu )?(?:lh[oae]s? |t[oae] )?)(?:envie|mande)|feedback|prazo|por favor|desconto|preço|promoção|oferta|off|fech(?:ar|armos|amos|emos|ado))\\b`,
      ),
      promise: re(
        `\\b(?:envio|mando|preparo|entrego|levo|faço|posso|podemos|enviarei|mandarei|prepararei|enviamos|mandamos|preparamos|entregamos)\\b|\\b(?:devolvo|devolverei|devolvemos|retorno|respondo)\\b`,
      ),
    },
    imposed: re(
      `\\b(?:já (?:deixei |deixamos )?(?:marquei|agendei|reservei|marcamos|agendamos|marcad[ao]|agendad[ao])|(?:marquei|agendei|reservei|marcamos|agendamos) (?:uma|a|um) (?:reunião|call|conversa|chamada|demo|demonstração)|(?:enviei|mandei) (?:um|o) convite|tomei a liberdade de (?:(?:enviar|mandar|te enviar|lhe enviar) [^.!?]{0,40}?convite|agendar|marcar)|coloquei na sua agenda|o convite (?:já )?está (?:na sua|no seu|na tua|no teu) (?:agenda|e-mail|email|calendário))\\b`,
    ),
    nudge: re(
      `\\b(?:(?:só |apenas )?passando (?:aqui )?(?:pra|para) (?:dar um up|lembrar (?:d[oa] |que (?:te |lhe )?(?:mandei|enviei) )?(?:meu|minha|o|a) (?:e-?mail|mensagem|msg|proposta)|reforçar (?:o|a|meu|minha) (?:e-?mail|mensagem|msg))|dar um up (?:no|na|nesse|nessa) (?:e-?mail|mensagem|msg)|(?:conseguiu|chegou a) dar uma olhada(?=\\s*\\?|\\s+n[oa]s?\\s+(?:meu|minha|meus|minhas|último|última|e-?mail|mensagem|msg|proposta)(?![\\p{L}])))|\\b(?:pela (?:segunda|terceira|quarta) vez|sem resposta|não (?:obtive|tive|recebi) (?:nenhuma )?resposta|volto a (?:te |lhe )?escrever|(?:te |lhe )?escrevo (?:novamente|de novo)|passando (?:de novo|novamente)|(?:conseguiu|chegou a|você viu|viu) (?:ver )?(?:a )?minha (?:última )?(?:mensagem|msg)|voltando aqui|volto aqui|subindo (?:a |minha )?(?:msg|mensagem)|(?:conseguiu|chegou a) ver o que (?:te|lhe) (?:mandei|enviei)|(?:conseguiu|chegou a) (?:ver|ler) (?:o|a|meu|minha) (?:último |última )?(?:e-?mail|mensagem|msg))\\b|^\\s*(?:re|enc):\\s*(?:re|enc):`,
    ),
    newValue: re(
      `\\b(?:algo novo|algo (?:mais )?útil|como prometido|como (?:lhe |te )?prometi|que (?:lhe|te) (?:tinha )?prometid[oa]|que (?:lhe|te) prometi|de mãos vazias|agora com|d[ae]sta vez com|dessa vez com|acabamos de publicar|novo estudo|novos dados|(?:desde então|entretanto|entretanto já) (?:temos|há|tivemos|preparámos|preparamos)|(?:volto|voltei) (?:a escrever(?:-lhe|-te)? )?(?:por|com) (?:uma razão|um motivo) (?:concret[oa]|nov[oa]))\\b`,
    ),
    met: re(
      `\\b(?:(?:que bom|foi bom|foi um prazer|foi ótimo|foi um gosto|adorei|gostei de) (?:te |lhe )?(?:conhecer|conhecê-l[oa]|ter (?:te )?conhecido)(?=[^.!?]{0,12}(?<![\\p{L}])(?:n[ao]|em|durante)\\s+(?:(?:o|a)\\s+)?(?:congresso|feira|evento|palestra|conferência|jantar|almoço|seminário|workshop|fórum|encontro|expo|estande|stand)(?![\\p{L}]))|nossa conversa|nos conhecemos|a gente se (?:conheceu|viu|falou|encontrou|cruzou)|(?:trabalhamos|estudamos) juntos|(?:foi um (?:gosto|prazer)|gostei (?:muito )?de) (?:conversar|falar) (?:consigo|com você|contigo|com o senhor|com a senhora)|(?:conversamos|falamos|batemos (?:um )?papo|trocamos ideias|a gente (?:conversou|falou|bateu (?:um )?papo|trocou ideias))${E}(?! com (?!(?:você|vc|o senhor|a senhora)(?![\\p{L}])))(?![^?]*\\?)|obrigad[oa] pela conversa|n[oa] (?:seu|teu|vosso|sua) (?:estande|stand)|(?:estivemos|sentámos|sentamos|ficámos|ficamos)(?:-nos)? (?:na mesma mesa|à mesma mesa|lado a lado|juntos)|(?:vamos dividir|dividimos|dividiremos|vamos partilhar|partilhamos) (?:o |a )?(?:painel|palco|mesa)|(?:no|do) mesmo painel)\\b`,
    ),
    forThem: {
      cue: re(
        `^\\W*(?:(?:uma|um|pequena|pequeno|nossa|nosso|minha|meu|a|o|duas|dois|três)\\s+)*(?:dica|dicas|conselho|conselhos|lição|lições|aprendizado|aprendizagem|o que funcionou|o que ajudou|em resumo|resumindo)\\b[^:]{0,50}:\\s*\\S|\\b(?:(?:nós )?(?:cobrimos|cobriremos|pagamos|assumimos|suportamos) (?:o|a|os|as)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:piloto|teste|custos?|despesas?|instalação|formação|viagem|primeir\\p{L}*)|por nossa conta|sem custos? para (?:si|você|vocês|ti)|(?:pô|colocá|pôr|colocar)(?:-l[oa]s?|-te|-vos)? em contac?to|organiz\\p{L}* (?:uma|essa|esta|a) visita|(?:te|lhe|o|a|vos) (?:pôr|colocar|ponho|coloco) em contac?to|apresentá-l[oa]s? a|(?:é|são) (?:seu|sua|seus|suas|teu|tua|teus|tuas|vosso|vossa)\\b|(?:pode|podes|podem) (?:ficar com|usar|reutilizar) (?:ele|ela|eles|elas|o|a)\\b|à sua disposição)\\b`,
      ),
      gain: re(
        `\\b(?:poupar|economizar|poupa|poupará|poupe)(?:-lhe|-te|-vos)?\\b[^.!?]{0,50}?\\b(?:sua equipa|sua equipe|si|você|vocês|te|lhe|vos)\\b|\\b(?:lhe|te|vos) (?:poupar|poupa|poupará|economizar)\\b`,
      ),
      invite: re(
        `\\b(?:(?:te|lhe|vos|o|a) inscrev\\p{L}*|inscrever-(?:te|lhe|vos)|contar com (?:você|vocês|o senhor|a senhora|a sua presença|a tua presença)|reservar (?:um |uma |dois |duas )?(?:lugar|lugares|vaga|vagas|cadeira|ingresso)s? (?:pra|para) (?:você|vocês|ti|o senhor|a senhora)|(?:te|lhe|vos) reserv(?:o|amos|ar) (?:um |uma |dois |duas )?(?:lugar|vaga)\\p{L}*|reservar-(?:lhe|te|vos) (?:um |uma )?(?:lugar|vaga)\\p{L}*|convid(?:á-l[oa]s?|ar-te|ar-vos|ar-lhe)|(?:te|o|a|lhe|vos|os|as) convid(?:o|amos|ar|aria|aríamos)|como (?:nosso|nossa|meu|minha) convidad[oa])\\b`,
      ),
      occasion: re(
        `\\b(?:mesa-redonda|mesa redonda|jantar|pequeno-almoço|café da manhã|almoço|workshop|webinar|evento|encontro|seminário|conferência|feira|sessão|prova|fórum|masterclass|palestra|bate-papo|visita|roda de conversa)s?${E}`,
      ),
      peer: re(
        `\\b(?:do (?:seu|teu|vosso|mesmo) tamanho|de (?:dimensão|tamanho) (?:semelhante|parecid[oa]|similar)|como o (?:seu|teu|vosso))\\b`,
      ),
      ours: re(
        `\\b(?:(?:tratamos|cuidamos|encarregamo-nos|ocupamo-nos|trato|cuido) d[aoe]s?\\s+(?:toda\\s+a\\s+|todo\\s+o\\s+)?(?:papelada|burocracia|candidatura|manutenção|custos?|despesas?|trâmites?|processo)|(?:pagamos|cobrimos|assumimos|suportamos) (?:todos )?(?:os|as|o|a) (?:custos?|despesas?)|financiad[oa]s? (?:integralmente |totalmente )?pel[oa]s? (?!(?:vossa|sua|vocês)\\b)|por menos do que (?:hoje |agora )?(?:pagam|paga|pagas|gastam|gasta)|para que (?:os seus|as suas|os vossos|as vossas|os teus|os|as) (?:clientes|pacientes|funcionários|colaboradores|motoristas|sócios|alunos|famílias|hóspedes|doadores|utentes|usuários|equipas?|equipes?|moradores)\\s+\\p{L}+|(?:com (?:todo o )?gosto|com prazer|de bom grado)\\b[^.!?]{0,60}?\\b(?:vossos?|vossas?|seus?|suas?|teus?|tuas?)\\s+\\p{L}+|(?:faço|fazemos|preparo|preparamos|calculo|calculamos|analiso|analisamos)\\s+(?:com (?:todo o )?gosto|com prazer|de bom grado)|(?:podemos|posso)\\s+(?!(?:falar|conversar|reunir|apresentar|mostrar|ajudar|marcar|ligar)\\p{L}*\\b)\\p{L}+(?:ar|er|ir)\\b[^.!?]{0,60}?\\b(?:vossos?|vossas?|seus|suas|teus|tuas)\\s+\\p{L}+|(?:você|vocês|vc)\\s+(?:já\\s+)?(?:se\\s+)?(?:tira|tiram|ganha|ganham|economiza|economizam|poupa|poupam|evita|evitam|recebe|recebem|elimina|eliminam|deixa de|deixam de|para de|param de|livra|livram|fica livre|ficam livres)\\b)\\b`,
      ),
    },
    madeForThem: re(`\\b(?:montei|preparei|fiz|analisamos|analisei|compilei|preparamos)\\b`),
    pitch: re(
      `\\b(?:uma demo|uma demonstração|apresentar (?:a nossa|nossa|o nosso|nosso|os nossos|nossos|as nossas|nossas)|oferec\\p{L}* (?:um |uma |nossos |nossas |os nossos |as nossas )?(?:serviço|solução|soluções|plataforma|produto|software)s?|(?:falar|contar)(?:-lhe|-te)? (?:sobre|dos|das|de) (?:os |as )?(?:nossos serviços|nossas soluções|nossa empresa|nosso trabalho)|visite o nosso site|mais informações no nosso site|os nossos preços são|(?:acompanh|ajud)(?:a|amos) (?:muitas|as|os|diversas|várias) (?:empresas|clientes|marcas|equipes))\\b`,
    ),
    contract: re(
      `\\b(?:assinar o contrato|assine o contrato|assine e devolva|contrato em anexo|(?<!(?:seus |teus |vossos |contratos? de |tabela de ))honorários|taxa de adesão|(?:pague|deposite|transfira)\\s+(?:o |a |um |uma )?(?:sinal|entrada|primeira parcela|taxa)|(?:precisamos|preciso|pedimos|peço)\\s+(?:d[oa]|de uma?|que (?:nos |me )?(?:pague|deposite|transfira) (?:o|a|um|uma))\\s+(?:sinal|entrada|primeira parcela)|link de pagamento|(?:segue o|envio o|mando o|pague o|pagar o|gerar o|emitir o) boleto|boleto (?:em anexo|para pagamento|segue)|fechamos hoje|fechar hoje|fecha hoje)\\b`,
    ),
  },
};

/**
 * European Portuguese writes the first person plural of the past with an accent ("falámos", "preparámos",
 * "instalámos") where Brazil writes "falamos", "preparamos": the same words, so every Portuguese cue takes both.
 */
function withEuropeanSpelling<T>(value: T): T {
  if (value instanceof RegExp)
    return new RegExp(
      rewriteSource(value.source, (source, i, inClass) =>
        !inClass && source.startsWith('amos', i) ? ['[aá]mos', 4] : undefined,
      ),
      value.flags,
    ) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withEuropeanSpelling(v)])) as T;
  return value;
}
CUES.pt = withEuropeanSpelling(CUES.pt);

/**
 * `source` with its words matched in either case and its capitals only as capitals. Under the i flag
 * JavaScript lets \p{Lu} match any letter, so a cue that wants a name or a company ("ich bin … bei
 * Rechnix") would also take "ich bin begeistert von ihrem …" or "soy muy fan de tu trabajo": each
 * lowercase letter outside an escape becomes [xX] instead, and the regex runs without i.
 */
function caseFold(source: string): string {
  return rewriteSource(source, (source_, i, inClass) => {
    const c = source_[i] as string;
    const upper = c.toUpperCase();
    if (upper === c || upper.length !== 1) return undefined;
    return [inClass ? `${c}${upper}` : `[${c}${upper}]`, 1];
  });
}

/**
 * A regex source rewritten where `at` says so, escapes ("\\p{Lu}", "\\.") copied whole: `at` gets the position and
 * whether it is inside a character class, and returns what to write and how many characters it stands for.
 */
function rewriteSource(
  source: string,
  at: (source: string, i: number, inClass: boolean) => [string, number] | undefined,
): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; ) {
    const c = source[i] as string;
    if (c === '\\') {
      const len = /^\\[pP]\{[^}]*\}/.exec(source.slice(i))?.[0].length ?? 2;
      out += source.slice(i, i + len);
      i += len;
      continue;
    }
    const rewritten = at(source, i, inClass);
    if (rewritten) {
      out += rewritten[0];
      i += rewritten[1];
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
    i++;
  }
  return out;
}

/** The cues that look for a name or a company, with capitals that must be capitals (see caseFold). */
type NamedCues = Pick<Cues, 'who' | 'whoWeak' | 'referrer'>;
const CASED = Object.fromEntries(
  (Object.keys(CUES) as OtherLang[]).map((lang) => {
    const { who, whoWeak, referrer } = CUES[lang];
    const cased = (r: RegExp) => new RegExp(caseFold(r.source), 'u');
    return [lang, { who: cased(who), whoWeak: cased(whoWeak), referrer: cased(referrer) }];
  }),
) as Record<OtherLang, NamedCues>;

/** Numbers, dates and quotations: concrete in any language. German capitalises every noun, so capitals do not count. */
const QUOTE = /[„“"«»][^„“"«»]{3,}[“"»]/u;

/**
 * Numbers, quotations and, outside German (which capitalises every noun), names other than the
 * prospect's own company: "Reclame Aqui", "GitHub", "Codemotion".
 */
function concrete(
  text: string,
  lang: OtherLang,
  company: readonly string[],
  prospect: ReadonlySet<string> = NO_WORDS,
): number {
  let n = numbersIn(text);
  if (lang !== 'de') {
    for (const m of text.matchAll(/(?<=[\s(])\p{Lu}[\p{L}\p{N}&-]+/gu)) {
      const w = m[0].toLowerCase();
      if (!company.includes(w) && !NOT_NAMES.has(w) && !prospect.has(w)) n++;
    }
  }
  return n;
}
const NO_WORDS: ReadonlySet<string> = new Set();

/** The sender introduced, or sending greetings from their city or firm, in any of these languages. */
const SENDER_INTRODUCED = re(
  `\\b(?:(?:greetings|grüße|gruß|saludos|saudações|salutations) (?:aus|desde|de|from|d')|me présenter|vous présenter (?:ma|notre) (?:société|entreprise)|mich (?:[\\p{L}-]+ ){0,6}?(?:vorstellen|vorzustellen)|presentarme|presentarles?|me apresentar|apresentar-me)\\b`,
);

/**
 * A mailing's call to ask for a quote: "Solicite já seu orçamento sem compromisso!", "Pida hoy su presupuesto sin cargo",
 * "Demandez votre soumission gratuite", "Fordern Sie jetzt Ihr unverbindliches Angebot an". Our price on request is the
 * pitch's own ask, no gift, however free.
 */
const QUOTE_CTA_SOURCE =
  "\\b(?:solicite|solicita|solicitá|peça|pede|pida|pide|pedí|faça|demandez|demande|obtenez|fordern sie|holen sie sich|sichern sie sich)\\s+(?:(?:já|ya|hoy|agora|hoje|já hoje|dès maintenant|dès aujourd'hui|maintenant|sans tarder|jetzt|noch heute|gleich)\\s+)?(?:o\\s+|a\\s+|el\\s+|la\\s+|le\\s+|)(?:seu|sua|teu|tua|su|tu|votre|ton|ihr\\p{L}*|um|uma|un|una|une|ein\\p{L}*)\\s+(?:[\\p{L}-]+\\s+)?(?:orçamento|cotação|presupuesto|cotización|devis|soumission|angebot|offerte|kostenvoranschlag)\\b";
const QUOTE_CTA = re(QUOTE_CTA_SOURCE);
/** A call to get in touch with the firm, in the languages the check reads besides English. */
const CONTACT_US = re(
  `\\b(?:kontaktieren sie uns|sprechen sie uns (?:gerne )?an|no dude en (?:ponerse en contacto|contactarnos)|contáctenos|contáctanos|n'hésitez pas à (?:communiquer avec nous|nous contacter)|contactez-nous|entre em contato|fale conosco|não hesite em (?:nos )?contactar|contacte-nos|contactar-nos)\\b`,
);

/**
 * A courtesy that is stock only when nothing else is said: a thank-you for accepting the invitation, or a
 * closing that looks forward to the connection or to staying in touch ("Au plaisir de se connecter!",
 * "Freue mich auf den Austausch", as English "Looking forward to connecting"), in the languages the check
 * reads besides English.
 */
const STOCK_COURTESY = re(
  `\\b(?:${Object.values(THANKS_FOR_CONNECTING).join('|')}|au plaisir de (?:se |vous |te )?connecter|au plaisir d'échanger|rejoindre (?:votre|ton) réseau|rest(?:er|ons) en contact|(?:ich )?freue mich auf den austausch|(?:in kontakt|vernetzt) (?:zu )?bleiben|me encantaría conectar(?: contigo)?|(?:sigamos|seguir|seguimos|mantenernos|estar|quedar) en contacto|(?:manter|mantermos|manteremos) (?:o )?contato)\\b`,
);

/**
 * The everyday closings of a real note, Québec's above all ("N'hésitez pas à me contacter. Il me fera plaisir de vous
 * aider."): however many a note closes on, they are one courtesy, so they alone never make two mailing lines.
 */
const EVERYDAY_CLOSING = re(
  `^(?:n'hésitez pas à me contacter|il me fera plaisir de vous aider|zögern sie nicht|no dude en contactarme)$`,
);
/** How many different stock phrases a message has, its mailing's "contact us" among them. */
function stockPhrases(text: string, lang: OtherLang): number {
  const found = new Set((text.match(GENERIC_ALL[lang]) ?? []).map((m) => m.toLowerCase()));
  const mailing = MAILING_LINES_ALL[lang]
    ? new Set(
        (text.match(MAILING_LINES_ALL[lang]) ?? []).map((m) =>
          EVERYDAY_CLOSING.test(m) ? 'closing' : m.toLowerCase(),
        ),
      )
    : new Set();
  return found.size + mailing.size + (CONTACT_US.test(text) ? 1 : 0);
}
/**
 * Lines of a company's introduction mailing that a rep may also write once in a real message ("Zögern Sie nicht, mich
 * anzurufen", "alles aus einer Hand", "agregar valor ao seu negócio"): one is a mild cliché; two or more with nothing
 * about them make a mass template ("Gerne stellen wir Ihnen die Töss Lift AG vor … Ihr kompetenter Partner … alles aus
 * einer Hand … Zögern Sie nicht …").
 */
const MAILING_LINES: Partial<Record<OtherLang, RegExp>> = {
  de: re(
    `${QUOTE_CTA_SOURCE}|\\b(?:alles aus einer hand|zögern sie nicht|gerne? stellen? (?:wir|ich) (?:ihnen|dir|euch) (?:unser unternehmen|uns|die \\p{L}+(?: \\p{L}+){0,3}) vor)\\b`,
  ),
  fr: re(
    `${QUOTE_CTA_SOURCE}|\\b(?:je me permets de vous (?:contacter|écrire|joindre) (?:afin de|pour) vous présenter|l'optimisation de leur performance|peu importe leur taille|n'hésitez pas à me contacter|il me fera plaisir de vous aider|une entreprise (?:[\\p{L}-]+ )?spécialisée en solutions)\\b|\\b(?:(?:peut|pouvons|pourrait|pourrions) (?:vous )?apporter une (?:réelle|vraie|véritable) valeur ajoutée|qualité,? flexibilité et (?:prix|tarifs) compétitifs|(?:nous )?accompagnons de nombreuses (?:entreprises|sociétés|organisations|structures)|(?:a|avons) le plaisir de vous présenter (?:notre|nos|sa|ses)|(?:sommes|être) le partenaire idéal)\\b`,
  ),
  es: re(
    `${QUOTE_CTA_SOURCE}|\\b(?:no dude en contactarme|(?:empresas|organizaciones) de todos los tamaños)\\b|\\b(?:(?:adjunto|adjuntamos|le (?:adjunto|comparto|envío)) (?:nuestro|el) (?:portafolio|portafolio de servicios|brochure|portfolio)|estaremos atent[oa]s a (?:cualquier|su|sus) (?:requerimiento|inquietud|necesidad|consulta)\\p{L}*|(?:tiene|tenemos) el (?:gusto|agrado|placer) de (?:presentarle|presentar a usted)|(?:somos|ser) (?:su|el) (?:aliado|socio) ideal)\\b`,
  ),
  pt: re(
    `${QUOTE_CTA_SOURCE}|\\b(?:(?:agregar|gerar) valor (?:ao|para o) seu negócio|grandes empresas de todo o brasil|reduzir custos (?:\\p{L}+ )?e aumentar a eficiência|gostaria de entender melhor (?:os )?seus desafios)\\b|\\b(?:(?:tem|temos) o (?:prazer|gosto) de apresentar (?:a v\\. ?exa\\.?|a vossa excelência|-lhe)?|somos o parceiro ideal|(?:estamos|ficamos) (?:inteiramente |totalmente )?(?:ao (?:seu |vosso )?dispor|à (?:sua |vossa )?disposição) para (?:qualquer|quaisquer) (?:esclarecimento|informação|dúvida)s?|segue em anexo o nosso (?:catálogo|portfólio|portefólio)\\b)`,
  ),
};
const MAILING_LINES_ALL = Object.fromEntries(
  Object.entries(MAILING_LINES).map(([lang, cue]) => [lang, new RegExp(cue.source, 'giu')]),
) as Partial<Record<OtherLang, RegExp>>;

/**
 * A meeting invitation already sent to them, said with the pronoun where the language puts it: pt-PT "enviei-lhe já um
 * convite para quinta-feira", "marquei-lhe uma reunião"; es "le envié ya la invitación"; de "Ich habe Ihnen bereits eine
 * Einladung geschickt". An invitation to our event is not their calendar taken ("enviei-lhe um convite para o webinar").
 */
const EVENT_INVITED =
  '(?:(?<![\\p{L}-])(?:webinar\\p{L}*|webinaire|evento|événement|seminário|seminario|séminaire|feira|feria|salon|jantar|cena|dîner|almoço|almuerzo|desayuno|pequeno-almoço|petit-déjeuner|frühstück|workshop|conferência|conferencia|conférence|encontro|sessão|sesión|jornada|inauguração|inauguración|inauguration|eröffnung|messe|veranstaltung|apéro|afterwork|linkedin)|(?<![\\p{L}-])(?:nosso|nossa|nuestro|nuestra|notre|unser\\p{L}*)\\s+(?!(?:reunião|conversa|call|chamada|videochamada|demo|demonstração|reunión|llamada|videollamada|conversación|rendez-vous|appel|échange|entretien|gespräch|telefonat|termin|treffen|call|meeting|videocall)(?![\\p{L}]))\\p{L}|\\p{L}+(?:messe|veranstaltung|frühstück|seminar|tagung|konferenz|schulung)(?![\\p{L}])|\\bque (?:hacemos|organizamos|vamos a hacer|fazemos|organizamos|vamos fazer)\\b)';
const IMPOSED_WITH_PRONOUN: Partial<Record<OtherLang, RegExp>> = {
  pt: re(
    `\\b(?:(?:enviei|mandei|deixei|reenviei|enviámos|enviamos|mandámos)-(?:lhe|te|vos)|(?:já )?(?:lhe|te|vos) (?:enviei|mandei|deixei|enviámos|mandámos))\\s+(?:já\\s+)?(?:um|o)\\s+convite(?![\\p{L}])(?![^.!?]{0,45}?${EVENT_INVITED})|\\b(?:marquei|agendei|reservei|marcámos|agendámos)-(?:lhe|te|vos)\\s+(?:já\\s+)?(?:uma|um|a|o)\\s+(?:reunião|call|conversa|chamada|demo|demonstração|videochamada)\\b`,
  ),
  es: re(
    `\\b(?:le|te|les) (?:envié|mandé|enviamos|mandamos) ya (?:una|la) (?:invitación|convocatoria)(?![\\p{L}])(?![^.!?]{0,45}?${EVENT_INVITED})`,
  ),
  de: re(
    `\\b(?:habe|hab|haben) (?:ihnen|dir|euch) (?:[^.!?]{0,30}? )?(?:bereits|schon|gerade|eben|soeben) (?:eine|die) (?:kalender|termin|teams|zoom|outlook)?-?einladung(?![\\p{L}])(?![^.!?]{0,45}?${EVENT_INVITED})`,
  ),
};

/**
 * Praise of their work in general, with nothing in particular named: following it "for a long time", calling it notable,
 * calling them "without doubt a reference" ("Acompanho há muito tempo o trabalho notável que tem feito …; é, sem dúvida,
 * uma referência"). Flattery, not a reason: a figure in the sentence points at something particular.
 */
const PRAISE_IN_GENERAL: Record<OtherLang, RegExp> = {
  pt: re(
    `\\b(?:acompanho|sigo|tenho acompanhado|venho acompanhando)\\b[^.!?\\d]{0,30}?\\bo (?:seu |vosso |teu )?trabalho (?:notável|excelente|incrível|extraordinário|brilhante|admirável|fantástico|exemplar|impressionante)(?![\\p{L}])(?![^.!?]*\\d)|\\b(?:é|são),? sem (?:qualquer |nenhuma )?dúvida,? (?:uma|um) (?:referência|exemplo)(?![\\p{L}])(?!\\s+(?:do que|de como|de quando|disso|daquilo|do quanto)(?![\\p{L}]))(?![^.!?]*\\d)`,
  ),
  es: re(
    `\\b(?:sigo|he seguido|vengo siguiendo|llevo (?:un |mucho )?tiempo siguiendo)\\b[^.!?\\d]{0,30}?\\bel (?:excelente|gran|notable|extraordinario|admirable|impresionante) trabajo(?![\\p{L}])(?![^.!?]*\\d)|\\b(?:es|son),? sin (?:ninguna |lugar a )?duda,? (?:un|una) (?:referente|referencia|ejemplo)(?![\\p{L}])(?!\\s+(?:de lo que|de cómo|de cuando|de eso|de ello)(?![\\p{L}]))(?![^.!?]*\\d)`,
  ),
  fr: re(
    `\\b(?:je suis(?!\\s+(?:passée?s?|allée?s?|venue?s?|allé|tombée?s?|retournée?s?|rentrée?s?|entrée?s?|montée?s?|descendue?s?|restée?s?|arrivée?s?)(?![\\p{L}]))|j'ai suivi|je suis avec (?:intérêt|admiration))\\b[^.!?\\d]{0,30}?\\b(?:le|votre) (?:travail|parcours) (?:remarquable|exceptionnel|admirable|impressionnant|exemplaire)(?![\\p{L}])(?![^.!?]*\\d)|\\b(?:est|êtes|sont),? sans (?:aucun )?doute,? (?:une|un) (?:référence|exemple)(?![\\p{L}])(?!\\s+(?:de ce qu|de ce qui|de comment|de quand)(?![\\p{L}]))(?![^.!?]*\\d)`,
  ),
  de: re(
    `\\b(?:(?:ist|sind) (?:ohne zweifel|zweifellos|zweifelsohne) (?:eine|ein) (?:referenz|vorbild|aushängeschild))(?![\\p{L}])(?![^.!?]*\\d)`,
  ),
};

/**
 * While their post stands empty, we do its work: "enquanto a vaga não fica preenchida, podemos assegurar as avarias",
 * "mientras se cubre la vacante, podemos encargarnos de …", "en attendant le recrutement, nous pouvons assurer …",
 * "bis die Stelle besetzt ist, können wir … übernehmen". The gap named (a vacancy, an absence) makes it theirs; our own
 * hiring or absence ("até à contratação do nosso novo técnico, podemos atender … só às sextas") is no gap of theirs.
 */
const COVERS_THEIR_GAP: Record<OtherLang, RegExp> = {
  pt: re(
    `\\b(?:enquanto|até)(?![\\p{L}\\p{N}])(?:(?!\\b(?:nosso|nossa|nossos|nossas|meu|minha|meus|minhas)\\b)[^.!?]){0,40}?\\b(?:vaga|lugar|posto|substitut\\p{L}*|baixa|ausência|licença|contratação|recrutamento)(?![\\p{L}\\p{N}])(?:(?!\\b(?:nosso|nossa|nossos|nossas|meu|minha|meus|minhas)\\b)[^.!?]){0,40}?\\b(?:podemos|poderíamos|conseguimos)\\s+(?:nós\\s+)?(?:assegurar|garantir|tratar|cuidar|atender|resolver|cobrir|fazer)\\b`,
  ),
  es: re(
    `\\b(?:mientras|hasta que|en lo que)(?![\\p{L}\\p{N}])(?:(?!\\b(?:nuestro|nuestra|nuestros|nuestras|mi|mis)\\b)[^.!?]){0,40}?\\b(?:vacante|puesto|reemplaz\\p{L}*|baja|ausencia|licencia|contratación|selección)(?![\\p{L}\\p{N}])(?:(?!\\b(?:nuestro|nuestra|nuestros|nuestras|mi|mis)\\b)[^.!?]){0,40}?\\b(?:(?:podemos|podríamos)\\s+(?:asegurar|garantizar|atender|encargarnos|hacernos cargo|resolver|cubrir|hacer|ocuparnos)|nos (?:podemos|podríamos)\\s+(?:encargar|hacer cargo|ocupar))\\b`,
  ),
  fr: re(
    `\\b(?:en attendant|le temps (?:de|que)|jusqu'à)(?![\\p{L}\\p{N}])(?:(?!\\b(?:notre|nos|mon|ma|mes)\\b)[^.!?]){0,40}?\\b(?:poste|rempla[cç]\\p{L}*|absence|congé|recrutement|embauche)(?![\\p{L}\\p{N}])(?:(?!\\b(?:notre|nos|mon|ma|mes)\\b)[^.!?]){0,40}?\\b(?:nous pouvons|nous pourrions|on peut|on pourrait)\\s+(?:assurer|prendre en charge|gérer|intervenir|couvrir|nous occuper|s'occuper|nous charger|se charger)\\b`,
  ),
  de: re(
    `\\b(?:bis|solange|während)(?![\\p{L}\\p{N}])(?:(?!\\b(?:unser\\p{L}*|mein\\p{L}*)\\b)[^.!?]){0,40}?\\b(?:stelle|posten|nachfolge\\p{L}*|ausfall|abwesenheit|krankheit|besetzung)(?![\\p{L}\\p{N}])(?:(?!\\b(?:unser\\p{L}*|mein\\p{L}*)\\b)[^.!?]){0,40}?\\b(?:können|könnten) wir\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:übernehmen|abdecken|erledigen|sicherstellen)\\b`,
  ),
};

/**
 * Our answer to the very trouble they named, said as built for it, with the time it takes: "c'est justement pour ça
 * qu'on a monté une équipe volante : … sur place endéans les 24 heures", "justamente para eso armamos …", "foi
 * precisamente para isso que criámos …", "genau dafür haben wir …". A capability tied to their trouble, not a pitch.
 */
const BUILT_FOR_IT: Record<OtherLang, RegExp> = {
  fr: re(`\\bc'est (?:justement|précisément|exactement) pour (?:ça|cela|ce cas|ces cas) (?:qu'on|que nous|que j')\\b`),
  es: re(
    `\\b(?:justamente|precisamente|justo|exactamente) para (?:eso|esto|esos casos) (?:armamos|creamos|montamos|tenemos|hicimos)\\b`,
  ),
  pt: re(
    `\\b(?:foi|é) (?:precisamente|exatamente|justamente) para (?:isso|isto|esses casos) que (?:criámos|criamos|montámos|montamos|temos|fizemos)\\b`,
  ),
  de: re(`\\bgenau (?:dafür|deshalb|deswegen) haben wir\\b`),
};
/** A time within which we are there or answer: "endéans les 24 heures", "em 24h", "en menos de 24 horas". */
const WITHIN_HOURS = re(
  `\\b(?:endéans|en moins de|sous|dans les|en|em|dentro de|en menos de|innerhalb (?:von)?|binnen)\\s+(?:les\\s+|las\\s+)?(?:\\d+|vingt-quatre|quarante-huit)\\s*(?:h|heures|horas|stunden|std\\.?)(?![\\p{L}])`,
);

/**
 * A like case of ours, counted, on terms that bind them to nothing: "nous sommes intervenus onze fois en renfort à la
 * résidence du Bois de Wépion, sans contrat annuel, uniquement à la demande". What a peer got, and how lightly.
 */
const LIKE_CASE_ON_DEMAND: Record<OtherLang, RegExp> = {
  fr: re(
    `\\b(?:nous sommes intervenus|nous avons (?:renforcé|remplacé|dépanné|couvert)|on est intervenus?)\\b[^.!?]{0,20}?\\b(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt) fois\\b[^.!?]{0,80}?\\b(?:sans (?:contrat|engagement|abonnement)|à la demande)\\b`,
  ),
  es: re(
    `\\b(?:atendimos|cubrimos|intervinimos|fuimos)\\b[^.!?]{0,20}?\\b(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte) veces\\b[^.!?]{0,80}?\\b(?:sin (?:contrato|compromiso|permanencia)|(?:bajo|por|a) demanda)\\b`,
  ),
  pt: re(
    `\\b(?:interviemos|assegurámos|asseguramos|cobrimos|fomos)\\b[^.!?]{0,20}?\\b(?:\\d+|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte) vezes\\b[^.!?]{0,80}?\\b(?:sem (?:contrato|compromisso|fidelização)|a pedido)\\b`,
  ),
  de: re(
    `\\b(?:sind wir|haben wir)\\b[^.!?]{0,40}?\\b(?:\\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig)-?mal\\b[^.!?]{0,80}?\\b(?:ohne (?:jahres)?vertrag|auf abruf)\\b`,
  ),
};

/**
 * Their own public document quoted with what it says of them: "No Plano de Ação … que a Câmara aprovou em novembro, as
 * sete cantinas … aparecem com 14% …", "En el Plan de Desarrollo que aprobó el Concejo …", "Dans le plan climat adopté
 * par la commune …". A plan, budget or report of theirs, approved or published, and a figure from it: why them.
 */
const THEIR_PUBLIC_DOCUMENT: Record<OtherLang, RegExp> = {
  pt: re(
    `\\b(?:n[oa]|segundo o|segundo a|de acordo com o|de acordo com a|conforme o)\\s+(?!(?:nosso|nossa|meu|minha)\\s)(?:[\\p{L}-]+\\s+){0,1}?(?:plano|relatório|orçamento|programa|estratégia|regulamento|caderno de encargos|relatório e contas)\\b[^.!?]{0,100}?\\b(?:aprovou|aprovad[oa]s?|publicou|publicad[oa]s?|adotou|adotad[oa]s?|apresentou|divulgou|divulgad[oa]s?)\\b`,
  ),
  es: re(
    `\\b(?:en el|en la|según el|según la|de acuerdo con el)\\s+(?!(?:nuestro|nuestra|mi)\\s)(?:[\\p{L}-]+\\s+){0,1}?(?:plan|informe|presupuesto|programa|estrategia|reglamento|pliego|rendición de cuentas)\\b[^.!?]{0,100}?\\b(?:aprobó|aprobad[oa]s?|publicó|publicad[oa]s?|adoptó|adoptad[oa]s?|presentó|divulgó)\\b`,
  ),
  fr: re(
    `\\b(?:dans le|dans la|selon le|selon la|d'après le|d'après la)\\s+(?!(?:notre|mon|ma)\\s)(?:[\\p{L}-]+\\s+){0,1}?(?:plan|rapport|budget|programme|stratégie|règlement|cahier des charges)\\b[^.!?]{0,100}?\\b(?:approuvée?s?|a approuvé|publiée?s?|a publié|adoptée?s?|a adopté|votée?s?|a voté|présentée?s?|a présenté)\\b`,
  ),
  de: re(
    `\\b(?:im|in der|laut|gemäß)\\s+(?!(?:unser\\p{L}*|mein\\p{L}*)\\s)(?:[\\p{L}-]+\\s+){0,1}?[\\p{L}-]*(?:plan|bericht|budget|haushalt|programm|strategie|konzept)\\b[^.!?]{0,100}?\\b(?:beschlossen|verabschiedet|genehmigt|veröffentlicht)\\b`,
  ),
};

/**
 * Our portfolio or company presentation attached is sales material as a catalogue is: "Adjunto nuestro portafolio de
 * servicios", "Segue em anexo o nosso portfólio", "Vous trouverez ci-joint notre plaquette de présentation".
 */
const OUR_PORTFOLIO = re(
  `\\b(?:nuestro|nuestra|nosso|nossa|notre|unser\\p{L}*)\\s+(?:[\\p{L}-]+\\s+)?(?:portafolio|portfólio|portefólio|portfolio|portefeuille|presentación corporativa|apresentação institucional|présentation commerciale|firmenpräsentation|unternehmenspräsentation)(?![\\p{L}])(?!\\s+(?:von|de|com|con|avec)\\s+\\d)`,
);

/**
 * How they are, asked with the form of address that greets them ("¿Cómo está su merced?", "¿Cómo le va, don Segundo?",
 * "Como está o senhor?"): a greeting, whatever follows the question, not an ask.
 */
const HOW_ARE_YOU_ADDRESSED: Partial<Record<OtherLang, RegExp>> = {
  es: re(
    `^\\W*(?:[^!?¿\\d]{0,40}[,¿]\\s*)?(?:cómo|qué tal) (?:está|estás|le va|te va|amaneció|amaneciste|ha estado|sigue|anda|andás)\\s*,?\\s*(?:su merced|sumercé|usted|(?:don|doña|señor|señora|ingeniero|ingeniera|doctor|doctora) [\\p{L}]+)\\s*\\?`,
  ),
  pt: re(
    `^\\W*(?:[^!?\\d]{0,40},\\s*)?(?:como) (?:está|vai|tem passado|estás|vais)\\s*,?\\s*(?:o senhor|a senhora|você|vocês|(?:o|a) (?:sr|sra|eng|dr|dra)\\.?(?: [\\p{L}]+)?)\\s*\\?`,
  ),
};

/** Each language's stock phrases, every match of them at once (compiled once, not a message). */
const GENERIC_ALL = Object.fromEntries(
  (Object.keys(CUES) as OtherLang[]).map((lang) => [lang, new RegExp(CUES[lang].generic.source, 'giu')]),
) as Record<OtherLang, RegExp>;

/** Figures that make a pitch one with something in it, not a stock line (as SUBSTANCE in score.ts). */
const PITCH_FIGURES = 2;
/** A year ("Katalog 2025", "para 2026") dates the mailing; it is no figure of what it sells. */
const A_YEAR =
  /(?<=(?:\b(?:für|im|in|seit|bis|ab|para|en|desde|hasta|pour|depuis|em|até|for|since)|katalog|catálogo|catalogue|catalog)\s)(?:19|20)\d{2}(?![\d.,])/giu;
/** A phone number: a leading + or 0, or digit groups apart ("314 555 0192"), not a figure ("12.500.000"). */
const PHONE_NUMBER = /(?:\+|\b0)\d[\d\s()/-]{6,}\d|\(?\b\d{2,4}\)?[\s-]\d{3,4}[\s-]\d{3,4}\b/g;

/** Numbers, dates and quotations: concrete in any language. */
/**
 * Years of experience claimed for the firm or the sender ("con más de 25 años de experiencia en el mercado", "seit über
 * 20 Jahren am Markt", "fort de 30 ans d'expérience", "há mais de 15 anos no mercado"): what every template says of
 * itself. Its figure is no detail.
 */
const TENURE =
  /\d+\s*(?:años|jahren?|ans|années|anos)\s+(?:de\s+|d'|an\s+)?(?:experiencia|trayectoria|erfahrung|expérience|experiência|en el mercado|am markt|sur le marché|no mercado|dans le métier|en el sector|in der branche|dans le secteur|no setor)(?![\p{L}])/giu;

function numbersIn(text: string): number {
  return (text.replace(TENURE, '').match(/\d[\d.,]*/gu) ?? []).length + (QUOTE.test(text) ? 1 : 0);
}
const NOT_NAMES = new Set([
  'linkedin',
  'sr',
  'sra',
  'dr',
  'dra',
  'don',
  'doña',
  'monsieur',
  'madame',
  'senhor',
  'senhora',
  'je',
  'vous',
  'usted',
]);
/** A list line: a bullet, a dash or a tick at its start. */
const LIST_LINE = /^\s*(?:[-–—•*✔✓▪►]|\d+[.)])\s+/u;
// Or any link that a verb of picking a time points at: "Such dir hier einfach einen Termin aus: https://meet.x.de/svenja",
// "Elegí un horario acá: …", "Choisissez un créneau : …", "Escolha um horário: …".
const BOOKING_LINK =
  /(?<![\p{L}])(?:(?:such|wähl|waehl)\p{L}*\s+(?:dir|sich|euch)?\s*(?:hier\s+)?(?:einfach\s+)?(?:gern\s+)?(?:einen|ein|deinen|ihren|euren)\s+(?:passenden\s+)?(?:termin|slot|zeitfenster|zeitpunkt)|(?:elegí|elige|elija|escogé|escoge|escoja|reservá|reserva|reserve|agendá|agenda|agende)\s+(?:un|tu|su)\s+(?:horario|turno|espacio|hueco|día)|(?:choisissez|choisis|réservez|réserve|prenez|prends)\s+(?:un|votre|ton)\s+(?:créneau|rendez-vous|rdv|horaire)|(?:escolha|escolhe|marque|marca|agende|agenda|reserve|reserva)\s+(?:um|o seu|seu|o teu|teu)\s+(?:horário|hora|slot|dia))(?![\p{L}])[^!?\n]{0,40}?(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}\/\S*|\b(?:calendly\.com|cal\.com|cal\.link|[\w-]+\.[\w.]+\/(?:demo|meeting|rdv|termin|termine|agenda|agendar|agendamento|booking|book|citas?|reservar)|(?:rdv|termin|termine|agenda|kalender|calendario|calendrier|citas|reservas|booking|book|cal)\.[\w-]+\.[a-z]{2,}\/)\S*/iu;

/** The first date in `text` whose sentence asks them for something by then. */
function askedBy(dated: Cues['dated'], text: string): RegExpExecArray | null {
  const date = new RegExp(dated.date.source, 'giu');
  for (let m = date.exec(text); m; m = date.exec(text)) {
    if (dated.reply.test(sentenceAt(text, m.index)) && !promised(dated, text, m)) return m;
  }
  return null;
}

/**
 * One request chaining several with "and", in the message's own language ("s'y" has no Spanish "y" in it);
 * "gratuitement et sans engagement" are terms, not a further request.
 */
const CHAIN_AND: Record<OtherLang, RegExp> = {
  de: /,[^,]+,[^,]+\bund\b(?!\s+ohne\b)/iu,
  es: /,[^,]+,[^,]+(?<![\p{L}'’])[ye](?![\p{L}'’])(?!\s+sin\b)/iu,
  fr: /,[^,]+,[^,]+\bet\b(?!\s+sans\b)/iu,
  pt: /,[^,]+,[^,]+(?<![\p{L}'’])e(?![\p{L}'’])(?!\s+sem\b)/iu,
};

/**
 * CHAIN_AND, unless its "and" joins two things in one clause that is no request: between two things ("entre mercado
 * livre e mercado livre + solar"), or the purposes of the one ask, with their own subject ("para eu mostrar essa
 * estimativa e o senhor decidir", "pour que vous voyiez … et"). A bare infinitive after "para" may be a further ask.
 */
function chainsWithAnd(ask: string, lang: OtherLang): boolean {
  const m = CHAIN_AND[lang].exec(ask);
  if (!m) return false;
  const end = m.index + m[0].length;
  const clause = ask.slice(ask.lastIndexOf(',', end - 1) + 1, end);
  return !BETWEEN_OR_PURPOSE.test(clause);
}
const BETWEEN_OR_PURPOSE =
  /(?<![\p{L}])(?:entre|zwischen|damit|afin que|pour que|para que|(?:para|pra) (?:eu|nós|o senhor|a senhora|você|vc))(?![\p{L}])/iu;

/** A second request joined to the first: "…, et pourriez-vous aussi m'envoyer …", "…, und könnten Sie mir …". */
const SECOND_REQUEST = re(
  `[,;]\\s*(?:et|und|y|e)\\s+(?:\\p{L}+\\s+)?(?:pourriez|pouvez|pourrais|könnten|können|würden|könntest|podría|podrían|puede|pueden|podrías|poderia|poderiam|pode)\\b`,
);

/**
 * Whether the date is in a clause the sender is the subject of, with nothing asked from that subject to the date:
 * "Si me confirma el modelo, le envío el presupuesto antes del viernes" promises; "Wir können das Angebot nur bis
 * Freitag halten" still sets them a date.
 */
function promised(dated: Cues['dated'], text: string, date: RegExpExecArray): boolean {
  const sentence = text.slice(0, date.index);
  const clause = sentence.slice(Math.max(...CLAUSE_END.map((c) => sentence.lastIndexOf(c))) + 1);
  let at = -1;
  for (const m of clause.matchAll(new RegExp(dated.promise.source, 'giu'))) at = m.index;
  if (at < 0) return false;
  const tail = clause.slice(at);
  const sent = dated.sent?.exec(tail);
  return !dated.reply.test(`${sent ? tail.slice(sent[0].length) : tail}${date[0]}`);
}
const CLAUSE_END = [',', ';', '.', '!', '?', '\n', '\u2014', '\u2013'];

export interface OtherReading {
  parts: Record<PartName, PartResult>;
  ask: AskReading;
  flags: Flag[];
  signals: Pick<Signals, 'defaultInvitation' | 'genericAudience' | 'followUp' | 'career'>;
  boilerplate: boolean;
  specifics: () => number;
}

function part(strength: number, evidence: string, threshold = 0.5): PartResult {
  const r: PartResult = { present: strength >= threshold, strength: Math.round(strength * 100) / 100 };
  if (evidence) r.evidence = evidence.length > 140 ? clipWords(evidence, 140) : evidence;
  return r;
}

/** What a cue's finding says, quoting the words that set it off. All but a mass template bar "purposeful". */
const QUOTED = {
  default_invitation: (q: string) => `A stock line ("${q}") could go to anyone: say why them and what you offer`,
  mass_template: (q: string) => `Reads like a mass template ("${q}"): say something only this person would get`,
  pressure: (q: string) => `A deadline or scarcity ("${q}") is not their reason to reply: make it about them`,
  meeting_imposed: (q: string) => `Ask before you book ("${q}"): let them choose`,
  contract_ask: (q: string) => `A contract or fee ask ("${q}") in a first message: ask for something small first`,
  booking_link_only: (q: string) => `A booking link ("${q}") as the ask: ask a question they can answer instead`,
} satisfies Partial<Record<FindingCode, (quoted: string) => string>>;
type QuotedCode = keyof typeof QUOTED;

/** A thing put in the message itself: a link, or "below", "hier der …", "te dejo", "ci-dessous", "segue". */
const PLACED_HERE = re(
  `https?:\\/\\/|\\b[\\p{L}\\p{N}-]+\\.(?:de|es|fr|pt|br|at|ch|be|eu|com|io|org|net|co|app|ai)\\/\\S|\\b(?:unten|weiter unten|ci-dessous|ci-après|abajo|a continuación|abaixo|em baixo|segue(?:m)?|(?:te|le|les|os) dejo|deixo(?:-lhe|-te)?|voici|hier (?:der|die|das|ist|sind|finden)|aquí (?:tienes|tiene|va|está)|aqui (?:vai|está|fica|tem))\\b`,
);
/** Our own sales material linked is a pitch, not a thing handed over: a price list, a brochure, an offer, our website. */
const SALES_MATERIAL = re(
  `\\b(?:preis\\p{L}*|price\\p{L}*|precios?|prix|preços?|tarif\\p{L}*|broschüre|brochure|folleto|catálogo|catalogue|katalog|angebot|offerte|oferta|offre|proposta|propuesta|website|webseite|demo)\\b|[\\p{L}-]+(?:broschüre|katalog|prospekt|präsentation|flyer)\\b`,
);
/** Our own quote, brochure or price list, however it is handed over: "je peux vous adresser notre devis". */
const OUR_SALES_PAPER = re(
  `\\b(?:notre|nos|nuestr[oa]s?|noss[oa]s?|unser\\p{L}*|our)\\s+(?:[\\p{L}-]+\\s+)?(?:devis|plaquette|brochure|catalogue|tarifs?|grille tarifaire|offre commerciale|proposition commerciale|presupuesto|cotización|catálogo|folleto|precios|tarifas|orçamento|folheto|preços|proposta comercial|angebot|offerte|preisliste|broschüre|katalog|kostenvoranschlag)\\b`,
);
/** A thing attached to the message: "anbei", "adjunto", "ci-joint", "l'évaluation est jointe", "segue em anexo". */
const ATTACHED = re(
  `\\b(?:anbei|im anhang|hängt an|(?:ihnen|dir|euch) [^.!?]{0,60}?angehängt|(?:ich|wir) (?:hab|habe|haben) [^.!?]{0,60}?(?:angehängt|beigefügt|drangehängt)|(?:hab|habe|haben) (?:ich|wir) (?:[^.!?]{0,60}? )?(?:angehängt|beigefügt|drangehängt)|(?:ich|wir) (?:ihnen|dir|euch) (?:[\\p{L}-]+ ){0,3}?anhänge\\p{L}*|hänge (?:ich|wir) (?:ihnen|dir|euch )?[^.!?]{0,60}\\ban|(?:te|le|les|os) adjunto|(?:va|van|envío|mando|encontrará\\p{L}*) adjunt[oa]s?|adjunt[oa]s? (?:el|la|los|las|un|una|unos|unas|nuestr[oa]s?|mi|mis)|ci-joint(?:e|s|es)?|en pièce jointe|(?:est|sont) joint(?:e|s|es)?|je (?:vous |te )?joins|(?:segue|seguem|vai|vão) (?:em )?anex[oa]s?|em anexo)\\b`,
);
/**
 * A resource of ours offered for them to look at, or said to help without buying anything: "Quer dar uma
 * olhada?", "¿Le echas un vistazo?", "Voulez-vous y jeter un œil ?", "auch ohne unser Tool", "mesmo sem usar
 * nossa ferramenta". With a resource named there or just before, that is the offer.
 */
const YOURS_TO_LOOK_AT = re(
  `\\b(?:dar (?:uma )?(?:olhada|espiada)|echar(?:le|te)? (?:un )?(?:vistazo|ojo)|(?:le|te) echas? (?:un )?(?:vistazo|ojo)|jeter un (?:œil|oeil|coup d'œil)|(?:einen )?blick (?:darauf |drauf |hinein |rein )?werfen|reinschauen|(?:mesmo|até) sem (?:usar|contratar|comprar)|aunque no (?:uses|use|usen|contrates|contrate)|sin (?:usar|contratar|comprar) (?:nuestr|nada)|même sans (?:notre|nos|utiliser|acheter)|auch ohne (?:unser|unsere|etwas zu kaufen))\\b`,
);
/**
 * Their company as one of many: "Unternehmen wie Berger Maschinenbau", "les entreprises comme Garnier",
 * "empresas como a Reis Calçados". A mail-merge puts their name there; our own customers named that way
 * ("Kunden wie Bosch") are not theirs, so the caller checks the name.
 */
const LIKE_THEM = re(
  `\\b(?:unternehmen|firmen|betriebe|marken|teams|häuser|empresas|compañías|negocios|marcas|equipos|entreprises|sociétés|marques|structures|acteurs|negócios|companhias|lojas|tiendas|commerces)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:wie|como|comme)\\s+(?:a\\s+|o\\s+|la\\s+|el\\s+|le\\s+|les\\s+)?([^,.;:!?]{2,60})`,
);
function likeThem(text: string, company: readonly string[]): RegExpExecArray | null {
  const m = LIKE_THEM.exec(text);
  return m && company.length > 0 && namesCompany((m[1] as string).toLowerCase(), company) ? m : null;
}
/** Their profile, which everyone sees: "Ihr Profil", "tu perfil", "votre profil", "seu perfil". */
const PROFILE = re(
  `\\b(?:ihr|ihre|dein|deine|euer|tu|su|vuestro|votre|ton|seu|teu|o seu|o teu)\\s+(?:[\\p{L}-]+\\s+)?(?:profil|perfil|linkedin-profil)\\b`,
);
/** Where a role was seen, before the "that": "en LinkedIn", "auf Xing", "no seu perfil". */
const ROLE_SOURCE = `(?:(?:en|no|na|sur|auf|in|im|on|por|via|über)\\s+(?:(?:el|la|su|tu|seu|sua|o|a|votre|ton|le|l'|ihrem|ihr|deinem|dem|der)\\s*)?(?:linkedin|xing|perfil|profil|web|website|site|sitio|página|internet|google|redes sociales|redes)\\s*,?\\s*|(?:linkedin|xing)\\s*,?\\s*)?`;
/** A role, title or workplace word (compounds in German: "Praxisinhaberin", "Zahnärztin", "Geschäftsführer"). */
const ROLE_WORDS: Record<OtherLang, string> = {
  de: `[\\p{L}-]*(?:inhaber|leiter|chef|geschäftsführer|gründer|direktor|manager|zahnarzt|zahnärzt|arzt|ärzt|partner|eigentümer|besitzer|betreiber|vorstand|berater|einkäufer|kieferorthopäd|therapeut|dentist)[\\p{L}]*`,
  es: `(?:dueñ[oa]|propietari[oa]|director|directora|gerente|fundador|fundadora|soci[oa]|jef[ea]|odontólog[oa]|dentista|médic[oa]|doctor|doctora|encargad[oa]|responsable|administrador|administradora|coordinador|coordinadora|ceo|cfo|cto)s?`,
  fr: `(?:propriétaire|directeur|directrice|gérant|gérante|fondateur|fondatrice|chirurgien(?:ne)?-dentiste|dentiste|médecin|responsable|associé|associée|patron|patronne|chef|président|présidente|pdg|orthodontiste|docteur|kinésithérapeute)s?`,
  pt: `(?:don[oa]|proprietári[oa]|diretor|diretora|gerente|fundador|fundadora|sóci[oa]|dentista|médic[oa]|responsável|gestor|gestora|coordenador|coordenadora|doutor|doutora|ceo)s?`,
};
const roleWord = (lang: OtherLang): string => ROLE_WORDS[lang];
const PLACE_OF_WORK = `(?:consulta|clínica|consultorio|consultório|cabinet|clinique|empresa|entreprise)`;
/** Where the role is: "de una consulta en Concepción", "du cabinet à Lyon", "em Curitiba". */
const ROLE_PLACE = `(?:\\s+(?:de|del|d'|du|des|de la|de las|de los|en|à|au|aux|dans|em|no|na|nos|nas|num|numa|do|da|dos|das)\\s*[\\p{L}' -]{2,60}?)?`;
/**
 * What was seen is only their role, title or city ("Vi que usted es dueña de una clínica en Concepción", "dass Sie
 * Praxisinhaberin in Graz sind", "que vous êtes propriétaire d'un cabinet à Lyon", "que você é dona de uma clínica em
 * Curitiba"): true of thousands, no reason why them. A role with a change in it ("la nueva gerente", "vient de
 * reprendre") or a figure is one.
 */
const ROLE_ONLY: Record<OtherLang, RegExp> = {
  de: re(
    `^\\W*${ROLE_SOURCE}(?:dass\\s+)?(?:sie|du)\\s+(?:als\\s+)?(?:(?:die|der|eine?)\\s+)?${roleWord('de')}(?:\\s+(?:in|im|am|an|bei|von|der|des|einer|eines)\\s+[\\p{L} -]{2,40}?)?\\s+(?:sind|bist|arbeiten|arbeitest)\\W*$`,
  ),
  es: re(
    `^\\W*${ROLE_SOURCE}(?:que\\s+)?(?:usted\\s+|tú\\s+|vos\\s+)?(?:(?:es|eres|sos|trabaja|trabajas|trabajás)\\s+(?:como\\s+)?(?:(?:el|la|un|una)\\s+)?${roleWord('es')}|(?:trabaja|trabajas|trabajás)\\s+en\\s+(?:una?|la|el)\\s+${PLACE_OF_WORK})${ROLE_PLACE}\\W*$`,
  ),
  fr: re(
    `^\\W*${ROLE_SOURCE}(?:qu(?:e\\s+|'))?(?:(?:vous\\s+(?:êtes|travaillez)|tu\\s+(?:es|travailles))\\s+(?:comme\\s+)?(?:(?:le|la|un|une|l')\\s*)?${roleWord('fr')}|(?:vous\\s+travaillez|tu\\s+travailles)\\s+dans\\s+(?:une?|le|la|l')\\s*${PLACE_OF_WORK})${ROLE_PLACE}\\W*$`,
  ),
  pt: re(
    `^\\W*${ROLE_SOURCE}(?:que\\s+)?(?:você|vc|o senhor|a senhora|tu)\\s+(?:(?:é|és|trabalha)\\s+(?:como\\s+)?(?:(?:o|a|um|uma)\\s+)?${roleWord('pt')}|trabalha\\s+(?:em|num|numa|no|na)\\s+(?:uma?\\s+)?${PLACE_OF_WORK})${ROLE_PLACE}\\W*$`,
  ),
};
/**
 * What was seen says more than their role and place: a change or a time ("seit März", "mittlerweile", "desde hace",
 * "désormais", "fraîchement", "agora"), a month, a count or an order in words ("tres consultas", "der zweiten Praxis"), or
 * their business by its own name ("la Clínica Dental Los Aromos").
 */
const ROLE_CHANGE = re(
  `\\b(?:nuev[oa]s?|recién|recientemente|acaba de|acabas de|ahora|desde|neue?[rnms]?|seit|seitdem|frisch|jetzt|mittlerweile|inzwischen|neuerdings|nouvel(?:le)?|nouveau|nouvelle|récemment|vient de|viens de|depuis|désormais|dorénavant|maintenant|fraîchement|nov[oa]s?|recém|recentemente|acabou de|agora|há pouco)\\b`,
);
const ROLE_COUNT: Record<OtherLang, RegExp> = {
  de: re(`\\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zweite\\p{L}*|dritte\\p{L}*|${DE_MONTHS})\\b`),
  es: re(`\\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|segund[oa]s?|tercer[oa]?s?|${ES_MONTHS})\\b`),
  fr: re(`\\b(?:deux|trois|quatre|cinq|six|huit|dix|deuxième|second(?:e)?|troisième|${FR_MONTHS})\\b`),
  pt: re(`\\b(?:dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|segund[oa]s?|terceir[oa]s?|${PT_MONTHS})\\b`),
};
const BUSINESS_NAMED =
  /\b(?:Clínica|Clinica|Consultorio|Consultório|Cabinet|Clinique|Centro|Centre|Zentrum|Praxis|Zahnarztpraxis|Instituto|Institut|Studio|Estudio|Estúdio)\s+(?:(?:de|del|da|do|du|des|la|le|dos|am|an)\s+)?\p{Lu}/u;

/** The German verbs a role is said with: "Sie leiten den Einkauf", "dass du das Lager verwaltest". */
const DE_ROLE_VERB = `(?:leiten|leitest|verantworten|verantwortest|führen|führst|betreuen|betreust|managen|managst|koordinieren|koordinierst|steuern|steuerst|verwalten|verwaltest)`;
/**
 * A role said with a verb: "dass Sie den Einkauf bei Kessler leiten", "Sind Sie für die Logistik zuständig",
 * "que usted dirige las compras de …", "que vous gérez les achats chez …", "que você cuida do RH da …". What they
 * lead is a department or function every firm has (ROLE_FIELD); a project ("la apertura", "den Lagerumzug") is
 * ROLE_PROJECT and a reason. The seen part may open on where it was seen ("en LinkedIn que …", "no LinkedIn que …").
 */
const ROLE_VERB: Record<OtherLang, string> = {
  de: `(?:(?:dass\\s+)?(?:sie|du)\\s+|(?:sind|bist|${DE_ROLE_VERB})\\s+(?:sie|du)\\s+)`,
  es: `(?:que\\s+)?(?:(?:usted|tú|vos)\\s+)?(?:dirige|diriges|dirigís|lleva|llevas|llevás|gestiona|gestionas|gestionás|coordina|coordinas|coordinás|supervisa|supervisas|supervisás|maneja|manejas|manejás|lidera|lideras|liderás|encabeza|encabezas|administra|administras|está a cargo del?|estás a cargo del?|se encarga del?|te encargas del?|te encargás del?|es responsable del?|eres responsable del?|sos responsable del?|está al frente del?|estás al frente del?|tiene a su cargo|está en|trabaja en|trabajas en|trabajás en)\\s`,
  fr: `(?:qu(?:e\\s+|'))?(?:vous\\s+(?:gérez|dirigez|pilotez|supervisez|coordonnez|managez|encadrez|animez|(?:êtes en charge|êtes chargée?|êtes responsable|vous occupez) (?:des|du|de|d')|avez en charge|travaillez (?:à|au|aux|dans)|êtes (?:à|au|aux|dans))|tu\\s+(?:gères|diriges|pilotes|supervises|coordonnes|manages|encadres|(?:es en charge|es responsable|t'occupes) (?:des|du|de|d')|travailles (?:à|au|aux|dans)))\\s*`,
  pt: `(?:que\\s+)?(?:(?:você|voce|vc|o senhor|a senhora|tu)\\s+)?(?:cuida|cuidas|coordena|coordenas|gerencia|gerencias|gere|geres|dirige|diriges|lidera|lideras|comanda|comandas|chefia|chefias|supervisiona|supervisionas|administra|administras|toca|tocas|está à frente|estás à frente|é responsável|és responsável|trabalha|trabalhas|está|estás)\\s`,
};
/** A lead-in that only says where the role was read or that it is believed: "D'après votre profil,", "Pelo seu perfil,". */
const ROLE_BELIEVED = `(?:(?:(?:d'après|selon|pelo|pela|por|según|laut)\\s+)?(?:votre|ton|seu|teu|o seu|su|tu|ihrem|deinem)\\s+(?:[\\p{L}]+-)?(?:profil|perfil)\\s*,?\\s*|(?:si je ne me trompe pas|se não me engano|si no me equivoco|wenn ich mich nicht irre)\\s*,?\\s*)?`;
const ROLE_DOES: Record<OtherLang, RegExp> = {
  de: re(
    `^\\W*(?:wie ich [^,.!?]{0,40}?(?:gesehen|gelesen|entnommen) habe,?\\s*)?${ROLE_BELIEVED}${ROLE_SOURCE}${ROLE_VERB.de}`,
  ),
  es: re(`^\\W*${ROLE_BELIEVED}${ROLE_SOURCE}${ROLE_VERB.es}`),
  fr: re(`^\\W*${ROLE_BELIEVED}${ROLE_SOURCE}${ROLE_VERB.fr}`),
  pt: re(`^\\W*${ROLE_BELIEVED}${ROLE_SOURCE}${ROLE_VERB.pt}`),
};
/** How a German role said with a verb ends: "… leiten", "… zuständig sind", or the main clause's verb already said. */
const DE_ROLE_END = re(`(?:${DE_ROLE_VERB}|(?:zuständig|verantwortlich)(?:\\s+(?:sind|bist))?)\\W*$`);
/** German's closing verb of a role said with a verb, set aside before reading what else was said. */
const DE_ROLE_TAIL = re(`\\s+(?:${DE_ROLE_VERB}|(?:zuständig|zustaendig|verantwortlich)(?:\\s+(?:sind|bist))?)\\W*$`);
/** The main clause's verb said already: "leiten Sie …" (after "Laut LinkedIn"), "Sie leiten …". */
const DE_ROLE_INVERTED = re(`${DE_ROLE_VERB}\\s+(?:sie|du)\\s+$`);
const DE_ROLE_VERB_NEXT = re(`^${DE_ROLE_VERB}\\s`);
/** A department or function every firm has: what a role is over. */
const ROLE_FIELD: Record<OtherLang, RegExp> = {
  de: re(
    `(?:^|[^\\p{L}])(?:[\\p{L}-]*(?:einkauf|beschaffung|logistik|lager|personal|lohn|gehalt|buchhaltung|finanz|controlling|vertrieb|verkauf|marketing|produktion|fertigung|instandhaltung|wartung|qualität|fuhrpark|flotte|versand|disposition|verwaltung|abteilung|bereich|team|recruiting|kundendienst|kundenservice)\\p{L}*|hr|it|edv|betrieb|technik|werk|standort|filiale|praxis)(?![\\p{L}])`,
  ),
  es: re(
    `\\b(?:compras|abastecimiento|aprovisionamiento|logística|almacén|almacenes|bodega|bodegas|rrhh|rr\\.?hh|recursos humanos|personal|nómina|nóminas|finanzas|contabilidad|tesorería|ventas|comercial|marketing|producción|mantenimiento|calidad|flota|transporte|sistemas|ti|it|operaciones|área|departamento|equipo|planta|sucursal|consulta|clínica|tienda|selección|reclutamiento)\\b`,
  ),
  fr: re(
    `\\b(?:achats|approvisionnements?|logistique|rh|ressources humaines|personnel|paie|comptabilité|finances?|ventes|commercial|marketing|production|maintenance|qualité|entrepôts?|flotte|transport|informatique|it|si|exploitation|service|équipe|direction|département|usine|site|agence|cabinet|magasin|recrutement)\\b`,
  ),
  pt: re(
    `\\b(?:compras|suprimentos|logística|almoxarifado|armazém|estoque|rh|recursos humanos|pessoal|folha|financeiro|finanças|contabilidade|vendas|comercial|marketing|produção|manutenção|qualidade|frota|transporte|ti|operações|setor|área|departamento|equipe|time|fábrica|filial|loja|clínica|consultório|recrutamento|dp)\\b`,
  ),
};
/** A project, not a function: the opening, move, migration or launch they lead is a reason. */
const ROLE_PROJECT = re(
  `(?:umzug|umstellung|einführung|projekt|neubau|umbau|ausbau|erweiterung|eröffnung|migration|wechsel|zusammenlegung|fusion|ausschreibung|audit|zertifizierung|apertura|migración|proyecto|implantación|implementación|lanzamiento|cambio|traslado|ampliación|construcción|renovación|expansión|integración|transición|licitación|ouverture|projet|lancement|déménagement|changement|agrandissement|construction|rénovation|expansion|intégration|transition|appel d'offres|abertura|projeto|implantação|implementação|lançamento|mudança|ampliação|construção|renovação|expansão|integração|transição|licitação)`,
);
/** What a place or field of a role cannot hold: a second clause ("y …", "que …", "weil …"), a time or a companion. */
const ROLE_CLAUSE = re(
  `(?:^|[^\\p{L}])(?:y|und|et|e|pero|aber|mais|mas|que|qui|wo|weil|donde|où|onde|porque|parce|seit|desde|depuis|nach|tras|après|após|depois|durante|pendant|während|con|avec|mit|com|sobre|über|mientras|enquanto|tandis|cuando|quand|quando|wenn|als|hace|il y a|ago)(?![\\p{L}])`,
);
/** Where it was seen and the "that" after it, before the role: "en LinkedIn que", ", dass". */
const ROLE_THAT = re(`^\\W*${ROLE_SOURCE}(?:que|qu'|dass|that)?\\s*`);
/** Whether what was seen (`tail`, after the seeing verb) is only a role said with a verb over a function, with a place. */
function roleDoneOnly(tail: string, lang: OtherLang): boolean {
  const head = ROLE_DOES[lang].exec(tail);
  if (!head) return false;
  const rest = tail.slice(head.index + head[0].length);
  if (rest.length > 90 || /\d/.test(rest) || !ROLE_FIELD[lang].test(rest) || ROLE_PROJECT.test(rest)) return false;
  // German says the verb last after "dass" or "sind Sie … zuständig"; a main clause says it first ("leiten Sie", "Sie leiten").
  if (
    lang === 'de' &&
    !DE_ROLE_INVERTED.test(head[0]) &&
    !(DE_ROLE_VERB_NEXT.test(rest) && !/dass\s/i.test(head[0])) &&
    !DE_ROLE_END.test(rest)
  )
    return false;
  if (ROLE_CLAUSE.test(rest.replace(/^\s*(?:que|qu')\s*/i, ''))) return false;
  // Only the function and where it is may follow, German's closing verb aside: "…, premiada por …" is a reason.
  return fieldAndPlaceOnly(lang === 'de' ? rest.replace(DE_ROLE_TAIL, '') : rest, 6, lang === 'de');
}

/** A meeting to get to know each other or a coffee: an ask with no topic of its own unless one is named. */
const GET_TO_KNOW = re(
  `\\b(?:kennenlernen|kennenzulernen|kaffee|café|cafecito|cafezinho|conocernos|conocerte|conocerle|connaître|connaisse|connaissance|(?:se|nos|te) conhecer|conhecer (?:você|vocês|o senhor|a senhora)|austausch|échanger|échange|charla|plática|bate-papo|papo)\\b`,
);
/** A length of time, which says nothing about them: "15 Minuten", "20 minutos", "15 min". */
/**
 * The sender's own career, told in their first person: "Fort de 40 ans d'expérience …, je mets mon savoir-faire au
 * service de …", "Con 30 años de experiencia, ofrezco mis servicios", "mit über 35 Jahren Erfahrung biete ich".
 * A person's letter, however stock the rest.
 */
const CAREER: Record<OtherLang, { years: RegExp; mine: RegExp }> = {
  de: {
    years:
      /\b(?:\d+|[\p{L}-]+)\s+jahren?\s+(?:berufs)?erfahrung\b|\bnach\s+(?:\d+|[\p{L}-]+)\s+jahren\s+als\b|\b(?:\d+|[\p{L}-]+)\s+jahre\s+(?:lang\s+)?als\b|\bals\s+(?:ehemalige[rn]?|früherer?)\s/iu,
    mine: /\b(?:ich|mein\p{L}*)\b/iu,
  },
  es: {
    years:
      /\b(?:\d+|[\p{L}-]+)\s+años\s+de\s+(?:experiencia|oficio|trayectoria)\b|\b(?:llevo|tras|después\s+de)\s+(?:más\s+de\s+|casi\s+)?(?:\d+|[\p{L}-]+)\s+años\s+(?:como|en)\b|\bpongo\s+(?:mi|mis)\s+(?:experiencia|conocimientos|saber\s+hacer)\s+al\s+servicio\b/iu,
    mine: /\b(?:yo|tengo|llevo|ofrezco|pongo|mi|mis|me|soy|trabajo)\b/iu,
  },
  fr: {
    years:
      /(?:^|[^\p{L}])(?:\d+|[\p{L}-]+)\s+(?:ans|années)\s+(?:d'expérience|de\s+métier|de\s+carrière)(?![\p{L}])|(?:^|[^\p{L}])(?:après|pendant)\s+(?:plus\s+de\s+|près\s+de\s+)?(?:\d+|[\p{L}-]+)\s+(?:ans|années)\s+(?:comme|en\s+tant\s+que|chez)(?![\p{L}])|(?:^|[^\p{L}])expérience\s+de\s+(?:plus\s+de\s+|près\s+de\s+)?(?:\d+|[\p{L}-]+)\s+(?:ans|années)|(?:^|[^\p{L}])je\s+mets\s+(?:à\s+votre\s+(?:service|disposition)\s+)?(?:mon|mes)\s+(?:savoir[\s-]faire|expérience|expertise|compétences)(?![\p{L}])/iu,
    mine: /(?:^|[^\p{L}])(?:je|j'|mon|mes|ma)(?![\p{L}])/iu,
  },
  pt: {
    years:
      /\b(?:\d+|[\p{L}-]+)\s+anos\s+de\s+(?:experiência|carreira|ofício)|\b(?:após|depois\s+de)\s+(?:mais\s+de\s+)?(?:\d+|[\p{L}-]+)\s+anos\s+(?:como|na|no|em)\b|\bcoloco\s+(?:a\s+)?(?:minha|meu|meus)\s+(?:experiência|conhecimentos|know-how)\s+ao\s+serviço\b/iu,
    mine: /\b(?:eu|tenho|ofereço|coloco|meu|meus|minha|sou|trabalho)\b/iu,
  },
};
/** A sign-off at the start of a signature line, with what follows it on that line ("Cordialement, Jean"). */
const SIGN_OFF_START =
  /^(?:(?:(?:beste|viele|freundliche|mit freundlichen|liebe|herzliche)\s*)?grü(?:ß|ss)en?|(?:(?:mit\s+)?freundliche[mr]\s+)?gru(?:ß|ss)|(?:(?:liebi|en)\s+)?gr(?:ü|u)ess(?:li)?|saludos(?: cordiales)?|un (?:cordial )?saludo|atentamente|(?:bien )?cordialement|bien à vous|(?:sincères |meilleures )?salutations(?: distinguées)?|abraços?|atenciosamente|(?:melhores )?cumprimentos)(?![\p{L}])[\s,.!:;\u2014\u2013-]*/iu;

/**
 * The sender's firm or trade, said as theirs in a sentence of their own: "Chez Clarivia (…), on / nous / nos clients",
 * "Bei Rechnix haben wir", "En Cordillera tenemos", "Na Tecnorte, os nossos clientes", or the trade they speak as: "Als
 * Industriemakler in Wien habe ich", "En tant que courtier, je", "Como agente de carga, tengo", "Como consultor, eu".
 * Not who on its own (a firm's pitch says as much): with their name signed under it.
 */
const OURS_SAID: Record<OtherLang, RegExp> = {
  de: new RegExp(
    `${B}(?:[Bb]ei ${CAP}[^.!?]{0,80}?${B}(?:wir|unser\\p{L}*)${E}|${B}unser(?:e|en|em|er)?\\s+(?:modul|software|plattform|tool|system|lösung|app|team)\\p{L}*${E}[^.!?]{0,40}?${B}bei ${CAP}|[Aa]ls (?!(?:Sie|Ihr\\p{L}*|er|sie|Erstes|Nächstes|Letztes|Nächste|Erste)${E})\\p{Lu}\\p{Ll}+(?:in)?${E}[^.!?]{0,60}?${B}ich${E})`,
    'u',
  ),
  es: new RegExp(
    `${B}(?:[Ee]n ${CAP}[^.!?]{0,80}?${B}(?:nosotr[oa]s|hemos|tenemos|nuestr\\p{L}*)${E}|${B}nuestr[oa]s?\\s+(?:módulo|software|plataforma|herramienta|sistema|solución|app|equipo)${E}[^.!?]{0,40}?${B}en ${CAP}|[Cc]omo (?!(?:usted|ustedes|tú|ya|le|les|te|se|lo|la|siempre|parte|ejemplo)${E})\\p{Ll}+ (?:de|en) [^.!?]{0,60}?${B}(?:tengo|he|yo|puedo|sé|veo)${E})`,
    'u',
  ),
  fr: new RegExp(
    `${B}(?:[Cc]hez ${CAP}[^.!?]{0,80}?${B}(?:nous|on|nos|notre)${E}|${B}(?:notre|nos)\\s+(?:module|logiciel|outil|plateforme|application|app|solution|système|équipe)s?${E}[^.!?]{0,40}?${B}chez ${CAP}|[Ee]n tant que \\p{Ll}+[^.!?]{0,60}?${B}(?:je${E}|j['’]))`,
    'u',
  ),
  pt: new RegExp(
    `${B}(?:[Nn][ao] ${CAP}[^.!?]{0,80}?${B}(?:nós|a gente|noss[oa]s?)${E}|${B}noss[oa]s?\\s+(?:módulo|software|plataforma|ferramenta|sistema|solução|app|aplicativo|equipe)${E}[^.!?]{0,40}?${B}n[ao] ${CAP}|[Cc]omo (?!(?:você|vocês|o senhor|a senhora|já|lhe|se|parte|exemplo)${E})\\p{Ll}+ (?:de|da|do|na|no|em) [^.!?]{0,60}?${B}(?:tenho|eu|posso|sei|vejo)${E})`,
    'u',
  ),
};
/** Thanks on a line of its own is no name: "Vielen Dank", "Merci", "Muchas Gracias", "Obrigado". */
const THANKS_LINE =
  /^(?:vielen dank|danke(?: schön| sehr)?|merci(?: beaucoup)?|(?:muchas )?gracias|obrigad[oa]|thanks|thank you)$/iu;
/** A message signed with a name on its own after the ask: "… schicken? C. Leitner", "… ça vous irait? Léa Favre". */
function signedName(sentences: readonly Sentence[]): boolean {
  const last = sentences[sentences.length - 1]?.text.trim() ?? '';
  // A sign-off and the name on the same line of a note ("… ? Bien à vous, Sébastien Delvaux") sign it too.
  const name = last.replace(SIGN_OFF_START, '');
  return (
    sentences.length > 1 &&
    /^(?:\p{Lu}\.\s*)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}$/u.test(name) &&
    !SIGN_OFF_START.test(name) &&
    !THANKS_LINE.test(name) &&
    !signedByTeam(name)
  );
}

/** How strongly a career told and a signed name say who, as in English. */
/**
 * The sender said in shapes the `who` cues do not know, the same three in each language:
 * - a labelled fragment: "Kurz zu mir: Jana Roth, …", "Sobre mí: Lucía Ferrer, …", "Moi : Claire Dubois, …";
 * - a founder's (or head's) role at a named company, wherever it stands in a sentence of their own
 *   ("Tobias Wenk hier, seit 2021 Gründer von Leerlauf", "…, ahora fundadora de Rutalia");
 * - a first-person verb of building or running with the product or company as its object, set off by
 *   what follows it ("Ich baue Prüfwerk (eine App …)", "Construyo Riegalia, una app …", "Je développe
 *   Quaiplan, un outil …"). A pronoun or an article is no company: "Ich leite Ihnen gern … weiter",
 *   "Je développe ce point", "Dirijo este mensaje".
 */
const SELF_WORDS: Record<OtherLang, { label: string; role: string; builds: string }> = {
  de: {
    label: '(?:(?:ganz\\s+)?kurz\\s+)?(?:zu mir|über mich)',
    role: '(?:(?:mit|co-?)?gründer(?:in)?|founder|geschäftsführer(?:in)?|inhaber(?:in)?|ceo)\\s+(?:von|bei|der|des)',
    builds: 'ich\\s+(?:baue|leite|führe|entwickle|betreibe)',
  },
  es: {
    label: '(?:(?:un poco|algo|brevemente)\\s+)?sobre mí',
    role: '(?:co-?)?fundador(?:a)?\\s+(?:de|del)',
    builds: '(?:construyo|desarrollo|dirijo|fundé|creé)',
  },
  fr: {
    label: '(?:un mot sur moi|à propos de moi|quant à moi|moi)',
    role: "(?:co-?)?fondat(?:eur|rice)\\s+(?:de|du|d')",
    builds: "(?:je\\s+(?:développe|construis|dirige|fabrique)|j'ai\\s+(?:fondé|créé|lancé))",
  },
  pt: {
    label: '(?:um pouco\\s+)?sobre mim',
    role: '(?:co-?)?fundador(?:a)?\\s+(?:de|da|do)',
    builds: '(?:construo|desenvolvo|dirijo|fundei|criei)',
  },
};
/** Words that stand where a company would and are none: pronouns, articles, demonstratives. */
const NOT_A_COMPANY =
  '(?:sie|ihnen|ihr\\p{L}*|dir|dich|euch|uns\\p{L}*|es|das|den|die|der|dem|des|ein\\p{L}*|diese\\p{L}*|le|la|les|lo|los|las|un|una|une|usted|ustedes|vous|te|lhe|o|a|os|as|um|uma|este|esta|esto|ce|cet|cette|ces|ceci|mon|ma|mes|mi|mis|meu|minha|notre|nuestr\\p{L}*)';
/** What sets off a product or company just named: its description in brackets or after a comma, or the sentence's end. */
const SET_OFF = `(?:\\s+${CAP}){0,2}\\s*(?:\\(|,|[.!;:]|$|\\s[\\u2013\\u2014-]\\s)`;
/**
 * The sender as the one speaking, before the role: "ich bin …", "soy …", "je suis …", "Tobias hier, …".
 * A role named before it is someone else's or theirs: "Stefan Maurer, Gründer von Kaltwerk, meinte, ich …",
 * "Als Gründerin von Zahlfix kennen Sie …".
 */
const SPEAKER_FIRST = re(`\\b(?:ich|yo|soy|je|j'|moi|eu|sou|hier|aquí|aqui|ici)\\b`);
function selfCues(lang: OtherLang, cased: boolean): { label: RegExp; role: RegExp; builds: RegExp } {
  const w = SELF_WORDS[lang];
  const make = (source: string) => (cased ? new RegExp(caseFold(source), 'u') : new RegExp(source, 'iu'));
  const b = (source: string) => source.replace(/\\b\(/g, `${B}(`).replace(/\)\\b/g, `)${E}`);
  return {
    label: make(b(`^\\W*(?:${w.label})\\s*[:\\u2013\\u2014-]\\s*${CAP}`)),
    role: make(b(`\\b(?:${w.role})\\s+(?:la\\s+|l')?(?!${NOT_A_COMPANY}${E})${CAP}`)),
    // Outside German a capital marks a name, so the name need not be set off; in German, and for a writer
    // who uses no capitals, it must be ("Ich baue Häuser für …" is a trade, not a company).
    builds: make(
      b(
        `(?:^|[\\s,;:(])(?:${w.builds})\\s+(?!${NOT_A_COMPANY}${E})${CAP}${lang === 'de' || !cased ? SET_OFF : ''}|\\bich\\s+habe\\s+(?!${NOT_A_COMPANY}${E})${CAP}(?:\\s+${CAP}){0,2}\\s+(?:gegründet|aufgebaut|gestartet)\\b|\\bhe\\s+(?:fundado|creado)\\s+(?!${NOT_A_COMPANY}${E})${CAP}`,
      ),
    ),
  };
}
const SELF: Record<'cased' | 'any', Record<OtherLang, ReturnType<typeof selfCues>>> = {
  cased: { de: selfCues('de', true), es: selfCues('es', true), fr: selfCues('fr', true), pt: selfCues('pt', true) },
  any: { de: selfCues('de', false), es: selfCues('es', false), fr: selfCues('fr', false), pt: selfCues('pt', false) },
};
/** True when the sentence says who its writer is in one of the shapes of SELF_WORDS. */
function saysSelf(bare: string, lang: OtherLang, cased: boolean): boolean {
  const cues = SELF[cased ? 'cased' : 'any'][lang];
  if (cues.label.test(bare) || cues.builds.test(bare)) return true;
  const role = cues.role.exec(bare);
  return !!role && SPEAKER_FIRST.test(bare.slice(0, role.index));
}

/**
 * A call they published, quoted with a figure from it: "l'appel à intervenants publié pour votre grand arrêt d'octobre
 * mentionne 140 équipements", "la licitación que publicó su hospital pide 40 camas", "die für Ihren Stillstand
 * veröffentlichte Ausschreibung nennt 140 Maschinen", "o edital publicado pela sua prefeitura prevê 12 escolas". Their
 * document read closely, as English's "the RFP you published lists 140 …". The caller wants their "votre"/"su" and a figure.
 */
const THEIR_CALL: Record<OtherLang, RegExp> = {
  de: re(
    `\\b(?:ausschreibung|anfrage|leistungsverzeichnis|interessenbekundung|aufruf|lastenheft)(?:en)?\\b[^.!?]{0,60}?\\b(?:veröffentlicht|ausgeschrieben|verschickt|versandt|publiziert)\\b|\\b(?:veröffentlicht|ausgeschrieben|verschickt|versandt|publiziert)\\p{L}*\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:ausschreibung|anfrage|leistungsverzeichnis|interessenbekundung|aufruf|lastenheft)\\b`,
  ),
  es: re(
    `\\b(?:licitación|convocatoria|pliego|pedido de cotización|solicitud de cotización|pedido de precios|concurso|llamado a licitación)\\b[^.!?]{0,40}?\\b(?:publicó|publicaron|lanzó|lanzaron|publicad[oa]|lanzad[oa]|difundió|difundida)\\b`,
  ),
  fr: re(
    `\\b(?:appel (?:à|aux|d')\\s*(?:intervenants|candidatures|projets|offres|manifestations? d'intérêt|prestataires|fournisseurs|entreprises)|consultation|cahier des charges|avis de marché|avis d'appel)\\b[^.!?]{0,40}?\\b(?:publiée?s?|lancée?s?|diffusée?s?|mise? en ligne)\\b`,
  ),
  pt: re(
    `\\b(?:edital|licitação|chamada pública|chamamento|pedido de cotação|tomada de preços|concorrência|cotação)\\b[^.!?]{0,40}?\\b(?:publicad[oa]|lançad[oa]|divulgad[oa]|publicou|publicaram|lançou|lançaram)\\b`,
  ),
};

/**
 * Their stand at a show named by its own name ("su stand en Agroactiva", "las embolsadoras que tenían en el stand de
 * Agroactiva", "votre stand au SIMA", "Ihr Stand auf der Agritechnica", "o estande que vocês tinham na Agrishow"): a
 * detail only they would recognise, as a visit to their site is. Read case-sensitively, so the name is a name ("su
 * stand en la feria" names none), and never the sender's own stand ("nuestro stand", "tenemos en el stand").
 */
const THEIR_STAND: Record<OtherLang, RegExp> = {
  de: /(?<![\p{L}])(?:[Ii]hr(?:em|en|es)?|[Dd]ein(?:em|en|es)?|[Ee]ur(?:em|en|es)?)\s+(?:Messe)?[Ss]tand\s+(?:auf|an)\s+(?:der|dem|den)\s+(?!(?:Messe|Ausstellung|Schau|Veranstaltung|Tagung|Umstellung|Einführung|Umsetzung|Planung|Sanierung|Modernisierung|Digitalisierung|Migration)(?![\p{L}]))\p{Lu}/u,
  es: /(?<![\p{L}])(?:(?:[Ss]u|[Tt]u|[Vv]uestro)\s+(?:stand|estand)|(?:ten[ií]an|ten[ií]as|mostraban|mostrabas|mostraron|mostraste|exhib[ií]an|exhibieron|llevaron|llevaste|presentaron|presentaste|tuvieron|tuviste|expusieron|expusiste)\s+en\s+(?:el|su|tu)\s+(?:stand|estand|puesto))\s+(?:de|en|del)\s+(?:la\s+|el\s+)?(?!(?:Jefe|Jefa|Director|Directora|Gerente|Responsable|Encargad[oa]|Técnic[oa]|Coordinador|Coordinadora|Analista|Comercial)(?![\p{L}]))\p{Lu}/u,
  fr: /(?<![\p{L}])(?:(?:[Vv]otre|[Tt]on)\s+stand|vous (?:exposiez|présentiez|aviez|montriez)\s+[^.!?]{0,40}?sur\s+(?:le|votre)\s+stand)\s+(?:au|à|du|de|sur|lors d[eu])\s+(?:la\s+|l')?\p{Lu}/u,
  pt: /(?<![\p{L}])(?:(?:[Ss]eu|[Tt]eu|[Vv]osso)\s+(?:estande|stand)|(?:tinham|tinhas|mostraram|mostraste|expuseram|expuseste|levaram|levaste|apresentaram|apresentaste)\s+n[oa]\s+(?:seu\s+|teu\s+)?(?:estande|stand))\s+(?:d[aoe]|n[ao]|em)\s+\p{Lu}/u,
};

/**
 * A place of theirs the sender was at in person ("bin am Dienstag an Ihrer Baustelle … vorbeigefahren",
 * "pasé por su almacén", "je suis passé devant votre entrepôt"), which with a day or a count is a detail
 * only they would recognise.
 */
const VISITED: Record<OtherLang, RegExp> = {
  de: re(
    `\\b(?:vorbei(?:gefahren|gelaufen|gegangen|gekommen|geradelt)|(?:fuhr|lief|ging|kam) ich\\b[^.!?]{0,60}?\\bvorbei|war ich (?:bei|in|an|vor)|besucht)\\b`,
  ),
  es: re(
    `\\b(?:pasé|pasamos|estuve|estuvimos|visité|visitamos|entré|entramos|recorrí|recorrimos)(?![\\p{L}\\p{N}])(?!\\s+(?:\\p{L}+\\s+){0,2}(?:página|web|sitio|site|perfil|catálogo|blog|portal|linkedin)(?![\\p{L}]))`,
  ),
  fr: re(
    `\\b(?:je suis passée?|nous sommes passée?s|j'étais|j'ai visité|nous avons visité|je suis entrée?|nous sommes entrée?s|j'ai traversé|j'ai parcouru|nous avons traversé|nous avons parcouru)(?![\\p{L}\\p{N}])(?!\\s+(?:\\p{L}+\\s+){0,2}(?:site|page|profil|catalogue|blog|portail|linkedin|brochure|rapport|document)(?![\\p{L}]))`,
  ),
  pt: re(
    `\\b(?:passei|passamos|estive|estivemos|visitei|visitamos|entrei|entramos|percorri|percorremos)(?![\\p{L}\\p{N}])(?!\\s+(?:\\p{L}+\\s+){0,2}(?:site|página|perfil|catálogo|blog|portal|linkedin)(?![\\p{L}]))`,
  ),
};
/**
 * German: the sender walked through their hall or site ("bin ich … durch Ihre Halle 3 gegangen"), read with the reader's
 * capital: "durch ihre Montagehalle" is hers, a peer's, not the reader's.
 */
const DE_WALKED_THROUGH =
  /(?<![\p{L}])(?:(?:[Bb]in|[Ww]ar)\s+ich|[Ii]ch\s+(?:bin|war))(?![\p{L}])[^.!?]{0,60}?(?<![\p{L}])(?:durch|über)\s+(?:Ihr|Ihre|Ihren|Ihrem|dein|deine|deinen|deinem|eure|euren|eurem)\s[^.!?]{0,40}?(?<![\p{L}])(?:gegangen|gelaufen|gefahren)(?![\p{L}])/u;
const THEIR_PLACE: Record<OtherLang, RegExp> = {
  de: re(`\\b(?:ihr|ihre|ihrem|ihrer|ihren|ihres|dein\\p{L}*|euer|eur\\p{L}*)\\s+\\p{L}`),
  es: re(`\\b(?:su|sus|tu|tus|vuestr\\p{L}*)\\s+\\p{L}`),
  fr: re(`\\b(?:votre|vos|ton|ta|tes)\\s+\\p{L}`),
  pt: re(`\\b(?:seu|sua|seus|suas|teu|tua|vosso|vossa)\\s+\\p{L}`),
};
/** A day or a count in words: what pins a visit down where no digit does ("am Dienstag", "drei Kräne"). */
const DAY_OR_COUNT: Record<OtherLang, RegExp> = {
  de: re(`\\b(?:${DE_DAYS}|gestern|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dutzend)\\b`),
  es: re(`\\b(?:${ES_DAYS}|ayer|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte)\\b`),
  fr: re(`\\b(?:${FR_DAYS}|hier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt)\\b`),
  pt: re(`\\b(?:${PT_DAYS}|ontem|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|vinte)\\b`),
};

/**
 * The firm just named before the years ("Aduanas del Golfo, empresa líder en comercio exterior con más de 25 años de
 * experiencia"): the years are the firm's, which every template claims, not the sender's career. The sender's own firm
 * ("Fundé mi propia empresa tras 15 años como agente aduanal") tells their career.
 */
const FIRM_BEFORE =
  /(?<![\p{L}])(?<!(?:mi|mi propia|mein\p{L}*|meine eigene|ma|ma propre|mon|minha|minha própria|meu|meu próprio)\s+)(?:empresa|compañía|firma|unternehmen|betrieb|société|entreprise|cabinet|agence|agencia|despacho|companhia)(?![\p{L}])[^.!?;]{0,60}$/iu;
const CAREER_AND_NAME = 0.75;

const MINUTES = /\d+\s?(?:min(?:uten|utos|utes|\.)?|mn)(?![\p{L}\p{N}])/giu;

/**
 * An ask that leaves the next step to them, as in English: contact with nothing named ("¿Conversamos?", "Bora trocar uma
 * ideia"), and, worse, when or whether left to them as well ("Conversemos cuando pueda, cualquier cosa me avisa", "Bora
 * trocar uma ideia qualquer hora, me avisa?", "On en jase quand tu veux", "Schauen wir mal, ob es passt?"): nothing to
 * say yes to. `talk`: contact or a look together with nothing named; `left`: the time or the next step left to them;
 * `see`: whether it fits, left to find out. A length, a day, a day for them to pick or a thing to send makes it concrete.
 */
const VAGUE_ASK_OTHER: Record<OtherLang, { talk: RegExp; left: RegExp; see: RegExp }> = {
  de: {
    talk: re(`\\b(?:sprechen|reden|austauschen|unterhalten|plaudern|quatschen|schnacken)\\b`),
    left: re(
      `\\b(?:wann (?:immer )?(?:es )?(?:ihnen|dir|euch) passt|wenn (?:sie|du|ihr) (?:mal |gerade )?zeit (?:haben|hast|habt)|jederzeit|melden sie sich (?:einfach|gern|gerne)|meld(?:e)? dich (?:einfach|gern|gerne)|(?:geben sie mir|gib mir|sagen sie|sag) (?:einfach |gern |gerne |kurz )?bescheid|schau(?:e|en)? (?:wir|ma|mer) (?:mal|moi)|ob(?:'?s| es) (?:passt|zusammenpasst))\\b`,
    ),
    see: re(`\\b(?:schau(?:e|en)? (?:wir|ma|mer) (?:mal|moi)|ob(?:'?s| es) (?:passt|zusammenpasst))\\b`),
  },
  es: {
    talk: re(
      `\\b(?:convers(?:ar|emos|amos)|habl(?:ar|emos|amos)|charl(?:ar|emos|amos)|platic(?:ar|amos)|platiquemos)\\b`,
    ),
    left: re(
      `\\b(?:cuando (?:usted |tú |vos )?(?:pueda|puedas|podás|quiera|quieras|querás|guste|gustes|le acomode|te acomode|tenga (?:un )?(?:tiempo|rato|momento|chance)|tengas (?:un )?(?:tiempo|rato|momento|chance))|en cualquier momento|cualquier cosa,? (?:me )?(?:avisa|avise|avisas|avisás|avísame|avíseme|dice|dices|comenta|comentas)|me avisa|me avisas|me avisás|avísame|avíseme|(?:vemos|veamos|vamos viendo) si)\\b`,
    ),
    see: re(`\\b(?:vemos|veamos|vamos viendo) si\\b`),
  },
  fr: {
    talk: re(
      `\\b(?:discuter|discute|discutons|échanger|échangeons|parler|parlons|jaser|jase|jasons|causer|causons|se parler|on se parle)\\b`,
    ),
    left: re(
      `\\b(?:quand (?:tu veux|vous voulez|vous le souhaitez|tu peux|vous pouvez|ça (?:te|vous) (?:convient|arrange|va)|(?:t'as|tu as|vous avez) (?:un )?(?:moment|instant|peu de temps|deux minutes))|(?:à|a) (?:ta|votre) convenance|n'importe quand|quand bon (?:te|vous) semble|tenez-moi au courant|tiens-moi au courant|faites-moi signe|fais-moi signe|on verra|(?:voyons|on voit|voir) si)\\b`,
    ),
    see: re(`\\b(?:on verra|(?:voyons|on voit|voir) si)\\b`),
  },
  pt: {
    talk: re(
      `\\b(?:conversar|conversarmos|falarmos|bater um papo|trocar (?:uma )?ideias?|a gente se fala|bora (?:conversar|falar))\\b`,
    ),
    left: re(
      `\\b(?:qualquer hora|qq hora|qualquer dia(?: desses)?|quando (?:você |vc |o senhor |a senhora )?(?:puder|quiser|der|tiver (?:um )?tempo)|a qualquer momento|qualquer coisa,? (?:me )?(?:avisa|avise|chama|fala)|me avisa|me avise|avisa aí|(?:vemos|vamos ver|ver) se)\\b`,
    ),
    see: re(`\\b(?:vemos|vamos ver|ver) se\\b`),
  },
};
/**
 * A call or a chat by another word ("ein Telefonat", "una llamada", "on s'appelle", "uma call", "um papo", "e falamos"):
 * vague only when the time is left to them as well; on its own, as "Hätten Sie Interesse an einem kurzen Telefonat, um
 * …?", it is the ask's form, not a missing step.
 */
const CALL_OTHER = re(
  `\\b(?:telefonieren|anrufen|telefonat|llamada|llamar(?:le|te)?|llamemos|llamamos|s'appeler|on s'appelle|appel|appelons|(?:um|uma) (?:papo|call|ligação|chamada)|ligar|ligamos|falamos)\\b`,
);
/**
 * What names the step: a day, a week or a month ("la próxima semana", "in der zweiten Junihälfte", "début mars"), a length
 * ("eine Viertelstunde", "un café de vingt minutes"), a figure ("am 18. oder 19. September").
 */
const ASK_STEP_OTHER = re(
  `\\d|\\b(?:${DE_DAYS}|${ES_DAYS}|${FR_DAYS}|${PT_DAYS}|woche|wochen|semana|semanas|semaine|semaines|morgen|mañana|demain|amanhã|viertelstunde|halbe stunde|quart d'heure|demi-heure|cuarto de hora|media hora|quarto de hora|meia hora|(?:zehn|fünfzehn|zwanzig|dreißig|diez|quince|veinte|treinta|dix|quinze|vingt|trente|dez|vinte|trinta) min)\\p{L}*|\\b(?:${DE_MONTHS}|${ES_MONTHS}|${FR_MONTHS}|${PT_MONTHS})`,
);

/**
 * A talk about something named ("hablamos del turno de noche", "on jase de ta toiture", "falar do contrato de frete"), as
 * "über" or "sobre" is: the step has a topic. Not "de eso", "de ça", "disso", "de vive voix" or "de nuevo".
 */
const TALK_ABOUT_OTHER = re(
  `\\b(?:habl(?:ar|amos|emos|arle|arte)|convers(?:ar|amos|emos|armos)|charl(?:ar|amos|emos)|platic(?:ar|amos)|platiquemos|parl(?:er|ons|e)|jas(?:er|ons|e)|discut(?:er|ons|e|ir|amos)|caus(?:er|ons)|fal(?:ar|amos|armos|emos))\\s+(?:del?|du|des|do|da|dos|das|d')\\s*(?!(?:eso|esto|ello|esa|este|todo|nada|algo|nuevo|ça|cela|tout|rien|vive|isso|isto|tudo|novo|nada)\\b)\\p{L}`,
);

/**
 * The offer just made as what to talk about ("pour en discuter", "darüber", "sobre isso"): a talk about something, as
 * "talk about it" is in English; left to their time ("on en jase quand tu veux") it is still theirs to take up.
 */
const ABOUT_IT_OTHER = re(
  `\\ben (?:discuter|discute|discutons|parler|parle|parlons|jaser|jase|jasons|causer|cause|causons|échanger|échange|échangeons)\\b|\\b(?:darüber|drüber|hablarlo|conversarlo|platicarlo|lo (?:hablamos|conversamos|platicamos)|sobre isso|falar disso)\\b`,
);
/**
 * Contact asked of them with nothing named: get in touch, let me know, call or write me ("Melden Sie sich", "Geben Sie mir
 * Bescheid", "Rufen S' mich an", "me avisa", "cuando quieras me escribes", "faites-moi signe", "tenez-moi au courant",
 * "me chama", "diga-me").
 */
const REACH_OTHER = re(
  `\\b(?:melden sie sich|meld(?:e|et)? (?:dich|euch)|sich (?:\\p{L}+ )?melden|(?:geben sie|gib|gebt|sagen sie|sag|sagt) (?:mir |uns )?(?:\\p{L}+ )?bescheid|bescheid (?:geben|sagen)|(?:rufen (?:sie|s')|ruf|ruft) (?:mich|uns) (?:\\p{L}+ ){0,3}?an|(?:schreiben sie|schreib|schreibt) (?:mir|uns)|(?:me|nos) (?:avis(?:a|e|as|ás)|escrib(?:e|a|es|ís)|llam(?:a|e|as|ás)|dic(?:e|es)|decís|coment(?:a|as)|cuent(?:a|as)|contact(?:a|e|as))|av[ií]s(?:ame|eme|anos)|escr[ií]b(?:eme|ame)|ll[aá]m(?:ame|eme)|d[ií](?:game|me)|cu[eé]nt(?:ame|eme)|cont[aá]ct(?:ame|eme)|(?:faites|fais)-moi (?:signe|savoir)|(?:tenez|tiens)-moi au courant|(?:appelez|appelle|écrivez|écris|dites|dis|contactez|contacte)-moi|(?:revenez|reviens) vers moi|me (?:avis(?:a|e)|cham(?:a|e)|lig(?:a|ue)|escrev(?:e|a)|fal(?:a|e)|dig(?:a|am)|diz|cont(?:a|e))|(?:avis(?:a|e)|escrev(?:a|e)|lig(?:a|ue)|diga|diz)-me|entr(?:e|a) em contato|fal(?:e|a) comigo)(?![\\p{L}\\p{N}])`,
);
/**
 * Only the time left to them, with no time named: "wann es Ihnen passt", "jederzeit", "cuando quieras", "en cualquier
 * momento", "quand vous voulez", "quand vous pourrez", "quando quiser", "a qualquer momento".
 */
const TIME_LEFT_OTHER = re(
  `\\b(?:wann (?:immer )?(?:es )?(?:ihnen |dir |euch )?(?:zeitlich |gerade |gut )?passt|wenn(?:'s| es) (?:ihnen |dir |euch )?(?:zeitlich |gerade |gut )?passt|wenn (?:sie|du|ihr) (?:\\p{L}+ )?zeit ha\\p{L}*|jederzeit|wann immer|cuando (?:usted |tú |vos )?(?:pueda|puedas|podás|quiera|quieras|querás|guste|gustes|sea|le acomode|te acomode|le quede bien|te quede bien|tenga (?:un )?(?:tiempo|rato|momento|chance)|tengas (?:un )?(?:tiempo|rato|momento|chance))|en cualquier momento|quand (?:tu veux|vous voulez|vous le souhaitez|tu peux|vous pouvez|tu pourras|vous pourrez|ça (?:te|vous) (?:convient|arrange))|(?:à|a) (?:ta|votre) convenance|n'importe quand|quand bon (?:te|vous) semble|quando (?:você |vc |o senhor |a senhora )?(?:puder|quiser|der|preferir|tiver (?:um )?tempo)|qualquer (?:hora|dia)|a qualquer momento)(?![\\p{L}\\p{N}])`,
);
/**
 * Whether, what or how left to them: "wenn Sie mögen", "was Sie meinen", "lo que usted diga", "cualquier cosa", "si ça
 * vous dit", "comme vous voulez", "o que você decidir", "qualquer coisa".
 */
const WHAT_LEFT_OTHER = re(
  `\\b(?:wenn (?:sie|du|ihr) (?:\\p{L}+ )?(?:mögen|magst|möchten|möchtest|wollen|willst|lust ha\\p{L}*)|wie (?:es )?(?:ihnen|dir) passt|was (?:sie|du) (?:meinen|meinst|wollen|willst)|lo que (?:usted |tú |vos )?(?:diga|digas|digás|decida|decidas|prefiera|prefieras|quiera|quieras)|como (?:usted |tú )?(?:quiera|quieras|prefiera|prefieras|guste)|cualquier cosa|quand ça (?:te|vous) (?:dit|chante)|si (?:ça|cela) (?:te|vous) (?:dit|tente|chante)|comme (?:tu veux|vous voulez|vous préférez|tu préfères)|qualquer coisa|o que (?:você |vc |o senhor |a senhora )?(?:decidir|quiser|preferir|achar melhor))(?![\\p{L}\\p{N}])`,
);
const REACH_ALL = new RegExp(REACH_OTHER.source, 'giu');
const TIME_LEFT_ALL = new RegExp(TIME_LEFT_OTHER.source, 'giu');
const WHAT_LEFT_ALL = new RegExp(WHAT_LEFT_OTHER.source, 'giu');
/**
 * At most five words between two phrases of one clause, none saying how something works: "Melden Sie sich doch, wenn es
 * passt", "Dites-moi ce que vous en pensez, quand vous voulez".
 */
const FEW_WORDS = /^[\s,;:¿¡–—-]*(?:[\p{L}'’]+[\s,;:¿¡–—-]+){0,5}$/u;
const HOW_WORD = /(?<![\p{L}\p{N}])(?:wie|c[oó]mo|comment)(?![\p{L}\p{N}])/iu;
const fewWords = (gap: string): boolean => FEW_WORDS.test(gap) && !HOW_WORD.test(gap);
const spans = (all: RegExp, text: string): [number, number][] =>
  [...text.matchAll(all)].map((m) => [m.index, m.index + m[0].length]);
/** Whether a when-phrase is said of the contact asked for, beside its verb, not of the thing offered. */
function besideReach(reach: [number, number][], when: [number, number][], text: string): boolean {
  return reach.some(([rs, re_]) =>
    when.some(([ws, we]) =>
      ws >= re_ ? fewWords(text.slice(re_, ws)) : we <= rs ? fewWords(text.slice(we, rs)) : true,
    ),
  );
}
/** An offer to show how something works names the step: "wenn ich dir zeigen soll, wie …", "que te enseñe cómo …". */
const SHOW_HOW_OTHER = re(
  `\\b(?:zeig\\p{L}*|vorführ\\p{L}*|enseñ\\p{L}*|muestr\\p{L}*|mostr\\p{L}*|ver|montr\\p{L}*|voir)(?![\\p{L}\\p{N}])[^.!?]{0,30}?\\b(?:wie|cómo|como|comment)(?![\\p{L}\\p{N}])`,
);
/** An offer of something to send or show, made as a statement: "Ich kann dir den Beispielplan gern schicken". */
const SEND_SHOW_OTHER = re(
  `\\b(?:schick\\p{L}*|send\\p{L}*|zusend\\p{L}*|zeig\\p{L}*|weiterleit\\p{L}*|envi\\p{L}*|mand\\p{L}*|compart\\p{L}*|enseñ\\p{L}*|muestr\\p{L}*|mostr\\p{L}*|envoy\\p{L}*|envoie|partag\\p{L}*|transm\\p{L}*|montr\\p{L}*|partilh\\p{L}*)(?![\\p{L}\\p{N}])`,
);
/**
 * Contact left to them in time and step: "Melden Sie sich halt, wenn Sie mögen", "Lo que tú digas, me avisas", "Faites-moi
 * signe quand vous voulez", "Me avisa quando quiser". The when-word must be said of the contact, beside its verb. After an
 * offer made as a statement, only the time left is when to take that offer up ("Posso te mandar o estudo. Me avisa quando
 * quiser."): not left. A day, a length, a thing named makes it concrete (the caller says).
 */
function reachLeft(text: string, offerBefore = false): boolean {
  const time = !offerBefore && TIME_LEFT_OTHER.test(text);
  const what = WHAT_LEFT_OTHER.test(text);
  if (!(time || what) || !REACH_OTHER.test(text)) return false;
  const reach = spans(REACH_ALL, text);
  return (
    (what && besideReach(reach, spans(WHAT_LEFT_ALL, text), text)) ||
    (time && besideReach(reach, spans(TIME_LEFT_ALL, text), text))
  );
}
/** How vague the one ask is: 'left' when it leaves the time or the next step to them, 'open' when it names nothing. */
function vagueAsk(ask: string, lang: OtherLang, cues: Cues, offerBefore = false): 'left' | 'open' | undefined {
  const vague = VAGUE_ASK_OTHER[lang];
  const talk = vague.talk.test(ask);
  const left = vague.left.test(ask);
  const call = left && CALL_OTHER.test(ask);
  const reach = reachLeft(ask, offerBefore) && !SHOW_HOW_OTHER.test(ask);
  if (!talk && !left && !reach) return undefined;
  const concrete =
    ASK_STEP_OTHER.test(ask) ||
    WHEN_THEY_PICK_OTHER.test(ask) ||
    cues.offer.test(ask) ||
    cues.resource.test(ask) ||
    TOPIC.test(ask) ||
    TALK_ABOUT_OTHER.test(ask);
  if (concrete) return undefined;
  // A bare "let me know" is a yes or no to what came before; with a talk or a look left to them it asks for nothing.
  // Contact asked of them with when, whether or what left to them as well: nothing named to say yes to.
  if ((left && (talk || call || vague.see.test(ask))) || reach) return 'left';
  return talk && !ABOUT_IT_OTHER.test(ask) ? 'open' : undefined;
}
const TOPIC = re(
  `\\b(?:über|zum thema|bezüglich|wegen|sobre|acerca de|respecto a|sur|au sujet de|concernant|à propos de|a respeito de|para falar d|para hablar d|pour parler d|zu (?:besprechen|sprechen))\\b`,
);
/** Their own things, in any of these languages: an occasion named with it is theirs, not one they are invited to. */
const THEIRS = re(
  `\\b(?:ihr(?:e[mnrs]?)?|dein\\p{L}*|euer|eure\\p{L}*|tu|tus|su|sus|vuestr\\p{L}*|votre|vos|ton|ta|tes|seu|sua|seus|suas|teu|tua)\\b`,
);
/** Booking a meeting, not handing a thing over. */
const BOOKING = /calendly|cal\.com|\/book|\/termin|\/agenda|\/meet/i;

/** Our company or services, as what an ask would present: "nuestros servicios", "unser Unternehmen", "nos solutions". */
const OUR_COMPANY = re(
  `\\b(?:unser\\p{L}*|nuestr[oa]s?|notre|nos|noss[oa]s?)\\s+(?:[\\p{L}-]+\\s+)?(?:unternehmen|firma|leistungen|dienstleistungen|services?|servicios?|serviços?|empresa|compañía|société|entreprise|cabinet|agence|soluciones|solutions|soluções|portfolio|portafolio|portfólio)\\b`,
);
/** A pitch word said not to be one: "ausdrücklich keine Produktvorstellung", "sin ninguna demo", "pas une démo". */
const NEGATED =
  /(?:^|[^\p{L}])(?:kein\p{L}*|nicht|ohne|no|sin|ningun\p{L}*|nada de|pas|sans|aucun\p{L}*|não|sem|nenhum\p{L}*)\s+(?:\p{L}+\s+){0,2}$/iu;
/**
 * What is sent, on a connection or a reply, being our sales material and no thing for them: a contract, a price list, a
 * company presentation, a demo or its booking, our services, how our software does it, a weekly feed. Such a send is
 * neither an offer nor a clean ask ("Sobald wir vernetzt sind, schicke ich Ihnen unseren Rahmenvertrag zur Unterschrift").
 */
const SENT_SALES_OTHER = re(
  `${B}(?:[\\p{L}-]*vertr[aä]g\\p{L}*|contratos?|contrats?|unterschrift|(?:unsere|die|eine)\\s+(?:schluss|teil|abschlags)?rechnung|anzahlung\\p{L}*|firmar|signer|assinar|demonstra\\p{L}*|démonstration|demostración|kalendereinladung|agendar|agendamento|newsletter|boletín|infolettre|conteúdos|contenidos|contenus|wöchentlich|semanalmente|toda(?:s as)? semanas?|todas las semanas|cada semana|jede woche|chaque semaine|toutes les semaines|(?:nos|nuestr[oa]s|noss[oa]s|unsere\\p{L}*)\\s+(?:\\p{L}+\\s+){0,3}?(?:offres|ofertas|angebote|offerten|services|servicios|serviços|leistungen|produits|productos|produtos|produkte|soluciones|solutions|soluções|lösungen|planes|planos|formules|pakete)|comercial|commercial\\p{L}*|intern[oa]|interne?)${E}|${B}(?:wie\\s+unser\\p{L}*|c[oó]mo\\s+(?:(?:a|o|la|el)\\s+)?(?:nuestr[oa]s?|noss[oa]s?)|comment\\s+(?:notre|nos))\\s`,
);
function sendsSales(cues: Cues, text: string): boolean {
  return (
    SALES_MATERIAL.test(text) ||
    OUR_SALES_PAPER.test(text) ||
    OUR_PORTFOLIO.test(text) ||
    OUR_COMPANY.test(text) ||
    BOOKING.test(text) ||
    sendsPaperNotOffer(cues, text) ||
    pitches(cues.pitch, text)
  );
}
/**
 * What is sent is neither an offer nor a clean ask, even on their wish: a contract to sign, an invoice, a newsletter
 * ("Wenn Sie möchten, stelle ich Ihnen unseren Vertrag zur Unterschrift zu", "… stellen wir Ihnen die Rechnung zu").
 * A quote or a price list on their wish still is the ask.
 */
function sendsPaperNotOffer(cues: Cues, text: string): boolean {
  return unnegated(SENT_SALES_OTHER, text) || cues.contract.test(text);
}
/** Whether `text` pitches: a pitch cue that no negation just before it takes back. */
function pitches(pitch: RegExp, text: string): boolean {
  return unnegated(pitch, text);
}
/** A match of `cue` in `text` that no negation just before it takes back: not "pas de contrat ni rien", "ohne Vertrag". */
function unnegated(cue: RegExp, text: string): boolean {
  if (!cue.test(text)) return false;
  const all = new RegExp(cue.source, 'giu');
  for (let m = all.exec(text); m; m = all.exec(text)) {
    if (!NEGATED.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
    if (m[0].length === 0) all.lastIndex++;
  }
  return false;
}

/**
 * How much a sentence says the reader gains (Cues.forThem), 0 if nothing: a cost borne, a peer, their
 * team taken through it, theirs to keep (0.7); a gain of theirs put in a number (0.7); an invitation to
 * an occasion named here or just before (0.7); a result in numbers at peers of their size (0.5); a chore
 * or cost of theirs taken on, our price against their bill, a gain for their people, our work on their
 * things (0.6).
 */
function forThem(cues: Cues['forThem'], text: string, previous: string): number {
  if (cues.cue.test(text)) return 0.7;
  const counted = /\d/.test(text);
  if (counted && cues.gain.test(text)) return 0.7;
  // The occasion may be named just before ("Am 12. März veranstalten wir …"), if that sentence is not about theirs ("Ihr Vortrag auf …").
  if (cues.invite.test(text) && (cues.occasion.test(text) || (!THEIRS.test(previous) && cues.occasion.test(previous))))
    return 0.7;
  if (counted && cues.peer.test(text)) return 0.5;
  if (cues.ours.test(text) || RISK_BORNE_OTHER.test(text)) return 0.6;
  return 0;
}
/**
 * What the sender pays when the outcome is missed, as in English: "si hay multa por error nuestro la pagamos nosotros",
 * "se a gente atrasar, a gente paga", "si on rate le délai, on paie", "wenn wir den Termin verfehlen, zahlen wir".
 */
const RISK_BORNE_OTHER =
  /(?<![\p{L}])(?:si (?:hay|sale|nos equivocamos|nos retrasamos|no cumplimos)\b[^.?!]{0,60}?(?:(?:la|lo|las|los)\s+)?pagamos|(?:le|te) devolvemos (?:el|su|tu) dinero|se (?:a gente |nós )?(?:atrasar|errar|falhar|não cumprir)\b[^.?!]{0,60}?(?:a gente paga|pagamos|devolvemos)|ou (?:o )?seu dinheiro de volta|si (?:on|nous) (?:rate|ratons|manque|manquons|dépasse|dépassons)\b[^.?!]{0,60}?(?:on|nous) (?:paie|paye|payons|rembourse|remboursons)|satisfait ou remboursé|wenn wir\b[^.?!]{0,60}?(?:verfehlen|nicht schaffen|nicht einhalten|überschreiten)\b[^.?!]{0,30}?(?:zahlen|erstatten|übernehmen) wir|geld[- ]zurück)/iu;

/** Reads the four parts and the language's own warnings from a message in `lang`. */
/** A thing we have to hand now: "wir haben einen Leihantrieb am Lager", "tenemos un compresor de repuesto". */
const AT_HAND_OTHER =
  /\b(?:wir haben|ich habe|haben wir|habe ich|tenemos|tengo|nous avons|j'ai|on a|temos|tenho)\b[^.?!;]{0,80}?(?:\b(?:am|auf) lager\b|\bverfügbar|\bfrei\b|\bübrig|\bersatz|\bleih|\bde repuesto\b|\bdisponibles?\b|\blibres?\b|\ben (?:el )?(?:stock|almacén)\b|\bsobrantes?\b|\bde prêt\b|\ben stock\b|\bde rechange\b|\bde réserve\b|\bem estoque\b|\bdisponíve(?:l|is)\b|\bde reserva\b)/iu;
/** "With it": what the thing does, said next. */
const WITH_IT =
  /\b(?:damit|dadurch|con (?:él|ella|ellos|ellas|eso|esto)|avec (?:lui|elle|elles|eux|ça|cela)|com (?:ele|ela|eles|elas|isso))\b/iu;
/** The reader, addressed formally or by their things. */
const READER_OTHER = /(?<![\p{L}\p{N}])(?:Sie|Ihre?[mnrs]?|usted|su|sus|vous|votre|vos|você|seu|sua)(?![\p{L}\p{N}])/u;
/**
 * The reader spared having to do something: "Sie … nichts/keine/weder … müssen", "no tiene que", "sin tener que",
 * "vous n'avez rien à", "sans avoir à", "não precisa", "sem precisar". German's "Sie" with its capital is the reader.
 */
const SPARED_CHORE: Record<OtherLang, RegExp> = {
  de: /(?<![\p{L}])Sie\s+(?:[\p{L}-]+\s+){0,8}?(?:nichts|keine?[nmrs]?|weder|nicht)(?![\p{L}])[^.!?]*?(?<![\p{L}])(?:müssen|müssten|brauchen|bräuchten)(?![\p{L}])|(?<![\p{L}])(?:(?:müssen|müssten|brauchen|bräuchten)\s+Sie|Sie\s+(?:müssen|müssten|brauchen|bräuchten))\s+(?:[\p{L}-]+\s+){0,3}?(?:nichts|keine?[nmrs]?|weder|nicht)(?![\p{L}])/u,
  es: /(?<![\p{L}])(?:(?:no|ni)\s+(?:(?:le|les|te)\s+)?(?:tiene[ns]?|tenés|tendrá[ns]?|tendría[ns]?|necesita[ns]?|necesitás|necesitará[ns]?)\s+(?:que\s+)?|sin\s+(?:tener\s+que|necesidad\s+de|que\s+(?:tenga[ns]?|necesite[ns]?)\s+(?:que\s+)?))/iu,
  fr: /(?:(?<![\p{L}])(?:vous|tu)\s+n'(?:avez|aurez|auriez|as|auras|aurais)\s+(?:rien|pas|plus|aucun\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}?à|(?<![\p{L}])sans\s+(?:avoir\s+à|que\s+(?:vous|tu)\s+(?:ayez|aies)\s+à))\s/iu,
  pt: /(?<![\p{L}])(?:(?:não|nem)\s+(?:precisa[mr]?|precisará|precisaria|tem\s+que|terá\s+que|vai\s+precisar)\s+(?:de\s+)?|sem\s+(?:precisar|ter\s+que)\s+(?:de\s+)?)/iu,
};
/**
 * An event of ours: "nothing to buy, just come to our Infoabend" pitches the event, no purchase our work spares them.
 */
const EVENT_NOUN = re(
  `(?<![\\p{L}-])(?:webinar\\p{L}*|webinaire|evento|événement|seminário|seminario|séminaire|feira|feria|salon|workshop|conferência|conferencia|conférence|jornada|inauguração|inauguración|inauguration|eröffnung|messe|veranstaltung|apéro|afterwork)(?![\\p{L}])|\\p{L}+(?:messe|veranstaltung|abend|frühstück|seminar|tagung|konferenz|schulung|webinar)(?![\\p{L}])`,
);
/** A purchase, stock or hire: a chore with a cost, not a worry ("sich um nichts kümmern", "preocuparse"). */
const CHORE: Record<OtherLang, RegExp> = {
  de: /(?<![\p{L}])(?:anschaffen|anzuschaffen|kaufen|zu kaufen|einkaufen|investieren|vorfinanzieren|lagern|auf Lager|nachbestellen|nachzubestellen|bestellen|einstellen|einzustellen|anmieten|vorhalten|vorzuhalten|aufstocken)(?![\p{L}])/u,
  es: /(?<![\p{L}])(?:comprar|invertir|stockear|almacenar|contratar|alquilar|reponer|financiar|encargar)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:acheter|investir|stocker|commander|recommander|embaucher|louer|financer|racheter)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:comprar|investir|estocar|armazenar|contratar|alugar|encomendar|repor|financiar)(?![\p{L}])/iu,
};
/** Our work said: "wir", "unser …", "nosotros", "nous", "a gente", or a verb of ours ("instalamos", "livrons"). */
const OUR_WORK =
  /(?<![\p{L}])(?:wir|unser\p{L}*|nosotros|nuestr\p{L}*|nous|notre|nos|nós|noss[oa]s?|a gente)(?![\p{L}])|(?<![\p{L}])\p{L}{3,}(?:amos|imos|ons)(?![\p{L}])/iu;
/** A sign-off cut to its initials before the name: "LG Markus, Plabutsch", "VG Jonas", "Abs, Luana", "Slds Vicente". */
const SHORT_SIGN_OFF =
  /^(?:LG|GLG|VG|MfG|MFG|BG|SG|Lg|Vg|lg|vg|Slds|slds|Abs|abs|Abç|Bjs|Cdlt|cdlt|Att)\.?[\s,]+(?=\p{Lu})/u;
/**
 * One client of ours pays or saves a share less: "er zahlt heute rund 15 % weniger", "ella ahorra un 20 %". "Nos clients
 * économisent en moyenne 15 %" is every mailing's claim, no one's result.
 */
const PEER_PAYS_LESS =
  /(?<![\p{L}])(?:er|sie|él|ella|il|elle|ele|ela)\s+(?:[\p{L}-]+\s+){0,2}?(?:zahlt|bezahlt|spart|paga|ahorra|économise|paie|paye|economiza)(?![\p{L}])[^.!?]{0,40}?\d+(?:[.,]\d+)?\s*(?:%|prozent|por ciento|pour cent|por cento)(?![\p{L}])/iu;
/**
 * A chore our firm already does, counted, for peers placed where the reader is, as in English: "on gère timbres
 * Constructiv et chômage intempéries pour une vingtaine de boîtes en CP 124", "wir machen die Lohnabrechnung für rund
 * zwanzig Betriebe wie Ihren in Celle", "llevamos las nóminas de unas 30 clínicas como la suya en el sur de Madrid",
 * "cuidamos das escalas de umas 30 farmácias como a sua na península de Setúbal". "Nous accompagnons de nombreuses
 * entreprises" counts and places no one, nor do "como la suya", "wie Ihres" or "do setor" alone ("fazemos a gestão de
 * redes sociais de mais de 100 empresas do setor", "hacemos marketing digital para 200 empresas como la suya").
 */
const PEERS_WE_SERVE_OTHER = re(
  `(?:^|[\\s:;,(])(?:on (?:gère|fait|s'occupe d\\p{L}*|traite|prend en charge)|nous (?:gérons|faisons|traitons|prenons en charge|nous occupons d\\p{L}*)|wir (?:machen|betreuen|übernehmen|erledigen|verwalten|bearbeiten|rechnen)|llevamos|gestionamos|hacemos|tramitamos|manejamos|tratamos d\\p{L}*|gerimos|fazemos|cuidamos d\\p{L}*|processamos|a gente (?:faz|cuida d\\p{L}*))${E}[^.!?]{3,100}?${B}(?:pour|für|para|de|do|da|del)\\s+(?:(?:environ|près de|plus de|quelque|rund|etwa|ca\\.|über|mehr als|knapp|gut|unos|unas|más de|cerca de|casi|mais de|umas|uns|quase)\\s+)?(?:\\d+|une? (?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)|zwanzig|dreißig|vierzig|fünfzig|ein(?:em)? dutzend|una (?:decena|docena|veintena|treintena|centena)|veinte|treinta|cuarenta|cincuenta|uma (?:dezena|dúzia|vintena|trintena|centena)|vinte|trinta|quarenta|cinquenta)\\s+(?:de\\s+|d')?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:(?:en|in|im|in der|dans|de la|du|des|del|de|da|do|dos|das|na|no|aus der|der)\\s+(?:la\\s+|le\\s+|el\\s+|o\\s+|a\\s+|l')?(?:(?!q[1-4]${E})\\p{L}{1,6}\\.?\\s?\\d{1,4}${E}|(?:même|mismo|misma|mesmo|mesma|gleichen|selben)\\s+(?:région|región|região|region|zone|zona|commission paritaire|comisión paritaria|convenio)${E})|(?:comme (?:la|le|les) (?:vôtre|tienne)s?|comme vous|wie (?:Ihr|Sie|dein|du)\\p{L}*|como (?:la|el|los|las|a|o|os|as) (?:suy|tuy|su|tu|vossa|vosso)\\p{L}*|como (?:usted|você|vocês|tú|vos)|de (?:votre|su|seu|sua|tu) (?:taille|tamaño|tamanho)${E}|(?:Ihrer|Ihres|deiner) Größe${E})\\s+(?:en|in|im|dans|à|na|no|em|aus|de la|del|da|do|sur|auf|rund um|um)\\s+(?:la\\s+|le\\s+|el\\s+|o\\s+|a\\s+|l'|der\\s+|dem\\s+)?(?!(?:votre|vos|su|sus|seu|sua|seus|suas|ihrer|ihrem|ihren|ihre|tout|toute|todo|toda|ganz|el|la|le|les|los|las|o|a|os|as|der|die|das|dem|den|sector|setor|secteur|branche|mercado|marché|markt|région|región|região|region|zona|zone|país|pays|land|europa|europe|croissance|crecimiento|crescimento|expansion|expansión|expansão|ligne|línea|linha|general|général|geral|particulier|particular|digital|numérique|deutschland|france|españa|espanha|portugal|brasil|belgique|belgien|suisse|schweiz|suiza|österreich|méxico|mexique|argentina|chile|colombia|canada|europa|mundo|monde|welt)${E})\\p{L}[\\p{L}'-]*)`,
);
/** Spared a chore: "Sie müssten nicht…", "no tendría que…", "vous n'auriez pas à…". */
const SPARED_OTHER =
  /\b(?:müssten Sie nicht|brauchen Sie nicht|no tendría que|no tendrían que|no tiene que|n'auriez pas à|n'aurez pas à|não teria que|não precisaria)\b/iu;
/** Asked to bring, keep or lend it: "Darf ich ihn vorbeibringen?", "¿Se lo llevo?", "Voulez-vous que j'en réserve une ?". */
const BRING_IT =
  /\b(?:vorbeibringen|vorbeibringe|zurücklegen|zurückhalte|reservieren|se lo (?:llevo|reservo|guardo|mando|envío|presto)|se la (?:llevo|reservo|guardo)|le (?:llevo|reservo|guardo)|j'en réserve|je vous l(?:e|a|es)? (?:apporte|réserve|garde|envoie|prête)|(?:vous )?l'apporter|lhe (?:levo|reservo|guardo))\b/iu;

/**
 * "No answer" said of their customers' things ("muchas consultas de sus clientes quedan sin respuesta", "viele Anfragen
 * Ihrer Kunden bekommen keine Antwort", "reseñas sin respuesta"): their problem, not the sender's message unanswered. A
 * sentence that speaks of the sender's own message or of the sender ("le dejé dos mensajes y sigo sin respuesta", "auf
 * meine beiden Nachrichten") is the nudge it always was.
 */
const NO_ANSWER = /(?<![\p{L}])(?:sin respuesta|sem resposta|sans réponse|keine antwort)(?![\p{L}])/iu;
const THEIR_PEOPLES_THINGS =
  /(?<![\p{L}])(?:clientes|consultas|conversaci\p{L}+|reseñas|rese[ñn]as|leads|llamadas|pedidos|solicitudes|conversas?|perguntas|avaliações|chamadas|ligações|kunden|anfragen|bewertungen|gäste|anrufe|clients|demandes|avis|appels|conversations)(?![\p{L}])/iu;
const SENDER_SPEAKS =
  /(?<![\p{L}])(?:mi|mis|mío|le (?:escribí|dejé|mandé|envié)|te (?:escribí|dejé|mandé|envié|mandei|escrevi|enviei)|minha|minhas|meu|meus|lhe (?:mandei|escrevi|enviei)|mon|ma|mes|je vous ai|meine\p{L}*|mein|ich habe|hab ich|habe ich|my|i)(?![\p{L}])/iu;
function nudgeOf(cue: RegExp, subject: string, sentences: readonly Sentence[]): RegExpExecArray | null {
  // The subject line first: "AW: AW: …", "RE: RE: …" point back at a thread.
  const inSubject = subject ? cue.exec(subject) : null;
  if (inSubject) return inSubject;
  for (const { text } of sentences) {
    const m = cue.exec(text);
    if (!m) continue;
    if (NO_ANSWER.test(m[0]) && THEIR_PEOPLES_THINGS.test(text) && !SENDER_SPEAKS.test(text)) continue;
    return m;
  }
  return null;
}

/**
 * A fee we lower, said so: the lowering verb with the fee as its object ("baja bastante los honorarios", "senkt Ihre
 * Gebühren") or its subject ("los honorarios bajan", "vos honoraires baissent d'un tiers"), in a sentence that asks
 * no payment or signature.
 */
const LOWER = String.raw`(?:baj\p{L}*|reduc\p{L}*|redujo|ahorr\p{L}*|senk\p{L}*|sink\p{L}*|spar\p{L}*|rédui\p{L}*|baiss\p{L}*|économis\p{L}*|reduz\p{L}*|baix\p{L}*|economiz\p{L}*|diminu\p{L}*)`;
const FEE = String.raw`(?:honorari\p{L}*|honoraires?|honorários?|gebühr\p{L}*|cuotas?)`;
const FEE_LOWERED = new RegExp(
  String.raw`(?<![\p{L}])${LOWER}(?![\p{L}])(?:\s+[\p{L}\p{N}%$€]+){0,7}?\s+${FEE}(?![\p{L}])|(?<![\p{L}])${FEE}(?:\s+[\p{L}\p{N}]+){0,2}?\s+${LOWER}(?![\p{L}])`,
  'iu',
);
const PAY_OR_SIGN =
  /(?<![\p{L}])(?:enlace de pago|link de pagamento|lien de paiement|zahlungslink|firm(?:e|a|amos|ar)|assin\p{L}*|sign(?:ez|er|ons|ature)|unterschreib\p{L}*|à régler|payable|pagar|pague|pagan|se paga|payer|zahlen sie|überweisen)(?![\p{L}])/iu;

/**
 * The first contract or fee ask of the message. A fee the sentence says we lower ("con ese volumen un pedimento
 * consolidado baja bastante los honorarios") is a saving offered, not a fee asked for; "firme el contrato hoy y le
 * bajamos 10%" and "para bajar sus tiempos, nuestros honorarios son de $1,500 … ¿Firmamos?" still ask.
 */
function contractAsked(cue: RegExp, sentences: readonly Sentence[]): RegExpExecArray | null {
  const lowered = (text: string) => FEE_LOWERED.test(text) && !PAY_OR_SIGN.test(text);
  for (const { text } of sentences) {
    let from = 0;
    for (;;) {
      const m = cue.exec(text.slice(from));
      if (!m) break;
      const at = from + m.index;
      const waived =
        FEE_NOUN.test(m[0]) &&
        (FEE_WAIVED_BEFORE.test(text.slice(0, at)) || FEE_WAIVED_AFTER.test(text.slice(at + m[0].length)));
      if (!(FEE_WORD.test(m[0]) && lowered(text)) && !waived) return m;
      from = at + Math.max(1, m[0].length);
    }
  }
  return null;
}
/**
 * A fee we waive is a term in their favour, not one asked of them: "sin cuota de inscripción", "sans frais de
 * dossier", "sem taxa de adesão", "keine Gebühr"; "les frais de dossier sont offerts", "los honorarios corren por
 * nuestra cuenta".
 */
const FEE_NOUN = /^(?:honorari|honorair|honorári|cuota|frais|taxa|[\p{L}-]*gebühr)/iu;
const FEE_WAIVED_BEFORE =
  /(?<![\p{L}])(?:sin|sans|sem|ohne|keine?|no|ni|pas de|aucuns?|aucune|zéro|zero|cero|nenhuma?|isento de|exento de|exonéré de|libre de)\s+(?:(?:les?|la|los|las|o|a|os|as|die|der|l'|d')\s*)?(?:[\p{L}-]+\s+)?$/iu;
const FEE_WAIVED_AFTER =
  /^[^.!?;]{0,30}?(?<![\p{L}])(?:offert\p{L}*|gratuit\p{L}*|gratis|bonificad\p{L}*|incluid\p{L}*|inclus\p{L}*|incluíd\p{L}*|entfällt|entfallen|übernehmen wir|corren? por (?:nuestra|mi) cuenta|a (?:nuestro|mi) cargo|por (?:nossa|minha) conta|à (?:notre|ma) charge|pris en charge|por nuestra cuenta)(?![\p{L}])/iu;
const FEE_WORD = /^(?:honorari|honorair|honorári|[\p{L}-]*gebühr|cuota)/iu;

/**
 * German that drops the "ich" ("Bin Dirk, früher Monteur, jetzt …", "bin der Dirk von Handwerk Direkt") or says who again
 * in a follow-up ("nochmal Jens Wolf vom Kaltluft Service"): the name must be a first name, so "bin Dienstag in Wolfsberg"
 * and "nochmal Glückwunsch von Ihrem Nachbarn" say no one.
 */
const DE_DROPPED_ICH =
  /(?:^|[.!?\u2013\u2014,]\s*)[Bb]in\s+(?:(?:der|die)\s+)?(\p{Lu}\p{Ll}+)(?:(?=\s*,)|\s+(?:von|vom|bei)\s+(?!(?:[Ii]hr|[Dd]ein|[Uu]nser|den|dem|der)\p{L}*\s)\p{Lu})/u;
const DE_AGAIN_NAMED =
  /(?:^|[.!?\u2013\u2014,]\s*)(?:[Hh]ier\s+)?(?:[Nn]ochmal|[Nn]och einmal)\s+(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?\s+(?:von|vom|bei)\s+(?!(?:[Ii]hr|[Dd]ein|[Uu]nser|den|dem|der)\p{L}*\s)\p{Lu}/u;
/**
 * The sender's own role at a firm said in the first person, in any of German's clause orders: "Seit vier Jahren bin ich
 * als Verkaufsingenieur bei der Eulach Spanntechnik …", "Inzwischen bin ich Anwendungsingenieur bei Kessler Hydraulik",
 * "ich arbeite als Key Account bei …", "Für die Eulach Spanntechnik bin ich als Beraterin tätig", "ich bin seit 2019 für
 * die Eulach Spanntechnik tätig". A firm after an article takes two capitalised words or a legal form ("bei der Eulach
 * Spanntechnik", "bei der Fluidtec GmbH"), as "bei der Planung" is no firm; the reader's side is none ("als
 * Ansprechpartner bei Ihnen", "bei Ihrem Team"), nor is a third person's role ("Herr Maier, Leiter bei …") without "ich".
 */
const DE_THEIRS = `(?:ihr|dein|eur|unser|mein)\\p{L}*${E}`;
const DE_FIRM = `(?:(?:der|dem|die|den)\\s+(?!${DE_THEIRS})${CAP}\\s+(?:(?!${DE_THEIRS})${CAP}\\s+){0,2}?(?:(?!${DE_THEIRS})${CAP}${E}|${DE_LEGAL_FORM}${E})|(?!(?:den|die|das|dem|der|einen?|eine[mr]?|sie|ihnen|euch|dich|dir|uns|diese\\p{L}*|jede\\p{L}*|alle[nm]?|viele[nm]?)${E})(?!${DE_THEIRS})${CAP})`;
const DE_ME_WORKING = `(?:ich\\s+(?:bin|arbeite)|(?:bin|arbeite)\\s+ich)${E}`;
const DE_ROLE_AT = new RegExp(
  caseFold(
    `${B}(?:${DE_ME_WORKING}\\s+(?:[\\p{L}\\d]+\\s+){0,4}?als\\s+(?:\\p{Ll}+(?:e|en|er|es)\\s+)?(?:${CAP}\\s+){1,3}?(?:bei|für|von|vom)\\s+${DE_FIRM}` +
      `|${DE_ME_WORKING}\\s+(?:(?!(?:in|im|am|an|auf|zu|zum|zur|nach|mit|bei|für|von|vom|aus|ab|um|gegen|seit|fan)${E})\\p{Ll}+\\s+){0,3}?(?:${CAP}\\s+){1,3}?(?:bei|für)\\s+${DE_FIRM}` +
      `|${DE_ME_WORKING}\\s+(?:[\\p{L}\\d]+\\s+){0,4}?(?:bei|für)\\s+${DE_FIRM}(?:\\s+[\\p{L}\\d]+){0,4}?\\s+(?:tätig|beschäftigt|angestellt|zuständig|verantwortlich)${E}` +
      `|(?:^|[,;:]\\s*)(?:bei|für)\\s+${DE_FIRM}\\s+(?:bin|arbeite)\\s+ich(?:\\s+[\\p{L}\\d]+){0,5}?\\s+(?:als\\s+${CAP}|tätig${E}|zuständig${E}|verantwortlich${E}|angestellt${E}|beschäftigt${E})` +
      `|(?:ich\\s+(?:betreue|verantworte|leite|berate|vertrete)|(?:betreue|verantworte|leite|berate|vertrete)\\s+ich)\\s+(?:als\\s+(?:${CAP}\\s+){1,3}?)?bei\\s+${DE_FIRM})`,
  ),
  'gu',
);
/**
 * What is no job at a firm, though said in the same shapes: a customer, member, guest, visitor or subscriber ("Ich bin
 * selbst langjähriger Kunde bei …", "Privat bin ich Mitglied bei …"), and an event, which is no employer ("Bei der EMO
 * Hannover bin ich als Besucher …", "als Gast bei der Fachtagung …").
 */
const DE_NO_JOB = new RegExp(`(?<![\\p{L}])(?:privat(?![\\p{L}])|${DE_NO_JOB_WORD})`, 'iu');
/** Whether the text says the sender's own role at a firm (DE_ROLE_AT), in a match that names no customer, guest or event. */
function germanRoleAt(text: string): boolean {
  DE_ROLE_AT.lastIndex = 0;
  for (const m of text.matchAll(DE_ROLE_AT)) if (!DE_NO_JOB.test(m[0])) return true;
  return false;
}
/** How sure a German sentence says who in one of those shapes: 0.9 with the firm, 0.6 with a name alone, else 0. */
function germanSelf(text: string): number {
  if (germanRoleAt(text)) return 0.85;
  const again = DE_AGAIN_NAMED.exec(text);
  if (again && looksLikeFirstName((again[1] as string).toLowerCase())) return 0.9;
  const dropped = DE_DROPPED_ICH.exec(text);
  if (!dropped || !looksLikeFirstName((dropped[1] as string).toLowerCase())) return 0;
  return /\s(?:von|vom|bei)\s/u.test(dropped[0]) ? 0.9 : 0.6;
}

/** Text without its emoji: "Valentina de Riegolink acá 👋" is "Valentina de Riegolink acá". */
const PICTOGRAPHS = /\s*\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|\ufe0f|\p{EMod})*/gu;
function unpictured(text: string): string {
  return /\p{Extended_Pictographic}/u.test(text) ? text.replace(PICTOGRAPHS, '').trim() : text;
}

/**
 * Whether the name a tag line starts with also signs the message ("Nathalie Dewez, Perron Cyber (Liège)." … "Cordialement,
 * Nathalie Dewez"): the writer's own tag, not a client's or a colleague's introduced in the body.
 */
function signsOff(anatomy: Anatomy, tag: string): boolean {
  const first = /^\W*(\p{Lu}\p{Ll}+)/u.exec(tag)?.[1];
  if (!first) return false;
  const after = anatomy.plain.slice(anatomy.bodyStart + anatomy.body.length);
  return new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'u').test(after);
}

/** The next sentence with a word in it: an emoji after a question ("… ya tienen dueño? 😄") says nothing after it. */
function nextWorded(sentences: readonly Sentence[], i: number): Sentence | undefined {
  return sentences.slice(i + 1).find((s) => /\p{L}/u.test(s.bare));
}

/**
 * Whether `text` opens a paragraph of `body`: a tag line there ("Nathalie Dewez, Perron Cyber (Liège).") introduces
 * its writer after a hook of two or three sentences, as it would at the start.
 */
function opensParagraph(body: string, text: string): boolean {
  const at = body.indexOf(text);
  return at > 0 && /\n[ \t]*$/.test(body.slice(Math.max(0, at - 4), at));
}

export function readOtherLanguage(
  anatomy: Anatomy,
  lang: OtherLang,
  company: readonly string[],
  /** The prospect's own words (name, company, role): a mail-merge swaps them in, so they are never concrete. */
  prospect: ReadonlySet<string> = new Set(),
): OtherReading {
  const cues = CUES[lang];
  const sentences: readonly Sentence[] = anatomy.sentences;
  let who = { s: 0, e: '' };
  let why = { s: 0, e: '' };
  let value = { s: 0, e: '' };
  const asks: string[] = [];
  const softAsks: string[] = [];
  /** When to answer the one ask, left to them, said after it ("Melden Sie sich, wann es passt"). */
  let takeUp = '';
  const hooks: string[] = [];
  let flattery = false;
  const better = (cur: { s: number; e: string }, s: number, e: string) => (s > cur.s ? { s, e } : cur);
  let previousResource = false;
  // The last item of a list of requests already counted as asks.
  let listedUntil = -1;
  // Sentences left in which a thing at hand, named before, may be offered.
  let atHandFor = 0;
  // A writer who uses capitals names people and companies with them; one who uses none is read in any case.
  const cased = /\p{Lu}/u.test(anatomy.body);
  const signedLine = cased ? SIGNED_LINE : SIGNED_LINE_ANY_CASE;
  const nameCues: NamedCues = cased ? CASED[lang] : cues;
  // What the message says that a template would not: see `aboutSomething` below.
  let concreteThings = 0;
  const firstWord = firstWorded(sentences);
  for (let i = 0; i < sentences.length; i++) {
    const { text, bare, question } = sentences[i] as Sentence;
    // The greeting names the prospect, as a mail-merge does: it is never the detail ("Bonjour Élodie Roussel," to
    // Menuiseries Roussel).
    const spec = concrete(bare, lang, company);
    // Their company as one of many ("empresas como a Reis Calçados") is a merge field, not a detail.
    const company_ = namesCompany(bare.toLowerCase(), company) && !likeThem(bare, company);
    // Their profile, with nothing in it named, is what anyone could say of anyone.
    const profileOnly = PROFILE.test(text) && !company_ && concrete(text, lang, company, prospect) === 0;
    // who
    let introduction = true;
    const germanWho = lang === 'de' && cased ? germanSelf(text) : 0;
    // "Je me présente : Étienne Laurent, représentant chez Déneigement Boréal": the label announces a tag.
    // A wave or a smile after the tag hides no one: "Valentina de Riegolink acá 👋".
    const labelled = unpictured(bare).replace(INTRO_LABEL, '');
    // A short aside in brackets says what the firm does ("Camille Dubois de Paiemo (paie, Lyon).") and hides no one.
    const tagged = text.includes('(') ? unpictured(text).replace(ASIDE, '') : unpictured(text);
    // An abbreviated title is no sentence's end: "Je suis dir. des ventes chez Nordet", "soy ger. comercial de …".
    const spelled = text.replace(ABBREVIATED, '$1');
    if (
      nameCues.who.test(spelled) ||
      signedLine.test(tagged) ||
      NAME_HERE.test(text) ||
      NAME_HERE.test(tagged) ||
      IT_IS.test(text)
    )
      who = better(who, 0.9, text);
    // Near the start, names and where they work: "Claire Dubois, Pomlog."; as the last line, a signature, its sign-off
    // however short no part of the tag ("LG Markus, Plabutsch").
    // A label announces the tag wherever it stands ("… Petite présentation : Mathieu Tremblay, représentant chez Cédulo").
    else if (
      (i < 3 ||
        i === sentences.length - 1 ||
        labelled !== bare ||
        (opensParagraph(anatomy.body, text) && signsOff(anatomy, labelled))) &&
      labelled.length <= 90 &&
      (namesAndOrganisation(labelled) ||
        (i > 0 && i === sentences.length - 1 && namesAndOrganisation(labelled.replace(SHORT_SIGN_OFF, ''))))
    )
      who = better(who, i > 0 && i === sentences.length - 1 ? 0.6 : 0.85, text);
    // A name, what they do and where, near the start: "Bonjour Monsieur Halleux, Sophie Lambert, secrétariat social à
    // Liège." (English reads "Sophie Lambert, payroll services in Liège" so too).
    else if (i < 3 && cased && NAME_FIELD_PLACE.test(text)) who = better(who, 0.85, text);
    // The label says the tag is the sender's: a name set off by a comma after it is who, whatever the title's shape
    // ("Darf ich mich kurz vorstellen: Julia Berger, Key Account Managerin bei …", "Me permito presentarme: Lucía Ferrero,
    // responsable comercial en …").
    else if (cased && INTRO_LABEL.test(unpictured(bare)) && LABELLED_NAME.test(labelled)) who = better(who, 0.85, text);
    // What the firm does may follow in brackets: "Geneviève Tremblay, représentante chez Sillon (GPS et gestion du sel …)".
    else if (i < 3 && cased && verblessWho(text.includes('(') ? text.replace(WHAT_WE_DO, '') : text))
      who = better(who, 0.85, text);
    else if (saysSelf(bare, lang, cased)) who = better(who, 0.85, text);
    else if (germanWho > 0) who = better(who, germanWho, text);
    else if (nameCues.whoWeak.test(text) || (WE_AT.test(text) && ME.test(text))) who = better(who, 0.6, text);
    else if (CAREER[lang].years.test(text) && CAREER[lang].mine.test(text)) who = better(who, 0.6, text);
    else introduction = false;
    // Every template names its sender and their company: in the introduction only numbers count.
    // The greeting's name is the one a mail-merge swaps in; the sender's city or firm, however it is introduced
    // ("saludos desde Valencia", "me présenter ainsi que la société Axelia"), is in every mail they send.
    concreteThings +=
      introduction || SENDER_INTRODUCED.test(text) ? numbersIn(text) : concrete(bare, lang, company, prospect);
    // why
    const flat = cues.flattery.test(text) || PRAISE_IN_GENERAL[lang].test(text);
    if (flat) flattery = true;
    if (!flat) {
      if (nameCues.referrer.test(text)) why = better(why, 0.9, text);
      // "… ayudamos a empresas como la suya a optimizar sus operaciones de almacén": the "sus" of a stock line is every
      // reader's.
      if (cues.theirWork.test(text) && !cues.generic.test(text))
        why = better(why, spec > 0 || company_ ? 0.9 : 0.7, text);
      // "Veo que tenemos varios contactos en común": what was seen is unnamed mutual contacts, nobody's reason.
      const seen = cues.perceived.exec(text);
      const seenAt = seen?.index ?? -1;
      // Only their role or city seen: a reason to ask about, not one to count (as in English, where it is none).
      // Or their role said with a verb ("que usted dirige las compras de …", "dass Sie den Einkauf leiten"), seen or said
      // to them: their firm's name there is only where the role is.
      const tail = seen ? text.slice(seenAt + seen[0].length) : text;
      const roleDone = roleDoneOnly(tail, lang);
      const roleOnly =
        (roleDone ||
          (!!seen &&
            ROLE_ONLY[lang].test(tail) &&
            (!company_ ||
              (!ROLE_CLAUSE.test(tail.replace(ROLE_THAT, '')) &&
                fieldAndPlaceOnly(tail.replace(ROLE_THAT, ''), 8))))) &&
        !ROLE_CHANGE.test(text) &&
        !ROLE_COUNT[lang].test(text) &&
        !BUSINESS_NAMED.test(text);
      if (roleOnly) why = better(why, 0.2, text);
      else if (seenAt >= 0 && !profileOnly && (MUTUAL_UNNAMED.exec(text)?.index ?? -1) <= seenAt) {
        why = better(why, spec > 0 || company_ ? 0.8 : 0.45, text);
        // German capitalises every noun, so a named source and their own news count as no concrete word there.
        if (why.s < 0.8 && lang === 'de' && (DE_SEEN_THEIR_NEWS.test(text) || DE_THEIRS_IN_A_MONTH.test(text)))
          why = better(why, 0.8, text);
      }
      if (
        company_ &&
        !roleOnly &&
        (spec > 0 || (THEIR_EVENT[lang].test(text) && WHEN[lang].test(text)) || THEIR_COUNT[lang].test(text))
      )
        why = better(why, 0.75, text);
      if (why.s < 0.75 && YOUR_COUNT[lang].test(text)) why = better(why, 0.75, text);
      // German's "sie" in lower case is she or they ("weil sie 20 % weniger Fehler haben"), not the reader.
      const sinceYou = why.s < 0.75 ? SINCE_YOU_WITH_FIGURE.exec(text) : null;
      if (sinceYou && !(lang === 'de' && sinceYou[1] === 'sie' && /\p{Lu}/u.test(anatomy.body)))
        why = better(why, 0.75, text);
      if (why.s < 0.8 && THEIRS_TOLD_ME.test(text)) why = better(why, 0.8, text);
      if (why.s < 0.8 && AS_TOLD_ME[lang].test(text)) why = better(why, 0.8, text);
      // A detail makes it theirs: a name, a figure, or (German capitalising every noun) a place it happened in.
      if (
        why.s < 0.8 &&
        (spec > 0 || /\d/.test(text) || (lang === 'de' && /(?<![\p{L}])in\s+\p{Lu}\p{Ll}+/u.test(text))) &&
        YOUR_ORG_NEWS[lang].test(text)
      )
        why = better(why, 0.8, text);
      if (cues.met.test(text) || MET_AT_NAMED[lang]?.test(text)) why = better(why, 0.85, text);
      if (why.s < 0.8 && SOURCE_ABOUT_THEM.test(text)) why = better(why, 0.8, text);
      if (
        why.s < 0.8 &&
        (VISITED[lang].test(text) || (lang === 'de' && DE_WALKED_THROUGH.test(text))) &&
        THEIR_PLACE[lang].test(text) &&
        (spec > 0 || DAY_OR_COUNT[lang].test(text))
      )
        why = better(why, 0.8, text);
      if (why.s < 0.8 && THEIR_STAND[lang].test(text)) why = better(why, 0.8, text);
      if (why.s < 0.8 && /\d/.test(text) && THEIR_PUBLIC_DOCUMENT[lang].test(text)) why = better(why, 0.8, text);
      if (why.s < 0.8 && /\d/.test(text) && THEIR_CALL[lang].test(text) && THEIR_PLACE[lang].test(text))
        why = better(why, 0.8, text);
    }
    // what's in it for them
    const resource = cues.resource.test(text);
    const lower = text.toLowerCase();
    // A link handed over is attached as a file is: "Se lo dejo aquí: estiba.mx/estudios/…", "voici le lien : …".
    const attached = ATTACHED.test(text) || (LINK_HANDED.test(text) && /https?:|\w\.\w+\//.test(text));
    if (attached && (SALES_MATERIAL.test(text) || OUR_PORTFOLIO.test(text))) {
      // Our price list or brochure attached is a pitch, however it is handed over.
    } else if (attached) value = better(value, 0.85, text);
    else if (
      (cues.offer.test(text) ||
        OFFER_GRAMMAR[lang].test(text) ||
        ((resource || previousResource) && question && IT_FOR_THEM[lang].test(text)) ||
        // What the sender sends once connected, or on a reply, is offered: "Assim que nos conectarmos envio o estudo".
        ((offersIfConnected(lower) || replyToGet(lower)) && !sendsSales(cues, text))) &&
      !COURTESY.test(text) &&
      !pitches(cues.pitch, text) &&
      !cues.contract.test(text) &&
      !OUR_SALES_PAPER.test(text) &&
      !QUOTE_CTA.test(text)
    )
      value = better(value, resource || previousResource ? 0.9 : 0.7, text);
    else if (cues.madeForThem.test(text))
      value = better(value, resource || /https?:|\w\.\w+\//.test(text) || spec > 0 ? 0.8 : 0.6, text);
    else if (value.s < 0.7 && !pitches(cues.pitch, text) && !COURTESY.test(text)) {
      // An occasion named just before that is a pitch (a demo webinar) is no gift, however the seat is offered.
      // The occasion may be named a sentence or two before ("Am 12. März … Keine Demo. Darf ich …?").
      let previous = '';
      for (let j = Math.max(0, i - 2); j < i; j++) {
        const t = (sentences[j] as Sentence).text;
        if (!pitches(cues.pitch, t)) previous += ` ${t}`;
      }
      const gains = forThem(cues.forThem, text, previous);
      if (gains > 0) value = better(value, gains, text);
    }
    if (
      value.s < 0.85 &&
      (resource || previousResource) &&
      PLACED_HERE.test(text) &&
      !BOOKING.test(text) &&
      !SALES_MATERIAL.test(text)
    )
      value = better(value, 0.85, text);
    if (value.s < 0.7 && (resource || previousResource) && YOURS_TO_LOOK_AT.test(text))
      value = better(value, 0.7, text);
    // A thing we have that they can use on their own: "eine Kostenaufstellung, in die Sie Ihre Stückzahlen eintragen
    // können"; one we only have is a little ("Ich habe Ihnen … geschickt" is a thing sent, not one offered).
    if (resource && value.s < 0.7 && WE_HAVE.test(text) && READER_CAN_USE.test(text)) value = better(value, 0.7, text);
    else if (resource && value.s < 0.45 && WE_HAVE.test(text) && !/\bich habe\b/iu.test(text))
      value = better(value, 0.45, text);
    // A thing we have to give that answers their trouble is offered, said as a statement ("Wir haben eine Checkliste, die
    // genau das abdeckt"); not our price list or brochure.
    if (
      value.s < 0.6 &&
      !question &&
      GIVEABLE_SOLVES.test(text) &&
      !sendsSales(cues, text) &&
      !/\b(?:automátic\p{L}*|automatique\p{L}*|automatisch\p{L}*|automaticamente|automatically)\b/iu.test(text)
    )
      value = better(value, 0.6, text);
    // A thing we have to hand now, and what it does for them or an offer to bring it: "Wir haben einen
    // Leihantrieb am Lager. Damit läuft Ihre Maschine weiter", "¿Se lo llevo esta tarde?".
    const atHand = AT_HAND_OTHER.test(text) && !pitches(cues.pitch, text) && !cues.contract.test(text);
    if (atHand) atHandFor = 2;
    if (
      value.s < 0.6 &&
      atHandFor > 0 &&
      !pitches(cues.pitch, text) &&
      ((WITH_IT.test(text) && READER_OTHER.test(text)) || SPARED_OTHER.test(text) || BRING_IT.test(text))
    )
      value = better(value, 0.6, text);
    atHandFor = Math.max(0, atHandFor - 1);
    // Said as a fact: what a capability spares them, or a peer's result (reader-gain.ts).
    if (value.s < 0.6 && !question && !pitches(cues.pitch, text)) {
      const gain = readerGainOther(bare, i > 0 ? (sentences[i - 1] as Sentence).bare : '');
      if (gain > 0) value = better(value, gain, text);
    }
    // A purchase or a chore our work spares them, said of them with our work beside it: "…, sodass Sie für das halbe
    // Jahr nichts anschaffen müssen", "Sie müssen also weder Kleidung auf Lager halten noch …", "así no tiene que comprar
    // equipos", "vous n'avez rien à acheter". "Damit Sie sich um nichts kümmern müssen" names no chore: a stock line.
    if (
      value.s < 0.6 &&
      !question &&
      SPARED_CHORE[lang].test(text) &&
      CHORE[lang].test(text) &&
      (OUR_WORK.test(text) || (i > 0 && OUR_WORK.test((sentences[i - 1] as Sentence).text))) &&
      !EVENT_NOUN.test(text) &&
      !pitches(cues.pitch, text)
    )
      value = better(value, 0.6, text);
    // A client's result with our work, in figures: "Wir machen seit 2021 seine Bettwäsche, er zahlt heute rund 15 %
    // weniger", "les hacemos la aplicación y pagan un 20 % menos", "il économise 18 % depuis": worth knowing to a peer.
    if (value.s < 0.6 && !question && PEER_PAYS_LESS.test(text) && OUR_WORK.test(text) && !READER_OTHER.test(text))
      value = better(value, 0.6, text);
    if (value.s < 0.6 && !question && PEERS_WE_SERVE_OTHER.test(text) && !pitches(cues.pitch, text))
      value = better(value, 0.6, text);
    if (value.s < 0.7 && READY_FOR_THEM.test(text) && !pitches(cues.pitch, text)) value = better(value, 0.7, text);
    // A change in figures that is not theirs ("Bei Velo Konrad … von zwei Wochen auf vier Tage runter", "nous avons ramené
    // l'ouverture de trois semaines à quatre jours pour deux banques", "elf statt neunzehn Tage") is a peer's result, or ours:
    // worth knowing to someone facing the same, as in English.
    if (
      value.s < 0.6 &&
      CHANGE_IN_FIGURES[lang].test(text) &&
      CHANGED[lang].test(text) &&
      !TIME_OR_YEAR_RANGE.test(text) &&
      !READER_OTHER.test(text)
    )
      value = better(value, 0.6, text);
    // What was just said, called useful to them: "Für Ihre Auswertung könnte das nützlich sein", "esto le puede servir",
    // "cela pourrait vous être utile". The thing is in the message already; "Unsere Software könnte Ihnen helfen" pitches.
    if (value.s < 0.7 && i > 0 && THAT_USEFUL[lang].test(text) && READER_OTHER.test(text) && !pitches(cues.pitch, text))
      value = better(value, 0.7, text);
    // A recruiter's role with its pay is the offer: "Tenho uma vaga de Staff Engineer … R$ 28–32 mil".
    // Its pay often follows in a sentence of its own: "… cherche une infirmière cheffe. Le poste est à 100 %, 8 500 CHF brut."
    if (
      value.s < 0.85 &&
      lang === 'de' &&
      resource &&
      FROM_US_DE.test(text) &&
      !SALES_MATERIAL.test(text) &&
      !pitches(cues.pitch, text)
    )
      value = better(value, 0.85, text);
    if (
      value.s < 0.6 &&
      STAND_IN_OTHER[lang].test(text) &&
      FOR_A_WHILE.test(text) &&
      !INSURANCE_OTHER.test(text) &&
      !pitches(cues.pitch, text)
    )
      value = better(value, 0.6, text);
    if (
      value.s < 0.75 &&
      !question &&
      CANDIDATES_AT_HAND[lang].test(text) &&
      !POOL_BY_THE_HUNDRED.test(text) &&
      !pitches(cues.pitch, text)
    )
      value = better(value, 0.75, text);
    if (value.s < 0.6 && !question && !pitches(cues.pitch, text) && COVERS_THEIR_GAP[lang].test(text))
      value = better(value, 0.6, text);
    // Built for "that" answers a trouble only once they have named one (a why of theirs): after "en logística el tiempo
    // es dinero" it is a plain pitch.
    if (value.s < 0.6 && !question && why.s >= 0.6 && BUILT_FOR_IT[lang].test(text) && WITHIN_HOURS.test(text))
      value = better(value, 0.6, text);
    if (value.s < 0.6 && !question && LIKE_CASE_ON_DEMAND[lang].test(text)) value = better(value, 0.6, text);
    if (value.s < 0.75 && !question && SEEKS_THEIR_PROFILE.test(text) && ROLE_TERMS.test(text))
      value = better(value, 0.75, text);
    if (value.s < 0.75 && ROLE_OFFERED.test(text)) {
      const following = sentences[i + 1] as Sentence | undefined;
      if (ROLE_PAID.test(text) || (following && !following.question && ROLE_PAID.test(following.text)))
        value = better(value, 0.75, text);
    }
    previousResource = resource;
    // "Afin d'avancer, serait-il possible :" and then a list is as many asks as the list has items, as in English.
    if (text.endsWith(':') && LIST_REQUEST_OTHER.test(text)) {
      const { items, last } = listAfter(sentences, i);
      if (items >= 2) {
        for (let k = 0; k < items; k++) asks.push(text);
        listedUntil = last;
        continue;
      }
    }
    if (SEVERAL_PROPOSED.test(text)) {
      asks.push(text, text);
      continue;
    }
    // A proposal whose list names things to do with them (a call, a demo, a contact), as in English.
    const { asks: proposed, last: proposedUntil } = proposedAsks(sentences, i);
    if (proposed >= 2) {
      for (let k = 0; k < proposed; k++) asks.push(text);
      listedUntil = proposedUntil;
      continue;
    }
    if (i <= listedUntil) continue;
    // the ask; a question that opens the message and is followed by what it is about ("¿Qué tal la campaña de
    // clementina, Vicent? Soy Nacho…") is a hook, as in English: an ask only if the message asks nothing else.
    if (
      question &&
      opensMessage(i, firstWord) &&
      nextWorded(sentences, i)?.question === false &&
      !cues.request.test(text) &&
      !cues.rhetorical.test(text) &&
      (ABOUT_THEM[lang].test(bare) ||
        THEIR_STAND[lang].test(bare) ||
        ASKED_BECAUSE.test((nextWorded(sentences, i) as Sentence).bare))
    )
      hooks.push(text);
    // The connection formula beside the ask is no further ask, as in English: "…, posso te mandar? Bora conectar?"
    else if (asks.length > 0 && CONNECT_FORMULA.test(text)) continue;
    // A question quoted after a colon is someone else's: "Die Frage, die uns Hoteliers fast immer stellen: Wie schnell …?"
    else if (
      question &&
      (QUOTED_QUESTION.test(text) ||
        (TOPIC_QUESTION.test(text) && !TOPIC_QUESTION_PERSON.test(text.slice(text.lastIndexOf(':') + 1))))
    )
      continue;
    // Which of the options just offered suits them is the same ask: "… jeudi ou vendredi. Lequel vous conviendrait le mieux ?"
    else if (
      question &&
      asks.length > 0 &&
      (WHICH_OPTION.test(text) ||
        DAY_OPTIONS.test(text) ||
        (WRONG_PERSON_FALLBACK.test(text) && RIGHT_PERSON.test(asks[asks.length - 1] as string)))
    )
      continue;
    // A nod sought to a fact of theirs asks nothing when a question follows it, unless what it tags is itself a request
    // or an offer; a message's last question keeps its tag ("¿Hablamos 15 minutos el jueves, no?").
    else if (
      question &&
      NOD_TAG[lang].test(text) &&
      !requestOrOffer(cues, text.replace(NOD_TAG[lang], '.')) &&
      sentences.slice(i + 1).some((s) => s.question)
    )
      continue;
    else if (question && HOW_ARE_YOU_ADDRESSED[lang]?.test(text)) continue;
    // Being around if they need anything, closed on a tag, asks nothing: "Qualquer coisa, tô por aqui, visse?",
    // "Cualquier cosa, acá estoy, ¿eh?", "Au besoin, je suis là, hein?".
    else if (question && TAG_END.test(text) && availableOnly(text.replace(TAG_END, '.'))) continue;
    else if (question && !cues.rhetorical.test(text)) asks.push(text);
    else if (!question && cues.rhetorical.test(text)) continue;
    // How to take up the ask just made is no second ask: "Quer a planilha? Se topar, é só responder com as faturas".
    else if (!question && asks.length > 0 && (TAKE_UP.test(text) || ANOTHER_TIME.test(text))) continue;
    // So is when to answer it, a step it names left to their time: "Soll ich Ihnen die Auswertung schicken? Melden Sie
    // sich, wann es passt." Read with it: "¿Hablamos? Me avisa cuando pueda" leaves both to them.
    else if (
      !question &&
      asks.length === 1 &&
      asks[0] === sentences[i - 1]?.text &&
      reachLeft(text) &&
      !ASK_STEP_OTHER.test(text)
    ) {
      takeUp = text;
      continue;
    }
    // "Ein kurzes „Ja“ per Mail genügt, dann schicke ich sie Ihnen zu": how to say yes to the offer is the ask, once.
    else if (!question && YES_SUFFICES.test(text)) {
      if (asks.length === 0) asks.push(text);
    }
    // "Und falls Sie Fragen haben, melden Sie sich gern" closes on a courtesy: no ask.
    else if (!question && QUESTIONS_COURTESY.test(text)) continue;
    // A further request added after the ask, in a sentence of its own, is one more ask: "Außerdem wäre es super, wenn
    // Sie den Fragebogen ausfüllen", "Ah, y si me pasas el contacto de cada propietario…", "Und: Schauen Sie vorbei!".
    else if (!question && asks.length > 0 && ADDED_OTHER.test(text) && ADDED_REQUEST_OTHER.test(text)) asks.push(text);
    // A favour asked for with thanks in advance, after the ask, is one more: "Je vous serais également reconnaissante de
    // remplir notre questionnaire", "Le agradecería que me pasara el contacto", "Ich wäre Ihnen dankbar, wenn Sie …".
    else if (!question && asks.length > 0 && GRATEFUL_IF.test(text) && !THANKS_FOR_A_REPLY.test(text)) asks.push(text);
    // German puts a condition's verb first: "Haben Sie eine Transportversicherung, stellt der Versicherer die Garantie" asks
    // nothing; the finite verb after the comma says so.
    else if (
      (cues.request.test(text) || cues.unmarkedAsk.test(text)) &&
      // "Darf ich mich kurz vorstellen: …" introduces the sender; it asks nothing.
      !INTRO_LABEL.test(bare) &&
      !(lang === 'de' && VERB_FIRST_CONDITION.test(text))
    )
      asks.push(text);
    // A conditional offer followed by "Pode ser?" or "Ça vous va ?" is asked there, once.
    // After an ask, "if you tell me the day, I'll send the invite" is how to take it up, not one more ask.
    else if (
      CONDITIONAL_OFFER_OTHER.test(text) &&
      !shortQuestion(sentences[i + 1]) &&
      !(asks.length > 0 && TELLS_ME.test(text) && !SENDS_ME.test(text))
    )
      asks.push(text);
    // An offer for accepting the invitation is a connection note's ask, as in English: "si conectamos te lo paso".
    // After an offer asked ("¿Te lo paso?"), when it comes ("Apenas conectemos te lo mando") is the same ask.
    // Our sales material sent that way (a contract, a price list, a demo booking) is no clean ask.
    else if (offersIfConnected(lower) && !sendsSales(cues, text)) {
      const previous = i > 0 ? (sentences[i - 1] as Sentence) : undefined;
      if (
        !(
          asks.length > 0 &&
          previous?.question &&
          asks[asks.length - 1] === previous.text &&
          (cues.offer.test(previous.text) || IT_SENT.test(lower))
        )
      )
        asks.push(text);
    }
    // A reply asked for, with what the sender then sends, is the ask; after an ask it is how to take that one up.
    else if (asks.length === 0 && replyToGet(lower) && !sendsSales(cues, text)) asks.push(text);
    // A meeting of a set length said to be what would do ("Un appel de 15 minutes mardi serait le plus simple"), or a day
    // left for them to pick ("Sagen Sie mir einfach, welcher Tag Ihnen passt"): the ask, once.
    else if (PROPOSED_MEETING_OTHER.test(text) || WHEN_THEY_PICK_OTHER.test(text)) {
      if (asks.length === 0) asks.push(text);
    } else if (cues.softRequest.test(text) || (OFFER_IF_WANTED[lang].test(text) && !sendsPaperNotOffer(cues, text)))
      softAsks.push(text);
  }
  if (asks.length === 0) asks.push(...hooks.slice(0, 1));
  if (asks.length === 0 && softAsks.length > 0) asks.push(softAsks[0] as string);
  // Their own career told in the body and their name signed under it say who, as a role and company would.
  const career = sentences.some(({ text }) => {
    const years = CAREER[lang].years.exec(text);
    return !!years && CAREER[lang].mine.test(text) && !FIRM_BEFORE.test(text.slice(0, years.index));
  });
  // A signature with a name and a company or role says who, weakly.
  const sig = anatomy.signature
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // A name on the sign-off's own line ("Cordialement, Jean Dupont") signs it as one under it does.
  const named = sig.map((l) => l.replace(SIGN_OFF_START, '').trim()).filter((l) => l !== '');
  if (named.length > 0)
    // A firm in brackets after the name ("VG Jonas (Belegflow)") is a second line, as in English.
    // A first name alone ("Freundliche Grüsse / Reto") says no more than a greeting: a trace, below what counts.
    who = better(
      who,
      named.length >= 2 || /,|\S\s*\(\p{Lu}/u.test(named.join(' ')) ? 0.6 : /\s/.test(named[0] ?? '') ? 0.3 : 0.25,
      named.join(' / '),
    );
  if (career && named.length > 0 && who.s >= 0.6 && who.s < CAREER_AND_NAME) who = { s: CAREER_AND_NAME, e: who.e };
  // Their firm or trade said as the speaker's, and their name under the message, say who as a role and company in one
  // line would: "Chez Clarivia (KYC, Genève), on vient de sortir … Léa Favre", "Als Industriemakler in Wien habe ich
  // Zahlen … C. Leitner". A team's name under it is no one's ("L'équipe Gestion Nordik").
  if (who.s < 0.6 && ((named.length > 0 && !signedByTeam(anatomy.signature)) || signedName(sentences))) {
    const ours = sentences.find(({ text }) => OURS_SAID[lang].test(text));
    if (ours) who = { s: 0.6, e: ours.text };
  }
  // Someone the sender has met or spoken with knows who is writing, as in English: "Nachtrag zu unserem Gespräch am
  // Stand", "estivemos na mesma mesa no almoço da APREN".
  if (who.s < 0.6) {
    const met = sentences.find(({ text }) => cues.met.test(text));
    if (met) who = { s: 0.6, e: met.text };
  }

  // Several asks: separate questions, or one request chaining several things with "and".
  let count = asks.length;
  const chained = asks.some(
    // An aside in brackets ("(anonymisées, la rue suffit)") chains nothing.
    // "gratuitement et sans engagement" are terms, not a further request.
    (a) =>
      chainsWithAnd(a.replace(/\([^()]*\)/g, ''), lang) || (a.match(/\?/g) ?? []).length >= 2 || SECOND_REQUEST.test(a),
  );
  if (chained) count = Math.max(count, 2);
  const askStrength = count === 1 ? 0.9 : count > 1 ? 0.4 : 0;
  const flags: Flag[] = [];
  const body = anatomy.body;
  const all = `${anatomy.subject}\n${body}`;

  const quoted = (match: RegExpExecArray | null, code: QuotedCode, severity: Flag['severity'], penalty: number) => {
    if (match) flags.push(flag(code, severity, QUOTED[code](quote(match[0])), penalty, code !== 'mass_template'));
  };
  // Thanks for accepting opens a message sent once they have, and "au plaisir de se connecter" closes one: stock
  // lines only when nothing else is said (as in English).
  const stock = cues.invitation.exec(body);
  const invitation = stock && STOCK_COURTESY.test(stock[0]) && (why.s >= 0.6 || value.s >= 0.5) ? null : stock;
  const teamSigned = signedByTeam(anatomy.signature);
  // A mailing tool's unsubscribe footer ("Pour ne plus recevoir nos communications, cliquez ici") is a list's mark too.
  // So is a call to contact "us" from a team that no person signs ("Entre em contato", "no dude en contactarnos").
  const generic =
    cues.generic.exec(all) ??
    MERGED_SALUTATION.exec(all) ??
    likeThem(all, company) ??
    (anatomy.optOut ? /.+/.exec(anatomy.optOut) : null) ??
    (teamSigned ? CONTACT_US.exec(all) : null) ??
    (stockPhrases(all, lang) >= 2 ? (MAILING_LINES[lang]?.exec(all) ?? null) : null);
  const pressure = cues.pressure.exec(all) ?? askedBy(cues.dated, all);
  const imposed = cues.imposed.exec(body) ?? IMPOSED_WITH_PRONOUN[lang]?.exec(body) ?? null;
  const contract = contractAsked(cues.contract, sentences);
  quoted(invitation, 'default_invitation', 'critical', 30);
  quoted(generic, 'mass_template', 'warning', 12);
  if (flattery) flags.push(flatteryFlag(why.s < 0.4));
  quoted(pressure, 'pressure', 'warning', 15);
  quoted(imposed, 'meeting_imposed', 'warning', 15);
  quoted(contract, 'contract_ask', 'warning', 15);
  let followUp: Signals['followUp'] = 'none';
  const fresh = cues.newValue.test(all);
  // Pointing back to one's own earlier message with nothing new in hand is a nudge too ("te mandei mensagem
  // semana passada", "je vous ai écrit mardi").
  const nudge =
    nudgeOf(cues.nudge, anatomy.subject, sentences) ?? (!fresh && value.s < 0.5 ? EARLIER_MESSAGE.exec(all) : null);
  // News that points back to nothing and hands nothing over ("acabamos de publicar um estudo", an offer the
  // cues did not read) opens a first message: it is no nudge.
  // One that points back to an earlier message and hands over something concrete is a follow-up that adds value.
  const pointsBack = EARLIER_MESSAGE.exec(all);
  const namesAMessage = NAMES_A_MESSAGE.test(pointsBack?.[0] ?? '');
  if (nudge || (fresh && (value.s >= 0.5 || !!pointsBack)) || (namesAMessage && value.s >= 0.75 && !pressure)) {
    // As in English, a follow-up that hands over something concrete adds value without saying it is new; one that
    // presses with a deadline does not.
    const addsValue = (fresh && value.s >= 0.5) || (value.s >= 0.75 && !pressure);
    followUp = addsValue ? 'adds_value' : 'pushy';
    // As in English, a follow-up that brings something new stands on the first message for who and why;
    // news alone ("acabamos de publicar") may open a first message, so it must point back to one.
    if (addsValue && (nudge || pointsBack))
      flags.push(
        flag(
          'follow_up_adds_value',
          'info',
          'A follow-up that brings something new: that is the right way to follow up',
          0,
        ),
      );
    if (!addsValue) {
      flags.push(
        flag(
          'pushy_follow_up',
          'critical',
          'A follow-up that only nudges: bring something new (a finding, a resource) or let it rest',
          30,
          true,
        ),
      );
    }
  }
  // Pure pitch: a product presentation, or a list of features, with nothing offered to them.
  const listLines = body.split('\n').filter((l) => LIST_LINE.test(l)).length;
  // An ask that pitches needs something offered first: our work on their things said as what we can do
  // ("podemos atender sus envíos") does not outweigh it. An ask for a slot to present our company or
  // services is not an offer at all: only a thing handed over (a resource, attached) outweighs it.
  const pitchAsk = asks.length === 1 && pitches(cues.pitch, asks[0] as string);
  const presentsUs = pitchAsk && OUR_COMPANY.test(asks[0] as string);
  const pitch =
    (pitches(cues.pitch, body) || listLines >= 4) &&
    (value.s < 0.5 || (pitchAsk && value.s < (presentsUs ? 0.85 : 0.7)));
  // What we read as value there was the pitch itself ("le comparto que contamos con 180 unidades").
  if (pitch && value.s >= 0.4) value = { s: 0.3, e: value.e };
  if (pitch)
    flags.push(flag('pure_pitch', 'warning', 'All about the product: lead with something useful to them instead', 10));
  const booking = BOOKING_LINK.exec(body);
  if (count <= 1) quoted(booking, 'booking_link_only', 'warning', 10);
  // One ask that leaves the next step to them: a finding; left to them in time and step as well, it needs work.
  // A meeting already put in their calendar names the step, if the wrong way: that finding says so instead.
  // A time-only "let me know" said right after an offer made as a statement is when to take that offer up.
  const askAt = takeUp ? -1 : sentences.findIndex((s) => s.text === asks[0]);
  const before = askAt > 0 ? sentences[askAt - 1] : undefined;
  const offerBefore = !!before && !before.question && cues.offer.test(before.text) && SEND_SHOW_OTHER.test(before.text);
  const vague =
    count === 1 && asks.length === 1 && !imposed
      ? vagueAsk(`${asks[0] as string} ${takeUp}`.trim(), lang, cues, offerBefore)
      : undefined;
  if (vague)
    flags.push(
      flag(
        'vague_ask',
        'warning',
        `"${quote(asks[0] as string)}" leaves the next step to them: ask for one concrete, easy thing (a length and a day, or your offer)`,
        0,
        vague === 'left',
      ),
    );
  if (!booking && count === 0 && asks.length === 0 && BOOKING_LINK.test(all)) count = 1;

  // Boilerplate: a stock line or a mass mailing with nothing about them, or nothing at all. A pitch,
  // pressure or flattery is written at someone, however badly: that needs work.
  const pushed =
    !!pressure || !!imposed || !!contract || pitch || flattery || followUp !== 'none' || count >= 2 || !!booking;
  // How many things push: a pitch alone is what a department's mailing is made of.
  const pushedBy = [
    !!pressure,
    !!imposed,
    !!contract,
    pitch,
    flattery,
    followUp !== 'none',
    count >= 2,
    !!booking,
  ].filter(Boolean).length;
  // As in English, a guess at why them from their sector is a why-you that needs work, aimed at them.
  const sectorGuess = SECTOR_WORD[lang].test(body) && SECTOR_GUESS[lang].test(body);
  // As in English, a named sender who tells their own career and asks one thing wrote a letter: a pitch that needs work.
  const letter = career && who.s >= CAREER_AND_NAME && count <= 1;
  // As in English, a message made of three kinds of stock line (their role as the reason, "j'espère que ce courriel vous
  // trouve bien", "des centaines d'entreprises", a "solution novatrice et clé en main", synergies, praise of their
  // profile, "vamos trocar uma ideia?") with no figure, nothing about them and nothing for them is a mass template,
  // whoever signs it and however it flatters or pitches: only pressure, a follow-up or several asks are aimed at them.
  const stockRead =
    why.s < 0.4 &&
    value.s < 0.5 &&
    !pressure &&
    !imposed &&
    !contract &&
    followUp === 'none' &&
    count <= 1 &&
    !booking &&
    numbersIn(body.replace(PHONE_NUMBER, '').replace(MINUTES, '').replace(A_YEAR, '')) === 0
      ? stockLines(all, lang, sectorGuess)
      : undefined;
  // A sender who says who they are and what their firm does takes a fourth kind.
  const massTemplate = !!stockRead && stockRead.kinds >= templateKindsFor(who.s);
  if (massTemplate && !generic) quoted(/.+/.exec(stockRead.first), 'mass_template', 'warning', 0);
  const boilerplate =
    (!!invitation && why.s < 0.6 && !pushed && value.s < 0.5) ||
    // Signed by a team and by no one, with nothing about them and no push: a mailing to a list.
    // A pitch from a department ("es una empresa líder…, adjuntamos nuestro catálogo", signed "Departamento Comercial")
    // is the mailing's own content, no push at anyone.
    (teamSigned && why.s < 0.4 && who.s < 0.7 && !(pushed && !(pitch && pushedBy === 1))) ||
    // As in English, a named sender who asks or pitches wrote to someone, however badly; an anonymous one did not. A
    // pitch that names what it sells in figures ("über 900 Fahrzeuge, 24/7-Service") is a pure pitch, which needs work,
    // however stock its "führender Anbieter" (a phone number or the ask's "15 Minuten" are no such figures).
    (!!generic &&
      why.s < 0.4 &&
      !sectorGuess &&
      !letter &&
      (who.s < 0.7 || !pushed) &&
      numbersIn(body.replace(PHONE_NUMBER, '').replace(MINUTES, '').replace(A_YEAR, '')) < PITCH_FIGURES &&
      // Praise of them at their company by name is aimed at them, as in English.
      !(flattery && namesCompany(body.toLowerCase(), company))) ||
    // As in English, a name does not rescue a mass template: two stock phrases and nothing offered could go to anyone.
    (stockPhrases(all, lang) >= 2 && why.s < 0.4 && value.s < 0.5 && !flattery && !sectorGuess) ||
    massTemplate ||
    // As in English, anything concrete (a number, a name other than theirs and the sender's own) is about something;
    // so is a sender who says who they are, asking or not ("Soy Óscar Lozano, de Dotaciones del Tolima. … Quedamos
    // pendientes."): a pitch that needs work, not a mailing (its stock closing is no ask).
    (!pushed && !sectorGuess && !letter && why.s < 0.4 && value.s < 0.5 && who.s < 0.7 && concreteThings === 0) ||
    // "Let's get to know each other", "un café virtual", for so many minutes, about nothing named, to someone
    // they know nothing about: a length or a coffee is no purpose. Flattery, as above, is written at them.
    (count === 1 &&
      concreteThings <= (body.match(MINUTES) ?? []).length &&
      !flattery &&
      why.s < 0.5 &&
      value.s < 0.5 &&
      !sectorGuess &&
      !pressure &&
      !imposed &&
      !contract &&
      !pitch &&
      followUp === 'none' &&
      !booking &&
      GET_TO_KNOW.test(asks[0] as string) &&
      !TOPIC.test(asks[0] as string));
  return {
    boilerplate,
    parts: {
      who_i_am: part(who.s, who.e),
      why_you: part(why.s, why.e),
      whats_in_it_for_you: part(value.s, value.e),
      one_clear_ask: part(askStrength, asks[0] ?? '', 0.45),
    },
    ask: { count, kind: count > 0 ? 'question' : 'none', highFriction: undefined },
    flags,
    signals: { defaultInvitation: !!invitation, genericAudience: generic ? 1 : 0, followUp, career },
    specifics: () => {
      let n = 0;
      for (const s of sentences) n += concrete(s.text, lang, company);
      return n;
    },
  };
}
