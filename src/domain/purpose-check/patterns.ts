import { looksLikeFirstName } from '../draft-tidy';
import { ANY_KEY, screened, screenedBranches } from './screen';

/**
 * The words of outreach, compiled once at module load. Each pattern names a linguistic habit, not a
 * sentence from any corpus: "your <artifact> on …", "I saw …", "I'm <name> from <company>", "Can I
 * send …?". Patterns that must see capitals (names, companies) are case-sensitive and spell both
 * cases of their keywords; the rest ignore case.
 */

// ---------- screen keys ----------

/**
 * Every character \s matches. The screen reads text as it is, so a key that must stand for a word
 * and the space after it ("im" in /[Ii]'?m\s+/) lists each space: spaceAfter('im').
 */
export const SPACES = [
  ' ',
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
] as const;

function spaceAfter(word: string): string[] {
  return SPACES.map((space) => word + space);
}

// ---------- shared vocabulary ----------

/** Things a person makes or says in public: the raw material of "why you". */
const ARTIFACT =
  '(?:post|posts|talk|talks|question|keynote|panel|session|presentation|webinar|article|piece|op-ed|column|essay|blog(?:\\s+post)?|newsletter|paper|preprint|study|report|research|thesis|book|chapter|interview|podcast|episode|quote|(?<!(?:bottom|top|front|product|production|phone|supply|assembly|credit|hot|help)\\s)line(?!\\s+of\\s+(?:defen[cs]e|sight|fire|duty|business|credit|work))|remarks?|comments?|thread|tweet|video|breakdown|teardown|write-?up|post-?mortem|poster|testimony|advisory|survey|case study|demo|speech|AMA|deck|slides|launch|announcement|notice|tender|disclosure|filing|press release|annual report|series|coverage|reporting|tool|repo|course|framework|call for comments|appearance|results|guest spot|session notes|reel|reels|minutes|board minutes|committee papers|papers|bulletin|release notes|reviews|filing|S-1|10-K|RFP|tender|planning application|patent application|application|job posting|posting|opening|listing|fork|data|dashboard|map|roadmap|changelog|release|model|models|library|libraries|package|crate|plugin|dataset|notebook|macro|sdk|product page|pricing page|careers page|menu|catalogue|catalog|brochure|prospectus|consultation|submission|petition|campaign|fundraiser|crowdfunder|exhibition|festival|conference|meetup|hackathon|award|grant|shortlisting|nomination|ranking|pull request|merge request|PR|commit|commits|tiktok|livestream|issue(?=\\s*#)|job ad|job advert|advert|vacancy)';

/** Trades a rep names in the first person before where they do it: "i place trucking ins at halverson & tate". */
export const TRADE_VERBS =
  'place|insure|broker|book|ship|haul|source|supply|install|design|train|hire|staff|fund|finance|underwrite|service|repair|develop|market|produce|deliver|manufacture|distribute';
/** A preposition of where and the word after it, which may be a workplace: "at halverson", "out of dockhand". */
export const PLACE_AFTER =
  '(?:at|for|with|@|out of)\\s+(?!(?:the|a|an|our|my|your|their|this|that|these|those|you|them|it|scale|least|home|work|night|nights|once|times|free|fun|now|all)\\b)([\\p{L}][\\p{L}\\p{N}&.-]*)';

/**
 * Things a sender can hand over: the raw material of "what's in it for you". Written as branches
 * (one alternative and its keys each), because as one alternation it was the check's costliest
 * pattern: a sentence names one or two of these things, and only their branches run.
 */
