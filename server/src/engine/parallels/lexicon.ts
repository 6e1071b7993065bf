// General English word lists for comparing passages: function words, negators, reporting cues,
// number words, irregular forms and synonym groups. These are lexicons of the language and of news
// writing in general, never of one event: no names of people, places, outlets or topics.

/** Function words: dropped before comparison (they carry grammar, not the proposition). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then than so as at by for from in into of off on onto out over to up down with within ' +
    'without about above across after against along among around before behind below beneath beside besides between ' +
    'beyond during except inside near outside since through throughout toward towards under until upon via per ' +
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers ' +
    'herself it its itself they them their theirs themselves this that these those who whom whose which what whatever ' +
    'whoever where when why how there here ' +
    'be am is are was were been being have has had having do does did doing done ' +
    'will would shall should can could may might must ought ' +
    'also too very just only even still yet already again ever quite rather really much more most less least ' +
    'such same other another each every either both all any some several many few lot lots ' +
    'own whether while though although because unless however moreover furthermore additionally meanwhile ' +
    'mr mrs ms dr st jr sr etc ie eg vs ' +
    'about approximately roughly nearly almost around some well indeed thus therefore hence ' +
    'one ones something anything everything someone anyone everyone somebody anybody everybody'
  ).split(/\s+/),
);

/** Words that negate what they stand in; kept, and counted for the polarity of a passage. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'nowhere', 'cannot', 'unless', 'without',
]);

/**
 * Words with a negative sense of their own, verbs and the adjectives and adverbs of doubt and
 * inability: a passage using one may paraphrase a negated passage ("will not fill" / "refrains from
 * filling", "may not be the whole story" / "unlikely to be the whole story"), so a polarity
 * difference is not held against it.
 */
export const NEGATIVE_VERBS: readonly string[] = [
  'refuse', 'refrain', 'reject', 'deny', 'decline', 'avoid', 'halt', 'stop', 'suspend', 'oppose', 'object',
  'fail', 'postpone', 'delay', 'prevent', 'forbid', 'ban', 'prohibit', 'rule', 'hold', 'lack', 'absent', 'breach', 'violate',
  'cease', 'abandon', 'neglect', 'omit', 'doubt', 'doubtful', 'unlikely', 'unable', 'impossible', 'insufficient',
  'inadequate', 'hardly', 'barely', 'scarcely', 'seldom', 'rarely',
];

/**
 * Reporting cues: the verbs and phrases that attribute speech. They say who speaks, not what is said,
 * so they weigh little when comparing what is said.
 */
export const CUE_WORDS: readonly string[] = [
  'say', 'tell', 'add', 'note', 'stress', 'state', 'remark', 'comment', 'explain', 'declare', 'assert',
  'emphasize', 'underline', 'underscore', 'report', 'quote', 'according', 'announce',
  'argue', 'claim', 'reckon', 'believe', 'observe', 'recall', 'reiterate', 'confirm', 'mention',
  'estimate', 'describe', 'write', 'statement', 'reporter', 'agency',
];

/** Number words, read as the digits they stand for. */
export const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50',
  sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100', dozen: '12', half: '0.5',
  single: '1', double: '2', twice: '2', triple: '3', first: '1st', second: '2nd', third: '3rd',
};

/** Month names: a number after one is a day of the month, not a count. */
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** Irregular inflections, to their base form (before stemming). */
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  said: 'say', told: 'tell', made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give', went: 'go',
  gone: 'go', came: 'come', got: 'get', gotten: 'get', held: 'hold', met: 'meet', spoke: 'speak', spoken: 'speak',
  began: 'begin', begun: 'begin', won: 'win', lost: 'lose', paid: 'pay', sought: 'seek', brought: 'bring',
  bought: 'buy', sold: 'sell', built: 'build', kept: 'keep', left: 'leave', led: 'lead', felt: 'feel',
  thought: 'think', found: 'find', stood: 'stand', understood: 'understand', rose: 'rise', risen: 'rise',
  fell: 'fall', fallen: 'fall', grew: 'grow', grown: 'grow', drew: 'draw', drawn: 'draw', struck: 'strike',
  wrote: 'write', written: 'write', ran: 'run', saw: 'see', seen: 'see', knew: 'know', known: 'know',
  shown: 'show', chose: 'choose', chosen: 'choose', broke: 'break', broken: 'break', sent: 'send',
  spent: 'spend', withdrew: 'withdraw', withdrawn: 'withdraw', undertook: 'undertake', fought: 'fight',
  caught: 'catch', taught: 'teach', threw: 'throw', thrown: 'throw', wore: 'wear', worn: 'wear',
  meant: 'mean', dealt: 'deal', heard: 'hear', laid: 'lay', lent: 'lend', sped: 'speed', stole: 'steal',
  stolen: 'steal', flew: 'fly', flown: 'fly', drove: 'drive', driven: 'drive', rode: 'ride', ridden: 'ride',
  fed: 'feed', fled: 'flee', slept: 'sleep', forgot: 'forget', forgotten: 'forget', hid: 'hide', hidden: 'hide',
  bore: 'bear', borne: 'bear', swore: 'swear', sworn: 'swear', sank: 'sink', sunk: 'sink', shot: 'shoot',
  overtook: 'overtake', overtaken: 'overtake', arose: 'arise', arisen: 'arise', forbade: 'forbid',
  people: 'person', persons: 'person', children: 'child', men: 'man', women: 'woman', crises: 'crisis',
  analyses: 'analysis', data: 'data', media: 'media', news: 'news', better: 'good', best: 'good',
  worse: 'bad', worst: 'bad', larger: 'large', largest: 'large', bigger: 'big', biggest: 'big',
};

