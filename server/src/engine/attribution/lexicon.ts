// Word lists for attribution. They describe how English news writing attributes speech in general:
// reporting verbs, titles, role and institution nouns. They never name a person, place or outlet.

/** Builds a set from a space-separated list. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/**
 * Reporting and stance verbs in every inflected form, lowercase. A verb here attributes what follows
 * (or, in a closing cue, what precedes) to its subject. `-ing` forms are left out on purpose: "Noting that …"
 * and "adding that …" only extend the main verb's cue.
 */
export const REPORTING_VERBS: ReadonlySet<string> = words(`
  say says said tell tells told stress stresses stressed note notes noted add adds added
  urge urges urged propose proposes proposed pledge pledges pledged promise promises promised
  welcome welcomes welcomed argue argues argued believe believes believed insist insists insisted
  warn warns warned emphasise emphasises emphasised emphasize emphasizes emphasized
  underscore underscores underscored underline underlines underlined recall recalls recalled remember remembers remembered
  agree agrees agreed vow vows vowed reiterate reiterates reiterated stated
  declare declares declared announce announces announced claim claims claimed assert asserts asserted
  suggest suggests suggested explain explains explained acknowledge acknowledges acknowledged
  admit admits admitted deny denies denied predict predicts predicted describe describes described
  express expresses expressed hope hopes hoped think thinks thought reply replies replied
  respond responds responded answer answers answered remark remarks remarked observe observes observed
  confirm confirms confirmed maintain maintains maintained contend contends contended
  caution cautions cautioned complain complains complained criticise criticises criticised
  criticize criticizes criticized condemn condemns condemned praise praises praised accuse accuses accused
  assure assures assured reaffirm reaffirms reaffirmed highlight highlights highlighted affirm affirms affirmed
  estimate estimates estimated forecast forecasts write writes wrote tweet tweets tweeted
  recommend recommends recommended demand demands demanded request requests requested
  reject rejects rejected dismiss dismisses dismissed point points pointed call calls called
  put puts spoke speak speaks expect expects expected feel feels felt indicate indicates indicated
  mention mentions mentioned reckon reckons reckoned concede concedes conceded counter counters countered
  disagree disagrees disagreed appreciate appreciates appreciated
  announce announced insisted reassure reassures reassured voice voices voiced
  thank thanks thanked hail hails hailed blame blames blamed defend defends defended slam slams slammed
  questioned doubt doubts doubted threaten threatens threatened disclose discloses disclosed reveal reveals
  revealed inform informs informed recount recounts recounted lament laments lamented regret regrets regretted
  apologise apologises apologised apologize apologizes apologized remind reminds reminded advise advises
  advised objected protested dispute disputes disputed projected guarantee guarantees guaranteed appeal
  appeals appealed retort retorts retorted allege alleges alleged characterise characterises characterised
  characterize characterizes characterized branded labelled labeled congratulate congratulates congratulated
  fear feared worry worried calculate calculates calculated comment comments commented continued
  conclude concludes concluded quip quips quipped joke jokes joked boast boasts boasted signalled signaled
  hint hints hinted testify testifies testified posted wonder wonders wondered swear swears swore
  ruled rules want wants wanted ask asks asked shout shouts shouted yell yells yelled exclaim exclaims exclaimed
`);

/**
 * Verbs that attribute only when a court or its text is the subject: "the court found that …",
 * "the judgment orders …". With any other subject they narrate ("police found a car").
 */
export const JUDICIAL_VERBS: ReadonlySet<string> = words('found finds ordered orders held holds');

/** Head nouns of a court, and of the bench or text through which it speaks. */
export const COURT_HEADS: ReadonlySet<string> = words('court tribunal');
export const COURT_VOICES: ReadonlySet<string> = words('panel bench judges justices majority judgment judgement ruling verdict court tribunal');

/**
 * Reporting verbs after which the next cue-less sentence may go on with the same statement:
 * "X said that …" frames reported speech; "X disputes the figure" or "X welcomed the pledge" does not.
 */