export const RESOURCE = screenedBranches({ prefix: '\\b', suffix: '', flags: 'i' }, [
  [['tabulat', 'anonymi', 'side by side', 'side-by-side'], /tabulat(?:ed|ions?)|anonymi[sz]ed|side[- ]by[- ]side/],
  [['checklist'], /checklists?/],
  [['template'], /templates?/],
  [['guide'], /guides?/],
  [['playbook'], /playbooks?/],
  [['report'], /reports?/],
  [['summar'], /summary/],
  [['summar'], /summaries/],
  [['write'], /write-?ups?/],
  // What we wrote up is a write-up: "We wrote up the harvest season at a receival site near Merredin".
  [['wrote up', 'written up'], /(?:wrote|written) up\b/],
  [['data'], /data(?:set)?/],
  [['benchmark'], /benchmarks?/],
  [['analys'], /analysis/],
  [['analys'], /analyses/],
  [['study'], /study/],
  [['findings'], /findings/],
  [['results'], /results/],
  [['case stud'], /case stud(?:y|ies)/],
  [['one-page', 'onepage'], /one-?pagers?/],
  [['one-page'], /one-page\b/],
  [['1-pager', '1 pager', '1pager', 'one pager'], /(?:one|1)[- ]?pagers?/],
  [['teardown'], /teardowns?/],
  [['map'], /maps?/],
  [['mood board', 'moodboard', 'mood-board'], /mood[- ]?boards?/],
  [['loom', 'reproducer', 'repro ', 'flamegraph'], /looms?|reproducers?|repro(?= )|flamegraphs?/],
  [['layout', 'floor plan', 'mockup', 'mock-up', 'rendering'], /layouts?|floor plans?|mock-?ups?|renderings?/],
  [['chart'], /charts?/],
  [['curves'], /curves/],
  [['note'], /notes?/],
  [['sheet'], /sheets?/],
  [['sheet'], /spreadsheets?/],
  [['sheet'], /cheat sheets?/],
  [['rubric'], /rubrics?/],
  [['pdf'], /pdfs?/],
  [['doc'], /docs?/],
  [['doc'], /documents?/],
  [['list'], /(?<!\bprice )lists?/],
  [['snapshot'], /snapshots?/],
  [['kit'], /kits?/],
  [['sample'], /samples?/],
  [['evaluation'], /evaluations?/],
  [['iocs'], /iocs/],
  [['cvs'], /cvs/],
  [['brief'], /brief/],
  [['spec'], /spec/],
  [['starter pack'], /starter pack/],
  [['protocol'], /protocol/],
  [['logs'], /logs/],
  [['figures'], /figures/],
  [['numbers'], /numbers/],
  [['breakdown'], /breakdowns?/],
  [['model'], /model/],
  [['review'], /review/],
  [['audit'], /audit/],
  [['lessons'], /lessons(?: learned)?/],
  [['examples'], /examples/],
  [['references'], /references/],
  [['schedule'], /schedule/],
  [['copy'], /copy/],
  [['draft'], /draft/],
  [['recording'], /recording/],
  [['video'], /(?<!\byour )(?:demo |walkthrough |screen )?videos?/],
  [['capture'], /screen ?captures?/],
  [['tips'], /tips/],
  [['fixes'], /fixes/],
  [['fix'], /(?<=\b(?:the|a|one|quick|simple|easy|two|\d+) )fix\b/],
  [['ideas'], /ideas/],
  [['patterns'], /patterns/],
  [['bands'], /bands/],
  [['form'], /forms?/],
  [['paper'], /papers?/],
  [['insight'], /insights?/],
  [['walkthrough'], /walkthrough/],
  [['intro'], /intro(?:duction)? to/],
  [['comparison'], /comparison/],
  [['calculator'], /calculator/],
  [['agenda'], /agenda/],
  [['csv'], /csv/],
  [['overview'], /overview/],
  [['primer'], /primer/],
  [['handbook'], /handbook/],
  [['kit'], /toolkit/],
  [['paper'], /white ?paper/],
  [['repo'], /repo/],
  [['code'], /code/],
  [['file'], /files?/],
  [['rules'], /rules/],
  [['script'], /scripts?/],
  [['patch'], /patch(?:ed)?/],
  [['what we', 'what i'], /what (?:we|i) (?:learned|found|saw|see|'ve seen|have seen)/],
  [['what fixed', 'what worked', 'what helped'], /what (?:fixed|worked|helped)\b/],
  [[' page', '-page'], /(?:one|two|three|half a|\d+)[- ]pages?\b/],
  [
    ['how the', 'how we', 'how two', 'how three', 'how other'],
    /how (?:they|we|the|two|three|other)\b(?!\s+(?:can|could|might|would|will)\b)/,
  ],
  // Any key of the pattern lets it run, as always; its own "'s " holds it back where it cannot match.
  [ANY_KEY, /how [\w-]+'s (?:team|group|site|sites|company|ops|crew)\b/, ["'s "]],
  [['candidat'], /candidates?/],
  [['profiles'], /profiles/],
  [['shortlist'], /shortlists?/],
  [['heatmap'], /heatmaps?/],
  [['sequence'], /sequences?/],
  [['framework'], /frameworks?/],
  [
    ['plan'],
    /(?<!\b(?:pricing|price|payment|paid|premium|enterprise|business|our|my|your|their|his|her|game|action|the) )plans?\b/,
  ],
  [
    ['connect you', 'introduce you'],
    /(?:connect|introduce) you (?:with|to)(?!\s+(?:our|my) (?:ceo|founder|co-?founder|cto|coo|cro|team|sales|account|head of sales|colleagues?|boss|manager|product|platform|solution|company|services)\b)/,
  ],
  [['in touch'], /(?:put|get) you in touch/],
]);

/** Nouns of a sales meeting, which are an ask of the reader's time, not a gift to them. */
export const PITCH_OBJECT = screened(
  [
    'demo',
    'our platform',
    'our product',
    'our services',
    'our solution',
    'our software',
    'our app',
    'our tool',
    'platform',
    'product',
    'service',
    'solution',
    'software',
    ' app',
    'tool',
    'suite',
    'system',
    'offering',
    'package',
    'the platform',
    'workshop',
    'deep',
    'presentation of',
    'present our',
    'introduce our',
    'introduce you',
    'tell you',
    'show you',
    'what we do',
    'more info',
    'more detail',
  ],
  /\b(?:demo|(?:share|send|give you|provide|offer) (?:you )?(?:some )?more (?:info|information|details)(?!\s+(?:on|about|from)\s+(?:the\s+|that\s+|this\s+)?(?:study|report|benchmark|data|results|findings|case|pilot|survey))\b|our (?:[\w-]+\s+){0,3}?(?:platform|product|services|solutions?|software|app|tool|suite|system|offering|package)s?\b(?!\s+(?:eng|engineers?|engineering|team|lead|role|manager|director|group|squad|owner)\b)|the platform|workshop|deep-?dive|presentation of|present our|introduce our (?:services|company|platform)|introduce you to (?:our|my) (?:ceo|founder|co-?founder|cto|coo|cro|sales|account|head of sales|product|platform|solution|company|services)\b|tell you (?:all )?about(?!\s+(?:what|how)\s+(?!(?:we|our|i|us)\b))|show you (?:our|the platform|it in action|how (?:our|we can))|what we do)\b/i,
);

// ---------- who I am ----------

/**
 * Trades named by what they make or do, not by a title: "photographer", "copywriter", "bookkeeper",
 * "electrician", "surveyor". Their suffixes cover the compounds ("drinks photographer", "videographer").
 */
export const OCCUPATIONS =
  '[a-z-]*(?:grapher|writer|maker|keeper|smith|wright|ologist|ician)|illustrator|translator|surveyor|plumber|carpenter|installer|contractor|freelancer|supplier|distributor|retoucher|stylist|animator|tutor|interpreter|auditor|valuer|appraiser|estimator';

/** A particle between a first name and a surname: "Youssef El Amrani", "Ana de Sousa", "Pieter van der Berg". */
const NAME_PARTICLE = String.raw`(?:(?:El|Al|Ben|Bin|Abu|Ould|van der|van den|van|von|de la|de|da|das|dos|di|du|del|della)\s+)?`;

export const WHO = {
  /** "I'm Abby from Fernpath", "My name is Anouk Bakker, account manager at Thermalink". */
  namedWithAffiliation:
    /\b(?:[Ii]'?m|[Ii] am|[Tt]his is|[Mm]y name is|[Ii]t's)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?\b[^.!?;]{0,90}?\b(?:from|at|with|of|for|w\/|in)\s+(?:the\s+|a\s+|an\s+)?(?:\p{Lu}|[a-z]+\s+\p{Lu})|\b(?:[Ii]'?m|[Ii] am)\s+the\s+\p{Lu}\p{Ll}+\s+(?:from|at|with)\s+\p{Lu}/u,
  /** "I'm Jake", a name without a company. */
  named:
    /\b(?:[Ii]'?m|[Ii] am|[Mm]y name is|[Tt]his is)\s+\p{Lu}\p{Ll}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]+)?(?=[\s,.;!—-]|$)/u,
  /** "Lena from CartIQ", "Sam here with Quotehaven", "Brad w/ Scioto Air here", "Hi Viktor, Lena from CartIQ". */
  nameFrom: new RegExp(
    String.raw`(?:^|[,.—-]\s*)\p{Lu}\p{Ll}+(?:\s+${NAME_PARTICLE}\p{Lu}\p{Ll}+)?\s+(?:from|here with|here from|here at|with|w\/|at)\s+\p{Lu}[\p{L}\p{N}]`,
    'u',
  ),
  /** "I'm a curriculum designer at Qalam", "I am application scientist at Quantiva". */
  roleWithAffiliation:
    /\b(?:[Ii]'?m|[Ii] am|[Ii] work as)\s+(?:(?:now|currently|also)\s+)?(?:(?:an?|the)\s+)?(?:[\p{L}+/&-]+\s+){0,6}?(?:at|with|from|of|for|in|on the [\p{L}\s-]{1,30}? (?:team|group) at)\s+(?:the\s+|a\s+|an\s+)?[\p{L}\p{N}(]/u,
  /** The word after "I'm" that makes it a mood, not an introduction ("I'm sure…", "I'm looking to…"). */
  notIntro:
    /\b(?:[Ii]'?m|[Ii] am)\s+(?:sure|glad|happy|curious|guessing|writing|reaching|always|just|not|still|so|really|excited|interested|honou?red|confident|hoping|thinking|starting to|sorry|looking|trying|two|going|putting|compiling|adding|seeing|afraid|aware|a (?:big|huge)|certain|convinced|keen|delighted|pleased|in touch|waiting|expanding|growing|building my|assuming|grateful|thrilled|impressed|confused|wondering|new to|here to|happy|following)\b/,
  roleNoun: new RegExp(
    String.raw`\b(?:[Ii]'?m|[Ii] am)\s+(?:(?:now|currently|also)\s+)?(?:(?:an?|the)\s+)?(?:[\w'-]+,?\s+){0,4}?(?:founder|co-?founder|ceo|cto|coo|cfo|head|lead|director|manager|engineer|eng|analyst|consultant|recruiter|researcher|scientist|designer|officer|partner|AE|SDR|BDR|executive|rep|representative|advisor|adviser|specialist|architect|developer|PM|owner|coordinator|VP|president|associate|student|professor|journalist|editor|host|producer|strategist|economist|agent|broker|attorney|lawyer|accountant|nurse|doctor|teacher|trainer|coach|writer|planner|buyer|advocate|evangelist|programme officer|program officer|team|business development|sales|BDM|BDE|KAM|CSM|RSM|ASM|TSM|GM|MD|${OCCUPATIONS})\b`,
    'i',
  ),
  /** "I lead partnerships at SiteLoop", "I run Accessi", "I build routing tools for councils (RouteWise)". */
  doesAt: new RegExp(
    `\\b[Ii] (?:lead|run|head|manage|own|look after|oversee|work|do|build|coordinate|recruit|host|handle|cover|advise|teach|support|sell|direct|founded|co-founded|started|represent|am responsible for|${TRADE_VERBS})\\b[^.!?;]{0,80}?(?:\\b(?:at|for|with|from|of|out of)\\s+\\p{Lu}|\\(\\p{Lu}|\\b(?:at|for|with)\\s+(?:a|an)\\s+[\\p{L}-]+)`,
    'u',
  ),
  /** A practice says who even without a firm: "I act for landlords", "I represent growers in Kent", "I advise care homes on fire safety". */
  doesSomething:
    /\b[Ii] (?:lead|run|head|manage|build|coordinate|recruit for|host|direct)\s+(?:an?|the|our)?\s*[\p{L}-]+|\b[Ii] (?:act for|act on behalf of|represent)\s+(?:(?:the|a few|many|most|some|local|independent|small)\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+s\b(?!\s+of\b)|\b[Ii] (?:advise|teach|coach)\s+(?:(?:a few|many|most|some|local|independent|small|public|private)\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+s\s+(?:on|about|in)\s/u,
  /**
   * "I'm with Voltrack", "I'm at CX Pilot", "reaching out from MedCore Cloud". The alternatives of one
   * pattern, each behind its own screen: a sentence names a company when any of them matches.
   */
  withCompany: [
    screened(
      ["i'm", 'i am', "we're", 'we are', ...spaceAfter('im')],
      /\b(?:[Ii]'?m|[Ii] am|[Ww]e(?:'re| are))\s+(?:now\s+)?(?:with|at|from|over at)\s+\p{Lu}|\b(?:[Ii]'?m|[Ii] am)\s+(?:now\s+|currently\s+)?(?:selling|working|building|leading|running|recruiting|consulting|researching|writing)\b[^.!?;]{0,60}?\b(?:at|for|with)\s+\p{Lu}|\b[Ww]e(?:'re| are)\s+\p{Lu}[\p{L}\p{N}]+/u,
    ),
    screened(['reaching out from'], /\breaching out from\s+\p{Lu}/u),
    screened(
      spaceAfter('at'),
      // The comma is optional ("At MediFlow we help clinics"), but not the present tense: "At SaaStr we met" is an event.
      /\b[Aa]t\s+\p{Lu}[\p{L}\p{N}]+(?:\s+\p{Lu}[\p{L}\p{N}]+)?,?\s+we\s+(?!(?:met|spoke|talked|chatted|saw|heard|were|had|did|both|all|got|went|sat|shared)\b)(?![\p{L}]+ed\b)\p{Ll}/u,
      SPACES.map((space) => `${space}we`),
    ),
  ],
  /** "we're an all-in-one loyalty platform", "We are a leading provider" — an organisation, unnamed. */
  weAreA:
    /\b(?:we(?:'re| are)|i run|i work (?:at|for))\s+(?:an?|the)\s+(?:[\w+-]+\s+){0,5}?(?:company|platform|agency|firm|studio|team|startup|nonprofit|lab|consultancy|provider|manufacturer|plant|app|tool|brokerage|cdmo|foundation|bootcamp|programme|program|podcast|practice|partner)\b/i,
  introduce: /\b(?:introduce|share a bit about)\s+\p{Lu}[\p{L}\p{N}]+/u,
  /**
   * A sender who names themself and where they work in any order: "Gintarė here, recruiter at
   * Northmere", "Founder of Notewell here", "— Reza, SDR at Kelvara", "I'm in partnerships at
   * Clausely", "Torsio, where I look after new accounts", "I founded Clausewise".
   */
  signedIntro: screenedBranches({ prefix: String.raw`(?:^|[\s,.;(\u2014\u2013-])`, suffix: '', flags: 'u' }, [
    // Most sentences have neither "here" nor a dash and a comma: the alternation costs at every character.
    [
      ['here'],
      String.raw`\p{Lu}[\p{L}'-]+\s+here\b[^.!?]{0,60}?\b(?:at|from|with|of)\s+(?:the\s+)?\p{Lu}`,
      ['at', 'from', 'with', 'of'],
    ],
    [
      ['here'],
      String.raw`(?!(?:Same|Everyone|Nobody|Someone|Anyone|All|Right|Out|Over|Back|Down|Up|Just|Still|More|Here|Note|Link|Details)\b)\p{Lu}\p{Ll}[\p{L}'-]*\s+here\s*[(,\u2014\u2013]\s*\p{Lu}[\p{L}\p{N}&.-]*\s*[,)]`,
    ],
    [
      ['here'],
      String.raw`[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:at|of|from)\s+\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*(?:\s*\([^()]{1,60}\))?\s+here\b`,
      ['at', 'of', 'from'],
    ],
    [
      ['-', '\u2014', '\u2013'],
      String.raw`(?<=^|\s)[\u2014\u2013-]\s*\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?,\s+[^.!?]{1,50}?\b(?:at|from|with|of|,)\s*\p{Lu}`,
      [','],
    ],
  ]),
  /** Screened branch by branch (keys of the lowercased sentence), like signedIntro. */
  workAt: screenedBranches({ prefix: '', suffix: '', flags: 'u' }, [
    [
      ["i'm", 'im', 'i am'],
      String.raw`\b(?:[Ii]'?m|[Ii] am)\s+(?:(?:now|currently|also)\s+)?(?:in|on|with|part of)\s+(?:the\s+)?[\p{L}&/-]+(?:\s+[\p{L}&/-]+){0,3}\s+(?:team\s+)?(?:at|with|for)\s+\p{Lu}`,
      ['at', 'with', 'for'],
    ],
    [
      ['where'],
      String.raw`\p{Lu}[\p{L}\p{N}&.-]*,\s+where\s+[Ii]\s+(?:work|lead|run|head|manage|look after|sell|do|handle|cover)\b`,
      [','],
    ],
    [
      ['i founded', 'i co-founded', 'i started', 'i run', 'i lead', 'i head', 'i own'],
      String.raw`\b[Ii] (?:founded|co-founded|started|run|lead|head|own)\s+\p{Lu}[\p{L}\p{N}&.-]+`,
    ],
    [
      ['i help', 'i work with', 'i advise', 'i coach', 'i support'],
      String.raw`\b[Ii] (?:help|work with|advise|coach|support)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:at|from|with)\s+\p{Lu}`,
    ],
    [["i'm a", 'im a'], String.raw`\b[Ii]'?m an?\s+(?:[\p{L}-]+\s+){0,4}?(?:at|with|from|for)\s+\p{Lu}`],
    [
      ['i deal with', 'i handle', 'i work on', 'i fix', 'i solve', 'i tackle', 'i help with', 'i manage'],
      String.raw`\b[Ii] (?:deal with|handle|work on|fix|solve|tackle|help with|manage)\b(?:\s+(?!you\b|your\b)[\p{Ll}-]+){0,3}?\s+(?:every day|each day|daily|day in,? day out|for a living)\s+at\s+\p{Lu}`,
      ['every day', 'each day', 'daily', 'day in', 'for a living'],
    ],
    [
      ['here'],
      String.raw`\b(?:at|with|from)\s+\p{Lu}[\p{L}\p{N}&.-]+[^.!?;]{0,12}?(?:\(|,\s+|\s[-\u2013\u2014]\s+|\band\s+)[Ii] (?:lead|run|head|manage|look after|oversee|handle|cover|sell|do|work on|work in)\b[^.!?;()]{0,40}?\s+here\b(?!\s+in\b)`,
      [
        'i lead',
        'i run',
        'i head',
        'i manage',
        'i look after',
        'i oversee',
        'i handle',
        'i cover',
        'i sell',
        'i do',
        'i work on',
        'i work in',
      ],
    ],
  ]),
} as const;

/** Role nouns a sender gives after their name, lowercase: "founder", "sdr", "head of growth". */
const ROLE_WORDS = [
  'founder',
  'co-founder',
  'cofounder',
  'ceo',
  'cto',
  'coo',
  'cfo',
  'head of',
  'lead',
  'director',
  'manager',
  'engineer',
  'analyst',
  'consultant',
  'recruiter',
  'researcher',
  'scientist',
  'designer',
  'officer',
  'partner',
  'ae',
  'sdr',
  'bdr',
  'executive',
  'rep',
  'representative',
  'advisor',
  'adviser',
  'specialist',
  'architect',
  'developer',
  'pm',
  'owner',
  'coordinator',
  'vp',
  'president',
  'associate',
  'maintainer',
  'strategist',
  'broker',
  'coach',
  'trainer',
];
const ROLE_RE = `(?:${ROLE_WORDS.map((w) => w.replace('-', '-?')).join('|')})`;
/** What a referrer does, so "dara at quayside mentioned you," is not read as the sender's own line. */
const SAYING_VERBS =
  'said|says|mentioned|told|tells|suggested|recommended|thinks|thought|pointed|introduced|asked|shared';
/** Words that start a clause but name no one: a name slot must not be one of them. */
const NOT_A_NAME =
  '(?!(?:hi|hey|hello|dear|yo|i|we|you|they|he|she|it|this|that|these|those|our|my|your|their|the|a|an|and|but|so|or|also|thanks|thank|hello|greetings|news|notes|data|results|love|regards|cheers|best|live|fresh|straight|back|just|more|help|someone|anyone|everyone|people|one|here|there|now|then|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)';

/**
 * Who I am without capitals: a sender who writes all in lowercase still says who they are by the
 * shape of the line ("sam here, founder of dockhand", "i'm sam, cto at dockhand", "sam (founder,
 * dockhand)", "— sam from dockhand."). Run on the lowercased sentence without its greeting, so a
 * role word or "here"/"from" stands where a capital would.
 */
export const WHO_CASELESS = {
  /** A name, then a role and where: "sam here, founder of dockhand", "i'm sam, sdr at loopwise", "sam (founder, dockhand)". */
  nameRole: screened(
    ROLE_WORDS,
    new RegExp(
      `(?:^|[,;:(\\u2014\\u2013]\\s*|\\s-\\s*)(?:(?:i'?m|i am|this is|it's|my name is)\\s+)?${NOT_A_NAME}[\\p{L}'-]{2,}(?:\\s+${NOT_A_NAME}[\\p{L}'-]{2,})?(?:\\s+here)?\\s*[,(\\u2014\\u2013-]\\s*(?:(?:the|a|an|our)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${ROLE_RE}\\b[^.!?;]{0,40}?(?:\\s+(?:of|at|from|with|for|@)\\s+|,\\s*|\\s+@)[\\p{L}\\p{N}]`,
      'u',
    ),
  ),
  /**
   * A trade or title, then "here", as the opening of a sentence ("freelance photographer here (…)"), or a
   * name "here" and then the trade ("robin here, a food photographer"): who, without where.
   */
  occupationHere: screened(
    [' here'],
    new RegExp(
      `^(?:(?:an?|your|just an?)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_RE}|${OCCUPATIONS})\\s+here\\s*(?:[,(.!;:\\u2014\\u2013-]|$)|^${NOT_A_NAME}[\\p{L}'-]{2,}\\s+here\\s*[,(\\u2014\\u2013-]\\s*(?:(?:an?|your)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_RE}|${OCCUPATIONS})\\b`,
      'u',
    ),
  ),
  /**
   * "sam from dockhand.", "sam from dockhand here,", "jess at loopwise —", "this is sam from dockhand",
   * "sam from dockhand again —", "Hank Morales, the guy from Caprock Irrigation,": a short line, name then company
   * (captured, for the caller to vet).
   */
  nameFrom: screened(
    ['from', 'at', 'with', '@'],
    new RegExp(
      `(?:^\\W*|[,;:!\\u2014\\u2013]\\s*|\\s-\\s+)(?:(?:it's|this is|i'm|im|i am)\\s+)?${NOT_A_NAME}[\\p{L}'-]{2,}(?:\\s+${NOT_A_NAME}[\\p{L}'-]{2,})?(?:\\s+(?:here|again))?(?:,\\s+the\\s+(?:fella|guy|gal|lady|man|woman|one|person|rep|chap|bloke)\\s+|\\s+)(?:from|at|with|@)\\s+(?!(?:the|a|an|our|my|your|their|this|that|last|home|work|least)\\b)((?:\\p{L}|\\p{N}+\\p{L})[\\p{L}\\p{N}&.-]*(?:\\s+(?!(?:${SAYING_VERBS})\\b)[\\p{L}\\p{N}&.-]+){0,2}?)(?:\\s+(?:here|again))?(?:,?\\s+(?:in|out of|based in)\\s+\\p{L}[\\p{L}.-]*(?:\\s+\\p{L}[\\p{L}.-]*)?)?\\s*(?:[,.;:!\\u2014\\u2013(]|\\p{Extended_Pictographic}|\\s-|$)`,
      'u',
    ),
  ),
  /** "kenz from the loopwell team", "Sam on the Dockhand crew": a name and their team at a named firm. */
  nameFromTeam: screened(
    [' team', ' crew'],
    new RegExp(
      `(?:^\\W*|[,;:!\\u2014\\u2013]\\s*|\\s-\\s+)(?:(?:it's|this is|i'm|im|i am)\\s+)?${NOT_A_NAME}[\\p{L}'-]{2,}(?:\\s+${NOT_A_NAME}[\\p{L}'-]{2,})?\\s+(?:here\\s+)?(?:from|on|with|at|of)\\s+the\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}&.-]*)(?:\\s+[\\p{L}\\p{N}&.-]+)?\\s+(?:team|crew)\\b`,
      'u',
    ),
  ),
  /**
   * What i do and where, the place in lowercase: "i look after partnerships at loomwise", "i do paid
   * social for hatchline". The place is captured for the caller to vet: "at night", "for startups" and
   * "with clients" name no workplace.
   */
  doesAt: new RegExp(
    `\\bi (?:lead|run|head|manage|own|look after|oversee|work on|work in|do|build|coordinate|recruit|handle|cover|advise|support|sell|direct|am responsible for|${TRADE_VERBS})\\s+(?!(?:you|your|it|this|that|them)\\b)(?:[\\p{L}&/+-]+\\s+){0,5}?${PLACE_AFTER}`,
    'u',
  ),
  /** "i'm sam, i started dockhand", "i founded dockhand", "i maintain dockhand's event pipeline". */
  iMade: screened(
    ['i founded', 'i co-founded', 'i cofounded', 'i started', 'i maintain', 'i run', 'i own', 'i build'],
    /\bi (?:founded|co-?founded|started|maintain|run|own|build)\s+(?!(?:a|an|the|my|our|this|that|it|to|with|out|in|on|at|into|up|some|all|every|for|from|by|numbers|them|these|those)\b)(?![\p{L}]+ing\b)[\p{L}\p{N}][\p{L}\p{N}&.'-]*(?:\s|[,.;:!?)]|$)/u,
  ),
  /**
   * "i'm on loomwise's partnerships team", "i'm loomwise's partnerships lead", "I'm on the Lintas side": the workplace
   * captured, to be vetted.
   */
  possessiveTeam: screened(
    ["i'm ", 'i am ', 'im '],
    new RegExp(
      `\\b(?:i'?m|i am)\\s+(?:(?:on|in|with|part of)\\s+)?(?:the\\s+)?([\\p{L}][\\p{L}\\p{N}&.-]*)(?:'s\\s+(?:[\\p{L}&/-]+\\s+){0,3}?(?:team|${ROLE_RE})\\b|\\s+(?:side|end)\\b(?!\\s+of\\b))`,
      'u',
    ),
  ),
  /** "i'm mia, threat intel at kestrel sec": a name, then whatever they do, then where. */
  iAmNameAt: screened(
    ["i'm ", 'i am ', 'im '],
    new RegExp(
      `^\\W*(?:[\\p{L}'-]+\\s*,\\s*)?(?:i'?m|i am)\\s+${NOT_A_NAME}[\\p{L}'-]{2,}(?:\\s+[\\p{L}'-]{2,})?\\s*,\\s*(?:[\\p{L}&\\/-]+\\s+){1,4}?(?:at|from|with|@)\\s+(?!(?:the|a|an|our|my|your|their|this|that|home|work)\\b)\\p{L}`,
      'u',
    ),
  ),
  /** "i'm sam," or "i'm sam and": a name given, however written. */
  iAmName: screened(
    ["i'm ", 'i am ', 'im '],
    new RegExp(
      `^\\W*(?:i'?m|i am)\\s+${NOT_A_NAME}(?!(?:sure|glad|happy|writing|reaching|not|so|just|still|curious|new|here|looking|hoping)\\b)[\\p{L}'-]{2,}\\s*(?:,|\\band\\b|—|–)`,
      'u',
    ),
  ),
} as const;

/**
 * A person by what they do: an agent noun ("importer", "fundraiser", "auditor", "librarian"), not one of
 * the nouns that say how they stand to the reader or a cause ("fan", "believer", "customer", "leader").
 */
const AGENT_NOUN =
  '(?!(?:leader|believer|member|reader|user|customer|follower|subscriber|listener|admirer|supporter|viewer|fan|sucker|stickler|newcomer|stranger|neighbou?r|other|fellow|player|winner|owner of your)\\b)[\\p{L}-]{3,}(?:er|or|ist|ant|ian)';

/**
 * The sender's role set before the clause it describes, with where they do it: "As a recruiter at
 * Talentbridge I come across…", "as an engineer with weldtek, i've seen…". The workplace is captured for
 * the caller to vet; the clause must be the sender's ("As a leader in your space, you…" is about them).
 * Run on the lowercased sentence.
 */
export const AS_ROLE_AT = screened(
  ['as '],
  new RegExp(
    `(?:^|[\\s,;:(\\u2014\\u2013])as\\s+(?:(?:an?|the|one of the)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_RE}|${OCCUPATIONS}|${AGENT_NOUN})s?\\s+(?:at|with|for|from|of|in)\\s+(?!(?:the|a|an|our|my|your|their|this|that|these|those|you)\\b)([\\p{L}][\\p{L}\\p{N}&.-]*)[^.!?]*?\\bi(?:'m|'ve|'d|'ll)?\\b`,
    'u',
  ),
);

/**
 * The sender's post said with "as": "I serve as Director of Capture at Northgate", "i work as a fleet analyst
 * for dockhand", "I act as the purchasing lead for Kestrel Foods". The post must be a role or trade ("I work as
 * hard as anyone at Acme" names none); the last workplace is captured for the caller to vet. Lowercased.
 */
export const SERVE_AS = screened(
  ['serve as ', 'work as ', 'act as ', 'operate as ', 'function as '],
  /\bi\s+(?:(?:now|currently|also)\s+)?(?:serve|work|act|operate|function)\s+as\s+(?:(?:the|a|an|our|their)\s+)?((?:[\p{L}&/-]+\s+){0,5})(?:at|for|with|in)\s+(?!(?:the|a|an|our|my|your|their|this|that|these|those|you|them|it|scale|least|home|work|night|nights|once|times|now|all)\b)([\p{L}][\p{L}\p{N}&.-]*)/u,
);
/** A role or trade among the words of a post: "director of capture", "fleet analyst", "purchasing lead". */
export const POST_WORD = new RegExp(`(?:^|\\s)(?:${ROLE_RE}|${OCCUPATIONS}|${AGENT_NOUN})\\s`, 'u');

/**
 * "I'm a wine importer in Toronto", "I am an auditor for Nordic councils at Validra": any trade, said
 * with where it is done (a capital after the preposition, or a bracket that says more).
 */
export const I_AM_AGENT_IN = new RegExp(
  `\\b(?:[Ii]'?m|[Ii] am)\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,3}?${AGENT_NOUN}\\s*,?\\s+(?:in|at|for|with|from|based in|on)\\s+(?:the\\s+)?[\\p{Lu}(]`,
  'u',
);

/**
 * Who I am without a verb: a line that is only names and where they work, the way a signature reads
 * ("Oskar Lindqvist, Tallbarn Freight.", "Maya Ortiz, Dev Patel, Quarrytalent recruiting.", "— Ana
 * Silva, Brisa"). Every word of a name and of the organisation is capitalised and nothing else is
 * said, so "Happy Friday, Team." or "Monday again, busy week." are not one.
 */
const PERSON = "\\p{Lu}\\p{Ll}+(?:[-']\\p{Lu}?\\p{Ll}+)?";
// Or a surname after the initials of the first names, as a signature gives it: "J. Brockmeier", "M.-È. Tremblay".
const PERSON_NAME = `(?:(?:\\p{Lu}\\.(?:-\\p{Lu}\\.)?\\s?){1,2}${PERSON}|${PERSON}(?:\\s+${PERSON}){0,2})`;
const ORGANISATION = "\\p{Lu}[\\p{L}\\p{N}&.'-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'-]*){0,3}";
/** A role in place of the organisation, in either case: "Priya Menon, head of growth.", "Ana Silva, Founder". */
const ROLE_ANY_CASE = `(?:(?:the|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_WORDS.map((w) => `[${(w[0] ?? '').toUpperCase()}${w[0] ?? ''}]${w.slice(1).replace('-', '-?')}`).join('|')})\\b(?:\\s+(?:of|at|for|with)\\s+[\\p{L}\\p{N}&\\s-]{1,40}|,\\s*[\\p{L}\\p{N}&\\s-]{1,40}|\\s+[\\p{L}-]+)?`;
/**
 * A trade in any of the checked languages, whatever it is called: an agent noun ("broker", "surveyor",
 * "Verkaufsingenieur", "ingeniera", "courtière", "engenheiro"). Only ever read with where it is done after it.
 */
const TRADE = `(?:${ROLE_RE}|${AGENT_NOUN}|${OCCUPATIONS}|[\\p{L}-]*(?:ingenieur|berater|leiter|makler|vertreter|techniker|planer|architekt|entwickler|inhaber|geschäftsführer|gründer|verkäufer|referent|spezialist|experte)(?:in)?|(?:ingenier|ingénieur|engenheir|direct|diret|gerente|gérant|asesor|assessor|consult|conseill|corre[dt]or|courti|arquitect|arquitet|architect|técnic|technicien|fundador|fondat|especialista|spécialiste|agente|representante|responsable|responsável|comercial|commercial|chargé)[\\p{L}]*)`;
/**
 * A trade and where it is done, after a name: "insurance broker in Ennis", "Verkaufsingenieur bei der Aare
 * Hydraulik AG", "ingénieure commerciale chez Flotteo": the place is a capitalised name.
 */
const TRADE_AT = `(?:(?:the|a|an|un|une|una|um|uma|ein|eine)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${TRADE}(?:\\s+(?:de|des|du|da|do|für)\\s+\\p{Ll}[\\p{L}-]+|\\s+\\p{Ll}[\\p{L}-]+)?\\s+(?:in|near|outside|at|for|with|bei|von|vom|chez|à|en|em|na|no|da|do|de|del|aus|im)\\s+(?:(?:der|die|dem|den|the|la|le|l'|el|a|o|los|las)\\s+)?${ORGANISATION}`;
/** Where the sender or their firm is, after it: "in Ennis", "in Burgdorf", "à Lyon", "em Campinas". */
const PLACE_TAIL =
  '(?:,?\\s+(?:in|near|outside|bei|aus|en|em|à|na|no)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)?';
/** What a sender adds after the organisation: "recruiting", "here", "talent team". */
const ORGANISATION_TAIL = `(?:\\s+(?:recruiting|hiring|talent|team|here|hier|aqui|aquí|ici))*${PLACE_TAIL}`;
export const NAME_AND_ORGANISATION = new RegExp(
  `^[\\u2014\\u2013-]?\\s*(?!(?:Thanks|Thank|Congrats|Congratulations|Happy|Good|Great|Quick|Best|Cheers|Regards|Dear|Hi|Hey|Hello|Hiya|Howdy|Greetings|Morning|Evening|Oi|Ola|Olá|Hola|Buenas|Buenos|Bom|Boa|Hallo|Moin|Servus|Guten|Liebe|Lieber|Bonjour|Salut|Cher|Chère|Caro|Cara|Ciao|Hej|Welcome|Sorry|Yes|No|Please|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\\b)(${PERSON_NAME})(?:\\s*(?:,|&|\\band\\b|\\bund\\b|\\by\\b|\\be\\b|\\bet\\b)\\s*${PERSON_NAME})*\\s*(?:,|\\s[\\u2014\\u2013-]|\\s\\/|\\s\\|)\\s*(?:(?:(?:from|at|of|de|da|do|del|von|bei|chez)\\s+)?${ORGANISATION}|${ROLE_ANY_CASE}|${TRADE_AT})${ORGANISATION_TAIL}\\s*[.!]?$`,
  'u',
);
/** The same in lowercase ("ivo, noor haddad, kilnworks."), after an optional addressee: the name's first word must be a first name. */
export const NAME_AND_ORGANISATION_CASELESS =
  /^(?:(?:(?:hi|hey|hello|yo|dear|hiya)\s+)?[\p{L}'-]+\s*,\s*)?([\p{L}'-]{2,})(?:\s+[\p{L}'-]{2,}){0,2}\s*(?:,|\s[\u2014\u2013-])\s*([\p{L}\p{N}][\p{L}\p{N}&.'-]*(?:\s+[\p{L}\p{N}&.'-]+)?)(?:\s+(?:recruiting|hiring|talent|team|here))*\s*[.!]?$/u;

/**
 * A name, then what the sender does there, then where, with no verb: "Yusuf, partnerships at Clean
 * Water Kenya.", "— Ana Silva, bids and tenders for Formwerk", "noor, growth @ kilnworks". The words
 * between are vetted by the caller (no verb, adjective or pronoun: "Anna, great seeing you at Expo" is not one).
 */
export const NAME_WORK_AT =
  /^[\u2014\u2013-]?\s*(?!(?:i'?m|i|we|we're|my|this|it's|our)\b)(\p{L}[\p{L}'-]+(?:\s+\p{L}[\p{L}'-]+)?)\s*,\s*((?:[\p{L}&/-]+\s+){0,3}[\p{L}&/-]+)\s+(?:at|of|for|with|from|@)\s+(\p{L}[\p{L}\p{N}&.'-]*(?:\s+[\p{L}\p{N}&.'-]+){0,3})\s*[.!]?$/u;

/**
 * The sender presented by where they work: "Castwell's Priya here", "Talentbridge's Kwame here!",
 * "Funnelly's Sam." (the whole line), "Weldtek applications team here (Hana)". Organisation and name are captured for the caller to vet.
 */
export const ORGANISATION_PERSON_HERE =
  /(?:^|[\s,.;(\u2014\u2013-])(\p{L}[\p{L}\p{N}&.-]*)['\u2019]s\s+(\p{L}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)(?:\s+here\b|\s*[.!]?$)/u;
/** "deano here, paid social for climbing gyms", "Priya here!": a name and "here" open the sentence. The name is vetted by the caller. */
export const NAME_HERE = /^\W*(\p{L}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+here\s*(?:[,.!;:(\u2014\u2013-]|$)/u;
export const HERE_THEN_NAME =
  /^\W*((?:[\p{L}\p{N}&.'-]+\s+){1,4})here\s*\(\s*(\p{L}[\p{L}'-]+(?:\s+\p{L}[\p{L}'-]+)?)\s*\)/u;

/** A signature that is only a team, not a person ("The NovaAI Team", "Recruiting Team"). */
// ---------- why you ----------

/** Media that say things of people: what mediumSaid looks for before what it said. */
const MEDIA = [
  'post',
  'podcast',
  'episode',
  'show',
  'radio',
  'news',
  'paper',
  'press',
  'article',
  'piece',
  'interview',
  'bulletin',
  'newsletter',
  'report',
  'story',
  'video',
  'thread',
  'update',
  'feature',
  'segment',
  'column',
  'blog',
  'panel',
  'talk',
  'webinar',
  'keynote',
  'broadcast',
  'feed',
];

export const WHY = {
  /** "your Fintech Forum talk", "Nordvik's post on…", "your lab's bioRxiv preprint". */
  // Their time is asked for, not a work of theirs: "20 minutes of your time for a quick demo".
  artifact: new RegExp(
    `\\b(?:your|ur|yr|(?!(?:let|it|that|what|there|here|who|he|she|where|today|one|everyone|nobody)'s)[^\\s'"]+'s)\\s+(?!(?:time|attention|calendar|schedule|diary|inbox)\\b)(?:(?!(?:are|is|was|were|be|been)\\s)[^\\s]+\\s+){0,5}?${ARTIFACT}\\b`,
    // Not 'u': case-insensitive Unicode matching costs several times more, and [^\s] already
    // takes "Orée's" whole.
    'i',
  ),
  /** "thanks for PR #412 on hookcheck", "thank you for the talk at KubeCon": their work, thanked for. */
  thankedFor: new RegExp(
    `\\bthank(?:s| you)\\s+(?:(?:so much|again|a lot)\\s+)?for\\s+(?:(?:the|that|this|your)\\s+)?(?:(?!(?:our|my|attending|joining|registering|coming|signing|downloading|watching|reading|listening|visiting)\\b)[^\\s]+\\s+){0,2}?${ARTIFACT}\\b`,
    'i',
  ),
  /** "you did a video on …", "you recorded an episode about …": something of theirs, said with a verb. */
  youMade: new RegExp(
    `\\byou(?:'ve| have)?\\s+(?:did|done|made|recorded|filmed|put out|posted|gave|wrote|published|shared|hosted|ran|released|launched|filed|opened|submitted|merged|committed|pushed|raised)\\s+(?:(?:a|an|the|that|this|one)\\s+)?(?:[^\\s]+\\s+){0,2}?${ARTIFACT}\\b`,
    'i',
  ),
  /** What pins an artifact down: its topic, place or content right after it. */
  artifactTopic: /^\s*(?:on|about|where|in|at|from|for|showing|that|which|with|of|—|–|-|,|:|\(|")/i,
  /** "you mentioned", "your team presented", "you're speaking at", "you've started". */
  youDid:
    /(?<!\b(?:if|whether|case)\s+)\b(?:you|u|your (?:[\w-]+ )?(?:team|group|office|lab|company|network|school|department|association|lead|manager|director|engineer|crew|ceo|cto|cfo|coo|founder|co-founder|colleague|boss|vp|buyer|staff|people|folks|recruiter|partner))\s+(?:\w+\s+){0,2}?(?:(?:answered|replied to|responded to|took) (?:my|our)|(?:were|was) (?:asking|looking for|seeking)|sought|mentioned|said|wrote|shared|posted|asked|described|called|noted|showed|presented|argued|explained|talked about|spoke|raised|pointed out|co-authored|authored|published|tweeted|highlighted|flagged|announced|gave|ran|hosted|led|launched|opened|won|started|built|shipped|released|lost|cut|moved|hired|raised|joined|(?:are|'re)\s+(?:now\s+)?(?:speaking|hiring|planning|rebuilding|piloting|moving|migrating|rolling|expanding|opening|launching|leading|building|considering|running|starting|reviewing|switching|entering|adding|using|testing|rethinking)|(?:have|'ve)\s+(?:just\s+)?(?:started|launched|opened|built|moved|hired|published|won|raised))\b/i,
  /** "I saw", "read", "heard", "noticed" … the start of a concrete detail, or of flattery. */
  perceived: screened(
    [
      'saw',
      'see',
      'notice',
      'noted',
      'read',
      'heard',
      'learned',
      'spotted',
      'caught',
      'watched',
      'listened to',
      'enjoyed',
      'loved',
      'came across',
      'found',
      'followed',
      'was in the room for',
      'attended',
      'liked',
      'gather',
    ],
    /(?:^\W*|^[^\s,]+(?:,\s+|\s+[-–—]\s+|\s*[–—]\s*)|\b(?:[Ii]|[Ww]e|[Ii]'ve|[Ww]e've|[Ii] have|[Ii] was|[Ww]e were|just|recently|also|really|actually|finally|[Ff]irst)\s+)(?:saw|see|seen|noticed|notice|noted|read|heard|learned|spotted|caught|watched|listened to|enjoyed|loved|came across|found|followed|was in the room for|attended|liked|gather)\b/i,
  ),
  /**
   * A paper or a person telling of them, the sender's reading left unsaid: "The Shields Gazette says you
   * start the repaint next month", "Construction News reports that Halden Homes…". What follows must be
   * about them (you, your, their company); the caller counts its specifics as after a verb of seeing.
   */
  reported:
    /(?:^|[\s,;:(])(?:[Tt]he\s+)?\p{Lu}[\p{L}'.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'.&-]*){0,3}\s+(?:says|said|reports|reported|writes|wrote|notes|noted)\s+(?:that\s+)?/u,
  /** Objects of perception that fit anyone: a profile, a background, a career. */
  genericTarget:
    /^\W*(?:(?:that\s+)?your\s+(?:(?:impressive|amazing|incredible|great|strong|linkedin|recent|career|professional)\s+)*(?:profile|background|experience|career|journey|achievements?|accomplishments|success|leadership|vision|work|company|business|website)\b(?!\s+(?:on|about|in|is|are|has|have|just|recently)\b)|you(?:'re| are)\s+(?:the|an?)\s|we (?:have|share)|we(?:'re| are) both\b|(?:that\s+)?you (?:work|are) (?:in|at)\b)/i,
  congrats: /\bcongrat(?:s|ulations)\b[^.!?]{0,15}?\bon\b\s+([^.!?]{3,100})/i,
  mutualNamed:
    /\b(?:[Mm]utual (?:connection|contact|friend|colleague)|[Ff]ormer colleague|[Cc]olleague|[Ff]riend)s?\s*,?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u,
  referredBy:
    /\b\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'-]+\b[^.!?]{0,60}?\b(?:suggested|recommended|referred|introduced|told me|mentioned that you|thought (?:you|I|it|we)|said you|pointed me|asked me to (?:reach|write|get))\b/u,
  introVia: /\b(?:[Ii]ntro(?:duction)?|[Rr]eferred|[Rr]eferral)\s+(?:via|by|from|through)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u,
  vagueMutual: screened(
    ['mutual '],
    /\b(?:several|many|some|a few|lots of|\d+)\s+mutual (?:connections|contacts|friends)\b/i,
  ),
  met: /\b(?:(?:nice|great|good|lovely) (?:meeting|to meet|chatting|talking|speaking)(?: with)?(?: you| u)?(?: briefly)?\s+(?:at|during|on|after)|we (?:met|spoke|chatted|talked) (?:at|during|on|briefly|last))\b/i,
  bothAt: /\bwe (?:were )?both (?:at|in|attended|spoke at|went to)\s+(?:the\s+)?["'\p{Lu}]/u,
  alumni: /\b(?:fellow|both)\b[^.!?]{0,40}\b(?:alum|alumni|alumnus|alumna|grads?|graduates?)\b/i,
  /**
   * Time spent with them in person, said as it was: "It was a pleasure to sit beside you at the dinner",
   * "good to share a table with you at…", "you sat next to me at…".
   */
  satWith:
    /\b(?:(?:good|great|nice|lovely|fun|a pleasure)\s+(?:to\s+)?(?:see|seeing|catch(?:ing)? up with|bump(?:ing)? into|run(?:ning)? into)\s+you|thanks?(?:\s+you)?\s+(?:again\s+)?for\s+(?:the|our|your)\s+(?:(?:quick|short|brief|long|great|lovely)\s+)?(?:chat|conversation|coffee|call|time|lunch|drink|drinks|tour|walk-?round|visit)|thanks?(?:\s+you)?\s+(?:again\s+)?for\s+(?:taking|showing|walking)\s+(?:me|us)\s+(?:round|around|through)|you\s+(?:were\s+kind\s+enough\s+to\s+)?(?:gave|give|handed|hand)\s+me\s+your\s+(?:card|number)|(?:we|you and i)\s+(?:were|sat|served)\s+(?:both\s+)?(?:on|in|at)\s+the\s+same\s+(?:panel|table|course|cohort|programme|program|board|committee|flight|stand|project))\b[^.!?]{0,40}?\b(?:at|on|during|after|in|last|yesterday|today|this)\b|\b(?:(?:pleasure|privilege|good|great|nice|lovely|fun)\s+(?:to\s+|of\s+)?(?:sit|sitting|share|sharing|be seated|being seated)\b[^.!?]{0,25}?\b(?:beside|next to|across from|opposite|with)\s+you|(?:i|we)\s+sat\s+(?:beside|next to|across from|opposite|with)\s+you|you\s+sat\s+(?:beside|next to|across from|opposite)\s+me)\b[^.!?]{0,40}?\b(?:at|during|on|after|in)\b/i,
  /** Something promised or asked of the sender by them before: "I promised you the name of…", "you asked me about…". */
  promised:
    /\b(?:[Ii]\s+(?:promised|owe)\s+you\b|[Ii]\s+(?:said|told you)\s+[Ii](?:'d| would)\s+(?:send|find|dig|get|share|pass|introduce)\b|you\s+asked\s+(?:me|us)\s+(?:for|about|whether|if|to|at|on|last)\b|\b[Aa]s\s+[Ii]\s+promised\s+(?:on|at|in|when|after|last|yesterday|over)\b)/,
  /**
   * A workplace both worked at, named: "fellow ex-Skyroute crew here", "we both did time at Unilever's
   * Thika site", "you and I overlapped at Maersk", "ex-Deloitte like you".
   */
  sharedPast:
    /\bfellow\s+(?:ex-?|former\s+)\p{Lu}|\bex-\p{Lu}[\p{L}\p{N}&.-]*\s+(?:crew|colleague|alum|too|here|like you|as well)\b|\b(?:[Ww]e|[Yy]ou and I)\s+(?:both\s+|once\s+)?(?:worked|did time|served|overlapped|trained)\b(?:\s+(?:together|both|on|in|for|at)\b)?[^.!?]{0,30}?\b(?:at|for|with|in)\s+\p{Lu}[\p{L}\p{N}&.-]*(?:'s)?\b/u,
  theyInitiated:
    /\b(?:thank(?:s| you)(?: so much)? for (?:the|your) (?:invite|invitation|connection request|request to connect)|what (?:made|prompted) you (?:to )?(?:reach out|connect|get in touch)|thank(?:s| you) for reaching out)\b/i,
  theyEngaged:
    /\bthank(?:s| you)(?: so much)? for (?:commenting|your comment|sharing|shareing|mentioning|the mention|featuring|liking)\b/i,
  usedTheirs:
    /\b[Ii] (?:tried|used|tested|downloaded|played|bought|signed up for|visited|ordered from)\s+(?:your|(?:[\p{L}\p{N}&.-]+\s+){0,3}[\p{L}\p{N}&.-]+'s)\s/u,
  /**
   * The sender's own recent purchase or sign-up, subject often dropped: "ordered the linen set on
   * Sunday", "I signed up for the trial yesterday". Theirs only when a customer-facing part of it
   * (checkout, app, parcel…) is named here or next (see readWhyYou); a laptop bought last night is not.
   */
  boughtRecently: screened(
    ['bought', 'ordered', 'signed up', 'booked', 'downloaded', 'installed', 'subscribed'],
    /(?:^\W*|\bi\s+(?:just\s+)?)(?:bought|ordered|signed up for|booked|downloaded|installed|subscribed to)\s+(?:the|a|an|one|two|your|\d+)\b[^.!?]{0,50}?\b(?:last (?:night|week|weekend|month)|yesterday|this (?:morning|week|weekend)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i,
  ),
  theirSurface:
    /\b(?:checkout|cart|basket|app|site|website|product page|sign-?up (?:flow|form)|form|field|button|delivery|parcel|packaging|order confirmation|onboarding|tracking (?:page|link|email))\b/i,
  your: screened(['your'], /\byour\b/i),
  /**
   * A person who told the sender about them, named in any case ("Farah Aziz (she ran RevOps) said…",
   * "joseph at the Eldoret seed fair said…", "Wen Li from your Lisbon office mentioned…"). The
   * speaker is any word but a pronoun, so the reference holds whoever it is.
   */
  referrer: screened(
    [
      'said',
      'mentioned',
      'told me',
      'suggested',
      'recommended',
      'pointed me',
      'thought you',
      'put us in touch',
      'introduced us',
      'introduced me',
      'referred me',
      'connected me',
      'says you',
      'tells me',
      'gave me your',
      'passed me your',
      'passed on your',
      'put me onto',
      'put me on to',
      'sent me your way',
    ],
    // Or someone of theirs, unnamed but placed by the tie: "a neighbour of yours on Mill Lane tells me you…".
    /(?:^|^[^\s,]+,\s+|[,;:\u2014-]\s*)(?!(?:i|we|you|they|he|she|it|this|that|someone|somebody|people|everyone|nobody|many|most|my|our|your|the|a|an|one|which|who)\b)\p{L}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'-]*)?\s+(?:\([^)]{1,120}\)\s+)?(?:(?:from|at|on|in|of|with)\s+[^.!?]{1,60}?\s+)?(?:said|mentioned|told me|tells me|suggested|recommended|pointed me|thought you|put us in touch|introduced us|(?:introduced|referred|connected) me(?=\s+(?:to|with)\s+(?:you|your|u)\b|\s*[,.;\u2014-]|\s*$)|says you|put me on(?:to| to) you|sent me your way|gave me your (?:contact|number|email|details|name|card)|passed (?:me|on) your (?:contact|number|email|details|name))\b|\b(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:of yours|of your [\p{L}-]+)\b[^.!?]{0,50}?\b(?:said|mentioned|told me|tells me|says)\b/iu,
  ),
  /**
   * A role they are hiring for, said to be open: "your night-shift nurse role in Bristol has been up
   * for 7 weeks", "Kestrel's data lead position was reposted on Monday". Their role as such ("your
   * role as HR director") is not one.
   */
  openRole:
    /\b(?:[Yy]our|\p{Lu}[\p{L}\p{N}&.-]*'s)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:role|position|opening|job|req)s?\b[^.!?]{0,60}?\b(?:(?:has|have) been (?:up|open|live|posted|advertised|listed|online)|(?:was|were|got|been) (?:re-?)?(?:posted|advertised|listed|opened)|re-?posted|re-?opened|re-?listed|open (?:since|for)|(?:is|are) (?:still )?(?:open|live|up))\b/u,
  /**
   * Something they did, in the past tense, with the reader as its subject: "you commented on the SKR
   * post", "you've migrated 40 stores". The caller wants a concrete thing after it; a wish ("you
   * needed", "you wanted") or a hypothesis ("if you switched") is not one.
   */
  youPast:
    /\byou(?:'ve| have)?\s+(?:(?:just|recently|also|once|kindly|publicly)\s+)?(?!(?:needed|wanted|wished|preferred|expected|liked|interested|based|located|qualified|used|tried|considered)\b)\p{Ll}{3,}ed\b/u,
  /**
   * What makes "you …ed" a hypothesis or a pleasantry, not an event: "if you switched", "whether you
   * moved", "hope you enjoyed Easter".
   */
  hypothesis: /\b(?:if|whether|unless|in case|once|when|should|what|how|hope|hoping|trust)\b[^,;.]*$/i,
  /**
   * A verb in the past tense, as a verb: an irregular one, or "-ed" after anything but an article, a
   * possessive or a present "is/are" ("your dedicated team", "you are talented" are adjectives).
   */
  happened:
    /\b(?:was|were|got|made|set|ran|won|gave|took|wrote|said|left|came|went|spoke|began|grew|rose|fell|led|held|built|sent|brought|told|became|drew|broke|shut)\b|(?<!\b(?:your|the|a|an|our|my|their|its|is|are|be|been|being|'re|'s)\s+)\b\p{Ll}{3,}ed\b/u,
  /** A modal or future: what could happen, not what did. */
  mood: /\b(?:could|would|will|can|might|may|should|must|'ll|'d)\b/i,
  /**
   * A hiring signal: a job post, ad or vacancy of theirs naming the role ("the job post for a robotics
   * technician at Lagos Steelworks", "your advert for two welders"). The caller wants it to be theirs.
   */
  hiring: screened(
    ['job ', 'vacanc', 'advert', 'opening', 'posting', 'listing'],
    new RegExp(
      `\\b(?:job\\s+(?:posts?|postings?|ads?|adverts?|advertisements?|listings?|openings?|descriptions?|specs?)|vacanc(?:y|ies)|adverts?|openings?|postings?|listings?)\\b[^.!?]{0,40}?\\bfor\\s+(?:an?|the|two|three|four|five|\\d+|new|more|another)?\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_RE}|${OCCUPATIONS}|${AGENT_NOUN}|technician|nurse|clerk|driver|chef|cook|welder|receptionist|assistant|intern|apprentice|teacher|scientist)s?\\b`,
      'iu',
    ),
  ),
  /** A document or event of an organisation: with a number or a name, it is a concrete reference to them. */
  source: screened(
    [
      'rfp',
      'tender',
      'filing',
      's-1',
      '10-k',
      'application',
      'posting',
      'opening',
      'vacancy',
      'minutes',
      'committee papers',
      'annual report',
      'bulletin',
      'release notes',
      'press release',
      'reviews',
      'survey',
      'reel',
      'preprint',
      'patent',
      'listing',
      'job ad',
      'role #',
      'financial close',
      'licitación',
      'budget',
      'capital plan',
      'capital program',
      'agenda',
      'strategic plan',
      'call for',
      'calls for',
      'request for',
      'requests for',
      'invitation to tender',
    ],
    /\b(?:calls? for (?:contractors|bids|tenders|proposals|quotes|quotations|suppliers|vendors|submissions|expressions of interest)|requests? for (?:quotes?|quotations?|proposals?|tenders?|bids?)|invitations? to tender|(?:fy\s?'?\d{2,4}|20\d{2}(?:[/–-]\d{2,4})?)\s+budget(?:\s+(?:item|line|book|document|papers?))?|budget (?:item|line|book|document|papers?)|capital (?:plan|programme|program)|agenda(?: item)?|strategic plan|rfps?|tenders?|filings?|s-1|10-k|(?:planning|patent|grant|building) applications?|job (?:posting|ad|advert)s?|postings?|openings?|vacanc(?:y|ies)|(?:board|meeting|council|committee|cabinet|senate|faculty) minutes|minutes of the|committee papers|annual report|bulletin|release notes|press release|reviews|survey|reels?|preprint|patent|listing|role #\d+|financial close)\b/i,
  ),
  /**
   * The sender at a place of theirs in person: "drove past your site on Harland Road", "stopped by your
   * depot", "was in your Kettle Street shop". The caller wants the place, a day or a count named with it.
   */
  visited: screened(
    [
      'drove',
      'walked',
      'cycled',
      'rode',
      'went',
      'came',
      'stopped',
      'popped',
      'dropped',
      'passed',
      'was',
      'were',
      'been',
    ],
    /\b(?:drove|walked|cycled|rode|went|came|stopped|popped|dropped|passed|was|were|been)\s+(?:in\s+|round\s+)?(?:past|by|at|into|in|through|outside|round|around|to)\s+(?:one of\s+)?your\s/i,
    ['your'],
  ),
  /**
   * A site of theirs called by its name: "your Castleford warehouse", "your Gebze plant", "your Norwich
   * branch". Only someone who looked knows which; the caller drops their company's own name and a
   * platform's ("your Shopify store").
   */
  namedSite:
    /\byour\s+(?:new\s+|old\s+|main\s+)?(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})\s+(?:site|plant|warehouse|branch|store|shop|depot|yard|factory|mill|office|clinic|hospital|hotel|restaurant|kitchen|bakery|farm|mine|terminal|hub|campus|facility|lab|school|showroom|distribution cent(?:re|er)|fulfil?ment cent(?:re|er))s?\b/u,
  /**
   * A medium that said something: a post, podcast, bulletin, broadcast, and the word that opens what it
   * said ("…on the radio that…", "the podcast where…", "a post by the port authority said…").
   */
  mediumSaid: screened(
    MEDIA,
    new RegExp(
      `\\b(?:${MEDIA.join('|')})\\b[^.!?]{0,50}?\\b(?:that|where|saying|say|says|said|reported|reports|mentioned|noted|showed|shows|announced|about|on how|how|when)\\s+`,
      'i',
    ),
    ['that', 'where', 'say', 'said', 'report', 'mentioned', 'noted', 'show', 'announced', 'about', 'how', 'when'],
  ),
  /**
   * Their organisation as the owner of something: "Galil's S-1", "Lumitex's published patent application".
   * A rank after it is a boast about whoever is ranked ("Paystride is West Africa's most complete payroll
   * platform", "India's leading …"), not a thing of theirs; "most recent" and "latest" are still theirs.
   */
  possessive:
    /(?:^|\s)(?!(?:Let|It|That|What|There|Here|He|She|Who|Where|Today|One|Everyone|Nobody|Everybody|Other)'s)\p{Lu}[\p{L}\p{N}&.-]*'s\s(?!(?:leading|largest|biggest|fastest[- ]growing|most (?!recent\b)[\p{L}-]+|top|first|only|premier|best|no\.? ?1|#1|number one|favou?rite)\b)/u,
} as const;

/**
 * Cheap first looks, so the heavier patterns of "why you" and "who I am" only run on sentences that
 * could match them. All but the first are screened too, so most sentences skip even these. Those
 * marked "lowercased" run on the sentence's lowercased text.
 */
export const MAY = {
  /**
   * Lowercased. Nearly every sentence passes; it keeps a "Thanks!" or "Best," from the rest. No /i: the text
   * is lowercase already, and without the flag (its words are ASCII) it matches the same at about half the cost.
   */
  introduce: /\b(?:i|i'm|im|i've|we|we're|my|this is|here|from|with|at|introduce|share a bit)\b/,
  /** Lowercased: any of these, anywhere ("I'm", "my name", "it's"). */
  introduceSelf: screened(
    ["i'm", 'i am', 'im ', 'this is', 'my name', "it's", 'i work as'],
    /i'm|i am|im |this is|my name|it's|i work as/,
  ),
  /** Lowercased. */
  nameOrganisation: screened(["we're", 'we are', 'i run', 'i work'], /we're|we are|i run|i work/),
  nameSomeone: screened(
    [
      'suggest',
      'recommend',
      'referr',
      'told me',
      'mentioned',
      'thought',
      'said you',
      'pointed me',
      'asked me',
      'mutual',
      'colleague',
      'friend',
      'intro',
    ],
    /\b(?:suggest|recommend|referr|introduc|told me|mentioned|thought|said you|pointed me|asked me|mutual|colleague|friend|intro)/i,
  ),
  /** Lowercased. */
  doWork: screened(
    [
      'i lead',
      'i run',
      'i head',
      'i manage',
      'i own',
      'i look',
      'i oversee',
      'i work',
      'i do',
      'i build',
      'i coordinate',
      'i recruit',
      'i host',
      'i handle',
      'i cover',
      'i advise',
      'i teach',
      'i support',
      'i sell',
      'i direct',
      'i founded',
      'i co-founded',
      'i started',
      'i represent',
      'i am responsible',
      'i act for',
      'i act on behalf',
      ...TRADE_VERBS.split('|').map((verb) => `i ${verb}`),
    ],
    new RegExp(
      `\\bi (?:lead|run|head|manage|own|look|oversee|work|do|build|coordinate|recruit|host|handle|cover|advise|teach|support|sell|direct|founded|co-founded|started|represent|am responsible|act for|act on behalf|${TRADE_VERBS})`,
    ),
  ),
  // "ur" and "yr" are how some write "your": "saw ur talk at pgconf".
  haveArtifact: screened(['your', "'s", 'ur ', 'yr '], /\byour\b|'s\b|\b(?:ur|yr) /i),
  /** Lowercased, like the rest below. */
  haveMet: screened(['meet', 'met', 'chat', 'talk', 'spok', 'speak'], /\b(?:meet|met|chat|talk|spok|speak)/),
  haveUsed: screened(
    ['i tried', 'i used', 'i tested', 'i downloaded', 'i played', 'i bought', 'i signed', 'i visited', 'i ordered'],
    /\bi (?:tried|used|tested|downloaded|played|bought|signed|visited|ordered)/,
  ),
  thank: screened(['thank', 'made you', 'prompted you'], /thank|made you|prompted you/),
  alumni: screened(['alum', 'grad'], /alum|grad/),
} as const;

/**
 * Praise of a person's generic attributes, however worded: "your career journey is truly inspiring",
 * "I admire the incredible impact you've made", "you are clearly one of the most respected voices",
 * "leaders like you are rare", "total respect for what you've built". A named work praised ("your
 * talk at PGConf was brilliant") is not one: the attributes are those every profile has.
 */
const PRAISED_ATTRIBUTE = [
  'your (?:[\\w-]+ ){0,2}(?:career|journey|leadership|dedication|passion|impact|achievements|success|story|vision|work ethic|expertise|experience|background|track record|contributions?|commitment|reputation)\\b(?:[^.!?]{0,40}?)\\b(?:is|are|has been|have been) (?:(?:truly|so|really|clearly|very|incredibly|absolutely|genuinely|just|quite) )*(?:inspiring|remarkable|impressive|incredible|amazing|outstanding|exceptional|admirable|phenomenal|extraordinary|stellar|brilliant|fantastic|an inspiration)',
  "(?:really |truly |greatly |deeply |sincerely |so much )?admire (?:very much |so much |greatly )?(?:the|your|all|everything)\\b[^.!?]{0,20}?\\b(?:incredible|impact|leadership|career|journey|work|success|vision|passion|dedication|achievements|you(?:'ve| have) (?:built|achieved|done|made))",
  "you(?:'re| are) (?:(?:clearly|truly|definitely|certainly|surely|really|such) )*(?:one of the (?:most |best |top )?|such an? |an? )(?:[\\w-]+ )?(?:respected|inspiring|influential|impressive|admired|brilliant|remarkable|inspiration|exceptional|outstanding)",
  '(?:leaders|people|professionals|executives|founders) like you(?:rself)? (?:are|make|inspire)\\b',
  "(?:total |huge |so much |great |massive )?respect (?:for )?(?:what|everything|all) you(?:'ve| have) (?:built|achieved|done|created)",
  // Praise of what they built with nothing of it named: "Impressive what you have built at Innviertler Kunststoffwerke".
  "(?:impressive|amazing|incredible|remarkable|inspiring|admirable|phenomenal|extraordinary|outstanding) (?:to see )?(?:what|everything|all) you(?:'ve| have)? (?:built|achieved|done|created|accomplished)",
  // Their career followed from afar: "I have followed your career for a long time with great respect".
  "(?:(?:have|'ve) (?:long |always )?(?:been )?)?follow(?:ed|ing)? your (?:career|journey|path|trajectory)\\b",
].join('|');

/** Flattery that fits anyone: the opposite of a concrete detail. */
export const FLATTERY = screenedBranches({ prefix: '\\b', suffix: '\\b', flags: 'i' }, [
  [
    [
      'profile',
      'impress',
      'amazing',
      'incredible',
      'great',
      'stellar',
      'inspir',
      'thought leader',
      'visionary',
      'fan of',
      'love what',
      'love your work',
      'career',
      'respected',
      'rock',
      'leader like',
      'admire',
      'successful',
      'innovative',
      'background',
      'track record',
      'journey',
      'speak for',
      'speaks for',
      'honour',
      'honor',
      'remarkable',
      'outstanding',
      'exceptional',
      'admirab',
      'phenomenal',
      'extraordinary',
      'brilliant',
      'fantastic',
      'influential',
      'like you',
      'respect',
    ],
    `${PRAISED_ATTRIBUTE}|(?:what|such) an? (?:[\\w-]+\\s+)?(?:inspiring|impressive|amazing|incredible|fantastic|remarkable|great|stellar|brilliant|distinguished) (?:journey|career|background|profile|track record)|your (?:achievements|accomplishments|track record|work|career|success|results) speaks? for (?:itself|themselves)|(?:honou?red|privileged) to (?:write to|connect with|reach out to|contact|be writing to) (?:you|someone)|(?:great|impressive|amazing|incredible|stellar|strong|fantastic|excellent|distinguished|remarkable|outstanding|inspiring|brilliant|solid|wonderful)\\s+(?:linkedin\\s+)?(?:profile|background|career|track record)\\b|(?:long |always |really |greatly |much )?admired? your (?:[\\w-]+ )?(?:career|work|profile|background|journey|achievements|leadership|track record|culture|values|ethos|brand|reputation|mission)(?![\\w-]|\\s+(?:piece|post|article|talk|report|survey|podcast|interview|series|award|campaign|programme|program|policy|handbook|statement|deck|video|code)\\b)|one of the (?:most |best |top )?(?:respected|admired|trusted|loved|iconic|successful|recogni[sz]ed|innovative) (?:names|brands|companies|businesses|players|firms|employers|groups|houses)\b|(?:came|come) across your (?:linkedin )?profile|stumbled (?:up)?on your profile|your (?:linkedin )?profile (?:is|caught|stood|really)|your (?:(?:impressive|amazing|incredible|great|stellar|inspiring)\\s+)+(?:profile|background|experience|career|work|journey|achievements|leadership)|impress(?:ed|ive) (?:by|with) your (?:experience|background|profile|career|work|achievements|journey)|(?:noticed|saw|seen) your (?:impressive|amazing|incredible|strong) (?:background|profile|experience|career)|thought leader|visionary|inspired by your (?:vision|leadership|career|work|journey)|your (?:leadership|vision|career) (?:in|at)\\b[^.!?]{0,40}\\b(?:inspiring|impressive|amazing)|(?:huge|big) fan of your work|love your work\\b(?!\\s+on\\b)|love what you(?: all| guys| folks| lot)?(?:'re| are)? doing|following your (?:\\w+ )?career|impressed by your career|such an inspiring|a respected leader|rock ?star|your profile caught my eye|leader like you|(?:i )?admire what you(?:'re| are) doing|admire your (?:company|work|success|vision|business)|your (?:company|business|team|work)\\s+(?:(?:is|looks?)\\s+(?:very |so |really |truly |extremely )?|(?:very|so|really|truly|extremely)\\s+)(?:successful|innovative|impressive|inspiring|amazing)\\b`,
  ],
  // Admiration of their work, growth or company with nothing of it named: "impressed with your company's growth",
  // "I have long admired the work your clinic does", "love what you're building".
  [
    ['impressed', 'inspired', 'admire', 'love what'],
    `(?:impressed|inspired) (?:by|with) (?:(?:your|the) (?:(?:company|team|firm|business)'s )?(?:[\\w-]+ )?(?:growth|work|success|progress|journey|results|achievements|company|business|team)|what you(?:'ve| have|'re| are) (?:built|achieved|doing|building|creating))\\b(?!\\s+(?:on|at)\\s)|(?:long |always |really |greatly |much )?admired? the (?:[\\w-]+ )?(?:work|growth|success) (?:your|you)\\b|love what you(?: all| guys| folks| lot)?(?:'re| are)? (?:building|creating)|(?:impressed|inspired) (?:by|with) (?:the |your )?(?:(?:excellent|great|strong|outstanding|stellar|fine|solid|good) )?reputation(?: of (?:your|the) (?:firm|company|practice|business|team|agency|office|group|brand))?(?=\\s*(?:[.!?,;]|and\\b|$))`,
  ],
  // Their firm followed from afar, with nothing of it named: "I have been following Brightwell for some time and I am
  // really impressed", "I've followed your company for years".
  [
    ['follow'],
    `(?![^.!?]*\\d)(?:have|'ve) (?:long )?(?:been )?follow(?:ed|ing) (?:your (?:company|firm|practice|business|team|work|brand|agency|group)|[\\w&'-]+(?= for [\\w ]{1,20}? and (?:i(?:'m| am)|i(?:'ve| have) been) (?:(?:really|truly|very|so|always) )?(?:impressed|inspired))) for (?:some time|a while|quite a while|quite some time|a long time|years|many years|months)\\b`,
  ],
]);

// ---------- what's in it for you ----------

export const VALUE = {
  /**
   * A call or visit whose purpose is what they learn: "to tell you what I know", "to show you how that
   * worked", "to walk you through what the others fetched". Knowledge handed over, not a product shown.
   */
  // Every match also ends on what they learn, said with "what" or "how": the second list of keys ("share" is common).
  toTellWhat: screened(
    ['tell you', 'show you', 'walk you', 'take you', 'talk you', 'share', 'explain'],
    /(?:\bto|\b(?:i|we)\s+(?:can|could|will|would)|\b(?:i|we)(?:'d|'ll))\s+(?:gladly\s+|happily\s+)?(?:tell you|show you|walk you through|take you through|talk you through|share|explain)\s+(?:[^.?!]{1,60}?\s+and\s+)?(?:what\s+(?:i|we)\s+(?:know|found|learned|learnt|saw|heard|have seen)|how\s+(?:that|it|this|they|we)\s+(?:worked|was done|went|did it)|what\s+(?:[\p{L}-]+\s+){0,2}?(?:they|those|the others|theirs|each|(?:the\s+)?(?:earlier|other|similar|first|two|three|four|five)\s+(?:sites|teams|clients|customers|plants|companies|firms|hospitals|schools|councils|practices|farms|stores|fleets))\s+(?:got|did|saved|learned|learnt|found)|what\s+(?:[\p{L}\p{N}-]+\s+){0,7}?(?:fetched|paid|reached|achieved|sold for|went for|let for))\b/iu,
    ['what', 'how'],
  ),
  glad: screened(
    ['happy', 'glad', 'delighted', 'pleased'],
    /\b(?:(?:i|we)(?:'m|'d| am| would| will|'ll| are|'re)?\s+(?:be\s+)?(?:more than\s+|also\s+)?)?(?:happy|glad|delighted|pleased)\s+to\s+(?:[^.!?]{0,40}?\bor\s+(?:just\s+)?)?(?:send|share|pass|forward|dm|attach|post|run|rerun|walk|take you through|talk you through|go through|show you (?!(?:our|the platform|it in action)\b)|put together|pull together|pull|do|give|introduce(?!\s+(?:myself|ourselves|us|our|my)\b)|include|email|drop|point|put you in touch|connect you|offer|mock|draft|review|audit|check|test|benchmark|map|write|build|port|set up a (?:free|trial|pilot|sandbox)|lend|loan|host|cover|sponsor|donate|translate|compare|look at|look over|price|quote|model|sketch|prepare|make|carry out|conduct|undertake|perform|produce|set out|install|present|explain(?!\s+(?:our|how our|how we can|the platform|what we do)\b))\b/i,
  ),
  can: screened(
    ['i ', 'we ', "i'", "we'"],
    /\b(?:i|we)(?:\s+(?:can|could|will|would|should|might|may|would like to|would love to|want to|would be able to)|'ll|'d|'d(?: just| really)? like to|'d love to|'d be able to)\s+(?:also\s+|happily\s+|gladly\s+|just\s+)?(?:send|share|pass|forward|email|run|rerun|pull|give|offer|introduce(?!\s+(?:myself|ourselves|us|our|my)\b)|drop|point you|get you|set you up|include|credit|ship|provide|(?:walk|take|talk) (?:you|your (?:[\w-]+\s+){0,2}?(?:team|staff|crew|people|engineers|managers|leads|board|nurses|analysts|buyers|reps|folks))\s+through|connect you|put you in touch|show you|(?:cover|fill) (?:the|that|this) (?:gap|seat|role)|step in)\b/i,
    [
      'send',
      'share',
      'pass',
      'forward',
      'email',
      'run',
      'pull',
      'give',
      'offer',
      'introduce',
      'drop',
      'point you',
      'get you',
      'set you up',
      'include',
      'credit',
      'ship',
      'provide',
      'walk you through',
      'take you through',
      'talk you through',
      'walk your',
      'take your',
      'talk your',
      'connect you',
      'put you in touch',
      'show you',
      'the gap',
      'that gap',
      'this gap',
      'the seat',
      'the role',
      'step in',
    ],
  ),
  /**
   * An offer whose "I" is left out, as notes often do: "Can share what fixed it for them.", "we wrote
   * it up and could send it over"; "Happy to" is in `glad`. At the start of a clause only, or after a comma where what
   * is shared is what it did ("We consolidate returns for a few sellers, can share what it costs them"), not a brochure
   * or a demo ("We have a great platform, can send our brochure").
   */
  dropped: screened(
    ['can ', 'could ', 'will ', 'would '],
    /,\s*(?:can|could)\s+(?:also\s+|happily\s+|gladly\s+)?(?:share|send|pass|forward|email)\s+(?:you\s+)?(?:what|how|(?:the|our)\s+(?:numbers|figures|data|results|study|report|breakdown|case study|before[- ]and[- ]after))\b|(?:^|[\u2014\u2013:;]\s*|\s-\s*|\band\s+)(?:can|could|will|would)\s+(?:also\s+|happily\s+|gladly\s+|just\s+)?(?:send|share|pass|forward|email|give|introduce(?!\s+(?:myself|ourselves|us|our|my)\b)|(?:walk|take|talk) (?:you|your (?:[\w-]+\s+){0,2}?(?:team|staff|crew|people|engineers|managers|leads|board|nurses|analysts|buyers|reps|folks))\s+through|show you (?:how|on (?!(?:our|a demo)\b)|with your)|(?:run|check|map|model|price|audit|review|benchmark|test)\b(?=[^.?!;]{0,60}?\byour\b)|connect you|put you in touch)\b/i,
    // Its verbs: every match has one, and most sentences with "can" or "would" none.
    [
      'send',
      'share',
      'pass',
      'forward',
      'email',
      'give',
      'introduce',
      'walk',
      'take',
      'talk',
      'show you',
      'run',
      'check',
      'map',
      'model',
      'price',
      'audit',
      'review',
      'benchmark',
      'test',
      'connect you',
      'in touch',
    ],
  ),
  offerQuestion: screened(
    [
      'can i',
      'could i',
      'may i',
      'might i',
      'shall i',
      'should i',
      'want',
      'would',
      'mind if',
      'me sending',
      'if i ',
      'worth sending',
      'send it',
      'to send',
      'interested in',
      'fancy',
      'ok ',
      'okay',
    ],
    /\b(?:(?:open to|ok with|okay with|mind) me sending\b(?!\s+(?:you\s+)?(?:(?:a|an|our|my|the)\s+)?(?:quick\s+|short\s+|formal\s+)?(?:quote|proposal|contract|price list|pricing|brochure|calendar invite|invite|invitation|demo)\b)|(?:would it be|is it|would that be) (?:weird|odd|ok|okay|alright|all right|strange|too forward|a problem|helpful|useful) if i (?:sent|shared|send|share|forwarded|dropped|emailed)\b(?!\s+(?:you\s+)?(?:(?:a|an|our|my|the)\s+)?(?:quick\s+|short\s+|formal\s+)?(?:quote|proposal|contract|price list|pricing|brochure|calendar invite|invite|invitation|demo)\b)|(?:can|could|may|might|shall|should)\s+i\s+(?:send|share|email|pass|forward|drop|ship|get)(?!\s+(?:you\s+)?(?:(?:a|an|our|my|the)\s+)?(?:quick\s+|short\s+|formal\s+)?(?:quote|proposal|contract|price list|pricing|brochure|calendar invite|invite|invitation|demo)\b)|fancy (?:a|the|one|it)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:chat|call|catch-?up|coffee|meeting|demo|conversation|natter)\b)|want (?:one|a look)\b|ok(?:ay)? (?:to|if i) (?:email|send|share|drop|forward)(?!\s+(?:you\s+)?(?:(?:a|an|our|my|the)\s+)?(?:quick\s+|short\s+|formal\s+)?(?:quote|proposal|contract|price list|pricing|brochure|calendar invite|invite|invitation|demo)\b)|ok(?:ay)? if i (?:sent|shared|emailed|forwarded|dropped)(?!\s+(?:you\s+)?(?:(?:a|an|our|my|the)\s+)?(?:quick\s+|short\s+|formal\s+)?(?:quote|proposal|contract|price list|pricing|brochure|calendar invite|invite|invitation|demo)\b)|want\s+(?:me\s+to\s+(?:send|share|drop|email|forward|introduce you|connect you|put you in touch|(?:check|look (?:at|over)|audit|review|fix|test)\s+(?:the|your|those|these|them|it|that)\b(?!\s+(?:calendar|diary|availability|schedule|inbox)\b))|it\b|a copy|an? (?:early )?copy|(?:the|their)\s+\w+|them\b|one\b)|would it (?:help|be useful|be helpful) if i|mind if i (?:send|share)|(?:shall|can|could|may) i (?:introduce you|connect you|put you in touch)\b(?!\s+(?:to|with) (?:our|my) (?:ceo|founder|co-?founder|sales|account|team|product))|worth sending|send it\?|ok(?:ay)? to send(?!\s+(?:you\s+)?(?:(?:a|an|our|my|the)\s+)?(?:quick\s+|short\s+|formal\s+)?(?:quote|proposal|contract|price list|pricing|brochure|calendar invite|invite|invitation|demo)\b)|would you like (?:me to (?:send|share)|a copy|to see|the|it\b|to get)|would you like me to (?:introduce you|connect you|put you in touch)\b(?!\s+(?:to|with) (?:our|my) (?:ceo|founder|co-?founder|sales|account|team|product))|would (?:a|an|the|our|this|that|it|either)\b(?![^?]{0,60}?\b(?:call|chat|meeting|demo|conversation|catch-?up|coffee)\b)[^?]{0,60}? be (?:useful|helpful|interesting|of use|of interest)|would that (?:help|be useful|be helpful|be of use)|interested in (?:a copy|seeing|the))/i,
  ),
  free: screened(
    [
      'free',
      'cost',
      'charge',
      'strings',
      'paywall',
      'complimentary',
      'bono',
      'open',
      'login',
      'form',
      'needed',
      'required',
      'attached',
      'pitch',
      'fee',
      'on us',
      'account',
      'deposit',
    ],
    /\b(?:(?<!\b(?:are you|you're|you are|be|i'm|we're|feel|if you're)\s)free(?! to\b)(?!ly)(?!\s+(?:for(?!\s+(?:a|an|one|two|three|six|\d+|the first(?:\s+\w+)?)\s+(?:days?|weeks?|months?|quarters?|years?|sites?|seats?|users?)\b)|this|next|on|at|to|now|today|tomorrow|sometime)\b)(?!\?)|no[- ]cost|no charge|at no cost|no (?:extra|additional|added) (?:costs?|charges?|fees?)|no strings|no paywall|complimentary|pro[- ]bono|open[- ]sourced?|no login|no form|no (?:sales )?(?:call|demo|pitch)s? (?:needed|required|attached)|no product pitch|no fee|for free|on us|no account|without (?:any )?(?:charges?|costs?|fees?|payment|paying)|no deposit|costs? (?:you )?nothing|(?:won't|will not|doesn't|does not|wouldn't|would not) cost you (?:a (?:penny|thing|cent)|anything))\b/i,
    [
      'free',
      'no-cost',
      'no cost',
      'no charge',
      'no strings',
      'complimentary',
      'pro bono',
      'pro-bono',
      'open-source',
      'open source',
      'no login',
      'no form',
      'no sales',
      'no call',
      'no demo',
      'no pitch',
      'no product pitch',
      'no fee',
      'on us',
      'no account',
      'without',
      'no deposit',
      'nothing',
      'cost you',
      'no extra',
      'no additional',
      'no added',
    ],
  ),
  feelFree: /\bfeel free\b/i,
  /** "you're welcome to the map", "it's yours either way", "yours to use", "free to adapt", "12 months free". */
  yours: screened(
    ['welcome to', 'yours', 'free to', 'free of', 'free', 'on the house', 'with you'],
    /\b(?:you(?:'re| are)(?: more than| very)? welcome to (?:the|a|an|our|my|it|them|use|have|keep|borrow|copy|take|join)|(?:it's|it is|they're|they are|that's|is|are) yours\b|\byours (?:to (?:keep|use|adapt|share)|either way|if (?:useful|helpful|you (?:want|like))|for the asking)|(?<!(?:feel|are you|you're|you are|be|i'm|we're) )free to (?!(?:talk|chat|meet|call|speak|discuss|connect|hop|jump|catch|grab|reply|respond|ignore|decline|reach|ask|say|book|schedule|get back)\b|join\b[^.?!;]{0,20}?\b(?:call|meeting|demo|chat)\b)[a-z]+|(?:stays?|remains?) (?:with you|yours)\b|free of charge|on the house|\d+ (?:months?|weeks?|days?|years?|seats?|licen[cs]es?|hours?) (?:free|on us)|(?:an?|one|\d+) free (?:months?|years?|weeks?|pilot|audit|review|assessment|session|batch|sample|consult(?:ation)?|seats?|licen[cs]es?|access|credits?|hours?|workshop|teardown|analysis|report|copy)|free (?:pilot|audits?|reviews?|assessments?|batch|samples?|consult(?:ation)?s?|teardowns?|analys[ie]s|seats|licen[cs]es|access|credits)\b)/i,
  ),
  delivered: screened(
    [
      'attach',
      'enclos',
      'here',
      'link:',
      'summari',
      'promised',
      'below',
      'http',
      '.io/',
      '.com/',
      '.org/',
      '.net/',
      '.app/',
      '.co/',
      '.ai/',
      '.dev/',
      '.in/',
      '.de/',
      '.fr/',
      '.es/',
      '.br/',
      '.pt/',
      '.mx/',
      '.ca/',
      '.au/',
      '.za/',
      '.uk/',
      '.ie/',
      '.nl/',
      '.be/',
      '.ch/',
      '.at/',
      '.it/',
      '.sg/',
      '.nz/',
      '.ar/',
      '.cl/',
      '.eu/',
      '.com.',
      '.co.',
      '.org.',
      '.net.',
    ],
    /\b(?:attached|(?:i'm|i am|we're|we are) (?:also )?(?:attaching|enclosing)|enclosed|here(?:'s| is)(?! (?:the thing|why|my pitch)\b)|here it is|link:|i've summari[sz]ed|as promised|(?:is|are|'s|put|pasted|included|copied|see) (?:it |them )?(?:just )?below|below (?:is|are|'s)|^\W*below\b)\b|\bhttps?:\/\/\S+|\b[\w-]+\.(?:io|com|org|net|app|co|ai|dev|in|de|fr|es|br|pt|mx|ca|au|za|uk|ie|nl|be|ch|at|it|sg|nz|ar|cl|eu)(?:\.[a-z]{2})?\/\S+/i,
  ),
  bookingLink: /\b(?:calendly|book (?:a|some) (?:demo|time|call|meeting)|demo\b(?!\s+(?:video|recording|clip)s?\b))/i,
  inReturn: screened(
    [
      'return',
      'exchange',
      "you'd",
      'you would',
      "you'll",
      'yours',
      'welcome',
      'useful',
      'could',
      'benefit',
      'you might',
      'you may',
      'you asked',
      'compare notes',
      'swap notes',
      'comparing notes',
      'swapping notes',
    ],
    /\b(?:you asked (?:whether|if|about|for|how|what|when|why)|(?:compare|swap|comparing|swapping) notes|in return|in exchange|you'd get|you would get|you'll get|your team would get|you'd be welcome|the report is yours|yours to keep|you could (?:borrow|benchmark|use)|you (?:might|may) find (?:it )?useful|(?:is|be|could be|which maybe is) useful for you|could save your team|could (?:support|help) (?:your|you)(?!\s+(?:growth|business|goals|journey|success|needs|ambitions|vision|mission|company|organi[sz]ation|brand|team)\b)|would benefit from|you'd get)\b/i,
  ),
  weHave:
    /\b(?:we|i)(?:'ve| have)?\s+(?:just\s+|recently\s+|already\s+)?(?:have|built|made|wrote|written|put together|compiled|published|mapped|logged|tracked|pulled|modell?ed|measured|benchmarked|collected|documented|drafted|created|got|set aside|keep|maintain|ran|finished|processed|recorded|filmed|mocked up|sketched|prepared|drew)\b/i,
  /**
   * A third party's result the sender may pass on: "Patricia was happy for me to share it with you",
   * "(Bramble agreed)", "they're fine with us sharing the before/after", "with their permission".
   */
  permission: screened(
    [
      'for me to',
      'for us to',
      'with me',
      'with us',
      'agreed',
      'permission',
      'blessing',
      'okayed',
      "ok'd",
      'said yes',
      'signed off',
    ],
    /\b(?:(?:happy|glad|fine|ok(?:ay)?|keen) (?:for|with) (?:me|us) (?:to (?:share|send|show|pass)|sharing|sending|showing|passing)|\((?:[\p{L}\p{N}&.'-]+\s+){1,4}(?:agreed|said yes|okayed|ok'd|signed off)\)|(?:with|have|got) (?:their|her|his|the client's|the customer's) (?:permission|blessing|ok)\b|(?:agreed|okayed|ok'd|signed off on) (?:(?:me|us) )?(?:sharing|to share|showing|to show))/iu,
  ),
  discount: screened(['off', 'discount', 'trial'], /\b\d+% off\b|\bdiscount\b|\bfree (?:\d+-day )?trial\b/i),
} as const;

// ---------- the reader as the one who gains ----------

/** Screen keys of the sender's will and can: "i'd", "we can", "i could"… */
const SENDER_WILL_KEYS = [
  "i'd",
  "we'd",
  "i'll",
  "we'll",
  'i would',
  'we would',
  'i will',
  'we will',
  'i can',
  'we can',
  'i could',
  'we could',
];
/** The same, with the words of a glad offer: "happy (to)", "keen (to)"… */
const WILLING_KEYS = ['happy', 'glad', 'keen', 'willing', ...SENDER_WILL_KEYS];

/** Things handed over, as plain nouns: what "for you" can follow ("a benchmark for you"). */
const RESOURCE_NOUN =
  '(?:checklists?|templates?|guides?|playbooks?|reports?|summary|summaries|write-?ups?|data(?:set)?|benchmarks?|analysis|analyses|study|findings|results|teardowns?|maps?|charts?|sheets?|spreadsheets?|decks?|pdfs?|docs?|lists?|snapshots?|kits?|samples?|models?|reviews?|audits?|recordings?|drafts?|mock-?ups?|intros?|introductions?|numbers|figures|breakdowns?|one-?pagers?|shortlists?|heatmaps?|profiles|cvs|candidates?|scripts?|sequences?|frameworks?|plans?|tables?|guides?)';

/** Meetings and our own wares: what a sender gives a reader that is really an ask of their time, or a pitch. */
const NOT_A_GIFT =
  '(?:(?:an?|one|the|our|my|some)\\s+)?(?:(?:quick|short|brief|free|personal(?:ised)?|live|(?:\\d+|ten|fifteen|twenty|thirty)[- ]?(?:min(?:ute)?s?|hours?)?)\\s+)*(?:call|ring|buzz|demo|tour|presentation|pitch|meeting|chat|catch-?up|coffee|invite|invitation|calendar|chance|opportunity|sense|overview|proposal|offer|quote|contract|pricing|ping|shout|nudge|reminder|follow-?up|note|message|email|line|request|background|context|idea|flavou?r|heads-?up|update|glimpse|taste|feel|question|fee|bit|little|lot|favou?r|discount|deal|price|rate|peace of mind|visibility|confidence|(?:an|the) edge|(?:a )?competitive)\\b|(?:(?:a|the|my|our) )?(?:booking |calendly )?link to (?:book|my|our|schedule|grab)\\b|our\\b|us\\b|this\\b|these\\b|back\\b|up\\b|over\\b|around\\b|started\\b|set up\\b|onboarded\\b|a hand\\b|(?:some|a little|a bit of|more) (?:time|info|information|details|context)\\b|how (?:our|we)\\b|what we\\b|(?:next|tomorrow|later|again|soon|shortly|about|regarding|re|when|if|once|every|each|this (?:week|month|morning|afternoon))\\b';

/**
 * What's in it for the reader, by the part they play in the clause rather than by a learned phrase:
 * the one something is given to ("hand you the log", "lend your team an engineer"), the one it is kept
 * or made for ("kept a seat for you", "got a benchmark for you"), the one who gets, keeps or uses it
 * ("you can keep it", "you pay nothing"), the one it is useful to ("worth a look for your Q3 planning"),
 * the one a peer offered to help ("their COO offered to take a call with you"), the one it reaches
 * ("could go straight to your team"). Meetings, our product and asks of their time are not gifts.
 */
/** The chores choreTaken names: "the paperwork", "your renewals", "the insurance claims". */
const CHORE =
  '(?:paperwork|admin|forms?|filing|claims?|applications?|submissions?|maintenance|upkeep|renewals?|compliance|returns?|migration)';
/**
 * Words after "for" that do not open a kind of firm: the reader ("you", "your", "y'all", "u", "yours"), a determiner or
 * quantifier ("the whole team", "all/each/both (of) your", "a fixed fee"), a price or a time ("free", "Q3", "months").
 */
const NOT_A_KIND =
  "(?:you|your|yours|y'?all|u|ya|them|their|theirs|us|our|ours|my|his|her|hers|its|all|each|both|every|any|some|the|this|that|these|those|a|an|as|free|nothing|less|q[1-4]|months?|weeks?|days?|years?|hours?|minutes?|mins?|quarters?|pounds?|dollars?|euros?|quid|like|so|and|or)\\b";
/**
 * A chore done "for" a bare plural kind of firm or people, counted or not ("for dental practices", "for mining services
 * contractors", "for 40 gyms"), is the sender's trade, said to introduce them. Not "for clinics like yours", "for firms
 * your size", nor when a gain for them follows ("…, so your manager isn't …", "…, and their downtime fell by a third").
 */
const NOT_FOR_A_KIND = String.raw`(?!(?:\s+[\w-]+){0,2}?\s+for\s+(?:(?!${NOT_A_KIND})[\w-]+\s+){0,3}?(?!${NOT_A_KIND})[a-z-]{2,}(?<!s)s\b(?!\s+(?:like\s+(?:yours|you)|your\s+size)\b)(?![^.?!;]{0,30}?\b(?:so\s+(?:that\s+)?(?:you|your)|and\s+(?:they|their))\b))`;
export const FOR_READER = {
  /** Given to them: a verb of giving with the reader as its first object, and no meeting or pitch after. */
  givenTo: screened(
    [
      'give',
      'giving',
      'hand',
      'lend',
      'loan',
      'bring',
      'save',
      'saving',
      'spare',
      'gift',
      'get',
      'send',
      'email',
      'forward',
      'make',
      'making',
      'prepare',
      'preparing',
      'draft',
      'buy',
      'ship',
      'present',
      'provid',
      'suppl',
      'offer',
    ],
    new RegExp(
      `\\byou(?:r (?:team|people|staff|crew|board|reps|engineers|analysts|designers|developers|buyers|nurses|ops|[\\w-]+ team))?\\b(?<=\\b(?:give|gives|giving|hand|hands|handing|lend|lends|lending|loan|bring|brings|bringing|save|saves|saving|spare|gift|get|gets|getting|send|sending|email|emailing|forward|make|making|prepare|preparing|draft|buy|ship|present|presenting|provide|providing|supply|supplying|offer|offers|offering)\\s+you(?:r [\\w -]+)?)(?<!\\b(?:you|you'd|you'll|can you|could you|would you|will you|please|do you|did you)\\s+(?:\\w+\\s+)?[a-z]+\\s+you(?:r [\\w -]+)?)(?!\\s+(?:${NOT_A_GIFT}|(?:on|in|into|onto) (?:a|the|our)\\b|(?:on )?(?:the|a) (?:phone|line)\\b|to (?:a|our|the)\\s+(?:\\w+\\s+)?(?:call|demo|meeting|webinar)\\b))`,
      'i',
    ),
    ['you'],
  ),
  /** Kept, saved or ready for them: "kept a seat for you", "there's a spot for you", "got a benchmark for you". */
  heldFor: screened(
    ['for you', 'with your name', 'has your name'],
    new RegExp(
      `\\b(?:(?:kept|keeping|saved|saving|reserved|reserving|held|holding|set aside|put aside|earmarked)\\b(?![^.?!;]{0,40}?\\b(?:min(?:ute)?s?|hours?|call|meeting|demo|time|calendar|diary)\\b)[^.?!;]{0,40}?|(?<!\\b(?:right|perfect|ideal|best|great|good|only|natural)\\s)(?:seats?|spots?|places?|tickets?|pass(?:es)?|invites?|invitations?|copy|copies|${RESOURCE_NOUN})\\s+(?:(?:here|ready|waiting|already|set aside|saved|reserved|kept|earmarked)\\s+)?)(?:for you(?:r (?:team|[\\w-]+))?\\b|(?:with|has) your name)`,
      'i',
    ),
  ),
  /** Held for them at no cost to them (with VALUE.free): "we can hold a slot for you, no deposit". */
  holdFor: screened(['for you'], /\b(?:hold|keep|reserve|save|set aside|put aside)\b[^.?!;]{0,30}?\bfor you\b/i),
  /** Offered on the reader's terms (with a thing to hand over): "If useful, there's a one-page audit…", "…, if it helps". */
  conditional: screened(
    ['if ', 'should it', 'in case'],
    /\b(?:if (?:it's |it is |that's |it'd be |it would be |it were )?(?:useful|helpful|handy|of use|of interest|relevant)|if (?:it|that|this) (?:helps|would help)|if you(?:'d| would)? (?:like|want|wish)|if you(?:'re| are) (?:interested|curious|keen)|should (?:it|that|this) (?:help|be (?:useful|helpful|of (?:use|interest)))|in case (?:it's |it is |that's )?(?:useful|helpful|handy))\b/i,
  ),
  /** Theirs to have: "both are open to you", "it's available to your team", "could go straight to your team". */
  reaches: screened(
    ['open', 'available', 'to your', 'in your', 'on your'],
    /\b(?:(?:is|are|'s|'re|remains?|stays?|be)\s+(?:also\s+|all\s+|both\s+|still\s+)?(?:open|available)\s+(?:to|for)\s+you(?:r team)?\b(?!\s+(?:on|at|this|next|for a)\b)|(?:go|goes|be|land|lands|reach|arrive|drop)\s+(?:straight\s+|directly\s+|right\s+)?(?:to|in|into|on) your (?:hands|inbox|desk|team|analysts|board|[\w-]+ team)\b)/i,
  ),
  /** They get, keep or use it: "you can keep it", "you'd have the full list", "you pay nothing". */
  theyGet: screened(
    ['you'],
    /\byou(?<!\b(?:do|did|does|can|could|would|will|have|should|may|might|if|when|what|how|whether)\syou)(?:r (?:team|staff|people|crew|engineers|analysts|[\w-]+ team))?(?:'d|'ll| would| will| can| could| may| might| get to)?\s+(?:also\s+|still\s+|then\s+|just\s+)?(?:gets?|keeps?|receives?|take away|walk away with|leave with|own|borrow|reuse|use|have (?:it|them|a copy|one|the (?:full|whole|raw|complete)|first (?:look|dibs|access)))\b(?!\s+(?:(?:an?|the|our|my)\s+)?(?:[\w-]+\s+)?(?:demo|call|chance|opportunity|sense|feel|taste|invit\w*|email|reminder|notification|calendar|message|meeting|follow-?up)\b|\s+(?:(?:to see|access to|a look at) our|our|back|in touch|started)\b)|\byou pay nothing\b/i,
    // Its verbs, far rarer than "you".
    [
      'get',
      'keep',
      'receive',
      'take away',
      'walk away',
      'leave with',
      'own',
      'borrow',
      'reuse',
      'use',
      'have',
      'pay nothing',
    ],
  ),
  /** Useful to them: "worth a look for your Q3 planning", "may be of use to your team", "you might find section 3 helpful". */
  usefulTo: screened(
    [
      'useful',
      'helpful',
      'handy',
      'of use',
      'of help',
      'of value',
      'valuable',
      'relevant',
      'worth a',
      'worth reading',
      'worth having',
      'worth stealing',
      'interesting',
      'of interest',
    ],
    /\b(?:useful|helpful|handy|of (?:use|help|value)|valuable|relevant|worth (?:a (?:look|read|skim|glance)|reading|having|stealing|borrowing)|of interest|interesting)\s+(?:to|for|before|ahead of|in|during|when|given|with|as)\s+(?:you\b|your\b)|\byou(?:'ll|'d| will| may| might| could| would)?\s+(?:also\s+|probably\s+)?find\s+[^.?!;]{0,40}?\b(?:useful|helpful|handy|interesting|relevant|of use|valuable)\b/i,
  ),
  /** Someone else offered to help them: "their COO has offered to take a call with you", "Ana said she'd be glad to…". */
  peerOffered: screened(
    ['offered', 'volunteered', 'agreed', 'happy', 'glad', 'keen', 'willing', 'up for', 'open to'],
    /(?<!\b(?:i|we|you)(?:'ve| have| had)?\s)\b(?:(?:kindly\s+)?(?:offered|volunteered|agreed)\s+to|(?:said|says) (?:she|he|they)(?:'d| would| will|'ll| is| are|'s|'re)(?: be)?\s+(?:happy|glad|keen|willing)\s+to)\b[^.?!;]{0,50}?\byou|(?:'re|'s| are| is)(?<=[\w-](?:'re|'s| are| is))(?<!\b(?:i|we|you|it|that|this|there)(?:'re|'s| are| is))\s+(?:also\s+|both\s+|all\s+)?(?:up for|happy|glad|keen|willing|open to)\b[^.?!;]{0,50}?\byou/i,
  ),
  /** Our cost, not theirs: "the beans are on me", "travel and hotel are covered", "at our expense". */
  ourCost: screened(
    [
      'cover',
      'paid for',
      'on me',
      'on the house',
      'expense',
      'cost',
      'treat',
      'pay for',
      'pick up',
      'foot',
      'waive',
      'absorb',
      'bear',
    ],
    /\b(?:(?:is|are|'s|'re|will be|would be|'d be|'ll be)\s+(?:all\s+|fully\s+)?(?:covered|paid for|on me|on the house)|at (?:our|my) (?:expense|cost)|(?:our|my) treat|(?:we|i)(?:'ll| will|'d| would)?\s+(?:[\w-]+\s+(?:it|them|this|that)\s+and\s+)?(?:cover|pay for|pick up the (?:tab|bill|cost)|foot the (?:bill|cost)|waive|absorb|bear the (?:cost|costs|fee|fees))\b(?!\s+(?:ourselves|our)))\b/i,
    // Its keys with "cost" and "expense" held to "at our" or "at my": their costs are often named, ours rarely.
    [
      'cover',
      'paid for',
      'on me',
      'on the house',
      'at our',
      'at my',
      'treat',
      'pay for',
      'pick up the',
      'foot the',
      'waive',
      'absorb',
      'bear the',
    ],
  ),
  /** An invitation to something other than a meeting with us: "you're invited to a dinner for 10 RevOps leaders". */
  invited: screened(
    [
      'invited',
      'invite you',
      'invitation',
      'join us',
      'be our guest',
      'guest',
      'to have you',
      'love you to',
      'like you to',
      'love your team to',
      'like your team to',
    ],
    /\b(?:you(?:'re| are)\s+(?:warmly\s+|very\s+|most\s+)?invited\s+to|(?:invite|invitation for) you(?:r team)?\s+to|join us (?:at|for|on|in)|be our guest|as (?:our|my|a) guests?|(?:love|like|glad|happy|delighted) to have you(?:r team)? (?:there|along|join|come|at|on|in)|(?:love|like) you(?:r team)? to (?:come|join|attend|be there|speak|present|talk|judge|keynote))\b(?![^.?!;]{0,30}?\b(?:demo|call|meeting|chat|catch-?up|walkthrough|presentation|beta|waitlist|our (?:platform|product|app|tool|software)))/i,
  ),
  /** Where the sentence also names an occasion worth joining. */
  occasion:
    /\b(?:roundtable|round-table|dinner|breakfast|lunch|supper|drinks|session|summit|panel|salon|meetup|meet-up|forum|retreat|masterclass|cohort|conference|event|evening|briefing|circle|community|festival|launch|screening|tasting|workshop|class|course|club|guild|council|board|stage|keynote|talk|webinar|open day|open house|clinic|showcase|expo|fair|awards?)s?\b/i,
  /** An offer to work on their thing (see readerObject): "happy to pair for an hour on your schema", "we'd feature Cartlane". */
  workOn: screened(
    WILLING_KEYS,
    /\b(?:happy|glad|keen|willing|(?:i|we)(?:'d|'ll| would| will| can| could)(?:\s+(?:happily|gladly|also|just|even))?)\s+(?:to\s+)?(?:pair|mentor|coach|audit|review|triage|score|scan|crawl|benchmark|test|stress-test|load-test|pen-?test|fix|patch|debug|tune|profile|map|model|price|translate|rewrite|redesign|mock up|sketch|record|film|feature|spotlight|showcase|promote|sponsor|host|lend|loan|hand|put (?:our|my) [\w-]+ on)\b/i,
    // Its verbs, far rarer than "happy" or "I can".
    [
      'pair',
      'mentor',
      'coach',
      'audit',
      'review',
      'triage',
      'score',
      'scan',
      'crawl',
      'benchmark',
      'test',
      'fix',
      'patch',
      'debug',
      'tune',
      'profile',
      'map',
      'model',
      'price',
      'translate',
      'rewrite',
      'redesign',
      'mock up',
      'sketch',
      'record',
      'film',
      'feature',
      'spotlight',
      'showcase',
      'promote',
      'sponsor',
      'host',
      'lend',
      'loan',
      'hand',
      'put our',
      'put my',
    ],
  ),
  /** Who the work is for, after its verb: the reader or their things, never their time or their needs. */
  readerObject:
    /^[^.?!;]{0,50}?\b(?:your\b(?!\s+(?:needs|requirements|goals|priorities|challenges|situation|options|use case|thoughts|feedback|time|calendar|schedule|availability)\b)|for you\b|you\b(?!\s+(?:on|for) a\b))/i,
  /** Work that is about us, not them: "review how Calderis would fit your estate", "test our app with your team". */
  notTheirs: /\b(?:our|us|how|whether|fit|fits|meeting|call|demo|demonstration|visit|chat|presentation|pitch)\b/i,
  /** Even when free, work that is a sales meeting or a fit check is not for them. */
  notTheirsFree: /\b(?:us|how|whether|fit|fits|meeting|call|demo|demonstration|visit|chat|presentation|pitch)\b/i,
  /** An offer asked with its "shall I" left out: "send it over?", "share the deck?". Questions only. */
  droppedQuestion: screened(
    ['send', 'share', 'forward', 'email', 'drop', 'pass', 'post', 'paste', 'link'],
    /^(?!\W*\d+[.)])\W*(?:(?:and|so|or|ok|okay)\s*,?\s+)?(?:send|share|forward|email|drop|pass|post|paste|link)\b(?!\s+(?:me|us)\b)/i,
  ),
  /** Something they would receive, asked about: "Want an intro to them?", "Want the shortlist?". Questions only. */
  wantThing: screened(
    ['want'],
    new RegExp(`\\bwant (?:an?|the|their|my|our|a copy of the) (?:[\\w-]+\\s+){0,2}?${RESOURCE_NOUN}\\b`, 'i'),
  ),
  /** A thing that comes along with the offer: "the spreadsheet comes with it", "the templates are included". */
  included: screened(
    ['comes with', 'come with', 'included', 'thrown in'],
    /\b(?:comes? with (?:it|that|this|them|the (?:call|chat|review|audit|pilot))|(?:is|are|'s|'re) (?:also\s+)?included|thrown in)\b/i,
  ),
  /**
   * The sender will do something, whatever the verb, to the reader's things: "I can put your wine in
   * front of 40 restaurants", "we can prove it on your own data". Not the verbs of a meeting, of learning
   * about them or of pitching (those are asks of their time); readerObject and notTheirs judge the rest.
   */
  senderWill: screened(
    SENDER_WILL_KEYS,
    /\b(?:i|we)(?:'d|'ll| would| will| can| could)(?:\s+(?:very much|really|so much|much|also|happily|gladly))?(?:\s+(?:like|love) to|\s+be (?:happy|glad|pleased|delighted|able) to)?\s+(?:also\s+|happily\s+|gladly\s+|just\s+|even\s+)?(?!(?:meet|chat|talk|speak|discuss|learn|hear|understand|know|ask|connect|catch|hop|jump|schedule|book|set|show|tell|introduce|explore|see|find|get|pick|grab|steal|follow|reach|touch|check|invite|help|support|partner|work|team|collaborate|add|welcome|love|like|want|need|be|have|appreciate|value|thank|hope|think|say|suggest|recommend|propose|call|ring|visit|come|stop|swing|pop|join|attend|continue|keep|start|begin|try|expect|guess|assume|imagine|bet|wonder|note|mention|pitch|sell|demo|present|walk|take|make|do|go|look|love|benefit|gain|earn|grow|boost|increase|improve|reduce|cut|save|transform|streamline|optimi[sz]e|scale|accelerate|unlock|drive|maximi[sz]e|enhance|empower|leverage|rely|count|bring|reach|send|share|email|forward|offer|give|provide|pass|include|also|not|never|really|definitely|certainly|very|arrange|organi[sz]e|hold|reserve|save|handle|manage|run|power|automate|deliver|serve|service|market|design|develop|create|grow|quote|invoice|charge|bill)\b)[a-z]+\b/i,
  ),
  /** A number, an amount of time or a deliverable: what makes a promise of work concrete. */
  concrete:
    /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|a (?:day|week|month|quarter)|an (?:hour|afternoon|evening))\b/i,
  /** Their team trying our product for nothing: "your team could use our dashboard free for a quarter". */
  useOurs: screened(
    ['our'],
    /\byou(?:r (?:team|staff|people|crew|[\w-]+ team))?(?:'d|'ll| would| will| can| could| may| might)?\s+(?:also\s+)?(?:use|try|get|have|keep)\s+our\b/i,
  ),
  /** Help that is a role of ours for them: "happy to be a sounding board on your seed round". */
  beHelp: screened(
    WILLING_KEYS,
    /\b(?:happy|glad|keen|willing|(?:i|we)(?:'d|'ll| would| will| can| could))\s+(?:to\s+)?be (?:a|an|your|the) (?:[\w-]+\s+)?(?:sounding board|second (?:pair of )?eyes|pair of hands|mentor|adviser|advisor|reference|referee|guinea pig|beta tester|test user|sparring partner|guide|resource|ally)\b/i,
    // What they would be to them, far rarer than "happy" or "I can".
    [
      'sounding board',
      'second',
      'pair of hands',
      'mentor',
      'adviser',
      'advisor',
      'reference',
      'referee',
      'guinea pig',
      'beta tester',
      'test user',
      'sparring partner',
      'guide',
      'resource',
      'ally',
    ],
  ),
  /**
   * Our people standing in for theirs until they are back to strength: "we could cover you while you hire", "we can step
   * in until your new fitter starts". A gap filled for a while, not a service sold, and not insurance ("cover you … policy").
   */
  standIn: screened(
    ['cover', 'fill in', 'fill the gap', 'step in', 'stand in'],
    /\b(?:i|we|our [\w-]+)(?:'d|'ll| would| will| can| could)\s+(?:happily\s+|easily\s+|also\s+)?(?:cover (?:you|for you|the gap|those|that|it)|fill in|fill the gap|step in|stand in)\b(?![^.?!]*\b(?:polic(?:y|ies)|premiums?|insur\w*|underwrit\w*|liabilit\w*)\b)[^.?!]{0,60}?\b(?:while|until|till|in the meantime|meanwhile|during)\b/i,
    ['while', 'until', 'till', 'meantime', 'meanwhile', 'during'],
  ),
  /**
   * Something made for them, in the double-object shape: "we'd cut you a 30-second version", "I could
   * build you a prototype". The ones of a meeting or a price ("give you a call", "send you a quote") are not.
   */
  madeFor: screened(
    [' you a', ' you an', ' you one', ' you the', ' you some', ' you two', ' you three'],
    new RegExp(
      `\\b(?:(?:i|we)(?:'d|'ll| would| will| can| could)|and (?:would|will|could|can))(?:\\s+(?:happily|gladly|also|just|even))?\\s+(?!(?:give|show|ask|tell|charge|call|ring|book|invite|send|offer|bring|buy|pay|owe|pitch|sell|bill|quote)\\b)[a-z]+ you (?!${NOT_A_GIFT}|quote|proposal|contract|price|discount|deal)(?:a|an|one|the|some|two|three)\\b`,
      'i',
    ),
  ),
  /** Theirs, said outright: "Yours for the price of a reply", "yours whenever you want it". */
  yours: screened(
    ['yours'],
    /(?<!\b(?:like|of|than|and|as|with|to|claim|grab|secure|lock in|reserve|book|get|order|snag)\s)\byours\b(?!\s+(?:truly|sincerely|faithfully|is|are|was|were|too|does|did)\b)/i,
  ),
  /**
   * Something the sender has more of than they need, offered: "I have two spare passes for ProMat",
   * "got an extra logger kit". Surplus is for giving away; a seat sold is not surplus. Empty capacity we run anyway is
   * surplus where it is offered cheaper than their own ("we've got empty reefer backloads most nights, cheaper than a
   * dedicated run"); "empty containers at standard rates" is what we sell.
   */
  spare: screened(
    ['spare', 'extra', 'leftover', 'left-over', 'unused', 'empty'],
    /(?:\b(?:i|we)(?:'ve| have|'ve got| have got| got| still have)|^\W*(?:got|have|still have))\s+(?:(?:an?|one|two|three|four|five|a few|a couple of|some|\d+)\s+)?(?:spare|extra|left-?over|unused)\s+(?:[\w-]+\s+){0,2}?(?:seats?|spots?|places?|tickets?|pass(?:es)?|invites?|copies|copy|kits?|units?|samples?|licen[cs]es?|sensors?|devices?|loggers?|boxes|parts?|sets?|credits?|slots?|tags?|books?|trucks?|vans?|capacity|space|rooms?|desks?|pallets?)\b|\b(?:i|we)(?:'ve| have|'ve got| have got| got)\s+(?:(?:some|a few|\d+)\s+)?empty\s+(?:[\w-]+\s+){0,2}?(?:backloads?|back-?hauls?|legs|runs|containers?|trucks?|vans?|capacity|space|pallets?)\b[^.?!]{0,60}?\b(?:cheaper|less than|below|under|half|at cost|discount(?:ed)?)\b/i,
  ),
  /**
   * A thing of the sender's, pointed at what they said or run: "Page 3 breaks down claim rates by packing type, which ties
   * back to the 9% write-offs you mentioned", "the benchmark speaks to your churn question". Data made to answer their
   * own problem is worth having; "our platform ties into your stack" is a product's fit.
   */
  tiedToThem: screened(
    ['ties', 'tie ', 'speaks to', 'bears on', 'relates to', 'maps to', 'maps onto', 'lines up with'],
    /\b(?:page \d+|report|tracker|data|chart|table|benchmark|study|section|numbers|figures|analysis|breakdown|survey|findings|checklist|guide)\b[^.?!;]{0,80}?\b(?:ties?|tied) (?:back |straight |directly )?(?:in)?to|\b(?:page \d+|report|tracker|data|chart|table|benchmark|study|section|numbers|figures|analysis|breakdown|survey|findings)\b[^.?!;]{0,80}?\b(?:speaks? to|bears? on|relates? to|maps? (?:on)?to|lines? up with)\s+(?:(?:the|that|those|this)\s+)?(?:[\w%.-]+\s+){0,5}?(?:you|your)\b/i,
  ),
  /**
   * Others like them taken where they need to go, counted and timed: "We've taken 22 Indian SaaS startups to SOC 2 Type 1
   * in 11 weeks on average", "we helped 14 clinics pass their CQC inspection within 6 weeks". How fast the same road went
   * for a count of peers is worth knowing to whoever stands at its start; "we help companies grow" counts and times nothing.
   */
  peersTakenThere: screened(
    ['days', 'day', 'weeks', 'week', 'wks', 'months', 'month'],
    /\b(?:we|i)(?:'ve| have)?\s+(?:taken|helped|got|gotten|brought|walked|guided|moved|led|seen)\s+(?:(?:over|more than|about|some)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of)\s+(?:[\w-]+\s+){0,4}?(?:to|through|into|past|get|reach|pass|achieve)\s+[^.?!;]{1,60}?\b(?:in|within|under|inside)\s+(?:(?:an?\s+)?(?:avg|average(?: of)?|about|around|roughly|just|only)\s+)?(?:\d+|two|three|four|five|six|eight|ten|twelve)\s*(?:days?|weeks?|wks?|months?)\b/i,
  ),
  /**
   * A person the sender can put forward, and when they are free: "I've a welding inspector (CSWIP 3.2) finishing at
   * Nigg in three weeks", "we have two HV jointers available from March". A recruiter's candidate is the offer to
   * whoever hires; "we have a team of engineers who build …" says nothing of anyone being free.
   */
  candidate: screened(
    ['available', 'free ', 'finishing', 'coming off', 'between contracts', 'off contract', 'on the market', 'starting'],
    /\b(?:i|we)(?:'ve| have|'ve got| have got| got| currently have| now have)\s+(?:an?|one|two|three|four|five|six|\d+)\s+(?:[\w/&+-]+\s+){0,4}?(?:[\p{L}-]{3,}(?:er|or|ist|ian|ant)s?|techs?|nurses?|candidates?|people|staff)\b(?:\s*\([^()]{0,80}\))?[^.?!;]{0,60}?\b(?:available|free (?:from|in|next|this|now|for)|finishing|coming off|between contracts|off contract|on the market|starting (?:in|from|next|on))\b/iu,
  ),
  /**
   * A result, in a number, at peers the sender compares to the reader: "cut pick errors by 30% at two
   * sites like yours", "two fleets that size saved 18%". Not "companies like yours" (GENERIC_AUDIENCE).
   */
  peerResult: screened(
    ['like yours', 'similar to yours', 'size', 'like you'],
    /\b(?:(?:sites?|fleets?|plants?|stores?|shops?|warehouses?|depots?|practices?|clinics?|wards?|hospitals?|schools?|councils?|trusts?|firms?|brands?|operators?|mills?|farms?|labs?|hotels?|restaurants?|cafes?|banks?|insurers?|retailers?|carriers?|ports?|terminals?|lines?|kitchens?|breweries|bakeries|charities|associations?|ones?)\s+(?:just\s+|much\s+|very\s+)?(?:like|similar to) (?:yours|you)|(?:your|that|this|the same|a similar|similar|comparable) size|(?:of|at) your scale)\b/i,
  ),
  /**
   * A lesson handed over in the message itself, named as one and then given after a colon: "Quick tip
   * from what we saw: …", "The three fixes, in short: …", "What worked for them: …".
   */
  lessonGiven: screened(
    ['tip', 'lesson', 'takeaway', 'trick', 'pointer', 'fix', 'worked', 'helped', 'short', 'gist', 'tl;dr', 'tldr'],
    /^\W*(?:(?:a|one|two|three|quick|free|small|the|my|our)\s+)*(?:(?:\d+|one|two|three|four|five)\s+)?(?:tips?|lessons?|takeaways?|tricks?|pointers?|fix(?:es)?|things? that (?:worked|helped)|what (?:worked|helped|fixed it)|short version|gist|tl;?dr)\b[^:]{0,50}:\s*\S/i,
  ),
  /** Work taken off them: "I could take the overflow off your planners' plates". */
  offTheirHands: screened(
    ['off your'],
    /\b(?:take|takes|taking|get|lift|keep)\b[^.?!;]{0,40}?\boff your (?:[\w'-]+\s+)?(?:plates?|hands|desks?|backs?|shoulders|lists?)\b/i,
  ),
  /** What the sender would bring to their team: a candidate's years, a partner's people. */
  bringTo: screened(
    SENDER_WILL_KEYS,
    /\b(?:i|we)(?:'d| would| could| can| will|'ll)\s+bring\b[^.?!;]{1,60}?\bto your\b/i,
    // Its verb, far rarer than "I can".
    ['bring'],
  ),
  /**
   * Knowledge of how someone else did it, offered as the question: "Want to see how Parcelco cut waits
   * by 30%?", "Curious how two other ports did it?". Someone else's way, not how our product works.
   */
  seeHow: screened(
    ['see how', 'seeing how', 'hear how', 'hearing how', 'learn how', 'know how', 'curious how', 'interested in how'],
    /\b(?:(?:want|like|love|open|keen|up|curious|interested)\s+(?:to\s+|in\s+)?(?:see|seeing|hear|hearing|learn|learning|know)\s+how|curious how|interested in how)\s+(?!(?:our|we|i|it works|this works|the (?:platform|product|tool|app))\b)(?:\p{Lu}[\p{L}\p{N}&.-]*|they|others|other|peers|two|three|four|five|\d+|a (?:similar|peer|competitor|neighbou?r)|the (?:others|two|three|team at|folks at|people at))/iu,
  ),
  /** Countable advice about their things: "two cheap fixes I spotted in your yard video", "three ideas for your yard". */
  adviceFor: screened(
    ['ideas', 'fixes', 'tips', 'suggestions', 'quick win', 'improvements', 'things'],
    /\b(?:\d+|a few|two|three|four|five|several|some|a couple of)\s+(?:[\w-]+\s+)?(?:ideas|fixes|tips|suggestions|quick wins|improvements|changes|things)\b[^.?!;]{0,40}?\b(?:for|in|on|about|to|with) your\b(?!\s+(?:team|business|company|time)\s*[.?!]?$)|\bquick wins? (?:in|for|on) your\b/i,
  ),
  /**
   * Advice given outright: "I'd suggest starting with the gate check-in", "My hunch: most of your wait
   * sits at the gate". A step for them to try, not a meeting to book.
   */
  advice: screened(
    ['suggest', 'recommend', 'hunch', 'guess', 'advice', 'suggestion', 'observation', 'idea'],
    /\b(?:i'd|i would|i|we'd|we would|we)\s+(?:(?:strongly|gently|probably)\s+)?(?:suggest|recommend)\s+(?:starting|looking|moving|checking|trying|switching|testing|dropping|adding|cutting|splitting|running|using|putting)\b|^\W*(?:my|one|a|quick|free|our)\s+(?:[\w-]+\s+)?(?:hunch|guess|advice|suggestion|observation|idea|read)\b[^:]{0,40}:\s*\S/i,
  ),
  /** Someone else's way, told to them: "I can tell you about what Parcelco learned", "show your team how two ports did it". */
  tellHow: screened(
    ['tell you', 'show you', 'walk you', 'tell your', 'show your', 'walk your'],
    /\b(?:tell|show|walk) you(?:r [\w-]+)? (?:through )?(?:about )?(?:what|how)\s+(?!(?:our|we|i|us|it works|this works|the (?:platform|product|tool|app))\b)(?:\p{Lu}[\p{L}\p{N}&.-]*|they|others|other|peers|two|three|four|five|\d+|the (?:others|two|three|team at|folks at|people at))/iu,
  ),
  /** Leave asked to hand it over: "Allow me to share our benchmark", "let me pass on the notes". */
  leaveToGive: screened(
    ['allow me', 'let me', 'permit me'],
    /\b(?:allow me to|let me|permit me to)\s+(?:also\s+)?(?:share|send|pass(?: on| along)?|forward|offer|introduce you|connect you|put you in touch)\b/i,
  ),
  /** A thing of ours that may help them, said of the thing: "Our benchmark may help with the Felixstowe plans". */
  thingHelps: screened(
    ['help', 'be useful', 'be handy', 'be of use', 'come in handy'],
    /\b(?:may|might|could|would|should|will|can)\s+(?:also\s+|well\s+|really\s+)?(?:help|be useful|be handy|be of use|come in handy)\s+(?:with|you|your|for you|for your|as you|when you|ahead of)\b/i,
  ),
  /**
   * Demand or reach brought to them: "put you in front of 2,000 shippers", "get your wine into 40
   * restaurants", "a buyer for your surplus racking", "carriers who want loads out of Felixstowe", "fill
   * your empty backhauls", "open our network of 60 shippers to you". Business for them, not a sale to them.
   */
  demandFor: screened(
    [
      'in front of',
      'into',
      'onto',
      'buyer',
      'customer',
      'carrier',
      'client',
      'tenant',
      'investor',
      'shipper',
      'distributor',
      'stockist',
      'retailer',
      'fill your',
      'open our',
      'open my',
      'open up',
    ],
    /\b(?:(?:put|get|bring|take)s?\s+(?:you|your\s+(?:[\w-]+\s+){0,2}?[\w-]+|\p{Lu}[\p{L}\p{N}&.-]+)\s+(?:in front of|into|onto)\s+(?:(?:about|over|some|nearly|up to|our)\s+)*(?:\d|(?:a|two|three|four|five|ten|twenty|fifty|hundreds of|thousands of|dozens of)\s)|(?:buyers?|customers?|carriers?|clients?|tenants?|investors?|shippers?|distributors?|stockists?|retailers?)\b[^.?!;]{0,30}?\b(?:for|who want|who need|looking for|asking for|interested in)\b[^.?!;]{0,30}?\b(?:your|out of|from you)\b|\bfill your (?:[\w-]+\s+)?(?:empty|spare|unused|idle|unsold|open|vacant)\b|\bopen (?:up )?(?:our|my) (?:[\w-]+\s+){0,4}?(?:network|contacts|list|community|customers|clients|members|audience|book)\b[^.?!;]{0,20}?\bto you)/iu,
    // Each alternative also names where the business goes: into/onto/in front of, your or from/out of
    // them, or "to you". Its first keys ("customer", "client") are common words.
    ['into', 'onto', 'in front of', 'your', 'out of', 'from you', 'to you'],
  ),
  /**
   * Work of theirs we take on: "we file the paperwork with HMRC", "we'll maintain it", "we handle the
   * renewals". The sender does it, and the thing done is a chore of theirs, not our product's work. Done for a kind of
   * firm ("we do maintenance scheduling for mining contractors", "we handle compliance for dental practices") it is the
   * sender's trade, said to introduce them: a chore of theirs is done for you, your people or no one named.
   */
  choreTaken: screened(
    [
      'paperwork',
      'admin',
      'forms',
      'filing',
      'maintain',
      'maintenance',
      'upkeep',
      'claim',
      'application',
      'submission',
      'renewal',
      'compliance',
      'returns',
      'migration',
    ],
    new RegExp(
      String.raw`\b(?:we|i)(?:'ll| will|'d| would| can| could)?\s+(?:also\s+|even\s+|then\s+)?(?:maintain (?:it|them|that|this)\b|(?:file|handle|do|take care of|deal with|sort(?: out)?|manage|look after|fill (?:in|out)|prepare|submit|run)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:(?:your|their)\s*(?:[\w-]+\s+){0,2}?${CHORE}\b|(?:the|its)?\s*(?:[\w-]+\s+){0,2}?${CHORE}\b${NOT_FOR_A_KIND}))`,
      'i',
    ),
  ),
  /** Work on their things done gladly, however placed: "Gladly I check your energy bills", "happy to, with your data". */
  gladlyOnTheirs: screened(
    ['gladly', 'happily', 'with pleasure'],
    /\b(?:gladly|happily|with pleasure)\b[^.?!;]{0,40}?\byour\b(?![^.?!;]{0,30}?\b(?:demo|call|meeting|chat|calendar)\b)/i,
  ),
  /**
   * Our price set against what they pay or do now: "for less than you pay now for 5 nights", "for about
   * what your info-level volume costs today". The comparison is with their own bill, not a rival's.
   */
  againstTheirBill: screened(
    [
      'less than',
      'about what',
      'roughly what',
      'around what',
      'same as',
      'half what',
      'fraction of',
      'cheaper than',
      'under what',
    ],
    /\b(?:less than|(?:about|roughly|around|much|just|under) what|(?:the )?same as|half (?:of )?what|a fraction of(?: what)?|cheaper than(?: what)?|under what)\s+(?:what\s+)?(?:you(?:'re)?\s+(?:now\s+|currently\s+|already\s+)?(?:pay|paying|spend|spending)|your\s+(?:[\w-]+\s+){0,3}?(?:costs?|bill|spend|fees?|invoice|contract|licen[cs]es?)(?:\s+you)?\s+(?:now|today|currently|each|every|a|per)\b)/i,
  ),
  /**
   * A gain for their people: "so customers see what their round-ups paid for", "so your drivers know their
   * start times". Their customers, staff or members as the ones who get it, never ours or our investors.
   */
  forTheirPeople: screened(
    ['so '],
    /\bso (?:that )?(?:your |their |the )?(?:own\s+)?(?:customers|clients|staff|employees|drivers|patients|members|residents|students|pupils|parents|guests|shoppers|donors|volunteers|users|people|nurses|teachers|tenants|riders|passengers|visitors|buyers|reps|engineers|agents|carers|workers|planners|operators|fans|subscribers|readers|families|teams?)\s+(?:can|could|will|would|see|get|know|have|find|feel|keep|stop|skip|save|spend|avoid|don't|never|no longer|always|finally|actually)\b/i,
  ),
  /** Money they may be owed: "Harbourline looks eligible for the £50k Freight Innovation grant". */
  eligible: screened(
    ['eligible', 'qualify', 'qualifies'],
    /\b(?:eligible|qualify|qualifies)\s+for\s+[^.?!;]{0,50}?\b(?:grants?|funding|rebates?|relief|tax credits?|subsid(?:y|ies)|refunds?|allowances?|credits?|vouchers?)\b/i,
  ),
  /** Their view in our piece: "would love to include your view", "quote you in the FT piece". */
  coverage: screened(
    ['include your', 'quote you', 'feature you', 'interview you', 'profile you'],
    /\b(?:include your (?:view|views|perspective|take|comments?|quote|story|work|case|numbers)|(?:quote|feature|interview|profile) you)\b[^.?!;]{0,60}?\b(?:in|for) (?:my|our|the|a|an|this|next)\s+(?:[\w-]+\s+){0,3}?(?:piece|article|story|report|newsletter|podcast|episode|book|column|guide|series|issue)\b|\b(?:piece|article|story|report|newsletter|podcast|episode|book|column|guide|series|issue)\b[^.?!;]{0,60}?\b(?:include your (?:view|views|perspective|take|comments?|quote|story|work|case|numbers)|(?:quote|feature|interview|profile) you)\b/i,
  ),
  /** The sender's guess that they would want it: "Figured you'd want to see this", "Thought it might help with the Felixstowe site". */
  guessedWanted: screened(
    ['thought', 'figured', 'guessed', 'suspect'],
    /\b(?:thought|figured|guessed|suspect(?:ed)?)\s+(?:that\s+)?(?:you(?:'d| would| might| may)\s+(?:want|like|enjoy|appreciate|use|need)|(?:it|this|these|they)(?:'d| would| might| may| could)\s+(?:help|be (?:useful|handy|helpful|of use|relevant))|you(?:'d| would| might| may)\s+find)\b/i,
  ),
  /** Answering what they asked in public: "you asked on the Ops Leaders Slack how others handle…". */
  answered: screened(
    ['you asked', 'you wondered', 'your question'],
    /\b(?:you (?:asked|wondered)(?:\s+(?:on|in|at|during|under|about|over|last|this|earlier|publicly|recently)\b[^.?!;,]{0,40}?)?\s+(?:whether|if|how|what|when|why|who|which|where|for)\b|(?:answer|answers|answering|reply|replies) to your question)/i,
  ),
} as const;

/**
 * A recruiter's offer is the role itself: "I'm hiring a senior backend engineer …", "got a lead
 * platform role at …", "a client of mine needs a head of theatres …", "one of my council clients is after an
 * intermediate engineer". The frame alone is a pitch
 * ("I'm hiring for lots of exciting roles"); ROLE_DETAIL says whether the role is concrete.
 */
/** Job nouns: what a recruiter hires for, not a distributor, an investor or a checkout. */
const JOB =
  '(?:role|seat|position|opening|vacancy|pm|estimator|superintendent|engineer|developer|programmer|designer|manager|director|head of|analyst|scientist|researcher|nurse|doctor|physician|surgeon|vet|locum|pharmacist|accountant|bookkeeper|controller|recruiter|architect|sre|devops|administrator|consultant|teacher|lecturer|driver|welder|electrician|technician|mechanic|chef|marketer|copywriter|editor|producer|coordinator|specialist|cto|cfo|coo|cmo|vp|counsel|lawyer|solicitor|paralegal|therapist|carer|planner|buyer|supervisor|foreman|intern|(?:engineering|platform|data|tech|technical|team|product|design|security|infra(?:structure)?|ml|ai|qa|devops|sales|marketing|finance|ops|operations|clinical|nursing|ward|site|project|programme|program) lead)s?\\b';
export const ROLE_OFFER = screened(
  [
    'hiring',
    'recruiting',
    'looking for',
    'searching for',
    'seeking',
    'role',
    'position',
    'opening',
    'vacancy',
    'needs ',
    'search for',
    'hunt for',
    'mandate for',
    'brief for',
    ' after ',
  ],
  new RegExp(
    `\\b(?:(?:(?:i|we)(?:'m|'re| am| are|'ve been| have been)|\\b(?:is|are))\\s+(?:currently\\s+|now\\s+)?(?:hiring|recruiting|looking for|searching for|seeking|after)|needs)\\s+(?:an?|two|three|\\d+)\\s+(?:[\\w-]+\\s+){0,4}?${JOB}|(?:got|have|has|with|working on|recruiting for|hiring for|there's|there is)\\s+(?:an?|one|two|\\d+)\\s+(?:new\\s+|open\\s+)?(?:[\\w-]+\\s+){0,4}?(?:role|position|opening|vacancy)s?\\b|\\b(?:search|hunt|mandate|brief) for (?:an?|two|\\d+)\\s+(?:[\\w-]+\\s+){0,4}?${JOB}`,
    'i',
  ),
);
/**
 * A role named, whatever frames it ("I'm working with Verdant on a Staff Platform Engineer role", "My
 * client wants a Head of Data", "The role: …"): a job noun after an article, a number or "role:". Read
 * with its pay, the sentence's own word for the package, and no words of theirs or of the sender's own job.
 */
export const ROLE_NAMED = new RegExp(
  `(?:\\b(?:a|an|the|one|two|three|\\d+)|\\brole:?|:)\\s+(?:[\\w-]+\\s+){0,4}?${JOB}`,
  'i',
);
/**
 * A third party that hires, and someone it wants: "my client, a fintech in Manchester, wants someone to
 * build …", "A surgical-robotics company in Cambridge is hiring someone to lead …", "a developer I work with
 * needs a site manager". Never the sender ("we're hiring") nor the reader ("saw you're hiring"): the
 * subject is a client or an organisation named by its kind, which a recruiter puts before the role.
 */
export const THIRD_PARTY_HIRES = screenedBranches(
  {
    prefix: '',
    suffix:
      '(?:,[^,.?!;]{1,60},)?(?:\\s+(?:in|near|based in|out of|from)\\s+[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)?\\s+(?:is\\s+|are\\s+)?(?:currently\\s+|now\\s+|urgently\\s+)?(?:hiring|looking for|searching for|seeking|recruiting|needs?|wants?|after)\\s+(?:someone|somebody|a|an|two|three|\\d+|their|its)\\b',
    flags: 'iu',
    keys: [
      'hiring',
      'looking for',
      'searching for',
      'seeking',
      'recruiting',
      'needs',
      'wants',
      'is after',
      'need',
      'want',
    ],
  },
  [
    [ANY_KEY, /\b(?:my|our) clients?|\ba client(?: of (?:mine|ours))?|\bone of (?:my|our) clients/, ['client']],
    [
      ANY_KEY,
      /\b(?:a|an|one)\s+(?:[\w&-]+\s+){0,4}?(?:client|company|firm|business|startup|start-up|scale-?up|group|developer|housebuilder|network|trust|practice|hospital|clinic|bank|insurer|agency|manufacturer|maker|retailer|school|charity|council|fund|lab|studio|operator|provider|utility|consultancy|brand|fintech|insurtech|healthtech|platform|producer|distributor|carrier|supplier|board|authority|university|college|partnership|chain|owner|investor|team)(?:\s+(?:i|we) (?:work|partner|recruit) (?:with|for))?/,
      [
        'client',
        'company',
        'firm',
        'business',
        'startup',
        'start-up',
        'scale',
        'group',
        'developer',
        'housebuilder',
        'network',
        'trust',
        'practice',
        'hospital',
        'clinic',
        'bank',
        'insurer',
        'agency',
        'manufacturer',
        'maker',
        'retailer',
        'school',
        'charity',
        'council',
        'fund',
        'lab',
        'studio',
        'operator',
        'provider',
        'utility',
        'consultancy',
        'brand',
        'fintech',
        'insurtech',
        'healthtech',
        'platform',
        'producer',
        'distributor',
        'carrier',
        'supplier',
        'board',
        'authority',
        'university',
        'college',
        'partnership',
        'chain',
        'owner',
        'investor',
        'team',
      ],
    ],
  ],
);
/**
 * A firm that wants exactly the reader's experience: "a plant in Bradford is looking for exactly that experience",
 * "one of my clients wants your kind of background". A recruiter's role for them when its terms are said with it
 * (PACKAGE_WORDS); "a factory needs a new laser" is no one's experience.
 */
export const SEEKS_THEIR_PROFILE =
  /\b(?:a|an|one|my|our)\s+(?:[\w&-]+\s+){0,4}?(?:clients?|company|firm|business|shop|plant|factory|employer|manufacturer|maker|startup|team|group|practice|hospital|studio|lab)\b[^.?!;]{0,40}?\b(?:is\s+)?(?:looking for|seeking|after|wants|needs|hiring for)\s+(?:(?:exactly|just|precisely)\s+)?(?:that|this|your|the same)\s+(?:kind of\s+)?(?:experience|profile|background|skill-?set|skills)\b/i;
/** Words of a package on offer, beside a role named: what makes it an offer, not a job title in passing. */
export const PACKAGE_WORDS =
  /\b(?:role|seat|position|opening|vacancy|package|pays?|paying|salary|comp(?:ensation)?|equity|bonus|ote|day rate|remote|hybrid|relocation|visa|(?:four|4)-day week)\b/i;
/** Their own role or pay, or the sender's own job: "your current package", "I'm a Staff Engineer". */
export const NOT_A_ROLE_ON_OFFER =
  /\byour (?:current |own |next )?(?:role|position|opening|vacancy|job|salary|pay|package|comp|compensation|rate|day rate|notice)\b|^\W*(?:(?:i'm|i am) (?:a|an|the|now|currently)|i've been|i was|as an?)\b/i;
/** What makes a role concrete: the pay, or where, how and with whom the work is done. */
export const ROLE_PAY =
  /[$€£¥₹]\s?\d|\b\d+(?:[.,]\d+)?\s?k\b|\b\d{2,3}(?:,\d{3})+\b|\b(?:salary|base|equity|bonus|esops?|crore|lakhs?|lpa|day rate|per (?:hour|day|annum|year)|a year|p\.?a\.?|band \d[a-d]?|package of)\b|\b[Rr]\s?\d+(?:[.,]\d+)?\s?m\b/i;
export const ROLE_DETAIL =
  /\b(?:\d+\+?\s*(?:yrs?|years?)(?:'|’)?(?:\s+(?:experience|exp))?(?=\W)|mentoring|chartership|[Rr]emote|[Hh]ybrid|on-?site|in-?office|relocation|visa|team of \d+|\d+ (?:days|reports|engineers|people|theatres|beds|stores|sites)|reporting to|report(?:s|ing)? (?:to|into)|series [a-d]|seed|start(?:s|ing)? in|\d+[- ](?:hour|day) week|four-day week|part-time|full-time|permanent|fixed-term|(?:one|two|three|four|five|\d)(?:-on| on)[ ,-]+(?:one|two|three|four|five|\d)(?:-off| off)|rotation|(?:one|two|three|four|\d) days? (?:remote|from home|in the office|on site|a week)|team of (?:two|three|four|five|six|seven|eight|nine|ten|twelve)|you'd (?:lead|run|manage|own|head)|band \d[a-d]?|(?:van|car|fuel card|car allowance) (?:included|provided))\b|\b(?:[Ii]n|[Bb]ased in) \p{Lu}[\p{L}-]+/gu;

// ---------- one clear ask ----------

/**
 * An ask that names what it is about: "pick your brain on pricing for developer tools", "learn how you approach
 * vendor consolidation". Not what fits anyone: "learn more about what you do", "chat about opportunities".
 */
export const ASK_TOPIC =
  /\b(?:pick your brain|hear|learn|understand|ask you|chat|talk|call|compare notes|get your (?:take|view|thoughts))\b[^.?!]{0,30}?\b(?:on|about|how you)\s+(?!(?:what you do|what you're|your work|you|yourself|it|this|that|things|opportunities|synergies|potential|possible|possibilities|collaboration|business|working together|the industry|your (?:profile|background|journey|experience|company|business|story))\b)[\w-]{3,}/i;

/** Help offered to anyone, for anything: "let me know if I can ever be of help", "reach out if you need anything". */
export const ANY_HELP =
  /\bif (?:i|we) can (?:ever )?(?:be of (?:any )?(?:help|assistance|service)|help)(?: you)?(?: in any way)?\W*$|\bif you (?:ever )?need anything\b/i;

/** An ask given a length or a day: "20 minutes", "a 30-min call", "Thursday", "next week". */
export const ASK_WHEN =
  /\b(?:\d+|one|two|five|ten|fifteen|twenty|thirty)[- ]?(?:min(?:ute)?s?|hours?|hrs?)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:tomorrow|next (?:week|month|wk)|this (?:week|month)|(?:january|february|march|april|june|july|august|september|october|november|december)\b)/i;

export const ASK = {
  notAskQuestion:
    /^\W*(?:(?:hi|hey|hello|dear)\b[^,?]*,\s*)?(?:how are you|how's it going|how are things|how have you been|ready to|did you know|what if|who doesn't|isn't it|right\?|guess what|how (?:many|much)\b(?![^?]*\byou\b))/i,
  imperative: screenedBranches(
    {
      prefix: '\\b',
      suffix: '',
      flags: 'i',
      keys: [
        'let me know',
        'grab',
        'book',
        'pick',
        'choose',
        'send',
        'reply',
        'the word',
        'dm me',
        'drop me',
        'kindly',
        'please',
        'call me',
        'shoot me',
        'click',
        'sign up',
        'could you',
        'say',
        'tell me',
        'shout',
        'give me',
        'give us',
        'ping me',
        'message me',
        'email me',
        'text me',
        'write',
      ],
    },
    [
      [
        ['let me know'],
        /let me know (?:when|what (?:works|time|suits)|your availability|a good time|which (?:works|days?|times?|one)|and (?:i|we)(?:'ll| will| can|'d)|(?:if|whether) (?:(?:i|we) should (?:send|share|forward|email|pass|drop|introduce|connect|set|book|go ahead)\b|you(?:'d| would)? (?:like|want|be (?:open|up|interested)|prefer)|that works|either|(?:(?:it|that|this|these|they|either)(?:'s|'d be| is| are| would be| sounds?| seems?)?\s+)?(?:useful|helpful|of (?:interest|use|help)|interesting|relevant|handy|worth (?:it|a look))\b|(?:monday|tuesday|wednesday|thursday|friday))|(?:if|whether) (?:a|an|the|some|\d+)\b[^.?!]{0,60}?\b(?:works? for you|suits? you|would (?:work|suit you|fit|be (?:possible|convenient|ok|okay|fine)))|how you'd like)/,
      ],
      [['grab', 'book', 'pick', 'choose'], /(?:grab|book|pick|choose) (?:a|some) (?:time|slot|demo|call)/],
      [['book'], /book (?:a |some )?(?:demo|time|call|meeting)/],
      [['send'], /send (?:me (?:your|the)|over your)/],
      [['reply'], /reply (?:with )?(?:(?:a|an) )?(?:["'\u2018\u201c][\w !-]{1,20}["'\u2019\u201d]|yes\b)/],
      [['reply'], /just reply/],
      [
        ['reply'],
        /reply (?:with|w\/) (?:a |an |the |your )?(?:[\w-]+ ){0,2}?(?:address|number|name|date|day|time|size|zip|postcode|details)\b(?![^.!?]*(?:,|\band)\s+(?:your|a|an|the)\s)/,
      ],
      [
        ['the word'],
        /(?:just )?(?:say|send|give|drop)(?: (?:me|us))? the word\b(?! (?:out|around|about|on|that|for|in)\b)/,
      ],
      [['dm me'], /dm me/],
      [['drop me'], /drop me a (?:line|note)/],
      [
        ['kindly'],
        /kindly (?:(?:just|only|also|do)\s+)?(?:revert|accept|connect|reply|respond|confirm|share|send|forward|suggest|indicate|let me know (?:when|if(?! you(?: have| need|'ve got| got) (?:any |further |more |other )?(?:questions?|queries|doubts|clarifications?))|which|what (?:works|time|suits)|your (?:availability|preferred|preference|convenient)|an? (?:suitable|good|convenient) (?:time|slot|day)))/,
      ],
      [
        ['please'],
        /please (?:(?:also|do)\s+)?(?:answer|accept|reply|confirm|complete|send|share|let me know (?:when|if(?! you(?: have| need|'ve got| got) (?:any |further |more |other )?(?:questions?|queries|doubts|clarifications?))|which|your (?:availability|preferred|preference|convenient)|an? (?:suitable|good|convenient) (?:time|slot|day))|get back)/,
      ],
      [['tell me'], /tell me when you(?:'re| are) (?:free|available)/],
      [['call me'], /call me/],
      [['shoot me'], /shoot me (?:a|an)/],
      [
        ['say', 'tell me', 'shout', 'give me', 'give us', 'ping me', 'message me', 'email me', 'text me', 'write'],
        /(?:(?:just|simply|please)\s+)?(?:say|tell me|shout|give (?:me|us) a (?:shout|nudge|ping|call|ring)|ping me|message me|email me|text me|write (?:to )?me)\b[^.?!]{0,20}?\b(?:if|whether) (?:you(?:'d| would| do)? (?:like|want|need)|(?:it'?s |it is |that'?s |it would be |this is )?(?:useful|helpful|of interest|relevant|handy))\b/,
      ],
      [['say'], /(?:just|please|simply) say so\b/],
      [['reply'], /hit reply/],
      [['click'], /click (?:here|the link)/],
      [['sign up'], /sign up here/],
      [['could you'], /could you (?:share|send|introduce|let me|point|forward|complete|set up|get)\b[^?]*\./],
    ],
  ),
  desire: screened(
    [
      'love to',
      'like to',
      "let's",
      'lets ',
      'call you',
      'to grab',
      'to chat',
      'to talk',
      'to connect',
      'to meet',
      'to present',
      'to visit',
      'to hear',
      'to know',
      'to learn',
      'forward to',
      'welcome',
      'appreciate',
      'grateful',
      'perhaps',
      'maybe',
    ],
    /\b(?:(?:keen|love|like|curious|glad|happy)\s+to\s+(?:hear|know|learn)\s+(?:if|whether)|look(?:ing)? forward to (?:hearing|knowing|learning) (?:if|whether)|(?:i'd|i would|we'd|we would)\s+(?:(?:very much|really|much|greatly)\s+)?(?:welcome|appreciate|value|be grateful for)\s+(?:a|an|\d+|ten|fifteen|twenty|thirty|a few)\s+(?:[\w-]+\s+){0,2}?(?:minutes?|mins?|call|chat|conversation|word|reply|meeting)|(?:perhaps|maybe) (?:we|i) (?:could|can|might) (?:speak|talk|chat|meet|have|find|grab|set up|arrange)|(?:i'd|i would|we'd|we would|would)\s+(?:love|like)\s+to\s+(?:set up|schedule|hop on|jump on|grab|book|find|get|have|arrange|organi[sz]e|run|meet|chat|talk|connect|show|walk|present|pick your brain|learn more|hear|explore|discuss|invite|tell you|introduce|see if)|let'?s (?:book|hop|jump|set up|schedule|grab|find|chat|talk|meet|discuss|explore)|(?:i'll|i will) call you|would be (?:great|awesome|good|nice) to (?:grab|chat|talk|connect|meet)|(?:i'd|i would|we'd|we would)\s+(?:(?:very much|greatly|really)\s+)?welcome the (?:opportunity|chance) to (?:meet|present|discuss|speak|talk|show|introduce)|(?:i'd|i would|we'd|we would)\s+(?:be\s+)?(?:(?:very|most|really|more than)\s+)?(?:glad|happy|delighted|pleased|keen)\s+to\s+(?:meet (?:you|with you)|visit you|come (?:by|and see you)|present (?:my|our) (?:services|work|firm|practice)))\b/i,
  ),
  conditional: screened(
    [
      'if ',
      'let me know',
      'say',
      'shout',
      'tell me',
      'will do',
      'enough',
      'all it takes',
      'all i need',
      'suffices',
      'suffice',
      'plenty',
      'should you',
      'should th',
      'should it',
      'should any',
    ],
    /\bshould (?:that|this|it|these|they|any of (?:this|these|them)) (?:be|prove) (?:of (?:interest|use|help)|useful|helpful|relevant)\b[^.?!]*\b(?:i(?:'m| am| would be|'d be) (?:happy|glad|delighted|pleased)|happy to|glad to|i can|i'll|i will|let me know)\b|^\W*(?:should you|if you)\s+(?:wish|like|want|care|prefer|would (?:like|welcome|care|prefer)|'d (?:like|welcome|prefer))\b[^.?!]{0,80}?,\s*(?:(?:just|simply|please)\s+)?(?:reply|respond|say so|say the word|let me know|write|drop me|a\s+(?:[\w-]+\s+){0,2}?(?:reply|word|line|note|yes)\b[^.?!]{0,20}?\b(?:will|would|is|shall)\s+(?:do|suffice|be enough))\b(?![^.?!]*(?:,|\band\b))|\bif you (?:want|like|wish|are interested|agree)\b,?\s+(?:i|we) (?:send|share|give|email|forward|prepare|make|show|introduce|bring|do)\b|(?:\b(?:i|we)(?:'ll| will| can| could|'d| would)|^\W*(?:can|could|happy to|glad to))\s+(?:happily\s+|gladly\s+|also\s+)?(?:send|share|pass|forward|email|drop|jump on|hop on|walk|introduce|connect|post)\b[^.?!]{0,50}?\bif (?:you(?:'d| would)? (?:like|want|prefer)|you(?:'re| are) (?:interested|keen)|(?:it's |it is |that's |it would be |it'd be )?(?:useful|helpful|easier|of interest|relevant)|(?:it|that) helps)\b|\b(?:happy|glad|can|could|will|'ll)\b[^.?!]{0,60}?\b(?:send|share|pass|forward|email|introduce)\b[^.?!]{0,40}?[,;\u2014\u2013-]\s*(?:just\s+)?(?:let me know|say(?: so| the word)?|shout|tell me|give me a shout)\s*[.!]*$|\b(?:if (?:you(?:'d| would)? like|(?:that|it|this) sounds|it(?:'s| is| would be| helps)|that(?:'s| is| would be)|useful|helpful|you're interested|you want|you connect|it would help|relevant)\b[^.?!]*\b(?:i(?:'m| am)? (?:happy|glad)|happy to|glad to|just (?:reply|say|let me know)|i can|i'll|let me know)\b|\b(?:glad|happy) to (?:send|share|pass|forward)\b[^.?!]{0,40}?\bif (?:you (?:connect|accept|like|want|'d like|are interested|'re interested|reply|say so|ask|let me know|drop me|ping me|give me)|it(?:'s| is| would be)? (?:helps?|useful|helpful|relevant)|useful|helpful|that helps)\b|\ba\s+(?:[\w-]+\s+){0,2}?(?:reply|yes|line|word|note)\b[^.?!]{0,30}?\b(?:will do|is enough|is all (?:it takes|i need)|suffices|is plenty)\b|\bif you (?:could|can|might|would be able to|have|had) (?:(?:spare|find|give me|make time for|free up)\s+)?(?:me\s+)?(?:a|an|ten|fifteen|twenty|thirty|forty-five|\d+|half an?)\s+(?:[\w-]+\s+)?(?:minutes?|mins?|hour|moment|call|coffee|morning|afternoon)\b)/i,
  ),
  connect: screened(
    ['connect', 'accept'],
    /\b(?:let'?s connect|(?:would|'d) (?:love|like|be (?:great|good|nice)) to connect|worth connecting|open to connecting|happy to connect|(?:i|we) would welcome (?:connecting|the chance to connect)|connect here|accept my (?:invite|invitation|request)|hope you'll accept)\b/i,
  ),
  vagueLetMeKnow: screened(
    ['let me know', 'lmk', 'thoughts?', 'tell me'],
    /\b(?:let me know|lmk)\b|\b(?:any thoughts|thoughts)\?|^\W*(?:(?:kindly|please|just|do)\s+)?tell me\s*[.!]*$/i,
  ),
  closer: screened(
    [
      'either way',
      'no worries',
      'if not',
      'fine',
      'understand',
      'yes',
      'quick',
      'one-word',
      'no pressure',
      'feel free',
      'timing',
      'rather not',
      'no need',
      'plenty',
      'say so',
      'hard feelings',
      'leave you alone',
    ],
    /\b(?:let me know either way|no worries(?: at all)?(?: if not)?|if not,? no worries|(?:totally|completely) (?:fine|understand)|(?:a )?(?:yes\/no|yes or no|quick (?:yes|no|reply)|one-word reply)(?: is| would be)? (?:plenty|enough|fine|great)|no pressure|either way|feel free to (?:ignore|say no|forward|pass)|if the timing is wrong|if you'd rather not|no need to reply|a quick reply would be plenty|no hard feelings|i'll leave you (?:alone|be)|if (?:not|the timing(?:'s| is) (?:wrong|off|bad)|(?:it's|this is|that's|it is|this isn't|it isn't|that isn't) (?:not )?(?:for you|a fit|relevant|right for you)|you(?:'re| are) not (?:interested|looking)|now(?:'s| is) not (?:a good|the right) time)\b[^.!?]{0,6}?\b(?:just )?(?:say so|tell me|let me know|say the word))\b/i,
  ),
  /**
   * A question without its mark, told by its word order: an auxiliary before the subject ("would you
   * be open to…", "could we grab 15 min", "does Thursday work"), or a fragment that only a question
   * starts with ("Open to a chat.", "How about a call on Thursday").
   */
  unmarkedQuestion:
    /^\W*(?:(?:so|and|ok|okay|then)\s*,?\s+)?(?:(?:would|could|can|shall|may|might|do|does|are|is|will)\s+(?:you|we|i|it|this|that|either|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:call|chat|slot|time|copy|look|intro|introduction|week|day)|monday|tuesday|wednesday|thursday|friday|next week|tomorrow)\b|how about\b|what about (?:a|an|\w+day)\b|(?:open|up) (?:to|for) (?:a|an|it|that|this)\b|any (?:chance|interest)\b|worth a (?:call|chat|look|try)\b)/i,
  // "…? 20 min?", "…? Max 15 minutes?": the length of the ask just made, not another ask.
  alternative:
    /^\W*(?:or\b|if not\b|otherwise\b|either way\b|(?:(?:about|around|just|only|max|maybe|tops|under)\s+)?(?:\d+|ten|fifteen|twenty|thirty|half an?)[\s-]*(?:min(?:ute)?s?|hours?|hrs?)\b(?:\s+(?:max|tops|or so|at most))?\s*\??\s*$)/i,
  /** Further questions packed into one sentence: "…, what's your timeline, and who else…?" */
  innerQuestion:
    /,\s*(?:and\s+|also\s+)?(?:what|who|when|which|how|do you|are you|is there|would you|could you|can you|will you)\b/gi,
  /** ", who can speak frankly about it" after a role just named is a relative clause about them, not a second question. */
  relativeWho:
    /\b(?:coordinator|manager|director|head|lead|colleague|partner|founder|customer|client|engineer|owner|officer|foreman|superintendent|counterpart|expert|consultant|adviser|advisor|specialist|analyst|controller|buyer)s?,\s*who\s+(?:can|could|will|has|had|is|was|knows|knew|led|leads|runs|ran|built|worked|works|manages|managed|helped|helps|oversaw|oversees)\b(?!\s+(?:i|we|you)\b)/i,
  /** An inner clause is a further question only after a question has begun ("do you…, what…"), not after "If…,". */
  questionStart:
    /(?:^|[:;]\s*)\W*(?:would|could|can|do|does|did|are|is|what|who|when|how|which|will|shall|may|have|should)\b/i,
  lettered: /\(\s*[a-e]\s*\)/gi,
  also: /^\W*(?:also|and|plus)\b/i,
  lowFriction: screened(
    [
      'min',
      'yes',
      'quick',
      'shall i',
      'want',
      'send it',
      'can i',
      'could i',
      'mind if',
      'worth sending',
      'to send',
      'reply',
      'by email',
      'either way',
    ],
    /\b(?:(?:1[05]|5|10|twenty|fifteen|ten|20)[- ]?min(?:ute)?s?|yes\/no|quick (?:reply|yes)|shall i send|want (?:it|me to|a copy)|send it\?|can i send|could i send|mind if i|worth sending|ok to send|just reply|reply ["']?yes|by email|either way)\b/i,
  ),
} as const;

/**
 * Asks that cost the reader a lot: long meetings, several people, on-site visits, homework, and their commercial figures
 * to a stranger ("send me … who is your current supplier and what prices you are paying").
 */
export const HIGH_FRICTION = screened(
  [
    'min',
    'hour',
    'hr',
    'workshop',
    'site',
    'deep',
    'your',
    'everyone',
    'survey',
    'references',
    'paying',
    'you pay',
    'supplier',
  ],
  /\b(?:(?:[4-9]\d|1\d\d)[- ]?(?:min(?:ute)?s?)\b|(?:1|one|an?|two|2)[- ](?:hour|hr)s?\b|90[- ]?min|(?<!\b(?:at|in|by|from|around|visit|visiting)\s+(?:the|your)\s+(?:[\w-]+\s+)?)workshop|on-?site|deep-?dive|with (?:you,? )?your (?:[\w-]+ )?(?:leads|heads|chiefs|team leads|managers)|(?:you|yourself),? your [\w -]{2,40}? and your\b|get everyone together|(?:\d+|twenty|thirty|forty)-question survey|send (?:me|over) your (?:current|updated)|three references|your (?:current )?(?:contract|pricing) and|(?:send|share|tell|give)\s+(?:me|us)\s+[^.!?]{0,120}?\b(?:what (?:prices?|rates?) you(?:'re| are)? (?:paying|pay)|who(?:'s| is) your (?:current )?supplier|your (?:current )?(?:prices|rates|supplier)|your (?:yearly|annual|monthly) (?:volumes?|spend)))/i,
);

export const IMPOSED_MEETING = screened(
  [
    'call you',
    'calendar invite',
    'gone ahead',
    'please accept',
    'kindly accept',
    'pls accept',
    'ring you',
    'phone you',
    'call from me',
    'a call',
    'a ring',
    'a bell',
    'my call',
  ],
  /\b(?:(?:i'll|i will|i'm going to|we'll|we will)\s+(?:give you a (?:call|ring|bell)|(?:ring|phone|video-?call) you)\b[^.!?]{0,20}?\b(?:(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|mon|tue|wed|thu|fri|today|tonight|tomorrow)|at \d|\d{1,2}(?::\d\d)?\s*(?:am|pm)|(?:in the |this |tomorrow )?(?:morning|afternoon|evening))|expect (?:a|my) call (?:from me )?|i'll call you|i will call you|(?:i've|i have) (?:gone ahead and |already )?sent (?:you )?a calendar invite|sent a calendar invite|gone ahead and (?:booked|scheduled|sent)|please accept (?:here|the invite)|(?:please|kindly|pls) accept (?:the |my |this |our )?(?:(?:teams|zoom|meet|calendar|meeting)\s+)?(?:invite|invitation|meeting request)\b(?!\s+to (?:connect|join my network))|i'll send a calendar invite once)\b/i,
);

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri)';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY_OR_DATE = `(?:(?:this|next|coming|the)\\s+)?(?:${WEEKDAY}|tomorrow|tonight|eod|eow|cob|close of (?:business|play)(?:\\s+(?:on\\s+)?(?:${WEEKDAY}|today|tomorrow))?|noon|midday|month[- ]end|\\d{1,2}(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH})|(?:the\\s+)?end of (?:the\\s+)?(?:day|week|month|quarter|year|${MONTH})|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?)`;
/** What every DAY_OR_DATE contains: a weekday, a word for a day or its end, or a digit. */
const DAY_OR_DATE_KEYS = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'saturday',
  'sunday',
  'tomorrow',
  'tonight',
  'eod',
  'eow',
  'cob',
  'close of',
  'noon',
  'midday',
  'month',
  'end of',
  ...'0123456789',
];
/**
 * DAY_OR_DATE_KEYS with no bare digit, for a narrow screen: a date in figures has an ordinal ("1st", "23rd"), a
 * month's name ("12 March", "Mar 3") or a stop or slash after a digit ("12.03", "3/4"). Most messages have a figure.
 */
const DAY_OR_DATE_WORD_KEYS = [
  ...DAY_OR_DATE_KEYS.filter((k) => !/^\d$/.test(k)),
  ...[...'0123456789'].flatMap((d) => [`${d}st`, `${d}nd`, `${d}rd`, `${d}th`, `${d}.`, `${d}/`]),
  ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
];

/**
 * Pushiness however phrased: any weekday or date used as a deadline for them ("please confirm by
 * Thursday", "reply before 12 March"), scarcity ("only 3 spots left"), an offer that expires.
 */
export const DEADLINE = screened(
  [
    'by ',
    'before ',
    'until ',
    'no later than',
    'deadline',
    'expires',
    'ends ',
    'closes',
    'cut-off',
    'cutoff',
    'cut off',
    'till ',
    'within ',
    'runs out',
    ' go up',
    ' goes up',
    ' rise',
    ' increase',
    'after ',
    'today',
    'tonight',
    'asap',
    'immediately',
  ],
  new RegExp(
    `\\b(?:(?:by|before|ahead of)\\s+(?:the|our|my)\\s+(?:${DAY_OR_DATE}\\s+)?(?:deadline|cut-?\\s?off)|(?:confirm|reply|respond|revert|answer|sign|countersign|return|decide|register|apply|submit|sign up|book|let me know|let us know|get back to (?:me|us)|hear back|feedback|commit|lock (?:it|this) in|secure (?:your|a) (?:spot|place|seat)|need (?:a|an|your) (?:\\w+ )?(?:yes|answer|reply|decision|confirmation|go-ahead|signature)|need (?:a|an|your|the|it|this|that))\\b[^.!?]{0,30}?\\b(?:(?:by|before|until|till|on or before|no later than)\\s+${DAY_OR_DATE}|within\\s+(?:the\\s+next\\s+)?(?:\\d+|two|three|a few)\\s+(?:working\\s+|business\\s+)?(?:hours?|days?))|(?:by|before|until|till|on or before|no later than)\\s+${DAY_OR_DATE}\\s*(?:[,.!]|$)[^.!?]{0,0}|(?:offer|discount|pricing|price|promotion|promo|deal|rate|window)\\s+(?:ends|expires|closes|runs out|is only valid|is valid until)|(?:offer|discount|pricing|prices|price|promotion|promo|deal|rates?)\\b[^.!?]{0,50}?\\b(?:ends|expires|closes|runs out|goes up|go up|rises|rise|increases|increase|(?:is |are )?(?:only )?(?:valid|good|available|open) (?:until|till|through))\\s+(?:on\\s+|at\\s+)?(?:${DAY_OR_DATE}|midnight|today|tonight)|(?:our|my|the)\\s+deadline (?:is|of)\\s+${DAY_OR_DATE}|(?:offer|discount|pricing|price|promotion|promo|deal|rates?)\\s+(?:is\\s+|are\\s+)?only\\s+(?:until|till|through)\\s+(?:${DAY_OR_DATE}|midnight|today|tonight)|after\\s+${DAY_OR_DATE},?\\s+(?:(?:it|this|that|the (?:offer|price|discount|rate))\\s+)?(?:is|will be|it's|'s|won't be|will no longer be|is no longer)?\\s*(?:not possible|no longer (?:possible|available|valid)|possible no more|not (?:possible|available|valid) any ?more)(?!\\s+to\\b)|(?:after\\s+${DAY_OR_DATE},?\\s+(?:we|i)\\s+(?:can't|cannot|can not|won't be able to)\\s+(?:hold|keep|offer|guarantee))|(?:please|pls|kindly)(?![^.!?]*\\b(?:no rush|no hurry|no pressure|whenever|any ?time|at your convenience)\\b)\\s+(?:confirm|reply|respond|revert|answer|sign|decide|commit|send|let (?:me|us) know|get back to (?:me|us))\\b(?:(?!\\s(?:i|we|i'll|we'll|and)\\s)[^.!?,;]){0,40}?\\s(?:today|tonight|asap)\\b(?!['’]|\\s+or\\b))`,
    'i',
  ),
  // Every alternative also names a day or a date (DAY_OR_DATE_WORD_KEYS), a span ("within"), a deadline or cut-off,
  // an offer that runs out, or "today"/"asap": the long alternation need not run where a message has none of them.
  [
    ...DAY_OR_DATE_WORD_KEYS,
    'within',
    'deadline',
    'off',
    'ends',
    'expires',
    'closes',
    'runs out',
    'valid',
    'midnight',
    'today',
    'asap',
  ],
);

export const SCARCITY = screenedBranches(
  {
    prefix: '\\b',
    suffix: '\\b',
    flags: 'i',
    keys: [
      'only ',
      'left',
      'remaining',
      'limited',
      'filling',
      'last ',
      'first come',
      'while ',
      'hold',
      'keep',
      'give away',
      'release',
      'the next',
      'spot',
      'seat',
      'place',
      'slot',
      'opening',
      'availability',
      'one of the',
      'one of our',
    ],
  },
  [
    [
      ['spot', 'seat', 'place', 'slot', 'opening'],
      /(?:spots?|seats?|places?|slots?|openings?)\s+(?:are\s+|is\s+)?(?:still\s+)?(?:left|remaining)\b(?!\s+(?:the|their|his|her|our|its|a|an|it|them|us|me|you|with|behind|out|over|unchanged|unfilled|empty|open)\b)/,
      ['left', 'remaining'],
    ],
    [
      ['spot', 'seat', 'place', 'slot', 'opening'],
      /(?:spots?|seats?|places?|slots?|openings?)\b[^.!?]{0,40}\b(?:will (?:go|be gone|be taken|fill)|go(?:es)? (?:fast|quickly)|fill(?:s)? (?:up )?(?:fast|quickly)|(?:get|are) snapped up|won't (?:last|be (?:there|around|open))|(?:is|are) going (?:fast|quickly)|go(?:es)? to someone else|get(?:s)? taken)/,
      ['will ', 'go', 'fill', 'snapped', "won't", 'get'],
    ],
    [
      ANY_KEY,
      /only\s+(?:take|taking|accept|accepting|onboard|onboarding|work with|working with|have room for|able to take|open|opening)(?:\s+on|\s+up)?\s+(?:\d+|one|two|three|four|five|a few|a handful of)\s+(?:more|new|further|extra)\b/,
      ['only'],
    ],
    [
      ANY_KEY,
      /(?:availability|capacity)(?<!\b(?:your|their|its|his|her)\s+(?:availability|capacity))\s+(?:is\s+)?(?:(?:very|extremely|really|quite|strictly|severely|incredibly|super)\s+)?(?:limited|tight|scarce)/,
      ['limited', 'tight', 'scarce'],
    ],
    [
      ANY_KEY,
      /only\s+(?:\d+|one|two|three|four|five|a (?:few|handful of))\s+(?:\w+\s+)?(?:spots?|seats?|places?|slots?|licen[cs]es?|openings?)\s+(?:(?:are|is)\s+)?(?:left|remaining)/,
      ['left', 'remaining'],
    ],
    [
      ANY_KEY,
      /only\s+(?:\d+|one|two|three|four|five|a (?:few|handful of))\s+(?:remaining|available|open|free)\s+(?:spots?|seats?|places?|slots?|licen[cs]es?|openings?)/,
      ['spot', 'seat', 'place', 'slot', 'licen', 'opening'],
    ],
    [
      ['hold', 'keep', 'give away', 'release'],
      /(?:so|before) (?:i|we) (?:can )?(?:hold|keep|give away|release) (?:your|the|a) (?:\w+ )?(?:slot|spot|place|seat)/,
      ['slot', 'spot', 'place', 'seat'],
    ],
    [
      ['the next'],
      /(?:goes|go|passes|pass) to the next (?:team|company|person|customer|client|one) (?:on|in) (?:my|our|the) (?:list|line|queue)/,
    ],
    [
      ['spot', 'seat', 'place', 'slot', 'availability'],
      /(?:spots?|seats?|places?|slots?|availability) (?:are |is )?(?:limited|filling (?:up|fast))/,
      ['limited', 'filling'],
    ],
    [
      ['spot', 'seat', 'place', 'slot', 'opening'],
      /(?:spots?|seats?|places?|slots?|openings?)\s+(?:are|is|have been|has been)\s+(?:already\s+)?(?:gone|taken|booked|filled|spoken for|claimed)/,
      ['gone', 'taken', 'booked', 'filled', 'spoken for', 'claimed'],
    ],
    // Our own stock said to be nearly gone: "We only have 5 kits left at the March price", "I've just 3 units left".
    [
      ['left'],
      /\b(?:we|i)(?:'ve|'ve got| have| have got| got| still have)?\s+(?:only|just)\s+(?:have\s+|got\s+)?(?:\d+|one|two|three|four|five|a few|a handful of)\s+(?!(?:[\w-]+\s+)?(?:days?|weeks?|months?|hours?|minutes?|years?|nights?)\b)(?:[\w-]+\s+){0,2}?left\b/,
    ],
    // The same stock with no "we", said as a sentence of its own or after "there are": "Only 4 kits left at the March
    // price", "There are only 3 units left"; or gone down to its last few: "we're down to our last 3 units". Not their
    // things ("you only have 3 trucks left on the old lease", "Saw your fleet note: only 3 trucks left", "your RFP is
    // down to the last three bidders"), not firms left in a market ("only two suppliers left in Colorado who …") and
    // not our days ("only two days left in town").
    [
      ['left', 'remaining'],
      /(?:^|[.!?:\n]\s*|\bthere(?:'s| is| are)\s+(?:now\s+)?)(?<!\b(?:your?|you're|their|they|they're)\b[^.!?\n]*)(?:only|just)\s+(?:\d+|one|two|three|four|five|a few|a handful of)\s+(?!(?:[\w-]+\s+)?(?:days?|weeks?|months?|hours?|minutes?|years?|nights?|suppliers?|vendors?|bidders?|competitors?|compan(?:y|ies)|firms?|shops?|players?|manufacturers?|makers?|distributors?|dealers?|providers?|contractors?|people|customers?|clients?|mills?|plants?|factories|foundries|farms?|growers?|stores?)\b)(?:[\w-]+\s+){0,2}?(?:left|remaining)\b(?!\s+(?:who|that|which)\b)(?![^.!?\n]{0,40}\b(?:who|that|which)\s+still\b)/,
    ],
    [
      ['last '],
      /(?<!\b(?:your?|you're|their|they|they're)\b[^.!?\n]*)\bdown to (?:our|my|the) (?:very )?(?:last|final) (?:few|\d+|one|two|three|four|five)\b(?!\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|hours?|minutes?|years?|nights?|suppliers?|vendors?|bidders?|competitors?|compan(?:y|ies)|firms?|shops?|players?|manufacturers?|makers?|distributors?|dealers?|providers?|contractors?|people|customers?|clients?|candidates?)\b)/,
    ],
    [['one of the', 'one of our'], /one of (?:the|our) (?:last|final|remaining) (?:few|\d+|two|three|four|five)\b/],
    [['limited'], /limited (?:spots|seats|places|slots|availability|number of)/],
    [['last '], /last (?:few|\d+|two|three) (?:spots?|seats?|places?|slots?)/],
    [['first come'], /first come,? first served/],
    // The slots close on a day, or the one held for them cannot be held: "our Q4 pilot slots close Friday and I can't
    // hold yours much longer".
    [
      ['spot', 'seat', 'place', 'slot', 'opening'],
      /(?:spots?|seats?|places?|slots?)\s+(?:close|closes|closing|end|ends|go|goes)\s+(?:on\s+|this\s+|next\s+|by\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|at the end of|end of)/,
    ],
    [
      ['hold', 'keep'],
      /(?:can't|cannot|can not|won't|will not|unable to)\s+(?:hold|keep)\s+(?:yours|your\s+(?:\w+\s+)?(?:slot|spot|place|seat))(?:\s+open)?\s+(?:for\s+)?(?:much\s+|any\s+)?(?:longer|forever|past|beyond)/,
    ],
    [['while '], /while (?:stocks?|supplies|spots) last/],
  ],
);

/**
 * What stands before a date that makes it theirs, or a promise, not a deadline for them: a subject
 * with a verb of plan or future ("you intend to apply before…", "the council will decide by…",
 * "I'll send it by Friday"), or what they said ("your post said you're moving by June"). REQUEST_MARK undoes it: "let me know if you'll join by Friday" asks.
 */
export const DATED_PLAN =
  /\b(?:you|your\s+[\p{L}-]+|[\p{L}-]+'s\s+[\p{L}-]+)\s+(?:said|says|mentioned|wrote|writes|noted|notes|announced|announces|shared|stated|states|told)\s|\b[\p{L}-]+(?:(?:'ll|'re going to|'s going to|'m going to)|\s+(?:also\s+|still\s+|now\s+)?(?:plans?\s+to|planning\s+to|intends?\s+to|intending\s+to|aims?\s+to|aiming\s+to|hopes?\s+to|hoping\s+to|expects?\s+to|expecting\s+to|wants?\s+to|(?:is|are|am) (?:going|planning|aiming|hoping|due|set) to|will|must|should|ha(?:s|ve) to|needs? to|goes? live|launch(?:es)?|open(?:s)?|start(?:s)?))\s/iu;
/** Before a fee: theirs, or ours waived ("you pay a $500 onboarding fee today", "we waive the setup fee"). */
export const THEIR_FEE =
  /\b(?:you|they|we|i|your\s+[\w-]+|their\s+[\w-]+)(?:'d|'ll|\s+would|\s+will|\s+can|\s+could)?\s+(?:currently\s+|now\s+|already\s+|still\s+|happily\s+|also\s+)?(?:pay|paid|charge|charges|charged|spend|spends|spent|waive|waived|signed|cover|covered|drop|absorb)\b/i;
export const REQUEST_MARK =
  /\b(?:please|pls|kindly|let (?:me|us) know|(?:can|could|would|will) you|if you could|(?:i|we)(?:'d|'ll| would| will)? need|you must|unless|(?:if|once|when|as soon as) you|tell (?:me|us)|hear (?:from you|back)|get back)\b/i;

/** Who takes a time for them, what they do with it, and what they take: the parts of PUT_IN_CALENDAR. */
const SUBJECT = "(?:i've|i have|i'm|i am|i|we've|we have|we're|we are|we)";
const TAKE =
  '(?:put|putting|placing|placed|booked|booking|book|scheduled|scheduling|schedule|blocked|block|added|adding|add|pencil(?:l)?ed(?: in)?|pencil|reserved|reserve|held|sent|sending|send|dropped|drop|popped|pop|set up|setting up|arranged|arranging|arrange)';
const TIME = `(?:${DAY_OR_DATE}|\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:am|pm|h)?)`;
const MEETING_ON = `(?:a|an|the|our)\\s+(?:[\\w-]+\\s+){0,2}?(?:call|meeting|slot|session|demo|chat|catch-up)(?:\\s+with\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+)?\\s+(?:for|on|at)\\s+${DAY_OR_DATE}`;

/** A meeting already in their calendar: "I've put 30 minutes in your calendar", "I booked us for Tuesday". */
export const PUT_IN_CALENDAR = screenedBranches(
  {
    prefix: '',
    suffix: '',
    flags: 'i',
    keys: [
      'put',
      'booked',
      'booking',
      'schedul',
      'blocked',
      'added',
      'adding',
      'pencil',
      'reserved',
      'sent',
      'sending',
      'dropped',
      'popped',
      'see you',
      'placing',
      'placed',
      'invite',
      'invitation',
      'held',
      'set up',
      'setting up',
      'arrang',
      'book ',
    ],
  },
  [
    // Not every verb of TAKE is a key ("add", "send", "drop"): the branch runs whenever the pattern's
    // keys are there, and only when a time, a calendar or a meeting (which has a time) is named too.
    [
      ANY_KEY,
      `\\b${SUBJECT}(?=\\s)(?<!\\b(?:may|can|could|shall|should|would|will|might|do|if|mind|to)\\s+${SUBJECT})\\s+(?:already\\s+|just\\s+|gone ahead and\\s+|went ahead and\\s+|taken the liberty (?:of|to)\\s+)?${TAKE}\\b(?:\\s+(?:your|the) (?:calendar|diary)\\b|\\s+(?:out\\s+|off\\s+)?${TIME}(?:\\s+(?:at|on)?\\s*${TIME})?\\s+(?:for|with)\\b|[^.!?]{0,60}?\\b(?:(?:in|on|to|into) (?:your|the) (?:calendar|diary|agenda|inbox)|calendar (?:invite|invitation|hold)|for us (?:on|at)|${MEETING_ON}))`,
      [...DAY_OR_DATE_KEYS, 'calendar', 'diary', 'agenda', 'inbox', 'for us'],
    ],
    [
      ['schedul', 'booked', 'set up', 'arrang', 'blocked', 'pencil'],
      `\\bhas(?<!\\b(?:you|they|team|he|she|who|it)\\s+has)\\s+(?:already\\s+|just\\s+)?(?:scheduled|booked|set up|arranged|blocked|pencil(?:l)?ed in)\\s+${MEETING_ON}`,
      DAY_OR_DATE_KEYS,
    ],
    [
      ['booked', 'schedul', 'pencil', 'blocked', 'reserved'],
      `\\b(?:booked|scheduled|pencil(?:l)?ed|blocked|reserved)(?<!\\b(?:you|they|he|she|who|team)\\s(?:booked|scheduled|pencil(?:l)?ed|blocked|reserved))\\s+(?:us|you)\\s+(?:in\\s+)?(?:for\\s+)?(?:\\d|an?\\b|half|ten|fifteen|twenty|thirty|some time|${DAY_OR_DATE})`,
    ],
    [
      ['invite', 'invitation'],
      `\\b(?:calendar\\s+)?(?:invite|invitation)(?:'s|\\s+is|\\s+has been|\\s+was)\\s+(?:already\\s+|now\\s+)?(?:in|on|sitting in)\\s+(?:your|the)\\s+(?:inbox|calendar|diary|way)`,
    ],
    [['see you'], `\\bsee you (?:then|on ${DAY_OR_DATE}|at \\d)`],
  ],
);

/**
 * A link to the sender's booking page: a scheduling host, a path that says so, or any link that a
 * verb of booking points at ("grab a slot: cal.x.io/ben", "pick a time at zcal.co/sara").
 */
export const BOOKING_LINK =
  /\b(?:(?:grab|book|pick|choose|find|select|reserve|schedule|claim|snag)\s+(?:(?:(?:a|an|any|some|your|one)\s+)?(?:(?:free|quick)\s+)?(?:slot|time|call|meeting|spot|session|chat|demo|time\s?slot)s?\b(?:\s+[\w']+){0,5}?|(?=here|below))\s*(?:\s?(?:here|at|via|on|using|through|with|below|from)\b)?\s*[:\-–—>]*\s*(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}\/\S*|calendly\.com|cal\.com|cal\.link|savvycal\.com|chilipiper\.com|meetings\.hubspot\.com|tidycal\.com|zcal\.co|youcanbook\.me|doodle\.com|acuityscheduling\.com|calendar\.app\.google|(?:cal|calendar|book|booking|meet|schedule)\.[\w-]+\.[a-z]{2,}\/|[\w-]+\.[\w.]+\/(?:[\w-]+\/)?(?:book|booking|meet|meeting|demo|schedule|calendar|15min|30min)\b)\S*/i;

/**
 * A booking link pointed at rather than pasted: "Kindly book a demo using the link below", "grab a slot via
 * the link in my signature". The page is the sender's calendar all the same.
 */
export const BOOKING_LINK_POINTED =
  /\b(?:grab|book|pick|choose|select|reserve|schedule|claim|snag)\s+(?:(?:a|an|any|some|your|one)\s+)?(?:(?:free|quick|short)\s+)?(?:slot|time|call|meeting|spot|session|chat|demo|time\s?slot)s?\b[^.!?]{0,30}?\b(?:using|via|through|with|from|at|on|in)\s+(?:the|my|our)\s+(?:[\w-]+\s+){0,2}?link\b(?:\s+(?:below|above|in my (?:signature|profile|bio)))?/i;

/** A contract, order or fee asked for before any conversation. */
export const CONTRACT_ASK = screened(
  [
    'sign',
    'fee',
    'deposit',
    'purchase order',
    'po ',
    'invoice',
    'contract',
    'retainer',
    'pay ',
    'order form',
    'agreement',
    'sow',
    'msa',
    'po.',
    'po,',
    'terms attached',
    'terms are attached',
    'terms enclosed',
    'terms are enclosed',
    't&cs',
    'engagement letter',
    'terms',
    'paperwork',
    'payable',
  ],
  /\b(?:counter-?sign\b|(?:contract|agreement|terms|paperwork|order form|sow|msa)\s+(?:over\s+|across\s+)?for you to (?:sign|countersign|review and sign)|send (?:you\s+)?(?:over\s+|across\s+)?(?:the|our|my)\s+(?:[\w-]+\s+)?(?:contract|agreement|paperwork|order form|sow|msa)\b(?!\s+(?:comparison|review|template|checklist|sheet|summary|guide|audit|benchmark|tracker|playbook|analysis|notes|tips|clauses?|language|examples?|wording|breakdown|teardown|pack)\b)|(?:deposit|fee|retainer|balance|invoice)\s+(?:is\s+)?payable(?!\s+(?:only\s+)?(?:in(?!\s+(?:advance|full)\b)|at|after|from|over|monthly|quarterly|annually|yearly|per|when|once|if)\b)|payable (?:upfront|up front|up-front|in advance|on signing|on signature)|(?:send|raise|issue) (?:you\s+)?(?:the|an|our|my) invoice|[£$€]\s?\d[\d,.]*k?\s+(?:[\w-]+\s+)?deposit|(?:our|my) (?:[\w-]+ )?(?:fee|retainer|commission) (?:is|would be|will be|comes to)\s+(?!(?:0|zero|nothing|waived|free)\b)[£$€\d]|(?:terms|t&cs|engagement letter|agreement|contract|order form|sow|msa)\s+(?:are\s+|is\s+)?(?:attached|enclosed)|sign(?<=(?:^|[.!?:;]\s*)sign)\b(?![\s-]*ups?\b)|(?:send|issue|raise) (?:over |across )?(?:us |me )?(?:a |the |your )?(?:po|purchase order)\b|sign (?:the|our|a)\s+(?:\w+\s+)?(?:contract|agreement|order form|sow|msa|proposal)|(?:setup|set-up|onboarding|joining|listing|membership|placement|registration|booking|admin|activation) fee|(?:send|issue|raise) (?:us |me )?(?:a |the )?(?:po|purchase order)|(?:a |the )?deposit of|pay (?:the|a|an|our) (?:fee|deposit|invoice|retainer)|pay(?<=(?:^|[.!?:;]\s*|\b(?:just|please|simply|kindly|then|and)\s+)pay) (?:the|a|an|our|us)\s+(?:[£$€]?\d[\d,.]*k?\s+)?(?:[\w-]+\s+)?(?:fee|deposit|invoice|retainer|onboarding|setup|set-up|subscription|licen[cs]e)|(?:have|get) (?:the|a|an|our) (?:[\w-]+ )?(?:contract|agreement|paperwork|order form|sow|msa) (?:drawn up|drafted|prepared|issued)|draw up (?:the|a|an|our) (?:[\w-]+ )?(?:contract|agreement|paperwork)|invoice you|retainer of|contract (?:attached|to sign)|ready to sign|sign (?:\+|and|&) (?:return|send)|please sign(?: it| here| the)?|(?:attached|i've attached|here is|here's) (?:the |our )?(?:[\w-]+ )?(?:order form|contract|agreement|sow|msa))\b/i,
);

/** One request that chains several: "…send me your CV and your availability", "and also could you…". */
const REQUEST_VERB =
  '(?:look at|refer me|loop in|fill out|fill in|send|share|book|join|forward|introduce|complete|sign|review|schedule|set up|invite|hop on|jump on|arrange|make|get|tell me|let me know|connect me|cc)';
/** Further requests chained onto one: "…, loop in your VP, and fill out this survey", "…, and also to send over…". */
export const MORE_REQUESTS = new RegExp(
  `(?:,\\s*(?:and\\s+)?(?:also\\s+)?|\\s+and\\s+also\\s+)(?:to\\s+)?${REQUEST_VERB}\\b`,
  'gi',
);
/** A request already made before a chained one: only then is the chained one a further ask. */
export const REQUEST_BEFORE = new RegExp(`\\b(?:${REQUEST_VERB.slice(3, -1)}|look at|refer|arrange|call|demo)\\b`, 'i');
export const CHAINED_ASK =
  /,?\s+and\s+(?:also\s+)?(?:could|can|would|will) you\b|\b(?:send|share|forward|give|email)(?<!\b(?:i|we|i'll|we'll|i'd|we'd|me to|us to)\s+(?:(?:can|could|will|would|shall|also|gladly|happily)\s+)?(?:send|share|forward|give|email)) (?:me |us )?(?:over )?(?:your|the)\s+[^,.?!]{1,40}(?:,\s*[^,.?!]{1,40})+,?\s+and\s+\S|\b(?:send|share|forward|give)(?<!\b(?:i|we|i'll|we'll|i'd|we'd|me to|us to)\s+(?:(?:can|could|will|would|shall|also|gladly|happily)\s+)?(?:send|share|forward|give)) (?:me |us )?(?:your|the)\s+[^,.?!]{1,40}(?:,\s*(?:your|the)\s+[^,.?!]{1,40})*,?\s+and\s+(?:your|the|also)\b/i;

/** A sentence that opens on a demand: "Fill in our intake form…", "Please send me…", "Reply with…". */
export const IMPERATIVE_START =
  /^\W*(?:(?:please|kindly|just|also|then|simply)\s+)?(?:fill (?:in|out)|book|send|share|forward|give|email|provide|attach|reply with|complete|sign|invite|loop in|cc|introduce|schedule|set up|join|register|submit|tell me|let me have)\b/i;
/** Further demands joined by "and": "…and book a kickoff and invite your PMs". Not "and let me know". */
export const AND_REQUEST =
  /\s+and\s+(?:then\s+|also\s+)?(?:fill (?:in|out)|book|send|share|forward|complete|sign|invite|loop in|cc|introduce|schedule|set up|join|register|submit|add|attach|provide)\b/gi;
/** A list of three or more things asked for: "your GA access, your Shopify plan and your traffic". */
/** Where the sender's own clause begins ("…and I'll share…"): a list after it is an offer, not a demand. */
export const SENDER_CLAUSE = /\b(?:i|we)(?:'ll|'d| will| can| could| would| shall)\b/i;
export const LIST_OF_THINGS = /(?:,(?!\s*and\s+(?:i|we)\b)\s*[^,.?!]{1,40})+,?\s+and\s+\S/i;

/**
 * Asked to find the right person or pass it on. "Who handles procurement?", "Also, who owns TPRM at Cobalt?" ask it;
 * a clause set off by a comma in a statement describes someone ("Daniel Zürcher from Immovia, who manages the
 * building, mentioned …") and asks nothing.
 */
export const OFFLOAD = screened(
  [
    'right person',
    'the one',
    'whoever',
    'looks after',
    'owns',
    'handles',
    'manages',
    'runs',
    'introduce me',
    'could you introduce',
    'forward',
    'who else',
  ],
  /\b(?:(?:are you|is this) the right person|(?:who(?:'s| is| would be)?|point me to) (?:the right person|the one|whoever)|(?=who )(?:(?<![,(]\s{0,2})|(?=[^.!?\n]*\?))who (?:looks after|owns|handles|manages|runs)\b|introduce me to\b|could you introduce|forward (?:this|me) to|who else is involved)/i,
);

export const PRESSURE = screened(
  [
    'quota',
    'target',
    'short',
    'manager asked',
    'quarter',
    'sign by',
    'you sign',
    'end of the month',
    'offer',
    'limited time',
    'by friday',
    'this week only',
    'act now',
    'waiting',
    'answer me',
  ],
  /\b(?:quota|my target|deals? short|my manager asked|end of the quarter|(?<!\bwhen\s+(?:you|they|he|she)\s+(?:actually\s+|really\s+)?(?:have|need|must|'ll need|will need|got)\s+to\s+)sign by|if you sign|before the end of the month|offer (?:ends|expires)|limited time|by friday|this week only|act now|i am waiting|please answer me)\b/i,
  [
    'quota',
    'my target',
    'deal short',
    'deals short',
    'my manager asked',
    'end of the quarter',
    'sign by',
    'if you sign',
    'before the end of the month',
    'offer ends',
    'offer expires',
    'limited time',
    'by friday',
    'this week only',
    'act now',
    'i am waiting',
    'please answer me',
  ],
);

export const HYPE_WORDS = screened(
  [
    'game',
    'revolution',
    '10x',
    'crush',
    '#1',
    'number one',
    'world',
    'best-in',
    'cutting',
    'next level',
    'disrupt',
    'skyrocket',
    'supercharge',
    'rock',
    'ninja',
    'unbeliev',
    'mind',
    'huge',
    'massive',
    'exclusive',
  ],
  /\b(?:game-?changer|revolutionary|10x|crush(?:ing)?|#1|number one|world-?class|best-in-class|cutting-?edge|next level|disrupt\w*|skyrocket|supercharge|rockstar|ninja|unbelievable|mind-?blowing|huge|massive|exclusive)\b/gi,
);
export const SHOUT = /\b[A-Z]{4,}\b/g;
export const ACRONYM_OK =
  /^(?:ASAP|HIPAA|GDPR|LATAM|CRISPR|FINOPS|SOC|NASA|NATO|IMHO|VTEX|EMEA|APAC|FHIR|ERCOT|AAV|ASGCT|USDA|OSHA|IFRS|GAAP|SAAS|HTTP|HTML|JSON|AWS)$/;
export const EMOJI = /\p{Extended_Pictographic}/gu;
export const REPEATED_BANG = /!{2,}|\?{2,}/g;

export const PITCH = screened(
  [
    'leading',
    '#1',
    'number one',
    'premier',
    'top',
    'trusted',
    'our clients',
    'our customers',
    'integrat',
    'roi',
    'book a demo',
    'all-in-one',
    'our platform',
    'our solution',
    'full suite',
    'also offer',
    'out of the box',
    'go live',
    'deploy in',
    'implementation',
    '✅',
  ],
  /\b(?:we(?:'re| are) (?:the |a )?(?:leading|#1|number one|premier|top)|leading (?:provider|platform)|trusted by|our (?:clients|customers) (?:see|report|typically)|integrates? with|roi\b|book a demo|all-in-one|our platform|our solution|full suite|we also offer|out of the box|go live in|deploy in|implementation methodology|✅)/gi,
);

export const VAGUE_INTENT = screened(
  [
    'synerg',
    'brain',
    'touch base',
    'explore',
    'overlap',
    'radar',
    'just wanted',
    'learn more',
    'see how',
    'cooperation',
    'work together',
    'mutually',
    'possibility',
    'ideas',
    'see what',
    'in touch',
    'insights',
  ],
  /\b(?:synerg\w*|pick your brain|touch base|explore (?:potential |possible |some )?(?:partnership|collaboration|opportunities|avenues|synergies|how we (?:might|could|can))|explore what a partnership|any overlap|on your radar|just wanted to (?:introduce myself|say|reach out|put)|learn more about your (?:business|goals|work|company|plans)|see how we (?:might|could|can) (?:be able to )?(?:help|support|serve|partner|add value|fit)|cooperation|see if (?:there's )?(?:any way )?we (?:can|could) work together|ways? (?:we can|to) work together|mutually beneficial|possibility of|discuss (?:a few|some) ideas|see what (?:we|you) think|stay in touch|keep in touch|share insights)\b/i,
);

// ---------- follow-ups ----------

/** "I've written before" words: keys of the follow-up screen, and of its narrower second pass too. */
const FOLLOW_UP_ALREADY_WROTE = ['heard back', 'reached out', 'emailed', 'messaged', 'written', 'sent you'];

export const FOLLOW_UP = screened(
  [
    'just ',
    'bump',
    'circling',
    'follow',
    'heard from',
    'did you',
    'have you',
    'second',
    'third',
    'fourth',
    'fifth',
    ...[...'0123456789'].flatMap((d) => [`${d}st`, `${d}rd`, `${d}th`, `${d}nd`]),
    'my last',
    'my earlier',
    'per my',
    'mentioned',
    ...FOLLOW_UP_ALREADY_WROTE,
    'last',
    'previous',
    'prior',
    'time',
    'attempt',
    'trying here',
    'my note',
    'my email',
    'my message',
    'my inmail',
    'one more note',
    'one addition',
    'had a chance',
    'a chance to',
    'reminder',
    'resurfacing',
  ],
  /\b(?:just (?:bumping|checking in(?= (?:on|about|re|regarding|with you (?:on|about)|to see (?:if|whether) you (?:had|got|saw|have|were|managed|could))\b)|following up|circling back|wanted to follow up|floating)|bump(?:ing)? (?:this|it|my)|circling back|following up (?:on|regarding|about|to see|(?=my (?:note|email|message|mail|inmail|dm)\b))(?!\s+(?:your\b|the\s+(?:[\w-]+\s+){0,4}?you\s+(?:sent|asked|returned|requested|shared|raised|mentioned|flagged)\b))|following up(?: here| again)?(?=\s*(?:[.!;…—–]|$))|follow(?:ing)? up on (?:my|our)|a follow-up to my|(?:did|have) you (?:\w+ ){0,4}(?:my|at my) (?:last|previous|earlier|prior) (?:message|note|email|mail|inmail)|had a chance to (?:review|read|look)|(?:did|have) you (?:\w+ )?(?:have|get|got|had) a chance to (?:review|read|look|think|consider|go over|go through|check)|(?:gentle|friendly|quick|polite) reminder(?!\s+(?:on|about|of)\s+(?:me|who i am)\b)|(?:just )?resurfacing (?:this|it|my)|(?:as )?per my (?:last|previous)|as previously mentioned|as mentioned\b|(?:haven't|have not|hadn't) heard back|(?:i've|i have) (?:\w+ ){0,2}(?:reached out|emailed|messaged|written|sent you)\b[^.!?]{0,40}\b(?:times|twice|already|several|few)|(?:last|previous|prior) (?:two|three|four|\d) (?:messages|emails|notes)|(?:second|third|fourth|fifth|\d{1,2}(?:st|rd|th|nd)) (?:email|message|note|inmail|follow-?up)|(?:my|our) (?:second|third|fourth|fifth|\d{1,2}(?:st|rd|th|nd)) (?:time|attempt|try)|(?:second|third|fourth|fifth|\d{1,2}(?:st|rd|th|nd)) (?:attempt|try)(?=\))|(?:second|third|fourth|fifth|\d{1,2}(?:st|rd|th|nd)) (?:time|attempt|try),? (?:(?:i|we)(?:'m|'ve| am| have| are)? )?(?:writing|written|reaching|emailing|messaging|asking|trying|pinging|contacting|getting in touch|here|lucky)|(?:writ\w*|reach\w* out|email\w*|messag\w*|ask\w*|tr(?:y|ied|ying)|ping\w*|contact\w*|send\w*|sent|bump\w*)(?: (?:you|to you|this|it))?,? (?:for )?(?:a |the )?(?:second|third|fourth|fifth|\d{1,2}(?:st|rd|th|nd)) (?:time|attempt|try)|(?:haven't|have not) heard from you|(?:did|have) you (?:see|seen|read|get|got|receive|received) my (?:message|note|email|mail|inmail|messages|emails)|i sent you (?:an?|my)\b(?! (?:calendar |meeting |zoom |teams |google )?(?:invite|invitation))|trying here too|my (?:note|email|message|inmail) from (?:last|two|three|a)|since i last wrote|one more note|one addition to my)\b/i,
  [
    'just bumping',
    'just checking in',
    'just following up',
    'just circling back',
    'just wanted to follow up',
    'just floating',
    'bump',
    'circling back',
    'following up',
    'follow up on',
    'follow-up to my',
    'my last',
    'my previous',
    'my earlier',
    'my prior',
    'had a chance to',
    'a chance to',
    'reminder',
    'resurfacing',
    'per my',
    'previously mentioned',
    'as mentioned',
    ...FOLLOW_UP_ALREADY_WROTE,
    'messages',
    'emails',
    'notes',
    'second ',
    'third ',
    'fourth ',
    'fifth ',
    ...[...'0123456789'].flatMap((d) => [`${d}st `, `${d}rd `, `${d}th `, `${d}nd `]),
    'heard from you',
    'i sent you',
    'my message',
    'my email',
    'my note',
    'my mail',
    'my inmail',
    'trying here too',
    'my note from',
    'my email from',
    'my message from',
    'my inmail from',
    'since i last wrote',
    'one more note',
    'one addition to my',
  ],
);
export const FOLLOW_UP_SUBJECT = /^\s*(?:re|fw|fwd|aw|wg|rv|tr|enc)\s*:/i;
export const GUILT = screened(
  [
    'close your',
    'courteous',
    'read receipt',
    'seen',
    'or not',
    "i'll",
    'i will',
    'assume',
    'waiting',
    'cracks',
    'priority',
    'really think',
    'appreciate a reply',
  ],
  /\b(?:close your file|courteous|read receipts?|i know you(?:'ve| have) seen|interested or not|i'll (?:stop|assume)|i will assume|assume (?:this|you|it)(?:'s| is| isn't)|i am waiting|slip(?:ped)? through the cracks|should i close|(?<!\bif\s+(?:it's|it is|this is|that's|that is)\s+)not a priority|i really think this could|i'd really appreciate a reply)\b/i,
  [
    'close your file',
    'courteous',
    'read receipt',
    'i know you',
    'interested or not',
    "i'll stop",
    'assume',
    'i am waiting',
    'through the cracks',
    'should i close',
    'not a priority',
    'i really think this could',
    "i'd really appreciate a reply",
  ],
);
export const NEW_VALUE = screened(
  [
    'new',
    'useful',
    'rather than',
    'since i last',
    'addition',
    'published',
    'finished',
    'released',
    'found',
    'came out',
    'this morning',
    'since then',
  ],
  /\b(?:since then,? (?:we|i)(?:'ve| have)? (?:pulled|ran|run|built|put together|found|got|finished|published|collected|measured|tested|analy[sz]ed|mapped|wrapped up|closed)|something new|something (?:more |actually |genuinely |really )?useful|more useful than a reminder|rather than a (?:nudge|reminder|bump)|since i last wrote|one addition|new (?:study|data|finding|findings|ruling|guidance|case study|report|analysis|research|numbers|results)|just (?:published|finished|released|found)|came out|this morning|we found|(?:was|were) published|published on)\b/i,
);

/**
 * A follow-up that says it brings news: "one new thing since my last note", "quick follow-up with
 * news", "following up with the results". It is a follow-up, and it claims something new; whether it
 * delivers is for the offer to show (a bump that only says so has nothing to offer). Asking after their
 * news ("any thoughts since we last spoke?") claims nothing of the sender's.
 */
export const FOLLOW_UP_WITH_NEWS = screened(
  [
    'since my',
    'follow-up',
    'follow up',
    'followup',
    'following up',
    'new thing',
    'new fact',
    'new result',
    'new number',
    'since we',
  ],
  /\b(?:since my (?:last|previous|earlier|first) (?:note|email|message|mail|inmail)|(?<!(?:thoughts|ideas|feedback|news|questions|updates?|progress|chance|time)\s)since we (?:last )?(?:spoke|talked|chatted)|follow(?:ing)?[- ]?up with (?:news|an update|a result|results|the results|the numbers|something new|one new)|one new (?:thing|fact|result|number)s?\b)/i,
);

/** What a sender's earlier message goes by: "my note", "the email below", "my dm from last week". */
const EARLIER_MESSAGE = '(?:message|msg|note|email|e-mail|mail|inmail|dm|pm|letter|text|voicemail|proposal|deck|quote)';
/**
 * Screen keys for FOLLOW_UP_POINTS_BACK: "my" or "our" and the word after it ("my last", "our email"), or a verb
 * and "my"/"our" ("seen my"). "my ", "from", "did" alone are in most messages, and let its branches run.
 */
const mineThen = (words: readonly string[]): string[] => ['my', 'our'].flatMap((p) => words.map((w) => `${p} ${w}`));
const thenMine = (verbs: readonly string[]): string[] => verbs.flatMap((v) => [`${v} my`, `${v} our`]);

/**
 * A message that points back to an earlier one of the sender's: it names it ("my earlier letter", "my dm
 * from last week", "the below", "did u see my dm"), says it is sent again ("resending", "pinging you
 * again", "writing once more") or asks after it ("any news on this?", "in case this got buried"). A
 * follow-up is written to someone in particular, however little it adds; "just checking in" on nothing
 * is not one.
 */
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

export const FOLLOW_UP_POINTS_BACK = screenedBranches(
  {
    prefix: '\\b',
    suffix: '\\b',
    flags: 'i',
    keys: [
      'again',
      'once more',
      'one more time',
      'resend',
      're-send',
      'my ',
      'our ',
      'below',
      'above',
      'in case',
      'any ',
      'wrote',
      'was writing',
      'were writing',
      'emailed',
      'messaged',
      'contacted you',
      'reached out',
    ],
  },
  [
    [
      ['again', 'once more', 'one more time'],
      `(?:writ(?:e|ing)|ping(?:ing)?|reach(?:ing)? out|follow(?:ing)? up|tr(?:y|ying)|nudg(?:e|ing)|messag(?:e|ing)|email(?:ing)?|bump(?:ing)?|send(?:ing)?|circl(?:e|ing) back|check(?:ing)? in)(?: (?:to )?(?:you|u|this|it))?(?: (?:here|on this|about this|on the below|on my \\w+))? (?:again|once more|one more time)`,
    ],
    [['resend', 're-send'], 're-?send(?:ing)?'],
    [
      ['my ', 'our '],
      `(?:my|our) (?:earlier|last|previous|prior|original) ${EARLIER_MESSAGE}`,
      mineThen(['earlier', 'last', 'previous', 'prior', 'original']),
    ],
    [
      ['my ', 'our '],
      `(?:my|our) ${EARLIER_MESSAGE}s? (?:below|from (?:last|yesterday|earlier|this|the \\d|\\d|monday|tuesday|wednesday|thursday|friday)|(?:i|we) sent)`,
      mineThen(EARLIER_MESSAGE.slice(3, -1).split('|')),
    ],
    [
      ['my ', 'our '],
      `(?:did|have) (?:you|u) (?:\\w+ ){0,4}(?:see|seen|get|got|read|receive|received|catch|check) (?:my|our) ${EARLIER_MESSAGE}`,
      thenMine(['see', 'seen', 'get', 'got', 'read', 'receive', 'received', 'catch', 'check']),
    ],
    [
      ['my ', 'our '],
      `(?:checking|check|wondering|making sure|to see|hope|hoping)(?: if| whether)? (?:you|u) (?:\\w+ ){0,2}(?:saw|seen|got|received|read|caught) (?:my|our) ${EARLIER_MESSAGE}`,
      thenMine(['saw', 'seen', 'got', 'received', 'read', 'caught']),
    ],
    [['below', 'above'], '(?:on|re:?|regarding|about|see) the (?:below|above)'],
    [['below'], `the (?:thread|${EARLIER_MESSAGE}) below`],
    [['in case'], 'in case (?:this|it|my \\w+) (?:got|was|has been|had been) (?:buried|lost|missed)'],
    [['any '], 'any (?:news|update|word|progress|feedback) (?:on|about|re:?|regarding) (?:this|that|the below|my|our)'],
    // The sender's own earlier message, placed in time, in any tense a writer uses for it: "I wrote to
    // you in March", "I was writing you in September" (a non-native past), "we emailed you last week".
    // "Emailed to you" has no key of its own: the branch runs whenever the pattern's keys are there.
    [
      ANY_KEY,
      `(?:i|we) (?:wrote|was writing|were writing|emailed|messaged|contacted)(?: to)? (?:you|u) (?:(?:back )?in (?:${MONTHS})|last (?:week|month|year|spring|summer|autumn|fall|winter|${MONTHS})|earlier|before|previously|(?:a|two|three|some|a few) (?:days|weeks|months) ago|on (?:monday|tuesday|wednesday|thursday|friday))|(?:i|we) (?:wrote|emailed|messaged) (?:last (?:week|month)|(?:a|two|three|a few|a couple of) (?:days|weeks) (?:ago|back)|on (?:monday|tuesday|wednesday|thursday|friday)) (?:about|regarding|re) (?:the|your|[\\w-]+'s)\\b|(?:i|we) (?:emailed|messaged) (?:you )?(?:last (?:week|month)|(?:a|two|three|a few|a couple of) (?:days|weeks) (?:ago|back)) (?:about|regarding|re)\\b|(?:i|we) (?:wrote|emailed|messaged|reached out)(?: to)?(?: (?:you|u))? (?:(?:back )?in (?:${MONTHS})|last (?:week|month)|(?:a|two|three|some|a few|a couple of) (?:days|weeks|months) (?:ago|back))(?:,| and| but)+ (?:it went (?:quiet|silent)|(?:i )?(?:didn't|did not|never) hear|(?:i )?heard nothing|(?:got |there was )?no (?:reply|answer|response|word))`,
      ['wrote', 'writing', 'emailed', 'messaged', 'contacted', 'reached out'],
    ],
  ],
);

/** A whole message that only asks for news: "Hey, any news?", "Any update yet?". */
export const BARE_NUDGE = /^\W*(?:\w+,?\s+){0,2}any (?:news|updates?|word)(?: yet)?\W*$/i;

/** A follow-up to the sender's own message, written as a noun: "a quick follow-up on my last email". */
export const FOLLOW_UP_ON_MINE = screened(['follow-up', 'followup'], /\bfollow-?up (?:on|to|re:?) (?:my|our)\b/i);

// ---------- boilerplate ----------

/** LinkedIn's default invitation texts and the usual variants of "join my network". */
export const DEFAULT_INVITATION = screened(
  ['network', 'connect', 'professional', 'accept my', 'addition to'],
  /\b(?:add you to (?:my|our) (?:professional )?network|join your (?:linkedin |professional )?network|(?:be |become )?(?:a )?part of your (?:professional )?network|(?:have|welcome) you (?:in|to|join) my (?:professional )?network|(?:expand|expanding|grow|growing|build|building|broaden|broadening)\s+my\s+(?:professional\s+)?network|i would like to connect with you|i'd like to connect with you|connect with you on linkedin|(?:connecting|connect) with (?:other |fellow )?(?:\w+ ){0,2}professionals|fellow professionals?|like-minded professionals|please accept my (?:invitation|invite|request)|(?:great |valuable |wonderful |good )?addition to (?:my|our) (?:professional )?network|(?:looking|hoping|want|wanting|keen) to connect with (?:more |other |like-minded )?(?:people|professionals|leaders|folks|peers|others))\b/i,
);

/** Every ASCII letter of a pattern's words in either case, for a pattern that is case-sensitive elsewhere. */
function anyCase(words: string): string {
  return words.replace(/[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);
}

/**
 * Merge fields a mail-merge forgot to fill: {first_name}, {{company}}, [Company], <Name>, FIRSTNAME,
 * [FIRST NAME], a template's button "[Book Now]". Only a capitalised one is taken for a field whatever
 * it says: "[screenshot]" or "[Link]" stands for something the rep attaches, not a slot left unfilled.
 */
export const TEMPLATE_FIELD = screened(
  ['{', '[', '<', 'firstname', 'first_name', 'lastname', 'companyname', 'company_name', '%'],
  new RegExp(
    `\\{\\{?\\s*[\\w .-]{1,30}\\s*\\}?\\}|\\[(?:${anyCase('first[ _-]?name|last[ _-]?name|name|company(?: name)?|your company|title|role|industry|city')}|${anyCase('insert')}[^\\]]{0,60}|(?!${anyCase('(?:screenshot|image|img|attachment|link|video|gif|photo|pic|loom|pdf)')}\\])[A-Z][A-Za-z _]{2,30})\\]|<\\s*${anyCase('(?:first ?name|last ?name|name|company|company name|title)')}\\s*>|\\b${anyCase('(?:firstname|first_name|lastname|companyname|company_name)')}\\b|%\\w+%`,
  ),
);

/** Phrases that show a message was written for everyone: "companies like yours", "save time and money". */
/**
 * Screened branch by branch: a body has a key of the whole list more often than not ("grow", "leading",
 * "things", "industry"), and then the long alternation ran over all of it; each phrase has keys of its own.
 */
export const GENERIC_AUDIENCE = screenedBranches(
  {
    prefix: String.raw`\b`,
    suffix: String.raw`\b`,
    flags: 'gi',
    keys: [
      'like you',
      'in your',
      'many industries',
      'time and money',
      'grow',
      'goals',
      'next level',
      'innovative solutions',
      'leading provider',
      'cutting',
      'full-service',
      'unique needs',
      'fast-paced',
      'ahead of the curve',
      'unlock',
      'empower',
      'dear sir',
      'sir/madam',
      'sir or madam',
      'sir /',
      'sir/mam',
      'dear madam',
      'greetings of the day',
      'happy clients',
      'opportunit',
      'matches your background',
      'things',
      'touch base',
      'anything i can',
      'keep you informed',
      'proven',
      'improve efficiency',
      'reduce costs',
      'streamline processes',
      'add value to your',
      'top-rated',
      'increase productivity',
      'cut costs',
      'valued',
      'boost your',
      'exclusive',
      'all sizes',
      'wide range of services',
      'leading',
      'find attached',
      'contact us',
      'how we can help',
      'understand the importance',
      'whatever the',
      'no matter',
      'regardless of',
      'all budgets',
      'every budget',
      'industry',
      ' names in',
      'world-class',
      'world class',
      'tailored to',
    ],
  },
  [
    [
      ['like you'],
      String.raw`(?:businesses|companies|firms|teams|organi[sz]ations|leaders|people|brands|hospitals|clients|executives) like (?:yours|you|yourself)`,
    ],
    [['in your'], String.raw`in your (?:industry|space|sector|field)`, ['industry', 'space', 'sector', 'field']],
    [['many industries'], String.raw`many industries`],
    [['time and money'], String.raw`save (?:you )?time and money`],
    [['grow'], String.raw`grow (?:your |their )?(?:revenue|business)`, ['revenue', 'business']],
    [['goals'], String.raw`achieve (?:their|your) goals`],
    [['goals'], String.raw`reach (?:its|your|their) goals`],
    [['grow'], String.raw`drive growth`, ['drive growth']],
    [['next level'], String.raw`to the next level`],
    [['innovative solutions'], String.raw`innovative solutions`],
    [['leading provider'], String.raw`leading provider`],
    [['cutting'], String.raw`cutting-?edge`, ['edge']],
    [['full-service'], String.raw`full-service`],
    [['unique needs'], String.raw`unique needs`],
    [['fast-paced'], String.raw`fast-paced world`],
    [['ahead of the curve'], String.raw`ahead of the curve`],
    [['unlock'], String.raw`unlock (?:efficiency|growth)`],
    [['empower'], String.raw`empowers? teams`, ['teams']],
    [['dear sir'], String.raw`dear sir ?\/ ?(?:madam|ma'?am|mam|ma)(?![a-z])`],
    [ANY_KEY, String.raw`sir ?\/ ?(?:madam|mam)`, ['sir']],
    [['dear sir'], String.raw`dear sir\(s(?=\))`],
    [['dear sir'], String.raw`dear sirs?\s*(?:\/|and|&)\s*madam`],
    [['dear madam'], String.raw`dear madam ?\/ ?sir`],
    [['sir or madam'], String.raw`(?:dear )?sir or madam`],
    [['greetings of the day'], String.raw`greetings of the day`],
    [['happy clients'], String.raw`happy clients`],
    [['opportunit'], String.raw`(?:exciting|amazing|great) opportunit(?:y|ies)`, ['exciting', 'amazing', 'great']],
    [['opportunit'], String.raw`open to new opportunities`, ['open to new']],
    [['matches your background'], String.raw`matches your background`],
    [['things'], String.raw`doing (?:some )?(?:exciting|great|amazing|interesting) things`, ['doing']],
    [['touch base'], String.raw`touch base`],
    [['things'], String.raw`how things are going`, ['how things are going']],
    [['anything i can'], String.raw`anything i can (?:help|do)`],
    [['keep you informed'], String.raw`keep you informed`],
    [
      ['proven'],
      String.raw`proven (?:strategies|results|outbound|methods)`,
      ['strategies', 'results', 'outbound', 'methods'],
    ],
    [['improve efficiency'], String.raw`improve efficiency`],
    [['grow'], String.raw`growth and efficiency`, ['growth and efficiency']],
    [['reduce costs'], String.raw`reduce costs`],
    [['streamline processes'], String.raw`streamline processes`],
    [['add value to your'], String.raw`add value to your (?:organi[sz]ation|business|company|team)`],
    [['grow'], String.raw`help(?:ing)? (?:brands|businesses|companies) grow`, ['help']],
    [['top-rated'], String.raw`top-rated`],
    [['increase productivity'], String.raw`increase productivity`],
    [['cut costs'], String.raw`cut costs`],
    [['valued'], String.raw`dear valued`, ['dear valued']],
    [['valued'], String.raw`valued (?:professional|customer|partner)`, ['professional', 'customer', 'partner']],
    [['boost your'], String.raw`boost your (?:sales|revenue|business|growth)`],
    [['exclusive'], String.raw`exclusive (?:opportunity|offer)`, ['opportunity', 'offer']],
    [['all sizes'], String.raw`businesses of all sizes`],
    [['wide range of services'], String.raw`wide range of services`],
    [['valued'], String.raw`as an? valued`, ['as a']],
    [
      ['leading'],
      String.raw`(?:a|the) leading (?:supplier|manufacturer|distributor|wholesaler|producer|retailer|installer)`,
      ['supplier', 'manufacturer', 'distributor', 'wholesaler', 'producer', 'retailer', 'installer'],
    ],
    [['find attached'], String.raw`please find attached our`],
    [['contact us'], String.raw`(?:do not|don't|never) hesitate to contact us`, ['hesitate']],
    [['contact us'], String.raw`contact us today`, ['contact us today']],
    [['how we can help'], String.raw`find out (?:how|more about how) we can help`],
    [['understand the importance'], String.raw`you(?:'ll)? understand the importance of`],
    [
      ['whatever the', 'no matter', 'regardless of'],
      String.raw`(?:whatever|no matter|regardless of) the (?:size|sector|industry) of your (?:company|business|organi[sz]ation|firm)`,
      ['of your'],
    ],
    [
      ['no matter'],
      String.raw`no matter (?:how (?:big|small|large)|what size|the size|what industry) (?:your )?(?:company|business|organi[sz]ation|firm|team)?`,
    ],
    [ANY_KEY, String.raw`(?:all|every) budgets?`, ['all budget', 'every budget']],
    [['every budget'], String.raw`every budget`],
    [['industry'], String.raw`industry[- ]leading`, ['leading']],
    [[' names in'], String.raw`(?:biggest|largest|best-known|top|leading) names in`],
    [
      ['leading'],
      String.raw`with (?:some of the |many )?leading (?:[\w-]+ ){0,4}?(?:companies|firms|brands|organi[sz]ations|businesses|providers|manufacturers)`,
      ['with leading', 'with some of the leading', 'with many leading'],
    ],
    [['world-class', 'world class'], String.raw`world[- ]class`],
    [
      ['tailored to'],
      String.raw`tailored to (?:your|their|each client's|every client's) (?:specific |unique |individual )?(?:needs|requirements)`,
    ],
  ],
);
/** "companies like Summit Dental Group": the prospect's company dropped into a stock phrase. Case-sensitive for the name. */
export const GENERIC_AUDIENCE_NAMED = screened(
  [
    'businesses like',
    'companies like',
    'firms like',
    'teams like',
    'organisations like',
    'organizations like',
    'leaders like',
    'brands like',
    'hospitals like',
    'clients like',
    'businesses such as',
    'companies such as',
    'firms such as',
    'teams such as',
    'organisations such as',
    'organizations such as',
    'leaders such as',
    'brands such as',
    'hospitals such as',
    'clients such as',
  ],
  /\b(?:[Bb]usinesses|[Cc]ompanies|[Ff]irms|[Tt]eams|[Oo]rgani[sz]ations|[Ll]eaders|[Bb]rands|[Hh]ospitals|[Cc]lients) (?:like|such as) \p{Lu}[\p{L}\p{N}&.'-]*/gu,
);

export const PLEASANTRY = screened(
  ['hope', 'happy', 'have a great', 'how are you', 'thanks for', 'great to', 'looking forward', "let's", 'lets '],
  /\b(?:hope (?:this|you|you're|all|your)\b[^.!?]{0,40}|happy (?:monday|tuesday|wednesday|thursday|friday)|have a great (?:week|day)|how are you|thanks for (?:connecting|accepting|the add)|great to (?:be )?connect(?:ed)?|looking forward to (?:connecting|staying in touch|learning)|let'?s (?:keep|stay) in touch)\b/i,
);

/**
 * A line only a mailing to a list carries, whoever it is sent to: the firm announcing itself ("GreenPeak
 * Advisory is pleased to announce", "we are excited to introduce"), a call to the crowd ("Contact us
 * today!", "Book your FREE consultation today", "Download your copy", "Register now", "Call anytime"),
 * the shop's own slogan ("your one-stop shop"), season's wishes from "all of us at" a firm. Its "you"
 * and "your" are every reader's.
 */
export const BROADCAST = screened(
  [
    'pleased to',
    'proud to',
    'delighted to',
    'excited to',
    'thrilled to',
    'us today',
    'us now',
    'anytime',
    'free consultation',
    'free quote',
    'your copy',
    'register',
    'sign up',
    'one-stop',
    'one stop',
    'all of us at',
    'whole team at',
    'everyone at',
    'our website',
  ],
  /\b(?:(?:we(?:'re| are)|\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}\s+(?:is|are))\s+(?:very\s+|so\s+)?(?:pleased|proud|delighted|excited|thrilled) to\s+(?:announce|introduce|unveil|launch|present|share the (?:news|launch|release|publication))|(?:contact|call|email|visit|message|ring)\s+(?:us today|us now|us anytime)|call\s+(?:us\s+)?anytime|(?:book|claim|get|request|schedule)\s+(?:your|a)\s+(?:free consultation|free quote)|download\s+(?:your copy|your free copy)|register (?:now|today|here)|sign up (?:now|today)|(?:your|the|a)\s+(?:one-stop|one stop)[- ]shop|(?:all of us at|the whole team at|everyone at)\s+\p{Lu}|(?:visit|check out|see)\s+our website)/iu,
);

/** A message that calls itself one of a series sent to many: "our latest list of available candidates", "this week's hotlist". */
export const CIRCULAR = screened(
  ['latest', 'weekly', 'monthly', 'updated', "week's", "month's", 'hotlist', 'hot list'],
  /\b(?:please find (?:below|attached|enclosed) (?:our|this (?:week|month)'s) (?:latest|weekly|monthly)\b|our (?:latest|weekly|monthly|updated|current) (?:list|hot ?list|round-?up|selection|update|bulletin|newsletter|digest|availability)\b|this (?:week|month)'s (?:list|hot ?list|selection|round-?up|availability|available)\b|hot ?list of\b)/i,
);

export const CLICHE = screened(
  ['hope', 'reach out', 'reaching out', 'just wanted', 'quick question', 'busy', 'sorry', 'out of the blue'],
  /\b(?:hope (?:this|my) (?:e-?mail|message|inmail|note) finds you well|hope you(?:'re| are) (?:doing )?well|hope you(?:'re| are) having a great (?:week|day)|i wanted to reach out|i'm reaching out because|just wanted to|quick question|i know you(?:'re| are) busy|sorry (?:if this is|to bother)|out of the blue)\b/i,
  [
    'finds you well',
    'hope you',
    'i wanted to reach out',
    "i'm reaching out because",
    'just wanted to',
    'quick question',
    'i know you',
    'sorry if this is',
    'sorry to bother',
    'out of the blue',
  ],
);

/**
 * Either case of the first letter of each word ("Guten Tag", "guten tag", "Good Morning"), so a
 * pattern can stay case-sensitive for names.
 */
function eitherCase(words: string): string {
  return words.replace(
    /(^|\s)(\p{L})/gu,
    (_, space: string, first: string) => `${space}[${first.toUpperCase()}${first.toLowerCase()}]`,
  );
}

const GREETING_WORDS = [
  'hi',
  'hey',
  'hello',
  'dear',
  'hola',
  'bonjour',
  'ciao',
  'olá',
  'ola',
  'hallo',
  'yo',
  'kia ora',
  'greetings',
  'good morning',
  'good afternoon',
  'good evening',
  'howdy',
  'guten tag',
  'guten morgen',
  'sehr geehrte',
  'sehr geehrter',
  'liebe',
  'lieber',
  'estimado',
  'estimada',
  'buenos días',
  'buen día',
  'buenas tardes',
  'buenas noches',
  'cordial saludo',
  'cordiales saludos',
  'un cordial saludo',
  'reciba un cordial saludo',
  'cher',
  'chère',
  'madame',
  'monsieur',
  'prezado',
  'prezada',
  'caro',
  'cara',
  'bom dia',
  'boa tarde',
];

/**
 * Swiss, Austrian, Bavarian and northern German greetings. They are also names ("Sali Mustafa", "Hoi An", "Servus Group",
 * "Moin Moin Logistik"), so they greet only at the message's start and in a salutation's shape (REGIONAL_GREETING).
 */
const REGIONAL_GREETING_WORDS = ['grüezi', 'grüessech', 'grüß gott', 'hoi', 'sali', 'salü', 'servus', 'moin'];

/** Greetings a casual writer stretches: "hiii", "heyyy", "hellooo". */
const STRETCHED = new Set(['hi', 'hey', 'hello', 'yo']);

/**
 * A greeting word as typed with or without its accents: "Grüezi"/"Gruezi", "Grüß Gott"/"Grüss Gott"/"Gruess Gott",
 * "Buen día"/"Buen dia".
 */
function greetingWord(w: string): string {
  const cased = STRETCHED.has(w) ? `${eitherCase(w)}${w.slice(-1)}*` : eitherCase(w);
  return cased.replace(/ü/g, '(?:ü|ue?)').replace(/ß/g, '(?:ß|ss)').replace(/í/g, '[íi]');
}

/** The names and punctuation after a salutation word. "Liebe Grüsse, Reto" is a sign-off, not a greeting to Grüsse. */
const AFTER_GREETING = `(?![\\p{L}\\p{N}])(?!\\s+[Gg]r(?:ü|ue|u)e?(?:ß|ss)(?:e|en|li|le)?(?![\\p{L}]))(?:\\s+(?:there|all|team|everyone|dear|ji|\\p{Lu}[\\p{L}.'-]*))*\\s*(?:[,!.:—–-]|\\p{Extended_Pictographic})*\\s*`;

/** "Hi Jane,", "Dear Dr. Okonkwo,", "yo Siobhan 👋": the salutation and the names right after it. */
export const GREETING = new RegExp(
  `^[^\\p{L}]*(?:${GREETING_WORDS.map(greetingWord).join('|')})${AFTER_GREETING}`,
  'u',
);

/**
 * "Grüezi Herr Odermatt", "Hoi Sandro, …", "Hoi zäme,", "Grüezi wohl Frau Meier": a regional greeting followed by the
 * line's end, a comma, a title, or a name set off by a comma. Not "Servus Group's new facility" or "Sali Mustafa from your
 * Leeds warehouse suggested …".
 */
const REGIONAL_GREETING = new RegExp(
  `^[^\\p{L}]*(?:${REGIONAL_GREETING_WORDS.map(greetingWord).join('|')})(?:\\s+(?:wohl|z(?:ä|ae)m(?:e|ä)|mitenand|miteinand|allerseits|[Mm]oin))?(?![\\p{L}\\p{N}])(?=\\s*(?:[,!:—–-]|$)|\\s+(?:Herr|Frau|Hr\\.|Fr\\.|Dr\\.)\\s|\\s+\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)?\\s*(?:[,!:—–-]|$))${AFTER_GREETING}`,
  'u',
);

/**
 * The text without a greeting ("Hi Jane, ") at its start. GREETING can only match when the first
 * letter begins a greeting word, so a sentence that opens with any other ASCII letter skips the regex.
 */
export function withoutGreeting(text: string, opening = false): string {
  const c = text.charCodeAt(0) | 0x20;
  if (c >= 97 && c <= 122 && !GREETING_INITIALS.has(c)) return text;
  let bare = text.replace(GREETING, '');
  if (opening && bare === text) bare = text.replace(REGIONAL_GREETING, '');
  // A writer who types no capitals greets in lower case too: "hi janet im jt turner" greets Janet.
  if (bare === text || bare.length === 0) return bare;
  const c2 = bare.charCodeAt(0);
  if (c2 < 97 || c2 > 122) return bare;
  const name = LOWER_NAME.exec(bare);
  return name && looksLikeFirstName(name[1] as string) ? bare.slice(name[0].length) : bare;
}
const LOWER_NAME = /^([a-z][a-z'-]+)(?:\s*[,!.:\u2014\u2013-]\s*|\s+)(?=\S)/;
const GREETING_INITIALS = new Set([...GREETING_WORDS, ...REGIONAL_GREETING_WORDS].map((w) => w.charCodeAt(0)));

// ---------- specificity ----------

const NUMBER_WORDS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'thousand',
  'dozen',
  'half',
];
export const NUMBER = screened(
  ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ...NUMBER_WORDS],
  new RegExp(`\\b\\d[\\d,.]*\\s*%?|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi'),
);
// A single-quoted quotation opens and closes outside a word: "I'm sure you're" holds no quotation.
export const QUOTED = /"[^"]{3,}"|(?<![\p{L}\p{N}])'[^']{6,}'(?![\p{L}\p{N}])/gu;
export const CAPITALISED = /(?<=\s)\p{Lu}[\p{L}\p{N}&'.-]*/gu;
/** CAPITALISED from one position: a word that starts there. */
const CAPITALISED_AT = /\p{Lu}[\p{L}\p{N}&'.-]*/uy;

/**
 * text.match(CAPITALISED), found by hand: the Unicode classes make that regex try every position of
 * every sentence, and it was the costliest pattern of the check. A word can only start after a space
 * and at a capital, so only such places are tried; ASCII words are read by a char loop and anything
 * else by the same classes, from that place.
 */
export function capitalisedWords(text: string): string[] {
  const words: string[] = [];
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && (c < 65 || c > 90)) continue;
    if (!isSpaceCode(text.charCodeAt(i - 1))) continue;
    let end = i + 1;
    if (c < 128) {
      while (end < text.length && isAsciiWordTail(text.charCodeAt(end))) end++;
    }
    if (c < 128 && (end === text.length || text.charCodeAt(end) < 128)) {
      words.push(text.slice(i, end));
    } else {
      // A letter outside ASCII in the word, or at its start: let the Unicode classes decide.
      CAPITALISED_AT.lastIndex = i;
      const m = CAPITALISED_AT.exec(text);
      if (m) words.push(m[0]);
    }
  }
  return words;
}

/** \s in a regex: ASCII whitespace, no-break and other Unicode spaces, line separators, BOM. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** [\p{L}\p{N}&'.-] for ASCII. */
function isAsciiWordTail(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 38 ||
    c === 39 ||
    c === 46 ||
    c === 45
  );
}
/** Verbs of company news: a launch, an opening, a hire is a concrete detail even without a number. */
export const NEWS_VERB =
  /\b(?:launch(?:ed|ing)?|open(?:ed|ing)|announc(?:ed|ing|ement)|rais(?:ed|ing)|hir(?:ed|ing)|won|expand(?:ed|ing)|expansion|acquir(?:ed|ing)|acquisition|rolled out|rolling out|moving|moved|migrat(?:ed|ing)|pilot(?:ed|ing)?|published|released|signed|secured|doubled|tripled|pushed back|delayed|added|started|switch(?:ed|ing)|merg(?:ed|er|ing)|spoke|speaking|presented|rebuilding|using|commission(?:ed|ing)|construct(?:ed|ing))\b/i;
/** Capitalised words that name nothing: by grammar, greeting or habit. A set: the words are exact. */
export const NOT_PROPER = new Set([
  'I',
  "I'm",
  "I'd",
  "I've",
  "I'll",
  'Hi',
  'Hello',
  'Dear',
  'Hey',
  'Thanks',
  'LinkedIn',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Also',
  'And',
  'But',
  'So',
  'Best',
  'P.S.',
  'P.S',
  'PS',
  'A',
  'An',
  'The',
  'We',
  'Our',
  'My',
  'You',
  'Your',
  'It',
  'If',
  'AI',
  'Re',
  'Dr',
  'Mr',
  'Ms',
  'Mrs',
  'Prof',
]);

// Words that praise a product or name a benefit in general: "a great product", "best in class", "savings".
const PRAISE_ONLY_WORDS =
  /(?<![\p{L}])(?:a|an|the|our|my|its|it|it['’]s|is|are|we['’]re|we|and|so|really|very|truly|just|simply|great|amazing|awesome|excellent|fantastic|incredible|best|better|leading|innovative|top|world[- ]class|best[- ]in[- ]class|in|class|industry[- ]leading|market[- ]leading|cutting[- ]edge|state[- ]of[- ]the[- ]art|next[- ]gen|powerful|unique|high[- ]quality|quality|premium|game[- ]changing|game[- ]changer|product|products|solution|solutions|platform|service|services|tool|tools|software|offering|technology|app|savings|value|results|efficiency|roi|growth|benefits|everyone|everybody|customers|clients|users|people|loves?|love)(?![\p{L}])/giu;

/** Every word of PRAISE_ONLY_WORDS's phrases, split where its pattern allows a hyphen, a space or an apostrophe. */
const PRAISE_WORDS = new Set(
  (
    'a an the our my its it s is are we re and so really very truly just simply great amazing awesome excellent ' +
    'fantastic incredible best better leading innovative top world class in industry market cutting edge state of ' +
    'art next gen powerful unique high quality premium game changing changer product products solution solutions ' +
    'platform service services tool tools software offering technology app savings value results efficiency roi ' +
    'growth benefits everyone everybody customers clients users people love loves'
  ).split(' '),
);

/**
 * True when a value says nothing but praise ("great product, everyone loves it", "best in class",
 * "savings"): nothing a reader could take or use, however it is framed ("I can offer a great product").
 */
export function isPraiseOnly(text: string): boolean {
  if (!/\p{L}/u.test(text) || /\d/.test(text)) return false;
  // A word outside every praise phrase settles it without the long pattern (most offers have one).
  for (const m of text.matchAll(/\p{L}+/gu)) if (!PRAISE_WORDS.has(m[0].toLowerCase())) return false;
  return text.replace(PRAISE_ONLY_WORDS, ' ').replace(/[^\p{L}]+/gu, '') === '';
}

/**
 * A reason for writing that fits anyone, in the five languages: their profile seen or come across, "seems like a good
 * fit", "thought we should connect" ("Me deparei com seu perfil e achei que seria legal a gente conversar", "je suis
 * tombé sur votre profil", "ich bin auf Ihr Profil gestoßen", "vi tu perfil y me pareció que encajamos"). Said as the
 * reason, it tells the reader the sender knows nothing of them.
 */
export const GENERIC_REASON = screenedBranches(
  {
    prefix: '',
    suffix: '',
    flags: 'iu',
    // The keys the whole pattern was always screened by; a branch runs only when its own keys are there too.
    // "fit" stands in a narrow list, since the pattern's key is " fit" and "good\tfit" matches the branch.
    keys: [
      'profile',
      'profil',
      'perfil',
      ' fit',
      'connect',
      'chat',
      'talk',
      'austausch',
      'vernetz',
      'unterhalten',
      'passen',
      'zusammen',
      'conect',
      'habl',
      'convers',
      'charl',
      'encaj',
      'échanger',
      'discuter',
      'parler',
      'correspond',
      'papo',
      'trocar',
    ],
  },
  [
    // en
    [
      ['profile'],
      String.raw`\b(?:saw|seen|see|came across|come across|found|stumbled (?:up)?on|noticed|viewed|checked out|looked at|was looking at|went through)\s+(?:your|ur|ya)\s+(?:linkedin\s+)?profile\b`,
    ],
    [
      ANY_KEY,
      String.raw`\b(?:seems?|looks?|sounds?|(?:would|might|could) be)\s+(?:like\s+)?(?:a\s+)?(?:good|great|perfect|nice|strong|natural)\s+fit\b`,
      ['fit'],
    ],
    [
      ['connect', 'chat', 'talk'],
      String.raw`\b(?:thought|figured|felt)\s+(?:that\s+)?(?:we|i)\s+(?:should|could|must|ought to)\s+(?:connect|chat|talk)\b`,
      ['thought', 'figured', 'felt'],
    ],
    [
      ['connect', 'chat', 'talk'],
      String.raw`\bthought\s+(?:it\s+)?(?:would|might|could)\s+be\s+(?:good|great|nice|cool|worth it)\s+to\s+(?:connect|chat|talk)\b`,
      ['thought'],
    ],
    // de
    [
      ['profil'],
      String.raw`\b(?:auf|über)\s+(?:ihr|dein|euer)\s+(?:linkedin-|xing-)?profil\s+gesto(?:ß|ss)en\b`,
      ['gesto'],
    ],
    [['profil'], String.raw`\b(?:ihr|dein)\s+(?:linkedin-|xing-)?profil\s+(?:gesehen|angeschaut|entdeckt|gefunden)\b`],
    [
      ['austausch', 'vernetz', 'connect', 'unterhalten'],
      String.raw`\b(?:dachte|fand|finde)\s*,?\s+(?:dass\s+)?wir\s+(?:sollten|könnten)\s+uns\s+(?:mal\s+|gerne\s+|kurz\s+)?(?:austauschen|vernetzen|connecten|unterhalten)\b`,
      ['wir'],
    ],
    [['passen'], String.raw`\b(?:scheint|scheinen)\s+(?:sehr\s+|ganz\s+)?gut\s+(?:zu\s+passen|zusammenzupassen)\b`],
    // es
    [
      ['perfil'],
      String.raw`\b(?:me\s+(?:encontré|topé|crucé)\s+con|di\s+con|vi|encontré|revisé|miré|he\s+visto)\s+(?:tu|su)\s+perfil\b`,
    ],
    [
      ['conect', 'habl', 'convers', 'charl', 'encaj'],
      String.raw`\b(?:pensé|creí|creo|me pareció)\s+que\s+(?:sería\s+(?:bueno|interesante|genial|buena idea)\s+(?:que\s+)?(?:conect|habl|convers|charl)[\p{L}]*|(?:deberíamos|podríamos)\s+(?:conectar|hablar|conversar|charlar)|encaja(?:mos|ríamos)\b)`,
      ['que'],
    ],
    // fr
    [['profil'], String.raw`\b(?:tombée?\s+sur|vu|consulté|découvert|parcouru)\s+(?:votre|ton)\s+profil\b`],
    [
      ['échanger', 'connect', 'discuter', 'parler'],
      String.raw`\b(?:je me suis dit|j'ai pensé|j'ai cru)\s+qu(?:e\s+|')(?:on|nous)\s+(?:devrait|devrions|pourrait|pourrions)\s+(?:échanger|se connecter|discuter|parler)\b`,
      ['qu'],
    ],
    [['correspond'], String.raw`\b(?:ça|cela)\s+(?:me\s+)?semble\s+(?:bien\s+)?correspondre\b`],
    // pt
    [
      ['perfil'],
      String.raw`\b(?:me\s+deparei\s+com|dei\s+de\s+cara\s+com|vi|encontrei|olhei)\s+(?:o\s+)?(?:seu|teu)\s+perfil\b`,
    ],
    [
      ['convers', 'conect', 'trocar', 'papo'],
      String.raw`\b(?:achei|pensei|acho)\s+que\s+seria\s+(?:legal|bom|interessante|ótimo)\s+(?:a\s+gente\s+|nós\s+)?(?:conversar|conectar|trocar\s+uma\s+ideia|bater\s+um\s+papo)\b`,
      ['seria'],
    ],
  ],
);
