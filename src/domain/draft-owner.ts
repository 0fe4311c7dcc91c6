/**
 * Whose a possessive is: the subject of its clause says. "un client à Lyon a réduit ses coûts", "a peer in York cut his
 * fuel spend", "einer unserer Kunden hat seine Leerfahrten halbiert", "nossos clientes reduziram os custos deles", "una
 * transportista en Saltillo bajó sus costos": a customer, a peer or a firm of others named as the clause's subject (at
 * its start, after "bei"/"chez"/"for", or before "qui"/"who"/"der"/"que") owns what its clause's possessive names, and
 * the reader is told nothing of their own. Those possessives (and, after a comma, "eles"/"ellos"/"they" standing for that
 * subject) are held as typed while the rest is turned to the reader; the prospect's own ("il gère 60 camions et ses
 * clients …", "his team runs 60 vans") is turned as before, as no such subject stands before it.
 */
export type OwnerLang = 'en' | 'de' | 'es' | 'fr' | 'pt';

type OwnerRule = {
  /** A third party named: a determiner and a noun of those who act (customers, peers, firms). */
  actor: RegExp;
  /** What may stand before that subject within its clause: nothing but a lead word, or a preposition. */
  lead: RegExp;
  /** A relative pronoun right after the noun phrase makes it the subject wherever it stands. */
  relative: RegExp;
  /** A finite verb: the clause says something the third party did. */
  verb: RegExp;
  /** The possessives (and subject pronouns) held as typed. */
  owned: RegExp;
  /** Words that may follow a comma and still stand for the same subject. */
  carried: RegExp;
  /** Text before a possessive the language's own turning already says as the third party's (left to it). */
  leave?: RegExp;
};

const EN_PAST =
  'wrote|said|gave|took|made|ran|led|grew|won|went|got|cut|kept|saw|spent|sold|brought|bought|built|brought|put|set|hit|halved|doubled|tripled';