export const CONTINUATION_VERBS: ReadonlySet<string> = words(`
  say says said tell tells told add adds added stress stresses stressed note notes noted insist insists insisted
  argue argues argued warn warns warned explain explains explained emphasise emphasises emphasised emphasize
  emphasizes emphasized state states stated maintain maintains maintained claim claims claimed contend contends
  contended reiterate reiterates reiterated assert asserts asserted announce announces announced confirm confirms
  confirmed write writes wrote urge urges urged propose proposes proposed underline underlined underscored
  according
`);

/** Verbs whose request is in an infinitive or clause: "asked the company to drop its appeal". */
export const REQUEST_VERBS: ReadonlySet<string> = words('ask asks asked');

/** Words that open an indirect question: "asked whether …", "asked why …". */
export const QUESTION_WORDS: ReadonlySet<string> = words('whether if why how what who when where which');

/** Documents through which a body speaks: "a statement from X said", "according to a readout by X". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = words(`
  statement readout release report letter communique communiqué transcript post memo notice note filing
  announcement judgment judgement ruling verdict indictment
`);

/** Documents through which the prosecution speaks: "the indictment alleged". */
export const PROSECUTION_DOCUMENTS: ReadonlySet<string> = words('indictment');

/** Documents that speak for whoever last issued a statement: "the statement said". */
export const STATEMENT_NOUNS: ReadonlySet<string> = words('statement readout release letter communique communiqué announcement post');

/** Verbs that only attribute with a particle: "called on", "called for", "pointed out", "spoke of", "put it" (or "put the cost at 9 million"). */
export const VERB_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['point', words('out')],
  ['points', words('out')],
  ['pointed', words('out')],
  ['spoke', words('of')],
  ['speak', words('of')],
  ['speaks', words('of')],
  ['put', words('it')],
  ['puts', words('it')],
  ['appeal', words('for')],
  ['appeals', words('for')],
  ['appealed', words('for')],
]);

/** "called" attributes before "on" / "for", or when a quotation follows ("called the talks “candid”"). */
export const CALL_VERBS: ReadonlySet<string> = words('call calls called');

/** Verbs whose subject states a shared position: with a plural subject, the speaker is joint. */
export const AGREEMENT_VERBS: ReadonlySet<string> = words('agree agrees agreed');

/** Auxiliaries, adverbs and emphatic reflexives ("the board itself") that may stand between a subject and its reporting verb. */
export const VERB_GAP_WORDS: ReadonlySet<string> = words(`
  has have had was were is are will would also further then earlier later again once repeatedly publicly
  previously separately already has had just firmly strongly not never still too even reportedly meanwhile
  additionally likewise similarly however since itself themselves himself herself long always consistently highly
`);

/** Days and months: capitalised but never a name. */
/** Weekdays: always dates, unlike months, which may be given names ("June Kessler"). */
export const WEEKDAYS: ReadonlySet<string> = words('monday tuesday wednesday thursday friday saturday sunday');

export const CALENDAR_WORDS: ReadonlySet<string> = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Time words that may follow "on" between a subject and its verb ("X on Tuesday urged"). */
export const TIME_WORDS: ReadonlySet<string> = words(`
  monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night today yesterday
  weekend
`);

/**
 * Titles and role nouns of people, lowercase. Before a name they are dropped from it; after "the"
 * they refer back to a person seen with that title ("the president", "the spokesman").
 */
export const TITLE_WORDS: ReadonlySet<string> = words(`
  president vice-president minister premier chancellor spokesman spokeswoman spokesperson ambassador chairman
  chairwoman chairperson chair director senator governor mayor secretary leader professor analyst fellow
  official envoy diplomat king queen prince princess emperor general commander chief head deputy councillor
  councilor congressman congresswoman representative lawmaker legislator judge justice economist researcher
  scientist expert adviser advisor counsellor counselor executive ceo founder commissioner ombudsman
  prosecutor attorney lawyer sheriff inspector superintendent negotiator delegate consul aide strategist
  counterpart pope bishop cardinal archbishop imam rabbi chancellor treasurer president-elect premier
  speaker whip mp mep sen rep dr gov gen col capt lt adm amb prof
  manager officer firefighter forecaster meteorologist engineer resident farmer owner organiser organizer
  coordinator volunteer doctor physician nurse teacher principal campaigner activist historian spokesperson
  superintendent curator economist pilot captain sergeant constable detective coroner
  agent pundit coach cfo coo cto partner striker
  director-general secretary-general attorney-general solicitor-general governor-general surgeon-general
  inspector-general auditor-general commander-in-chief editor-in-chief chief-of-staff cmdr cdr maj sgt supt insp
`);

