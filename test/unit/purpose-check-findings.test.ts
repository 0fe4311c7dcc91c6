/**
 * How findings read: quotes cut between words, open-ended asks turned into one concrete ask, one
 * finding for LinkedIn's default invitation, and findings in the message's own language.
 */
import { checkPurpose } from '../../src/domain/purpose-check';
import { clipWords } from '../../src/domain/purpose-check/clip';
import { isVagueAsk } from '../../src/domain/purpose-check/findings';

const codes = (text: string) => checkPurpose({ text }).findings.map((f) => f.code);

describe('quotes in findings', () => {
  it('cuts between words, with an ellipsis, and never inside a word', () => {
    const text = 'I noticed your keynote on warehouse robotics at ProMat covered the pick-rate gains nobody measures';
    const clipped = clipWords(text, 60);
    expect(clipped.length).toBeLessThanOrEqual(60);
    expect(clipped.endsWith('…')).toBe(true);
    const kept = clipped.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    // The character after the kept words is a space: no word was cut.
    expect(text.charAt(kept.length)).toBe(' ');
  });

  it('leaves short text alone, drops a dangling comma, and keeps an over-long single word whole', () => {
    expect(clipWords('  Want it?  ')).toBe('Want it?');
    expect(clipWords('alpha beta gamma, delta epsilon', 20)).toBe('alpha beta gamma…');
    expect(clipWords('https://example.com/a/very/long/link/that/goes/on', 20)).toBe(
      'https://example.com/a/very/long/link/that/goes/on',
    );
    expect(clipWords('https://example.com/a/very/long/link/that/goes/on and more', 20)).toBe(
      'https://example.com/a/very/long/link/that/goes/on…',
    );
  });

  it('quotes whole words in every finding of a long message', () => {
    const text =
      'Hi Dana, I am writing because our unbelievably comprehensive onboarding transformation programme is finishing this quarter and spots are running out fast, so reply by Friday.';
    const words = new Set(text.split(/[\s,.;:!?]+/));
    for (const f of checkPurpose({ text }).findings) {
      for (const q of f.message.match(/"([^"]+)…"/g) ?? []) {
        const last =
          q
            .slice(1, -2)
            .split(/[\s,.;:!?]+/)
            .pop() ?? '';
        expect(words).toContain(last);
      }
    }
  });
});

describe('open-ended asks', () => {
  it.each([
    'Could we chat sometime?',
    'Let me know your thoughts.',
    'Open to connecting?',
    'Would love to catch up at some point.',
    'Thoughts?',
  ])('%s is vague', (ask) => expect(isVagueAsk(ask)).toBe(true));

  it.each([
    'Could we chat for 15 minutes on Tuesday?',
    'Want me to send you the benchmark?',
    'Open to a 20-minute call next week?',
    'Happy to connect you with their ops lead: want the intro?',
    'Shall I share the teardown?',
  ])('%s is concrete', (ask) => expect(isVagueAsk(ask)).toBe(false));

  it('flags a vague ask and turns their offer into the ask', () => {
    const result = checkPurpose({
      text: 'Hi Dana, I run research at Kestrel. Your SaaStr talk on second-year churn was sharp. We benchmarked churn across 40 B2B teams and have a one-page summary. Open to connecting?',
    });
    const vague = result.findings.find((f) => f.code === 'vague_ask');
    expect(vague).toMatchObject({
      sentence: 'Open to connecting?',
      suggestion: 'End with: "Want me to send you the one-page summary?"',
    });
  });

  it('without an offer, keeps their own verb and adds a length and a day', () => {
    const result = checkPurpose({
      text: 'Hi Dana, I run research at Kestrel. Your SaaStr talk on second-year churn was sharp. We work with B2B teams on retention. Could we chat sometime?',
    });
    expect(result.findings.find((f) => f.code === 'vague_ask')?.suggestion).toBe(
      'End with: "Could we chat for 15 minutes next week?"',
    );
  });

  it('says so when "let me know your thoughts" stands in for an ask', () => {
    const noAsk = checkPurpose({
      text: "Hi Dana, I'm Sam from Acme. Saw your talk on churn at SaaStr; I have a benchmark of churn across 40 B2B teams. Let me know your thoughts.",
    }).findings.find((f) => f.code === 'no_ask');
    expect(noAsk?.message).toContain('"Let me know your thoughts." leaves the next step to them');
    expect(noAsk?.suggestion).toBe('End with: "Want me to send you the benchmark?"');
  });

  it('does not fire on a concrete ask', () => {
    expect(
      codes(
        'Hi Dana, I run research at Kestrel. Your SaaStr talk on second-year churn was sharp. We benchmarked churn across 40 B2B teams. Want me to send you the summary?',
      ),
    ).not.toContain('vague_ask');
  });
});

