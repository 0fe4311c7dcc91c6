/**
 * Findings in the message's own language: a rep who writes in German, Spanish, French or Portuguese
 * reads what to fix in that language, with their own words quoted as they wrote them. Each line is
 * the finding's instruction; the numbers the English finding carried (words, characters, asks) come
 * through in order as n[0], n[1]…
 */
import type { FindingCode } from './types';
import type { OtherLang } from './languages';

type Line = string | ((n: readonly string[]) => string);
type Lines = Partial<Record<FindingCode, Line>>;

const DE: Lines = {
  vague_ask:
    'Überlässt den nächsten Schritt der Person: um eine konkrete, leichte Sache bitten (Dauer und Tag, oder Ihr Angebot)',
  unsure_who: 'Ist klar, wer schreibt? Name, Rolle und Firma in einem Satz',
  unsure_value: 'Ist klar, was die Person davon hat? In einem eigenen Satz sagen, was sie bekommt',
  unsure_why_you:
    'Ist klar, warum gerade diese Person? Den Beitrag, Vortrag, die Zahl oder die Person nennen, in einem Satz',
  template_field: 'Ungefülltes Vorlagenfeld: ausfüllen oder den Satz neu schreiben',
  default_invitation: 'Ein Standardsatz, der an jeden gehen könnte: sagen, wer Sie sind und warum gerade diese Person',
  near_empty: 'Fast nichts da: sagen, wer Sie sind, warum gerade diese Person und was Sie anbieten',
  mass_template: 'Liest sich wie eine Massenvorlage: etwas schreiben, das nur diese Person betrifft',
  generic_flattery: 'Ein Lob, das auf jeden passt: etwas Konkretes nennen, das die Person gesagt oder getan hat',
  no_why_you: 'Warum gerade diese Person? Etwas Konkretes nennen (ein Beitrag, ein Vortrag, eine gemeinsame Bekannte)',
  no_value: 'Was hat die Person davon? Etwas Nützliches anbieten (Daten, eine Checkliste, ein Kontakt), keine Demo',
  no_who_i_am: 'Wer schreibt hier? Rolle und Firma in einem Satz',
  no_ask: 'Keine klare Bitte: mit einem einfachen nächsten Schritt enden (z. B. „Soll ich es Ihnen schicken?“)',
  several_asks: (n) => `${n[0] ?? 'Mehrere'} Bitten: die wichtigste behalten`,
  pressure: 'Ihre Frist oder Knappheit ist nicht ihr Grund zu antworten: es um die Person gehen lassen',
  meeting_imposed: 'Erst fragen, dann einen Termin eintragen: die Person wählen lassen',
  contract_ask: 'Vertrag oder Gebühr in der ersten Nachricht: erst um etwas Kleines bitten',
  pushy_follow_up: 'Ein Nachfassen, das nur drängt: etwas Neues mitbringen oder es ruhen lassen',
  pure_pitch: 'Nur über das Produkt: mit etwas beginnen, das der Person nützt',
  booking_link_only: 'Ein Buchungslink als Bitte: lieber eine Frage stellen, die sich leicht beantworten lässt',
  hype: 'Übertreibung (Großbuchstaben, „!!“, Schlagworte, Emojis): schlichte Worte wirken glaubwürdiger',
  wall_of_text: (n) => `Textwand: ${n[0]} Wörter. Kürzen: ein Detail, ein Angebot, eine Bitte`,
  long_message: (n) => `${n[0]} Wörter: erste Nachrichten mit ${n[1]}–${n[2]} Wörtern bekommen die meisten Antworten`,
  over_channel_limit: (n) => `Das Limit dieses Kanals sind ${n[0]} Zeichen: diese Nachricht hat ${n[1]}`,
  long_inmail: (n) => `InMails unter ${n[0]} Zeichen bekommen mehr Antworten: diese hat ${n[1]}`,
  subject_line: 'Betreffzeile: 3–6 schlichte Wörter, die ein Detail der Person nennen, werden am ehesten geöffnet',
  follow_up_adds_value: 'Ein Nachfassen, das etwas Neues bringt: so fasst man richtig nach',
};