/** Lowercase words that qualify a title or institution right after a name ("Upland foreign ministry spokesman"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = words(`
  foreign deputy senior vice former acting prime state interior finance defence defense environment health trade
  transport transit justice labour labor economy education press chief general executive managing presidential
  regional local national federal city municipal police military financial operating technology commercial
  marketing information communications assistant head team opposition
`);

/** Titles that head a state, government or delegation: what "the two leaders" refers to. */
export const LEADER_TITLES: ReadonlySet<string> = words(`
  president premier chancellor minister king queen emperor leader prince head mayor governor chief
  secretary chairman chairwoman chair counterpart
`);

/** Title words that tell a person's gender; anything else leaves it unknown. */
export const MASCULINE_TITLES: ReadonlySet<string> = words('mr spokesman chairman congressman king prince emperor sir lord');
export const FEMININE_TITLES: ReadonlySet<string> = words('ms mrs miss spokeswoman chairwoman congresswoman queen princess madam lady dame');

/** Honorifics written before a name ("Mr.", "Ms."), without their period. */
export const HONORIFICS: ReadonlySet<string> = words('mr mrs ms miss dr prof sir dame lord lady madam mme');

/**
 * Nouns that describe a business by what it does: "operator Velmar said", "Velmar, the country's largest
 * carrier,", and "the operator" or "the company" for that business later.
 */
const COMPANY_NOUN_LIST = `
  company firm group employer operator carrier vendor supplier provider maker manufacturer carmaker automaker
  chipmaker lender insurer retailer airline conglomerate chain grocer supermarket
`;
export const COMPANY_NOUNS: ReadonlySet<string> = words(COMPANY_NOUN_LIST);

/** Words that end a company's own name: "Ostrel Networks", "Brannock Holdings", "Varde Inc". */
const COMPANY_NAME_ENDING_LIST = 'networks systems technologies holdings industries partners airlines airways motors labs laboratories pharmaceuticals inc ltd llc plc corp gmbh';
export const COMPANY_NAME_ENDINGS: ReadonlySet<string> = words(COMPANY_NAME_ENDING_LIST);

/**
 * Head nouns of institutions, lowercase: a capitalised phrase containing one ("Foreign Ministry",
 * "Centre for Basin Studies") or "the" + adjectives + one ("the presidential office") names a body.
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = words(`${COMPANY_NOUN_LIST} ${COMPANY_NAME_ENDING_LIST}
  ministry office council commission agency authority union committee department government cabinet
  administration embassy consulate parliament assembly congress senate court tribunal bank bureau institute
  centre center university academy association alliance party federation chamber corporation company
  group foundation organisation organization secretariat presidency kremlin palace police army military
  navy board service services directorate delegation coalition league fund forum network trust panel
  ministries offices agencies unions committees departments governments councils city hall
  regulator watchdog club clubs inspectorate gang society societies
`);

/**
 * Nouns for a group of people speaking together: "officials said", "analysts say", and the plural of any
 * title or kind of business ("shop owners", "farmers", "insurers").
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  ...words(`
  officials analysts experts diplomats sources critics observers residents witnesses protesters organisers
  organizers lawmakers economists researchers scientists activists campaigners investors traders
  spokespeople authorities
`),
  ...[...TITLE_WORDS, ...COMPANY_NOUNS].filter((title) => title.length > 3 && !title.includes('-')).map((title) => `${title}s`),
]);

/** Plural nouns that, after "the two" / "both" / "the", name the two principals together. */
export const JOINT_NOUNS: ReadonlySet<string> = words(`
  leaders sides presidents parties men women countries heads ministers premiers governments delegations
  counterparts nations candidates rivals contenders opponents camps
`);