describe("LinkedIn's default invitation", () => {
  it.each([
    "I'd like to join your LinkedIn network.",
    "I'd like to add you to my professional network on LinkedIn.",
    "Hi Jane, I'd like to add you to my professional network at Acme. Best, Kevin",
  ])('gets one clear finding: %s', (text) => {
    const { findings } = checkPurpose({ text, channel: 'linkedin_connection_note' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'default_invitation', severity: 'critical' });
    expect(findings[0]?.message).toMatch(/^This is LinkedIn's default invitation text: say who you are and why them/);
  });

  it('does not ask who they are when the sender said it', () => {
    const { findings } = checkPurpose({
      text: "Hi Ms. Tanaka, I'm a Senior Account Executive at Stratosync. I'd like to add you to my professional network.",
    });
    expect(findings.map((f) => f.message)).toEqual([
      "This is LinkedIn's default invitation text: say why them, in your own words",
    ]);
  });
});

describe('findings in the message language', () => {
  it.each([
    [
      'de',
      'Hallo Frau Berger, wir sind ein führender Anbieter für Logistiksoftware. Haben Sie Zeit für ein Gespräch?',
      /^Warum gerade diese Person\?/,
    ],
    [
      'es',
      'Hola Ana, somos líderes en software de logística para empresas. ¿Tiene tiempo para una llamada?',
      /^¿Por qué esta persona\?/,
    ],
    [
      'fr',
      'Bonjour Camille, nous sommes leader des logiciels de logistique pour les entreprises. Avez-vous du temps pour un appel ?',
      /^Pourquoi cette personne \?/,
    ],
    [
      'pt',
      'Olá Ana, somos líderes em software de logística para empresas. Tem tempo para uma ligação?',
      /^Por que essa pessoa\?/,
    ],
  ])('%s: titles in that language, no English fix', (lang, text, title) => {
    const result = checkPurpose({ text });
    expect(result.lang).toBe(lang);
    const why = result.findings.find((f) => f.code === 'no_why_you');
    expect(why?.message).toMatch(title);
    for (const f of result.findings) expect(f.suggestion).toBeUndefined();
  });

  it.each([
    [
      'de',
      'Betreff: Ihre neue Halle in Wolfsberg und was wir bei einem ähnlichen Projekt gesehen haben\n\nGuten Tag Frau Url,\n\nich bin Petra Moser von Handwerk Direkt in Graz. Ihre Ausschreibung für zwölf Schlosser in Wolfsberg habe ich gesehen. Ich habe fünf Schlosser aus dem Lavanttal in der Kartei, die wechseln wollen.\n\nHätten Sie Donnerstag 15 Minuten?',
      /^Betreffzeile: .*„Ihre neue Halle in Wolfsberg/,
    ],
    [
      'es',
      'Asunto: Su nueva planta en Querétaro y lo que vimos en un proyecto muy parecido\n\nHola Laura, soy Marta, reclutadora en Puebla. Vi su vacante de tres soldadores para la planta de Querétaro. Tengo dos candidatos con certificación AWS disponibles desde marzo. ¿Le mando sus perfiles?',
      /^Asunto: .*«Su nueva planta en Querétaro/,
    ],
    [
      'fr',
      "Objet : Votre nouvelle usine de Seraing et ce que nous avons vu sur un projet semblable\n\nBonjour Marc, je suis Sophie Lambert, consultante chez Cybernord. J'ai vu votre offre d'emploi pour un technicien automation à Seraing. Nous avons publié un guide de segmentation de 12 pages. Voulez-vous que je vous l'envoie ?",
      /^Objet : .*« Votre nouvelle usine de Seraing/,
    ],
    [
      'pt',
      'Assunto: A sua nova fábrica em Braga e o que vimos num projeto muito parecido\n\nOlá Ana, sou o Tiago, da Regatec. Vi a sua publicação sobre a rega da vinha em Braga. Temos um estudo com 30 vinhas sobre poupança de água. Posso enviar-lhe o estudo?',
      /^Assunto: .*"A sua nova fábrica em Braga/,
    ],
  ])('%s: subject-line advice in that language, quoting the subject', (lang, text, advice) => {
    const result = checkPurpose({ text, channel: 'email' });
    expect(result.lang).toBe(lang);
    const subject = result.findings.find((f) => f.code === 'subject_line');
    expect(subject?.message).toMatch(advice);
    expect(subject?.message).not.toMatch(/Subject line|get opened/);
  });

  it('says a follow-up adds value in the language it is written in', () => {
    const result = checkPurpose({
      text: 'Hola Eduardo, sigo sin respuesta a mi correo del martes sobre las consultas de fin de semana en Bici Norte. Acabamos de publicar un estudio con 30 tiendas sobre leads fuera de horario. ¿Se lo envío?',
    });
    const finding = result.findings.find((f) => f.code === 'follow_up_adds_value');
    expect(finding?.message).toMatch(/^Un seguimiento que aporta algo nuevo/);
  });

  it("quotes the rep's own words in their language", () => {
    const result = checkPurpose({
      text: 'Bonjour Camille, je suis Julie de Salarium. Nous aidons les entreprises comme la vôtre. Je vous envoie une invitation pour mardi 10h.',
    });
    const mass = result.findings.find((f) => f.code === 'mass_template');
    expect(mass?.message).toMatch(/^On dirait un modèle envoyé en masse.*« entreprises comme la vôtre »\)$/);
  });
});

