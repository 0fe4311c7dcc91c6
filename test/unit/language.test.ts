import { detectLanguage, isSupportedLang, SUPPORTED_LANGS, voteFunctionWords } from '../../src/domain/language';

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
    // Lowercase "i" is a preposition in Swedish and Norwegian, "and" in Polish: it is no sign of English.
    ['sv', 'hej! jag är säljare på nordlys. vi finns i malmö och i göteborg. kan vi ses i mars?'],
    ['en', 'hey sam, i saw your post on the rollout. i can send the checklist we use, want it?'],
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

  it('settles a text the n-grams waver on by its function words', () => {
    // tinyld reads the first as Vietnamese and the second as Berber.
    const spanish =
      'Buenos días, señora Vidal. Mi compañero Jordi Puig me contó que en Hoteles Mediterrània están renovando la lavandería de los cinco hoteles de Sitges. Me llamo Pau Serra y soy técnico comercial en Lavatec.';
    const portuguese =
      'Oi Pedro! Últimos dias para garantir sua vaga na Imersão Vendas 10x, dia 20/05 em São Paulo. Vagas limitadas e o lote promocional acaba nesta sexta!';
    expect(detectLanguage(spanish)).toEqual({ lang: 'es', supported: true, confident: true });
    expect(detectLanguage(portuguese)).toEqual({ lang: 'pt', supported: true, confident: true });
  });

  it('tells a short Spanish note from Portuguese by its little words when the letter runs lean the other way', () => {
    // "temporada alta", "camiones disponibles" read as Portuguese; "y", "este", "tenemos" are Spanish's own.
    const spanish =
      'Natalia Suárez, ventas pymes en Fletia me contó que a veces el camión no llega y pierden el despacho en temporada alta tenemos camiones disponibles en la ruta Bogotá-Villavicencio ¿le interesaría probar con un despacho este mes?';
    expect(detectLanguage(spanish).lang).toBe('es');
    expect(
      detectLanguage(
        'Natalia Suárez, ventas pymes en Fletia. Según Ana Ruiz están abriendo un cedi en Funza. Una guía para consolidar carga en la ruta Bogotá-Villavicencio.',
      ).lang,
    ).toBe('es');
    // "no", "o", "te", "vi", "esta" are both languages' words: they decide nothing between them.
    expect(detectLanguage('Vi esta vaga e te mando o contato').lang).toBe('pt');
    // Spain's "os" and "da" are Spanish too.
    expect(detectLanguage('os da acceso directo a todo lo que necesitáis').lang).toBe('es');
    // Portuguese with the same letter runs stays Portuguese.
    expect(
      detectLanguage(
        'A Natália, de vendas na Fletia, me contou que às vezes o caminhão não chega e eles perdem o despacho; na alta temporada temos caminhões disponíveis na rota.',
      ).lang,
    ).toBe('pt');
  });

  it('reads an English note full of Polish place names as English, and Polish as Polish', () => {
    // tinyld reads the first as Polish (0.72 against 0.01); none of Polish's little words are in it.
    const english =
      'Tomasz Wójcik – Customer Success @ Gridly. Ania met Kasia Nowak at Wrocław Expo. Gridly is opening offices in Łódź & Gdańsk so onboarding across 4 regions. 15 min w/ me or Ania';
    expect(detectLanguage(english)).toEqual({ lang: 'en', supported: true, confident: true });
    const polish =
      'Jest mi bardzo miło, że mogę napisać. Pracuję w firmie Gridly w Krakowie i chciałbym zaproponować krótką rozmowę.';
    expect(detectLanguage(polish)).toEqual({ lang: 'pl', supported: false, confident: true });
  });

  it('votes only with words one language owns, and only with a clear lead', () => {
    // "de", "la", "con", "una" are Spanish, Italian and more: they count for none.
    expect(voteFunctionWords('de la con una de la con una')).toBeUndefined();
    expect(voteFunctionWords('Ciao Marco, ho visto il tuo intervento e sono molto curiosa')).toBe('it');
    expect(voteFunctionWords('los las y muy')).toBe('es');
    expect(voteFunctionWords('los las y muy, et vous des pour')).toBeUndefined();
    // "en" is Spanish, French and Catalan as much as Dutch: it is no Dutch vote.
    expect(
      voteFunctionWords(
        'Le escuché en el podcast y soy de Austral: en Singapur y en Shanghái vimos picos en los envíos, y su equipo lo sabe.',
      ),
    ).toBe('es');
    // Catalan shares "el", "del" and "hola" with Spanish; its own words tell it apart.
    expect(voteFunctionWords('Hola Marta, sóc en Pau. Tenim un estudi i te el puc enviar. Et va bé?')).toBe('ca');
  });

  it('reads a French bump with borrowed English as French, when the unsure guess has none of its own little words', () => {
    // tinyld leans to English (0.52 against 0.37 for French), with no English word in the text; French has "sur", "mon".
    const bump =
      "Salut Stéphanie, je fais juste un petit follow-up sur mon message de la semaine passée. As-tu eu le temps d'y jeter un oeil? Fais-moi signe! 🙂";
    expect(detectLanguage(bump)).toEqual({ lang: 'fr', supported: true, confident: true });
    // Near misses: English with one French word stays English; the English version of the bump is English.
    expect(detectLanguage('Hi Stéphanie, a quick follow-up on my message from last week, merci!').lang).toBe('en');
    expect(
      detectLanguage('Hi Stéphanie, just a quick follow-up on my message from last week. Did you get a chance to look?')
        .lang,
    ).toBe('en');
  });

  it('supports exactly English, German, Spanish, French and Portuguese', () => {
    expect([...SUPPORTED_LANGS]).toEqual(['en', 'de', 'es', 'fr', 'pt']);
  });
});
