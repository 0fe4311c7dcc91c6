/**
 * The kinds of stock line a mass template is built from, in each language the check reads. One of them is a habit, two
 * a lazy message; a message made of three kinds or more, with nothing about the reader and nothing for them, could go
 * to anyone, whoever signs it and however it flatters: "As a leader in the mining services industry, you know … Thousands
 * of professionals trust Crewline. Would you be open to a quick chat?", "Votre parcours est vraiment impressionnant! …
 * accompagne des centaines d'entreprises", "Espero que esta mensagem o encontre bem … solução inovadora e completa …
 * explorarmos sinergias". "Came across your profile" and "would love to connect" are not among them: a sender who says
 * who they are and what they do beside them made a real attempt with a real flaw.
 *
 * Kinds: their role or sector as the reason (role), "hope this finds you well" (hope), hundreds or thousands of clients
 * with no figure (crowd), an innovative, turnkey, all-in-one solution or the next level (buzz), synergies (synergy),
 * praise of their profile or of "professionals like you" (praise), and an ask for a chat about nothing (chat).
 * Each kind is a cheap word screen and a pattern; the pattern runs only when its word is there.
 */
import type { SupportedLang } from '../language';

type Kind = readonly [screen: RegExp, pattern: RegExp];

const K = (screen: RegExp, source: string): Kind => [screen, new RegExp(source, 'iu')];

/** End of a chat ask: the sentence ends there, nothing it is about. */
const ASK_END = `\\s*(?:[?!.…]|$)`;