describe('a missing "who I am"', () => {
  it('asks about a half-introduction, quoting it, and never suggests a sign-off as the name', () => {
    const text =
      'Hi Dana, saw your talk at LogiMAT on 12 March about pallet scanning. Could I send you our benchmark of 40 warehouses?\n\nThanks,\nThe Scanwise Team';
    const who = checkPurpose({ text }).findings.find((f) => f.code === 'no_who_i_am');
    expect(who?.sentence).toBe('The Scanwise Team');
    expect(who?.message).toMatch(/^Is "The Scanwise Team" enough for them to know who you are\?/);
    expect(who?.suggestion ?? '').not.toContain('Thanks');
  });

  it('points at the sentence where the sender first speaks of themself', () => {
    const text =
      'Dear Paula, I saw that Lusocargo has 25 new electric trucks since September. We have a software for charging planning. Can we do a demo next week?';
    const who = checkPurpose({ text }).findings.find((f) => f.code === 'no_who_i_am');
    expect(who?.sentence).toBe('We have a software for charging planning.');
    expect(who?.message).toBe(
      'Say who you are before "We have a software for charging planning.": your role and company in one line',
    );
  });

  it('keeps the signed name for the suggested line', () => {
    const text =
      'Hi Dana, saw your talk at LogiMAT on 12 March about pallet scanning. Could I send you our benchmark of 40 warehouses?\n\nBest,\nMaria';
    const who = checkPurpose({ text }).findings.find((f) => f.code === 'no_who_i_am');
    expect(who?.suggestion).toBe('Add one line at the start: "I\'m Maria, <your role> at <your company>."');
  });
});
