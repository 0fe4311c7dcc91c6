import { detectLanguage, isSupportedLang, SUPPORTED_LANGS } from '../../src/domain/language';

describe('detectLanguage', () => {
  it.each([
    ['en', "Hi Ana, I saw your talk on cold-chain losses. I'm Sam from Routely; want our checklist?"],
    ['en', 'saw ur thread on dock scheduling. we built a thing for that. want a look?'],
    [
      'de',
      'Hallo Frau Brandt, ich habe Ihren Artikel über Leerfahrten gelesen. Darf ich Ihnen unsere Checkliste schicken?',
    ],
    ['es', 'Hola Lucía, leí tu entrevista sobre exportaciones a Japón. ¿Te paso nuestra guía de aduanas?'],
    [
      'fr',
      "Bonjour Claire, j'ai lu votre interview sur les factures d'énergie. Puis-je vous envoyer notre comparatif ?",
    ],
    [
      'pt',
      'Olá Beatriz, vi a notícia da nova torrefação em Minas. Quer que eu te mande o nosso comparativo de custos?',
    ],
    [
      'it',
      'Ciao Giulia, ho letto il tuo articolo sulla logistica del freddo. Posso mandarti il nostro studio sui costi?',
    ],
    ['nl', 'Hoi Sanne, ik las je artikel over duurzame verpakkingen. Zal ik je onze checklist sturen?'],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toEqual({ lang, supported: isSupportedLang(lang), confident: true });
  });

  it('is not confident about a text too short to tell, and never calls it unsupported', () => {
    expect(detectLanguage('👋')).toEqual({ lang: 'und', supported: false, confident: false });
    expect(detectLanguage('')).toEqual({ lang: 'und', supported: false, confident: false });
    expect(detectLanguage('Hi!').confident).toBe(false);
  });

  it('ignores links, handles and merge fields', () => {
    expect(
      detectLanguage(
        'Hallo {{Vorname}}, hier ist der Link: https://example.com/the-best-of-you-and-your-team-for-the-win',
      ).lang,
    ).toBe('de');
  });

  it('supports exactly English, German, Spanish, French and Portuguese', () => {
    expect([...SUPPORTED_LANGS]).toEqual(['en', 'de', 'es', 'fr', 'pt']);
  });
});