const KINDS: Record<SupportedLang, readonly Kind[]> = {
  en: [
    // role
    K(
      /\bas an? /i,
      `\\bas an? (?:[\\w-]+ ){0,2}?(?:leader|expert|innovator|professional|executive|decision[- ]maker|pioneer)s? in (?:the |your )?(?:[\\w&-]+ ){0,3}?(?:industry|sector|space|market|field|world|domain)\\b`,
    ),
    // hope
    K(
      /finds you/i,
      `\\bhope (?:this|my|the) (?:(?:message|email|e-mail|note|letter) )?finds you (?:well|in good health)\\b`,
    ),
    // crowd
    K(
      /hundreds|thousands|millions|dozens/i,
      `\\b(?:hundreds|thousands|millions) of (?:[\\w-]+ ){0,3}?(?:trust|rely on|use|choose|love)\\b|\\b(?:helped|helps|help|helping|serve|serves|served|supports?|supported|works? with) (?:over |more than )?(?:hundreds|thousands|dozens) of\\b`,
    ),
    // buzz
    K(
      /innovat|turn-?key|all-in-one|end-to-end|revolution|game-chang|next-gen|state-of-the-art|transforming the way/i,
      `\\b(?:innovative|turn-?key|all-in-one|end-to-end|revolutionary|game-changing|next-generation|state-of-the-art) (?:[\\w-]+ ){0,2}?(?:solution|platform|approach|technology|tool|software)s?\\b|\\b(?:is |are )?(?:transforming|revolutioni[sz]ing) the way\\b`,
    ),
    // synergy
    K(/synerg/i, `\\bsynerg(?:y|ies)\\b`),
    // praise
    K(
      /profile|background|professionals like|people like/i,
      `\\byour (?:linkedin )?profile is (?:(?:really|truly|so|very) )?(?:impressive|amazing|incredible|inspiring|outstanding)\\b|\\b(?:admire|love) (?:\\w+ ){0,2}?(?:professionals|people|leaders) like you\\b`,
    ),
    // chat
    K(
      /chat|conversation|call/i,
      `\\b(?:open to|up for|interested in|time for|love to have) an? (?:quick |short |brief |informal |casual )?(?:chat|call|conversation)${ASK_END}|\\blet'?s (?:have a (?:quick )?)?chat${ASK_END}`,
    ),
  ],
  fr: [
    K(
      /en tant qu/i,
      `\\ben tant qu(?:e |')(?:chef de file|leader|acteur (?:majeur|clé)|expert|experte|professionnel(?:le)?|référence|décideur|décideuse)\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:du|de la|de l'|dans (?:le|la|votre)|sur le|de votre|de ce) ?(?:secteur|marché|industrie|domaine|milieu)\\b`,
    ),
    K(
      /vous trouve/i,
      `\\bj'espère que (?:ce|le|mon) (?:courriel|message|mail|e-mail|courrier) vous trouve (?:bien|en (?:bonne|pleine) (?:santé|forme))\\b`,
    ),
    K(
      /centaines|milliers|dizaines de milliers|font confiance/i,
      `\\b(?:des |plusieurs )?(?:centaines|milliers) d(?:e |')(?:[\\p{L}-]+ ){0,2}?(?:entreprises|sociétés|clients|clientes|organisations|professionnel(?:le)?s|pme|cliniques|établissements|usines|entrepreneurs|utilisateurs|équipes|partenaires|structures|gestionnaires)\\b|\\b(?:centaines|milliers) d(?:e |')(?:[\\p{L}-]+ ){1,3}?nous font (?:déjà )?confiance\\b`,
    ),
    K(
      /novat|innovant|clés? en main|tout[- ]en[- ]un|révolution|nouveaux sommets|niveau supérieur/i,
      `\\b(?:solutions?|plateformes?|approches?|outils?|technologies?|offres?) (?:[\\p{L}'-]+ ){0,3}?(?:novatrices?|innovantes?|clés? en main|tout[- ]en[- ]un|révolutionnaires?)\\b|\\b(?:novatrices?|innovantes?|révolutionnaires?) (?:et )?(?:[\\p{L}'-]+ ){0,2}?(?:solutions?|plateformes?)\\b|\\bvers de nouveaux sommets\\b|\\bau niveau supérieur\\b`,
    ),
    K(/synergi/i, `\\bsynergies?\\b`),
    K(
      /parcours|profil|comme vous/i,
      `\\b(?:votre|ton) (?:parcours|profil) (?:est )?(?:(?:vraiment|très|tellement|absolument) )?(?:impressionnant|inspirant|remarquable|incroyable|exceptionnel)\\b|\\b(?:j'admire|admire) (?:\\p{L}+ ){0,2}?(?:les )?(?:professionnel(?:le)?s|gens|personnes|leaders) comme vous\\b`,
    ),
    K(
      /échanger|discuter|jaser|échange|appel|café/i,
      `\\b(?:j'aimerais|je voudrais|je souhaiterais|j'adorerais) (?:bien |beaucoup )?(?:échanger|discuter|jaser) avec vous${ASK_END}|\\b(?:seriez-vous|serais-tu) (?:ouverte?|disponible|partante?) (?:à|pour) (?:un|une) (?:bref |court |petit |rapide )?(?:échange|appel|discussion|café)${ASK_END}`,
    ),
  ],
  pt: [
    K(
      /(?:como|enquanto) (?:um |uma )?(?:líder|referência|especialista|profissional)/i,
      `\\b(?:como|enquanto) (?:um |uma )?(?:líder|referência|especialista|profissional de destaque)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:no|na|em|do|da) (?:seu |sua )?(?:setor|sector|área|mercado|segmento|ramo)\\b`,
    ),
    K(
      /encontre bem/i,
      `\\bespero que (?:esta|essa|este|esse|a|o) (?:mensagem|e-mail|email) (?:o |a |te |lhe )?encontre bem\\b`,
    ),
    K(
      /centenas|milhares|confiam/i,
      `\\b(?:centenas|milhares) de (?:[\\p{L}-]+ ){0,2}?(?:empresas|clínicas|clientes|profissionais|negócios|organizações|consultórios|hospitais|usuários|equipes|parceiros|lojas|escritórios)\\b|\\b(?:centenas|milhares) de (?:[\\p{L}-]+ ){1,3}?(?:já )?confiam (?:na|no|em nós)\\b`,
    ),
    K(
      /inovador|chave na mão|turnkey|revolucion|novo patamar|próximo nível/i,
      `\\b(?:soluç(?:ão|ões)|plataformas?|ferramentas?|tecnologias?) (?:[\\p{L}-]+ ){0,3}?(?:inovador(?:a|es|as)?|chave na mão|revolucionári[oa]s?)\\b|\\b(?:inovador(?:a|es|as)?|revolucionári[oa]s?) (?:e )?(?:[\\p{L}-]+ ){0,2}?(?:soluç(?:ão|ões)|plataformas?)\\b|\\b(?:a um|para um|ao) (?:novo patamar|próximo nível)\\b`,
    ),
    K(/sinergi/i, `\\bsinergias?\\b`),
    K(
      /perfil|trajetória|como você/i,
      `\\b(?:seu|teu) perfil (?:é )?(?:(?:muito|realmente|super|simplesmente) )?(?:incrível|impressionante|inspirador|sensacional|fantástico)\\b|\\b(?:sua|tua) trajetória (?:é )?(?:(?:muito|realmente|super) )?(?:incrível|impressionante|inspiradora)\\b|\\badmiro (?:\\p{L}+ ){0,2}?(?:profissionais|pessoas|líderes) como (?:você|o senhor|a senhora)\\b`,
    ),
    K(
      /ideia|bate-papo|papo|conversa/i,
      `\\b(?:vamos|bora) (?:trocar uma ideia|bater um papo|conversar)${ASK_END}|\\b(?:toparia|aceitaria|teria interesse em|topa) (?:um|uma) (?:rápid[oa] |breve )?(?:bate-papo|conversa|papo)(?: rápid[oa])?${ASK_END}`,
    ),
  ],
  es: [
    K(
      /como (?:un |una )?(?:líder|referente|experto|experta|profesional)/i,
      `\\bcomo (?:un |una )?(?:líder|referente|experto|experta|profesional destacad[oa])\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:en|del|de la) (?:su |el |la )?(?:sector|industria|mercado|campo|ámbito|rubro)\\b`,
    ),
    K(
      /encuentres? (?:muy )?bien/i,
      `\\bespero que (?:(?:este|el|mi) (?:mensaje|correo|e-mail|email) (?:le |te |lo |la )?|se |te )?encuentres? (?:muy )?bien\\b`,
    ),
    K(
      /cientos|miles|confían/i,
      `\\b(?:cientos|miles) de (?:[\\p{L}-]+ ){0,2}?(?:empresas|clínicas|clientes|profesionales|negocios|organizaciones|compañías|usuarios|equipos|socios|tiendas|despachos)\\b|\\b(?:cientos|miles) de (?:[\\p{L}-]+ ){1,3}?(?:ya )?confían en (?:nosotros|\\p{L}+)\\b`,
    ),
    K(
      /innovador|llave en mano|revolucion|siguiente nivel|otro nivel/i,
      `\\b(?:soluci(?:ón|ones)|plataformas?|herramientas?|tecnologías?) (?:[\\p{L}-]+ ){0,3}?(?:innovador(?:a|es|as)?|llave en mano|revolucionari[oa]s?)\\b|\\b(?:innovador(?:a|es|as)?|revolucionari[oa]s?) (?:y )?(?:[\\p{L}-]+ ){0,2}?(?:soluci(?:ón|ones)|plataformas?)\\b|\\bal (?:siguiente|próximo|otro) nivel\\b`,
    ),
    K(/sinergi/i, `\\bsinergias?\\b`),
    K(
      /perfil|trayectoria|como usted|como tú/i,
      `\\b(?:su|tu) perfil (?:es )?(?:(?:muy|realmente|súper|simplemente) )?(?:impresionante|increíble|inspirador|admirable)\\b|\\b(?:su|tu) trayectoria (?:es )?(?:(?:muy|realmente) )?(?:impresionante|increíble|inspiradora|admirable)\\b|\\badmiro (?:\\p{L}+ ){0,2}?(?:a )?(?:profesionales|personas|líderes) como (?:usted|tú)\\b`,
    ),
    K(
      /charla|conversación|llamada|café|hablamos/i,
      `\\b(?:le|te) (?:gustaría|interesaría) (?:tener )?(?:una|un) (?:breve |rápida |pequeña )?(?:charla|conversación|llamada|café)(?: (?:breve|rápida|virtual))?${ASK_END}|\\b(?:charlamos|hablamos)\\s*\\?`,
    ),
  ],
  de: [
    K(
      /als (?:führende|erfahrene|erfolgreiche|expert)/i,
      `\\bals (?:führende[rs]?|erfahrene[rs]?|erfolgreiche[rs]?) (?:[\\p{L}-]+ ){0,2}?(?:in (?:der|ihrer|eurer) [\\p{L}-]*(?:branche|industrie)|[\\p{L}-]*(?:branche|industrie))\\b|\\bals expert(?:e|in) (?:in|im) (?:der |ihrer )?[\\p{L}-]*(?:branche|bereich|industrie)\\b`,
    ),
    K(
      /hoffe/i,
      `\\bich hoffe,? (?:diese|meine|die) (?:nachricht|e-mail|mail|zeilen) (?:erreicht|findet|erreichen|finden) (?:sie|dich) (?:gut|wohlauf|bei bester gesundheit)\\b`,
    ),
    K(
      /hunderte|tausende|vertrauen/i,
      `\\b(?:hunderte|tausende) (?:von )?(?:[\\p{L}-]+ ){0,2}?(?:unternehmen|kunden|kundinnen|betriebe|praxen|kliniken|firmen|fachleute|nutzer|teams|partner)\\b|\\b(?:hunderte|tausende) (?:von )?(?:[\\p{L}-]+ ){1,3}?vertrauen (?:bereits |schon )?(?:auf uns|uns)\\b`,
    ),
    K(
      /innovativ|schlüsselfertig|revolution|nächste level|nächstes level|neues level|neue ebene/i,
      `\\b(?:innovative[nr]?|schlüsselfertige[nr]?|revolutionäre[nr]?) (?:und )?(?:[\\p{L}-]+ ){0,2}?[\\p{L}-]*(?:lösung(?:en)?|plattform)\\b|\\b(?:auf|aufs) (?:das )?(?:nächste|ein neues) level\\b|\\bauf eine neue ebene\\b`,
    ),
    K(/synergie/i, `\\bsynergie(?:n|potenziale?|potentiale?|effekte?)?\\b`),
    K(
      /profil|werdegang|wie sie/i,
      `\\b(?:ihr|dein) (?:profil|werdegang) ist (?:(?:wirklich|sehr|echt|absolut) )?(?:beeindruckend|inspirierend|großartig|toll)\\b|\\bbewundere (?:\\p{L}+ ){0,2}?(?:fachleute|menschen|persönlichkeiten|führungskräfte) wie (?:sie|dich)\\b`,
    ),
    K(
      /austausch|gespräch|call|plausch|telefonat/i,
      `\\b(?:offen|lust|zeit) (?:für|auf) (?:einen|ein) (?:kurzen |kurzes |lockeren |lockeres |unverbindlichen |unverbindliches )?(?:austausch|gespräch|call|plausch|telefonat)${ASK_END}`,
    ),
  ],
};