const ES: Lines = {
  vague_ask:
    'Deja el siguiente paso a la otra persona: pide una cosa concreta y fácil (una duración y un día, o tu oferta)',
  unsure_who: '¿Queda claro quién escribe? Tu nombre, cargo y empresa en una frase',
  unsure_value: '¿Queda claro qué gana la persona? Dilo en una frase propia: qué recibe, en sus términos',
  unsure_why_you:
    '¿Queda claro por qué a esta persona? Nombra la publicación, la charla, la cifra o la persona, en una frase',
  template_field: 'Campo de plantilla sin rellenar: complétalo o reescribe la frase',
  default_invitation: 'Una frase estándar que podría ir a cualquiera: di quién eres y por qué a esta persona',
  near_empty: 'Casi no hay nada: di quién eres, por qué a esta persona y qué ofreces',
  mass_template: 'Parece una plantilla masiva: di algo que solo esta persona entendería',
  generic_flattery: 'Un elogio que vale para cualquiera: nombra algo concreto que dijo o hizo',
  no_why_you: '¿Por qué esta persona? Menciona algo concreto (una publicación, una charla, un contacto en común)',
  no_value: '¿Qué gana la persona? Ofrece algo útil (datos, una checklist, un contacto), no una demo',
  no_who_i_am: '¿Quién escribe? Tu cargo y tu empresa en una frase',
  no_ask: 'No hay una petición clara: termina con un paso fácil (p. ej. «¿Se lo envío?»)',
  several_asks: (n) => `${n[0] ?? 'Varias'} peticiones: quédate con la que más importa`,
  pressure: 'Tu plazo o la escasez no son su motivo para responder: habla de la otra persona',
  meeting_imposed: 'Pregunta antes de agendar: deja que la persona elija',
  contract_ask: 'Un contrato o una tarifa en el primer mensaje: pide primero algo pequeño',
  pushy_follow_up: 'Un seguimiento que solo insiste: aporta algo nuevo o déjalo estar',
  pure_pitch: 'Todo trata del producto: empieza por algo útil para la persona',
  booking_link_only: 'Un enlace de reserva como petición: mejor una pregunta fácil de responder',
  hype: 'Exageración (mayúsculas, «!!», palabras de moda, emojis): las palabras sencillas son más creíbles',
  wall_of_text: (n) => `Muro de texto: ${n[0]} palabras. Recorta: un detalle, una oferta, una petición`,
  long_message: (n) => `${n[0]} palabras: los primeros mensajes de ${n[1]}–${n[2]} palabras reciben más respuestas`,
  over_channel_limit: (n) => `El límite de este canal es de ${n[0]} caracteres: este mensaje tiene ${n[1]}`,
  long_inmail: (n) => `Los InMails de menos de ${n[0]} caracteres reciben más respuestas: este tiene ${n[1]}`,
  subject_line: 'Asunto: 3–6 palabras sencillas que nombren un detalle de la persona se abren más',
  follow_up_adds_value: 'Un seguimiento que aporta algo nuevo: así se hace un buen seguimiento',
};

const FR: Lines = {
  vague_ask:
    'Laisse la suite à la personne : demandez une chose concrète et simple (une durée et un jour, ou votre offre)',
  unsure_who: 'Qui écrit, est-ce clair ? Votre nom, votre rôle et votre entreprise en une phrase',
  unsure_value:
    "Ce que la personne y gagne est-il clair ? Dites-le dans une phrase à part : ce qu'elle reçoit, dans ses termes",
  unsure_why_you:
    'Pourquoi cette personne, est-ce clair ? Nommez la publication, la conférence, le chiffre ou la personne, en une phrase',
  template_field: 'Champ de modèle non rempli : complétez-le ou réécrivez la phrase',
  default_invitation:
    "Une phrase toute faite qui pourrait aller à n'importe qui : dites qui vous êtes et pourquoi cette personne",
  near_empty: 'Presque rien ici : dites qui vous êtes, pourquoi cette personne et ce que vous proposez',
  mass_template: "On dirait un modèle envoyé en masse : dites quelque chose qui ne concerne qu'elle",
  generic_flattery: "Un compliment qui va à tout le monde : citez quelque chose de précis qu'elle a dit ou fait",
  no_why_you: 'Pourquoi cette personne ? Citez un détail précis (un post, une intervention, une relation commune)',
  no_value:
    "Qu'y gagne-t-elle ? Proposez quelque chose d'utile (des données, une checklist, une mise en relation), pas une démo",
  no_who_i_am: 'Qui écrit ? Votre rôle et votre entreprise en une phrase',
  no_ask: 'Pas de demande claire : terminez par une étape simple (p. ex. « Je vous l’envoie ? »)',
  several_asks: (n) => `${n[0] ?? 'Plusieurs'} demandes : gardez celle qui compte`,
  pressure: "Votre échéance ou la rareté n'est pas sa raison de répondre : parlez d'elle",
  meeting_imposed: 'Demandez avant de réserver : laissez-la choisir',
  contract_ask: "Un contrat ou des frais dès le premier message : demandez d'abord quelque chose de petit",
  pushy_follow_up: 'Une relance qui ne fait que pousser : apportez du nouveau ou laissez reposer',
  pure_pitch: 'Tout parle du produit : commencez par quelque chose qui lui est utile',
  booking_link_only: 'Un lien de réservation comme demande : posez plutôt une question simple',
  hype: 'Emphase (majuscules, « !! », mots à la mode, emojis) : des mots simples sont plus crédibles',
  wall_of_text: (n) => `Pavé de texte : ${n[0]} mots. Coupez : un détail, une offre, une demande`,
  long_message: (n) => `${n[0]} mots : les premiers messages de ${n[1]} à ${n[2]} mots obtiennent le plus de réponses`,
  over_channel_limit: (n) => `La limite de ce canal est de ${n[0]} caractères : ce message en a ${n[1]}`,
  long_inmail: (n) => `Les InMails de moins de ${n[0]} caractères obtiennent plus de réponses : celui-ci en a ${n[1]}`,
  subject_line: 'Objet : 3 à 6 mots simples qui nomment un détail de la personne sont plus souvent ouverts',
  follow_up_adds_value: "Une relance qui apporte du nouveau : c'est la bonne façon de relancer",
};

