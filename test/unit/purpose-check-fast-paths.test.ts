/**
 * The purpose check's shortcuts, each held to the slower thing it stands for: hand-written loops to
 * their regexes, one keyword scan of the body to one scan per sentence, counts taken around the body
 * to counts of the whole text. Run over every sentence of the labelled fixtures and over texts
 * written to hit the edges: other spaces, letters outside ASCII, emoji, "İ".
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readAnatomy } from '../../src/domain/purpose-check/anatomy';
import {
  CAPITALISED,
  capitalisedWords,
  GREETING,
  SPACES,
  withoutGreeting,
} from '../../src/domain/purpose-check/patterns';
import { findKeywords, findKeywordsIn } from '../../src/domain/purpose-check/screen';
import { computeStats, countCharacters, countWords } from '../../src/domain/purpose-check/stats';

const EDGES = [
  '',
  ' ',
  'Hi',
  'Hi Jane, I saw your post about Acme’s launch.',
  'Dear Dr. Okonkwo,\n\nI run Routely. Would a 15-minute call help?',
  "Hey\tMaría, I'm\u00a0Ana from Łódź Labs — we\u2003met at the Ops Summit. Can I send the 2-page summary?",
  'Olá Tomás 👋 Saw the Émile & Co. launch!! P.S. Is the ÉCOLE team hiring?',
  'yo Siobhan 👋 nice meeting you at SaaStr. İstanbul office, 12 people. "Really useful" notes attached.',
  'Subject: Re: the checklist\n\nHi Sam,\n\nJust circling back\ton my last note.  Want it?\n\nBest,\nPriya\nRoutely',
  'Good morning all — this is my third email. I   can send the report.\r\nThanks,\r\nKim',
  '  Hello   there ,  Northwind  teams like yours save time and money.  \n\n- Nils, Slotwise',
  '𝐁old 𝐓ext from Ωmega Corp, and ǅemo at ǈjubljana.',
];

function fixtureTexts(): string[] {
  const file = path.resolve(__dirname, '../fixtures/purpose-check.jsonl');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

const TEXTS = [...EDGES, ...fixtureTexts()];
const SENTENCES = TEXTS.flatMap((t) => readAnatomy(t).sentences.map((s) => s.text));
const PIECES = [...SENTENCES, ...TEXTS, ...TEXTS.flatMap((t) => t.split(/[,;]/))];

describe('purpose check shortcuts', () => {
  it('capitalisedWords finds what CAPITALISED finds', () => {
    for (const text of PIECES) expect([text, capitalisedWords(text)]).toEqual([text, text.match(CAPITALISED) ?? []]);
  });

  it('withoutGreeting removes what GREETING removes', () => {
    for (const text of [...PIECES, 'Yo', 'hello!', '  Hi Jane', '"Hey," she said', 'Kia ora koutou', 'Ciao Marco']) {
      expect([text, withoutGreeting(text)]).toEqual([text, text.replace(GREETING, '')]);
    }
  });

  it('one scan of the body finds the keywords of the body and of each sentence', () => {
    for (const text of TEXTS) {
      const anatomy = readAnatomy(text);
      expect([text, anatomy.bodyKeywords]).toEqual([text, findKeywords(anatomy.body)]);
      for (const s of anatomy.sentences) expect([s.text, s.keywords]).toEqual([s.text, findKeywords(s.text)]);
    }
  });

  it('scans sentences apart when lowercasing changes the length', () => {
    const body = 'İstanbul is where we met. I can send the checklist.';
    const spans = [
      { start: 0, end: 25 },
      { start: 26, end: body.length },
    ];
    const { all, each } = findKeywordsIn(body, spans);
    expect(all).toEqual(findKeywords(body));
    expect(each).toEqual(spans.map((s) => findKeywords(body.slice(s.start, s.end))));
  });

  it('lists every character that \\s matches, and nothing else', () => {
    const spaces: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (/\s/.test(String.fromCharCode(c))) spaces.push(String.fromCharCode(c));
    expect([...SPACES].sort()).toEqual(spaces.sort());
  });

  it('knows where the body starts', () => {
    for (const text of TEXTS) {
      const a = readAnatomy(text);
      expect([text, a.plain.slice(a.bodyStart, a.bodyStart + a.body.length)]).toEqual([text, a.body]);
    }
  });

  it('counts the words of the whole text, body and all', () => {
    for (const text of [...TEXTS, ...TEXTS.map((t) => `Subject: a note\n\n${t}\n\nBest,\nSam Lee\nRoutely`)]) {
      expect([text, computeStats(text, readAnatomy(text)).words]).toEqual([text, countWords(text.trim())]);
    }
  });

  it('counts characters as code points, with or without emoji', () => {
    expect(countCharacters('Hi there')).toBe(8);
    expect(countCharacters('Hi 👋 and 🚀!')).toBe(11);
    expect(countCharacters('𝐁old')).toBe(4);
  });
});