/** Words in a capitalised phrase that mark a news outlet: cited as a channel, never as a speaker. */
export const NEWS_WORDS: ReadonlySet<string> = words(`
  news press times post herald journal tribune gazette wire telegraph daily chronicle broadcasting
  television radio newspaper outlet media courier observer dispatch bulletin examiner inquirer enquirer sentinel
  recorder ledger messenger
`);

/** Heads after a news word that make a body's press office rather than a news outlet: "the Government Press Office". */
export const PRESS_OFFICE_HEADS: ReadonlySet<string> = words('office offices department secretariat');

/** Lowercase channel nouns: "the agency reported", "the newspaper said". */
export const CHANNEL_NOUNS: ReadonlySet<string> = words('agency newspaper outlet broadcaster paper daily wire media');

/** Verbs with which a channel passes news on; never a speaker cue on their own. */
export const CHANNEL_VERBS: ReadonlySet<string> = words('reported reports report quoted');

/** Joiners allowed inside a capitalised name after an institution head ("Chamber of Commerce"). */
export const NAME_CONNECTORS: ReadonlySet<string> = words('of for and on the');

/** Particles inside personal names ("Ursula von der Leyen", "Abu al-Bakr"). */
export const NAME_PARTICLES: ReadonlySet<string> = words('von van der den de da du del della di la le bin al ibn ben');

/** Lowercase particles joined to a surname by a hyphen or apostrophe ("al-Rashid", "el-Amin", "d’Aubert"). */
export const ATTACHED_PARTICLES: ReadonlySet<string> = words('al el ad an ar as ash at az bin ibn abu abd ben bint d');

/** Words whose capital comes only from starting a sentence or heading, never part of a name. */
export const FUNCTION_WORDS: ReadonlySet<string> = words(`
  the a an in on at for to from by with of and or but so yet as if when while after before since during
  under over about against between into through without within despite according also both each every
  some many most such what who why how where now then still instead moreover furthermore additionally
  nevertheless however meanwhile earlier later last next this that these those there here his her its
  their our my your he she it they we you i not no yes only even all any another one two three several
  few asked speaking following separately similarly likewise finally overall today yesterday tomorrow
  thus therefore indeed nonetheless otherwise besides once until because though although unlike like
  regarding referring turning noting stressing adding saying calling aside apart amid among among
  neither nor either other opinion read tags share i'm i'd i've i'll nobody nothing everyone everybody someone
  somebody anyone anybody none
`);

/** Subject pronouns and what they refer to. */
export const PERSONAL_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'plural' | 'thing'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'plural'],
  ['it', 'thing'],
]);

/** Possessive pronouns and their gender. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'plural'> = new Map([
  ['his', 'm'],
  ['her', 'f'],
  ['their', 'plural'],
]);

/** Nouns after "in his …" that make a stance cue: "in her estimate", "in his view". */
export const STANCE_NOUNS: ReadonlySet<string> = words('view views estimate opinion words assessment judgment judgement analysis reckoning eyes');

/** Prepositions that open an adverbial phrase ("Ahead of the vote,", "In a statement,"): not reported content. */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = words(`
  about after ahead amid among as at before behind beyond by despite during following for from in inside on
  over since through throughout under until upon with within without
`);

/** Sentence openers that put the outlet's own voice on what follows, never a continuation of reported speech. */
export const OUTLET_VOICE_OPENERS: ReadonlySet<string> = words(`
  but however that this these those both neither such still yet meanwhile indeed clearly obviously
  of then what
`);

/**
 * Words that make a sentence sound like reported speech rather than narration: modals, commitments
 * and first-person pronouns. Used to continue reported speech over a sentence with no cue.
 */
export const SPEECH_SIGNALS: ReadonlySet<string> = words(`
  should must will would could can cannot shall ready willing hopes hope firmly always never oppose opposes
  supports support important necessary we our us i my need needs committed determined believe share shares
  stands insists adheres
`);