/**
 * Synonym groups of general news English; every word of a group compares equal to the first.
 * Words are written in their base form; inflections are reached through the stemmer.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['say', 'tell', 'state', 'add', 'note', 'stress', 'remark', 'comment', 'explain', 'declare', 'assert', 'emphasize', 'underline', 'underscore', 'reiterate', 'mention'],
  ['increase', 'rise', 'raise', 'grow', 'climb', 'hike', 'boost', 'surge', 'jump'],
  ['decrease', 'fall', 'drop', 'decline', 'plunge', 'dip', 'slump', 'shrink'],
  ['reduce', 'cut', 'lessen', 'curb', 'ease'],
  ['begin', 'start', 'launch', 'commence', 'initiate'],
  ['end', 'finish', 'conclude', 'terminate'],
  ['resume', 'restart', 'reopen'],
  ['hire', 'recruit', 'employ'],
  ['build', 'construct', 'erect'],
  ['large', 'big', 'huge', 'vast', 'massive', 'enormous'],
  ['small', 'little', 'tiny', 'minor'],
  ['main', 'central', 'principal', 'primary', 'chief', 'key', 'core'],
  ['important', 'crucial', 'vital', 'essential', 'significant', 'critical'],
  ['help', 'assist', 'aid'],
  ['support', 'back', 'endorse', 'uphold', 'champion', 'favour', 'favor'],
  ['oppose', 'object', 'resist', 'reject'],
  ['propose', 'suggest', 'recommend'],
  ['urge', 'press', 'exhort'],
  ['appeal', 'challenge', 'contest'],
  ['talk', 'speak', 'converse', 'conversation', 'discuss', 'discussion', 'negotiate', 'negotiation', 'chat'],
  ['show', 'reveal', 'demonstrate', 'indicate', 'prove'],
  ['produce', 'generate'],
  ['dismiss', 'sack', 'layoff', 'redundancy'],
  ['ruling', 'judgment', 'judgement', 'verdict'],
  ['court', 'tribunal'],
  ['want', 'wish', 'desire', 'seek'],
  ['ready', 'willing', 'prepared'],
  ['strengthen', 'bolster', 'enhance', 'reinforce', 'intensify'],
  ['quick', 'fast', 'rapid', 'swift', 'speedy', 'prompt'],
  ['accelerate', 'speed', 'expedite', 'hasten', 'quicken', 'fast-track'],
  ['cooperate', 'cooperation', 'collaborate', 'collaboration', 'partner'],
  ['problem', 'issue'],
  ['dispute', 'disagreement', 'row', 'conflict', 'quarrel', 'feud', 'clash', 'difference'],
  ['promise', 'pledge', 'vow', 'commit', 'commitment', 'undertake', 'guarantee'],
  ['warn', 'caution'],
  ['apologize', 'apology', 'sorry', 'regret'],
  ['criticize', 'condemn', 'denounce', 'slam', 'blast', 'rebuke'],
  ['accuse', 'blame'],
  ['injure', 'wound', 'hurt', 'harm', 'damage'],
  ['arrest', 'detain'],
  ['buy', 'purchase', 'acquire'],
  ['money', 'fund', 'funding', 'cash'],
  ['happen', 'occur'],
  ['person', 'individual'],
  ['allow', 'permit', 'enable', 'let'],
  ['prevent', 'avert', 'avoid', 'stop', 'forestall'],
  ['need', 'require'],
  ['full', 'whole', 'entire', 'complete'],
  ['receive', 'get', 'obtain', 'gain'],
  ['give', 'provide', 'grant', 'supply'],
  ['keep', 'maintain', 'retain', 'preserve', 'stay', 'remain'],
  ['establish', 'create', 'form'],
  ['monitor', 'watch', 'oversee', 'supervise', 'track'],
  ['review', 'assess', 'evaluate', 'examine', 'inspect'],
  ['delay', 'postpone', 'defer'],
  ['implement', 'execute', 'conduct'],
  ['investigate', 'probe'],
  ['fear', 'afraid', 'scared', 'frightened', 'worry', 'worried'],
  ['safety', 'security', 'safe', 'secure'],
  ['employee', 'worker', 'staff', 'personnel'],
  ['phone', 'telephone'],
  ['welcome', 'hail', 'praise', 'applaud'],
  ['country', 'nation'],
  ['agreement', 'deal', 'accord', 'pact'],
  ['resolve', 'resolution', 'settle', 'settlement', 'solve', 'solution'],
  ['fare', 'fee'],
  ['compensate', 'compensation', 'reimburse', 'refund'],
  ['vote', 'ballot'],
  ['accept', 'approve', 'ratify'],
  ['fit', 'install', 'equip'],
  ['strike', 'walkout', 'stoppage'],
  ['audit', 'inspection'],
  ['annual', 'yearly'],
  ['deepen', 'expand', 'broaden', 'widen', 'extend'],
  ['insist', 'adhere'],
  ['tackle', 'combat', 'fight', 'counter', 'battle'],
  ['interference', 'intervention', 'interfere', 'intervene', 'meddle', 'meddling'],
  ['external', 'outside', 'foreign'],
  ['destruction', 'devastation', 'ruin'],
  ['disaster', 'catastrophe', 'calamity'],
  ['stance', 'position', 'standpoint'],
  ['trafficking', 'smuggling'],
  ['framework', 'structure', 'system'],
  ['relation', 'tie', 'relationship'],
  ['close', 'shut'],
  ['approval', 'consent', 'endorsement'],
  ['outcome', 'result'],
  ['area', 'field', 'sector', 'domain'],
  ['difficulty', 'hardship'],
];

/**
 * Verbs and the nouns derived from them where the stem changes, so that neither stem is a prefix
 * of the other and the scorer's prefix match misses them (`decide` / `decision`, `fail` /
 * `failure`): a statement reported with the verb in one source and the noun in another
 * (`decided to close` / `the decision to close`). General English derivation only; each word
 * compares equal to the first word's lemma (its synonym group's, when it has one). Pairs whose noun
 * has a second common sense of its own (`opposition`, `provision`, `division`) are left out.
 */
