// STAND-IN, owned by the "check" helper: the API is fixed (BRIEF.md); check's implementation replaces
// this file at merge. It counts common function words per language, which is enough to tell the
// draft composer which frames to use. Pure.
export type SupportedLang = 'en' | 'de' | 'es' | 'fr' | 'pt';

export interface LanguageGuess {
  lang: string /* ISO 639-1, or 'und' */;
  supported: boolean;
  confident: boolean;
}

const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'for', 'on', 'with', 'you', 'your', 'my', 'we', 'our', 'at', 'about', 'that', 'this', 'it', 'she', 'he', 'her', 'his', 'from', 'want', 'can', 'would', 'me', 'saw', 'said', 'how', 'what', 'next', 'week', 'call'],
  de: ['der', 'die', 'das', 'und', 'ist', 'ich', 'sie', 'ihr', 'ihre', 'ihren', 'mit', 'für', 'auf', 'dem', 'den', 'ein', 'eine', 'einen', 'nicht', 'von', 'zu', 'bei', 'wir', 'unser', 'unsere', 'hat', 'dass', 'nächste', 'woche', 'kurzer', 'gern', 'gerne', 'sich', 'auch', 'über', 'wie', 'zeit', 'team', 'kostenlos'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'del', 'que', 'en', 'un', 'una', 'por', 'para', 'con', 'su', 'sus', 'es', 'soy', 'nos', 'nuestro', 'nuestra', 'semana', 'próxima', 'gracias', 'usted', 'tu', 'ella', 'él', 'dijo', 'se', 'lo', 'al', 'como', 'más'],
  fr: ['le', 'la', 'les', 'et', 'de', 'des', 'du', 'un', 'une', 'est', 'je', 'vous', 'votre', 'vos', 'nous', 'notre', 'pour', 'sur', 'avec', 'dans', 'que', 'qui', 'elle', 'il', 'son', 'sa', 'ses', 'au', 'aux', 'pas', 'semaine', 'prochaine', 'suis', 'chez', 'a'],
  // Not supported, but known, so that an Italian or Dutch answer is not mistaken for a supported one.
  it: ['il', 'lo', 'gli', 'e', 'di', 'che', 'per', 'con', 'una', 'sono', 'della', 'del', 'nel', 'ho', 'visto', 'suo', 'sua', 'settimana', 'prossima', 'chiamata', 'vorrei', 'possiamo', 'lei', 'lui', 'ha', 'detto'],
  nl: ['de', 'het', 'een', 'en', 'van', 'ik', 'je', 'jij', 'u', 'uw', 'zijn', 'haar', 'hij', 'zij', 'met', 'voor', 'op', 'niet', 'wij', 'ons', 'onze', 'volgende', 'week', 'gesprek', 'heeft', 'gezegd', 'dat'],
  pt: ['o', 'a', 'os', 'as', 'e', 'de', 'do', 'da', 'dos', 'das', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'seu', 'sua', 'você', 'nós', 'nosso', 'nossa', 'sou', 'ela', 'ele', 'disse', 'semana', 'próxima', 'pelo', 'pela', 'no', 'na', 'ao'],
};

// Letters that only some of the languages use: a strong hint on short texts.
const LETTERS: Record<string, RegExp> = {
  de: /[äöüß]/gi,
  es: /[ñ¿¡]/gi,
  fr: /[èêëçœàâîôû]/gi,
  pt: /[ãõç]/gi,
};

const SUPPORTED: ReadonlySet<string> = new Set(['en', 'de', 'es', 'fr', 'pt']);

export function detectLanguage(text: string): LanguageGuess {
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 0);
  if (words.length === 0) return { lang: 'und', supported: false, confident: false };
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters > 0 && latin / letters < 0.5) return { lang: 'und', supported: false, confident: false };
  const scores: Array<[string, number]> = Object.entries(STOPWORDS).map(([lang, list]) => {
    const set = new Set(list);
    let score = words.filter((w) => set.has(w)).length;
    const special = LETTERS[lang];
    if (special) score += 0.5 * (text.match(special) ?? []).length;
    return [lang, score];
  });
  scores.sort((a, b) => b[1] - a[1]);
  const [best = ['und', 0], second = ['und', 0]] = scores;
  if (best[1] === 0) return { lang: 'und', supported: false, confident: false };
  const confident = words.length >= 4 && best[1] >= 2 && best[1] >= 1.5 * second[1];
  return { lang: best[0], supported: SUPPORTED.has(best[0]), confident };
}