const PT: Lines = {
  vague_ask:
    'Deixa o próximo passo com a pessoa: peça uma coisa concreta e fácil (uma duração e um dia, ou a sua oferta)',
  unsure_who: 'Fica claro quem escreve? Seu nome, cargo e empresa numa frase',
  unsure_value: 'Fica claro o que a pessoa ganha? Diga numa frase própria o que ela recebe, nos termos dela',
  unsure_why_you: 'Fica claro por que esta pessoa? Cite a publicação, a palestra, o número ou a pessoa, numa frase',
  template_field: 'Campo de modelo não preenchido: preencha ou reescreva a frase',
  default_invitation: 'Uma frase padrão que serviria para qualquer pessoa: diga quem você é e por que essa pessoa',
  near_empty: 'Quase nada aqui: diga quem você é, por que essa pessoa e o que você oferece',
  mass_template: 'Parece um modelo em massa: diga algo que só essa pessoa entenderia',
  generic_flattery: 'Um elogio que serve para qualquer um: cite algo concreto que ela disse ou fez',
  no_why_you: 'Por que essa pessoa? Cite algo concreto (um post, uma palestra, um contato em comum)',
  no_value: 'O que ela ganha? Ofereça algo útil (dados, um checklist, uma apresentação), não uma demo',
  no_who_i_am: 'Quem escreve? Seu cargo e sua empresa numa frase',
  no_ask: 'Sem um pedido claro: termine com um próximo passo fácil (p. ex. "Posso enviar?")',
  several_asks: (n) => `${n[0] ?? 'Vários'} pedidos: fique com o que importa`,
  pressure: 'Seu prazo ou a escassez não é o motivo dela para responder: fale dela',
  meeting_imposed: 'Pergunte antes de marcar: deixe a pessoa escolher',
  contract_ask: 'Contrato ou taxa na primeira mensagem: peça algo pequeno primeiro',
  pushy_follow_up: 'Um follow-up que só insiste: traga algo novo ou deixe estar',
  pure_pitch: 'Tudo sobre o produto: comece com algo útil para a pessoa',
  booking_link_only: 'Um link de agendamento como pedido: faça uma pergunta fácil de responder',
  hype: 'Exagero (maiúsculas, "!!", jargão, emojis): palavras simples soam mais críveis',
  wall_of_text: (n) => `Parede de texto: ${n[0]} palavras. Corte: um detalhe, uma oferta, um pedido`,
  long_message: (n) => `${n[0]} palavras: primeiras mensagens de ${n[1]}–${n[2]} palavras recebem mais respostas`,
  over_channel_limit: (n) => `O limite deste canal é de ${n[0]} caracteres: esta mensagem tem ${n[1]}`,
  long_inmail: (n) => `InMails com menos de ${n[0]} caracteres recebem mais respostas: este tem ${n[1]}`,
  subject_line: 'Assunto: 3–6 palavras simples que citem o detalhe da pessoa são mais abertas',
  follow_up_adds_value: 'Um follow-up que traz algo novo: é assim que se faz um bom follow-up',
};

const LINES: Record<OtherLang, Lines> = { de: DE, es: ES, fr: FR, pt: PT };

/** How a quote opens and closes in each language. */
const QUOTES: Record<OtherLang, [string, string]> = {
  de: ['„', '“'],
  es: ['«', '»'],
  fr: ['« ', ' »'],
  pt: ['"', '"'],
};

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

/**
 * The finding's words in `lang`, with the rep's own words (quoted in the English finding) quoted
 * again; undefined for a code with no line in that language, which then stays in English.
 */
export function localMessage(code: string, english: string, lang: OtherLang): string | undefined {
  const line = LINES[lang][code as FindingCode];
  if (line === undefined) return undefined;
  const quoted = /"([^"]{3,})"/.exec(english)?.[1];
  const spelled = NUMBER_WORDS.findIndex((w) => english.startsWith(`${w} `));
  const numbers = spelled > 0 ? [String(spelled)] : (english.match(/\d[\d,.]*\d|\d/g) ?? []);
  const text = typeof line === 'string' ? line : line(numbers);
  if (!quoted || code === 'no_ask') return text;
  const [open, close] = QUOTES[lang];
  return `${text} (${open}${quoted}${close})`;
}