export const DERIVATIONS: readonly (readonly string[])[] = [
  ['decide', 'decision'], ['conclude', 'conclusion'], ['include', 'inclusion'], ['exclude', 'exclusion'],
  ['expand', 'expansion'], ['extend', 'extension'], ['respond', 'response'], ['admit', 'admission'],
  ['submit', 'submission'], ['omit', 'omission'], ['explode', 'explosion'], ['invade', 'invasion'],
  ['persuade', 'persuasion'], ['collide', 'collision'], ['erode', 'erosion'], ['evade', 'evasion'],
  ['revise', 'revision'], ['detain', 'detention'], ['retain', 'retention'], ['intend', 'intention'],
  ['maintain', 'maintenance'], ['acquire', 'acquisition'], ['repeat', 'repetition'], ['advise', 'advice'],
  ['pay', 'payment'], ['fail', 'failure'], ['grow', 'growth'], ['deny', 'denial'],
  ['apply', 'application'], ['rely', 'reliance'], ['comply', 'compliance'],
];

/**
 * Two-word verbs that mean one thing: the particle is folded into the verb ("go up" = increase).
 * Keys are `verb particle` in base form; values are a word whose synonym group applies.
 */
export const PHRASAL_VERBS: Readonly<Record<string, string>> = {
  'go up': 'increase', 'go down': 'decrease', 'take on': 'hire', 'set up': 'establish', 'step up': 'strengthen',
  'put forward': 'propose', 'point out': 'say', 'take place': 'happen', 'hold off': 'delay', 'carry out': 'implement',
  'look into': 'investigate', 'call for': 'urge', 'call on': 'urge', 'speed up': 'accelerate', 'shut down': 'close',
  'turn down': 'reject', 'give up': 'abandon', 'back down': 'retreat', 'cave in': 'cave', 'pull out': 'withdraw',
  'sign up': 'join', 'come back': 'return', 'bring back': 'restore', 'roll out': 'launch', 'kick off': 'begin',
  'wind down': 'end', 'cut off': 'sever', 'crack down': 'tackle', 'work out': 'draft', 'beef up': 'strengthen',
};