const RULES: Record<OwnerLang, OwnerRule> = {
  en: {
    actor:
      /(?<![\p{L}])(?:a|an|one|one\s+of\s+(?:our|my)|another|our|other|some|several|two|three|four|five|\d+)\s+(?:[\p{L}-]+\s+){0,2}?(?:client|customer|peer|operator|fleet|firm|company|business|shop|store|clinic|hospital|practice|hotel|restaurant|distributor|dealer|manufacturer|user|partner|competitor|carrier|haulier|agency|school|brewery|bakery|farm|grower|producer|contractor|builder|landlord|plant|chain|group|retailer|wholesaler|supplier|vendor|practice|nursing\s+home|care\s+home|site\s+manager|ops\s+director)s?(?![\p{L}])/giu,
    lead: /^(?:\s*(?:e\.?g\.?|like|last\s+(?:year|month|quarter)|this\s+year|recently|for\s+example|for\s+instance|for|at|with|from|by|and)(?![\p{L}])[,:]?)*\s*$/iu,
    relative:
      /^(?:\s+(?:in|at|near|outside|from)\s+[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?,?\s+(?:who|which|that)(?![\p{L}])/u,
    verb: new RegExp(
      String.raw`(?<![\p{L}'’])(?:\p{Ll}{2,}ed|${EN_PAST}|has|have|had|is|are|was|were|uses|runs|saves|cuts)(?![\p{L}'’])`,
      'u',
    ),
    owned: /(?<![\p{L}'’])(?:his|her|their)(?=\s+[\p{L}\p{N}#$£€~])/giu,
    carried: /^\s*(?:they|he|she)(?![\p{L}'’])/iu,
  },
  fr: {
    actor:
      /(?<![\p{L}'’])(?:un|une|l['’]une?\s+de\s+(?:nos|mes)|une?\s+de\s+(?:nos|mes)|notre|nos|d['’]autres|plusieurs|certains|certaines|deux|trois|quatre|cinq|\d+)\s+(?:client|cliente|transporteur|opérateur|exploitant|entreprise|société|boîte|agence|cabinet|distributeur|magasin|hôtel|hôpital|hôpitaux|clinique|usine|restaurant|pair|confrère|concurrent|homologue|partenaire|collègue|groupe|enseigne|chaîne|coopérative|producteur|fabricant|industriel|commerçant|grossiste|logisticien|établissement|ehpad|école|mairie|collectivité|utilisateur|propriétaire|franchisé|laboratoire|pharmacie|garage|exploitation|domaine|ferme|plateforme|bailleur|promoteur|artisan|pme|eti|structure|maison|opérateurs)[sx]?(?![\p{L}])/giu,
    lead: /^(?:\s*(?:par\s+exemple|ex|genre|comme|l['’]an\s+dernier|récemment|chez|pour|avec|et)(?![\p{L}])[,:]?)*\s*$/iu,
    relative: /^(?:\s+(?:à|en|près\s+de|de)\s+[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?,?\s+qui(?![\p{L}])/u,
    verb: /(?<![\p{L}'’])(?:a|ont|avait|avaient|est|sont|était|étaient|\p{Ll}{3,}(?:ent|ait|aient)|réduit|divise|coupe|économise|gagne|utilise|gère|fait)(?![\p{L}'’])/u,
    owned: /(?<![\p{L}'’])(?:son|sa|ses|leur|leurs)(?=\s+\p{L})/giu,
    carried: /^\s*(?:ils|elles)(?![\p{L}'’])/iu,
  },
  de: {
    actor:
      /(?<![\p{L}])(?:ein|eine|einer|einem|einen|eines|unser|unsere|unserer|unserem|unseren|mehrere|andere|viele|zwei|drei|vier|fünf|\d+|(?:einer|eine|einem|einen)\s+(?:unserer|meiner))\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:kunde|kundin|kunden|spedition|speditionen|betrieb|betriebe|firma|firmen|unternehmen|händler|hersteller|betreiber|klinik|kliniken|krankenhaus|hotel|hotels|praxis|praxen|kanzlei|bäckerei|werk|filiale|partner|kollege|kollegin|kollegen|mitbewerber|wettbewerber|logistiker|gruppe|kette|pflegedienst|heim|einrichtung|brauerei|molkerei|handwerker|mittelständler|anwender|nutzer|verwalter|vermieter|genossenschaft|stadtwerke|kommune|schule)(?![\p{L}])/giu,
    lead: /^(?:\s*(?:z\.\s?B\.|zb|etwa|letztes\s+jahr|kürzlich|bei|für|mit|und|\p{L}+\s+(?:hat|haben|hatte|hatten|konnte|konnten))(?![\p{L}])[,:]?)*\s*$/iu,
    relative: /^(?:\s+(?:in|aus|bei|nahe)\s+[\p{L}-]+)?,?\s+(?:der|die|das|welche|welcher)(?![\p{L}])/u,
    verb: /(?<![\p{L}])(?:hat|haben|hatte|hatten|ist|sind|war|waren|konnte|konnten|kann|können|spart|sparen|sparte|nutzt|nutzen|senkt|senkte|halbiert|\p{Ll}{2,}ten?)(?![\p{L}])/u,
    owned: /(?<![\p{L}])(?:sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres)(?=\s+\p{L})/gu,
    carried: /^\s*(?:die|sie)(?=\s+(?:hat|haben|hatte|hatten|konnte|konnten)(?![\p{L}]))/u,
    // "…, die haben ihre Spitze um 22% gedrückt": German's own turning says it with the article ("die haben die Spitze").
    leave:
      /(?:^|[,;:.!?–]\s*|(?<![\p{L}])(?:und|aber|denn|weil|dass|da)\s+)(?:die|diese|Die|Diese)\s+(?:haben|hatten|konnten|können|sind|waren|\p{Ll}{2,}ten)\s+(?:[^\s,.;:!?]+\s+){0,4}?$/u,
  },
  es: {
    actor:
      /(?<![\p{L}])(?:un|una|uno\s+de\s+nuestros|una\s+de\s+nuestras|nuestro|nuestra|nuestros|nuestras|otro|otra|otros|otras|varios|varias|dos|tres|cuatro|cinco|\d+)\s+(?:cliente|clienta|transportista|operador|operadora|empresa|compañía|negocio|tienda|clínica|hospital|hotel|restaurante|distribuidor|distribuidora|fabricante|usuario|socio|colega|competidor|grupo|cadena|cooperativa|productor|productora|comercio|mayorista|despacho|agencia|planta|fábrica|colegio|escuela|constructora|inmobiliaria|flota|farmacia|taller|consultorio|laboratorio)(?:e?s)?(?![\p{L}])/giu,
    lead: /^(?:\s*(?:por\s+ejemplo|ej|como|el\s+año\s+pasado|hace\s+poco|para|con|en|y)(?![\p{L}])[,:]?)*\s*$/iu,
    relative: /^(?:\s+(?:en|de|cerca\s+de)\s+[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?,?\s+que(?![\p{L}])/u,
    verb: /(?<![\p{L}])(?:ha|han|había|habían|\p{Ll}{3,}(?:ó|aron|ieron|aba|aban|ía|ían))(?![\p{L}])/u,
    owned: /(?<![\p{L}])(?:su|sus)(?=\s+\p{L})|(?<![\p{L}])(?:de\s+ellos|de\s+ellas|ellos|ellas)(?![\p{L}])/giu,
    carried: /^\s*(?:ellos|ellas)(?![\p{L}])/iu,
  },
  pt: {
    actor:
      /(?<![\p{L}])(?:um|uma|um\s+dos\s+nossos|uma\s+das\s+nossas|nosso|nossa|nossos|nossas|outro|outra|outros|outras|vários|várias|dois|duas|três|quatro|cinco|\d+)\s+(?:cliente|transportadora|operador|operadora|empresa|companhia|negócio|loja|clínica|hospital|hotel|restaurante|distribuidor|distribuidora|fabricante|usuário|parceiro|parceira|colega|concorrente|grupo|rede|cooperativa|produtor|produtora|comércio|atacadista|escritório|agência|fábrica|usina|escola|construtora|imobiliária|frota|farmácia|oficina|consultório|laboratório|fazenda)s?(?![\p{L}])/giu,
    lead: /^(?:\s*(?:por\s+exemplo|ex|tipo|como|ano\s+passado|recentemente|para|com|em|na|no|e)(?![\p{L}])[,:]?)*\s*$/iu,
    relative: /^(?:\s+(?:em|de|perto\s+de|no|na)\s+[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?,?\s+que(?![\p{L}])/u,
    verb: /(?<![\p{L}])(?:tem|têm|tinha|tinham|\p{Ll}{3,}(?:ou|aram|eram|iram|eu|iu|ava|avam))(?![\p{L}])/u,
    owned:
      /(?<![\p{L}])(?:seu|sua|seus|suas)(?=\s+\p{L})|(?<![\p{L}])(?:dele|dela|deles|delas|eles|elas)(?![\p{L}])/giu,
    carried: /^\s*(?:eles|elas)(?![\p{L}])/iu,
  },
};

/**
 * Where each clause a third party is the subject of runs in `text`: `from` (the subject's end) to `to`, with the
 * clause's `start` and where the subject itself stands (`at`), so a verb can be looked for around it.
 */
type Span = { from: number; to: number; start: number; at: number };

function thirdPartySpans(lang: OwnerLang, text: string): Span[] {
  const rule = RULES[lang];
  const spans: Span[] = [];
  for (const m of text.matchAll(rule.actor)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // The clause the subject stands in: from the last stop (or comma) before it.
    const before = text.slice(0, at);
    const start = Math.max(...[...before.matchAll(/[.!?;:,–—]\s*|\n/gu)].map((s) => (s.index ?? 0) + s[0].length), 0);
    const after = text.slice(end);
    const subject = rule.lead.test(before.slice(start)) || rule.relative.test(after);
    if (!subject) continue;
    // The clause runs to the next stop; past a comma only where what follows stands for the same subject ("…, which",
    // "…, eles cortaram") or goes on saying what was done.
    let to = end;
    for (;;) {
      const stop = /[.!?;:]\s|[.!?;:]$|,|\s[–—]\s|\n/u.exec(text.slice(to));
      if (!stop) {
        to = text.length;
        break;
      }
      const next = to + stop.index + stop[0].length;
      to += stop.index;
      if (
        stop[0] === ',' &&
        (rule.carried.test(text.slice(next)) || /^\s*(?:who|which|qui|que|der|die|das)\s/iu.test(text.slice(next)))
      ) {
        to = next;
        continue;
      }
      break;
    }
    if (!rule.verb.test(text.slice(start, to))) continue;
    spans.push({ from: end, to, start, at });
  }
  return spans;
}

/**
 * Whether the possessive `word` at `pos` is the third party's of `span`: within its clause, and after a verb of it (before
 * the subject, "wir haben bei einer Spedition … ihre", or after it, "a peer in York cut his"). One between the subject and
 * its verb sits in the subject's own noun phrase and is the reader's: "our clients in her sector cut", "a firm his size
 * saves", "une boîte de sa taille économise", "bei einem Betrieb seiner Größe sparen wir", "nossos clientes do setor dele
 * reduziram". A subject pronoun after a comma ("…, eles cortaram") stands for the subject itself.
 */
function ownedBy(lang: OwnerLang, text: string, span: Span, word: string, pos: number): boolean {
  if (pos < span.from || pos >= span.to) return false;
  if (/^(?:ellos|ellas|eles|elas)$/iu.test(word)) return true;
  const verb = RULES[lang].verb;
  return verb.test(text.slice(span.start, span.at)) || verb.test(text.slice(span.from, pos));
}

/**
 * `toYou` with what a third party owns in its own clause held as typed: the turned text, the held words put back.
 * Nothing changes where no third party is a clause's subject.
 */
export function thirdPartyOwnHeld(lang: OwnerLang, toYou: (text: string) => string): (text: string) => string {
  return (text) => {
    if (!text) return toYou(text);
    const spans = thirdPartySpans(lang, text);
    if (spans.length === 0) return toYou(text);
    const re = new RegExp(RULES[lang].owned.source, RULES[lang].owned.flags);
    const leave = RULES[lang].leave;
    return turnedHolding(text, '\uE00A', re, toYou, {
      hold: (m, at) => spans.some((span) => ownedBy(lang, text, span, m, at)) && !leave?.test(text.slice(0, at)),
    });
  };
}

/**
 * `toYou` over `text` with the words `re` finds from `from` on, where `hold` agrees (`at` counts from `from`), kept as
 * typed or as `say` puts them. `mark` is a private-use character of the caller's own: holders nest (a third party's
 * possessive inside a referrer's answer), and each puts back only its own marks.
 */
export function turnedHolding(
  text: string,
  mark: string,
  re: RegExp,
  toYou: (text: string) => string,
  {
    from = 0,
    hold,
    say,
  }: { from?: number; hold?: (word: string, at: number) => boolean; say?: (word: string) => string } = {},
): string {
  const held: string[] = [];
  const marked =
    text.slice(0, from) +
    text.slice(from).replace(re, (m: string, ...rest: unknown[]) => {
      // replace's offset comes before the whole string, and before the named groups' object when there is one.
      const at = (typeof rest[rest.length - 1] === 'object' ? rest[rest.length - 3] : rest[rest.length - 2]) as number;
      return !hold || hold(m, at) ? `${mark}${held.push(m) - 1}${mark}` : m;
    });
  if (held.length === 0) return toYou(text);
  return toYou(marked).replace(new RegExp(`${mark}(\\d+)${mark}`, 'gu'), (_m, i: string) => {
    const word = held[Number(i)] ?? '';
    return say ? say(word) : word;
  });
}

/** The composer's offer frames before a third party's result ("I can offer a peer in York …, which cut his …"). */
const OFFER_FRAME =
  /^(?:I can offer|I['’]d be glad to offer|I['’]m happy to offer|Je (?:peux )?vous propose|Posso (?:lhe |te )?oferecer|(?:Con gusto )?(?:le|te) (?:puedo )?ofrezco)\s+/u;

/**
 * Whether the word at `pos` of a drafted `sentence` is a third party's own possessive, as the composer holds it: "Ein
 * Kunde in Bonn hat seine Leerfahrten gesenkt", "Posso lhe oferecer uma clínica em Braga reduziu as chamadas dela". The
 * offer frame before the third party stands where the answer's sentence began.
 */
export function thirdPartyOwns(lang: string, sentence: string, pos: number): boolean {
  if (!(lang in RULES)) return false;
  const owner = lang as OwnerLang;
  const frame = OFFER_FRAME.exec(sentence);
  const text = frame ? ' '.repeat(frame[0].length) + sentence.slice(frame[0].length) : sentence;
  const rule = RULES[owner];
  const word = new RegExp(rule.owned.source, `${rule.owned.flags.replace('g', '')}y`);
  word.lastIndex = pos;
  const m = word.exec(text);
  if (!m) return false;
  if (rule.leave?.test(text.slice(0, pos))) return false;
  return thirdPartySpans(owner, text).some((span) => ownedBy(owner, text, span, m[0], pos));
}