/**
 * Words of a sentence that only announces a quotation: how its subject speaks ("was blunt", "tells a
 * different story", "has put out a statement").
 */
export const INTRODUCTION_WORDS: ReadonlySet<string> = words(`
  blunt frank candid direct outspoken emphatic defiant story account version words explanation answer reply
  message statement moment scene describes described recalls recalled microphone podium lectern warning
  answered replied
`);

/** Verbs (base and inflected) that only introduce a topic: "they also discussed …" is a transition. */
export const TRANSITION_VERBS: ReadonlySet<string> = words(`
  discussed discuss discusses talked touched exchanged covered addressed reviewed turned moved
`);

/** Words that show a figure in a claim. */
export const NUMBER_WORDS: ReadonlySet<string> = words(`
  percent per cent million billion trillion thousand hundred dozen half third quarter twice double triple
  crowns dollars euros yuan rubles pounds km kilometres kilometers meters metres tonnes tons
`);

/** Evaluative words: a claim in the outlet's voice that contains one is an evaluation. */
export const EVALUATIVE_WORDS: ReadonlySet<string> = words(`
  good bad right wrong sensible real optimistic pessimistic welcome unwelcome important significant
  concrete binding vague hollow empty strong weak best worst better worse fine clear unclear plainly
  test prize mistake success failure risky bold timid cautious hard easy
`);

/** Words of agreement: a claim that contains one states an agreement. */
export const AGREEMENT_WORDS: ReadonlySet<string> = words('agreed agree agrees signed');

/** Stated-position verbs and modals: a credited claim with one is a position. */
export const POSITION_WORDS: ReadonlySet<string> = words(`
  should must will would ready willing urged urge called pledged promised proposed vowed supports opposes
  oppose support insists insisted hopes hope welcomed welcomes wants demands demanded rejects rejected
`);

/**
 * Nouns that describe a body by what it does rather than by its name: "according to the regulator" after
 * "The Markets Authority is examining …" refers back to the body that opens the sentence.
 */
export const DESCRIPTOR_ORGANIZATION_NOUNS: ReadonlySet<string> = words(`regulator watchdog ${COMPANY_NOUN_LIST}`);

/**
 * Generic nouns of a public body: after "the Keldor Water Authority", "the regulator" and "the agency" both
 * refer back to it, whichever of these words its own name uses.
 */
export const PUBLIC_BODY_HEADS: ReadonlySet<string> = words('authority agency regulator watchdog commission administration inspectorate directorate bureau');

/** Titles of those who speak for a body: "a spokeswoman for the ministry said" is the ministry speaking. */
export const SPOKESPERSON_TITLES: ReadonlySet<string> = words('spokesman spokeswoman spokesperson');

/**
 * Nouns that, after "familiar with", "close to" or "briefed on", make an anonymous source: "people familiar
 * with the matter said", "sources close to the talks". The speaker is the phrase itself.
 */
export const ANONYMOUS_HEADS: ReadonlySet<string> = words(
  'people person persons sources source officials official insiders insider worker workers employee employees staffer staffers diplomat diplomats aide aides negotiator negotiators',
);

/** Words that link an anonymous source to what it knows: "familiar with", "close to", "briefed on". */
export const ANONYMOUS_LINKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['familiar', words('with')],
  ['close', words('to')],
  ['briefed', words('on about')],
  ['knowledgeable', words('about of')],
  ['involved', words('in')],
  ['with', words('knowledge')],
]);

/** Heads of an unnamed source placed by where they work: "a worker at the mill", "an employee at the depot". */
export const WORKPLACE_HEADS: ReadonlySet<string> = words('worker workers employee employees staffer staffers');

/** The words that may follow `link` after the head noun of an anonymous source, if `link` links it to what it knows. */
export function anonymousLink(head: string, link: string): ReadonlySet<string> | undefined {
  return ANONYMOUS_LINKS.get(link) ?? (link === 'at' && WORKPLACE_HEADS.has(head) ? AT_THE : undefined);
}

const AT_THE: ReadonlySet<string> = words('the');