/**
 * How many kinds of stock line the text holds, and the first one found (for the finding's quote); `role` counts the role
 * kind when the caller has read it already.
 */
export function stockLines(text: string, lang: SupportedLang, role = false): { kinds: number; first: string } {
  const kinds = KINDS[lang];
  let n = 0;
  let first = '';
  for (let i = 0; i < kinds.length; i++) {
    const [screen, pattern] = kinds[i] as Kind;
    const found = screen.test(text) ? pattern.exec(text) : null;
    if (found || (i === 0 && role)) n++;
    if (found && first === '') first = found[0];
  }
  return { kinds: n, first };
}

/** Kinds of stock line that make a message with nothing about them and nothing for them a mass template. */
export const TEMPLATE_KINDS = 3;

/** A who-I-am this strong names the sender and what they do, not just a name or a signature. */
const STRONG_SENDER = 0.85;

/**
 * How many kinds it takes when the sender says who they are and what their firm does ("I'm Daniel Reeves, I run Greenleaf
 * Compost; we collect food waste from cafés around Bristol"): that is a real attempt with a real flaw, a pitch that needs
 * work, unless the rest is template through and through.
 */
export function templateKindsFor(who: number): number {
  return who >= STRONG_SENDER ? TEMPLATE_KINDS + 1 : TEMPLATE_KINDS;
}
