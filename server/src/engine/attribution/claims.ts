// Decides whether a passage is a checkable claim, and of what kind. Questions, transitions ("They also
// discussed …") and meta sentences about the reporting ("Here is what each side said") are not claims.

import { AGREEMENT_WORDS, EVALUATIVE_WORDS, NUMBER_WORDS, POSITION_WORDS, QUESTION_WORDS, REPORTING_VERBS, REQUEST_VERBS, TIME_WORDS, TRANSITION_VERBS } from './lexicon';
import type { Token } from './tokens';

/**
 * What a claim asserts.
 * - `event`: something happened ("The two presidents spoke by phone on Tuesday").
 * - `fact`: a state of affairs ("The dam is the largest in the country").
 * - `number`: a figure that can be checked ("trade could double to 12 billion").
 * - `position`: what a speaker holds, wants or promises.
 * - `agreement`: what several parties agreed.
 * - `evaluation`: a judgement ("That is a real concession").
 */
export type ClaimKind = 'event' | 'fact' | 'number' | 'position' | 'agreement' | 'evaluation';

/** The claim decision for one passage. */
export interface ClaimDecision {
  readonly claim: boolean;
  /** Set when `claim` is true. */
  readonly kind?: ClaimKind;
  /** Why a passage is not a claim ("question", "transition", "meta"); undefined for claims. */
  readonly why?: string;
}

/** What the claim rules need besides the tokens. */
export interface ClaimContext {
  /** True when the passage credits a speaker. */
  readonly credited: boolean;
  /** True when the credited speaker is joint. */
  readonly joint: boolean;
}

const META_OPENERS = /^((so|and|now|but),? )?(here (is|are)|here's|the following (is|are)|below (is|are)|read more|tags?|click|subscribe|follow us|share this|related|see also|watch|listen)\b/;
const LIVE_POINTER = /^(our|the) (full |complete |latest |live |earlier )?(report|story|coverage|analysis|explainer|live blog|blog)\b[^.]*\b(is|are|can be (found|read)) (here|below|above|available here)\b/;
const LIVE_STEP = /^[\w\s'.-]+ (is|are) (now |still |currently )?(reading( out)?|delivering|handing down|announcing) (the|her|his|its|their) (verdict|ruling|judgment|judgement|sentence|decision|findings|statement)s?\.?$/;
/** "Penk disagreed.", "The union objected.": a speaker's stance with no content of its own; the next sentence gives it. */
const BARE_STANCE = /^[\w\s'.-]+ (disagreed|disagrees|objected|objects|protested|protests|dissented|dissents|demurred|demurs)\.?$/;
const ISSUED_STATEMENT = /\b(has |have |had |just |also )*(issued|released|published|put out) an? ([a-z]+ )?(statement|letter|communique|communiqué)\.?$/;
const GREETINGS = /^(good (morning|afternoon|evening|night)|thank you|thanks|hello|welcome|ladies and gentlemen)\b/;
/** "Good evening, and welcome to …", "Welcome back to …": a host's greeting. */
const WELCOME = /^((good (morning|afternoon|evening)|hello|hi)(,? (and|everyone|everybody|all))?,? )?(and )?welcome( back)?( to\b|[.!]?$)/;
/** "I'm Ada Voss.", "My name is Ada Voss.": a speaker introducing themself. */
const SELF_INTRODUCTION = /^(i'm|i am|my name is|this is)\b/;
/** "With me are …", "Joining me now is …": a host introducing the guests. */
const GUESTS = /^(with (me|us)( now| tonight| today| here| in the studio)? (are|is)|joining (me|us)( now| tonight| today)? (are|is))\b/;
/** "Let me start with …", "Let me finish": the speaker steering the talk. */
const SIGNPOST = /^(let me|let's|let us) (start|begin|finish|turn|move|end|go back|come back|come to|get to|move on)\b/;
/** "One at a time, please.", "Ms. X, go ahead.": a moderator keeping order. */
const MODERATION = /(^|, )(please|go ahead|over to you|you first|briefly)[.!]?$|^(one at a time|please)\b|^order[.!]?( order[.!]?)?$|^order, order[.!]?$/;
/** "Asked what comes next, she smiled.": a gesture in place of an answer. */
const GESTURE_ANSWER = /^asked [^,]+, (he|she|they|[a-z.'-]+( [a-z.'-]+)?) (only |just |simply )?(smiled|laughed|shrugged|paused|hesitated|grinned|sighed|winked|nodded)( [a-z]+ly)?[.!]?$/;
/** "What we're watching: …", "The numbers.": a newsletter's signposts to the item that follows. */
const NEWSLETTER_SIGNPOST = /^(what (we're|we are|i'm|i am) (watching|reading|following|hearing|tracking)( (next|today|this week))?\b|the (numbers|figures|details|background|takeaway|upshot)[.:]?$)/;
/** "I rise to move that the bill be read a second time.", "I beg to move the motion.": a member's procedural motion. */
const PROCEDURAL_MOTION = /^i (rise to|beg to|wish to|would like to) move\b/;
/** Sign-offs: "We have to leave it there.", "See you next week.", "That's the papers.", "The next press review is on Monday." */
const SIGN_OFF =
  /^(we|i)('ll| will| have to| must|'ve got to| need to) (leave|stop|end) (it|things) there\b|^see you (next|tomorrow|soon|on|then|later|again)\b|^that('s| is| was) (it|all)( for)? ?(today|tonight|now|this week)?[.!]?$|^that('s| is| was) (the|our|this) (papers|news|headlines|show|programme|program|review|press review|roundup|round-up|digest|bulletin|newsletter|episode|podcast)\b|^the next (press review|edition|episode|bulletin|newsletter|show|programme|program|issue|roundup|round-up|digest|review) (is|will be|comes|airs|appears)\b/;
/** "This is a rush transcript …", "The following article appeared in …", "It was translated from …": notes on the text itself. */
const TEXT_NOTE =
  /^this (is|was) an? ([a-z]+ )?transcript\b|\bmay not be in its final form\b|^the following ([a-z]+ ){0,2}(article|text|piece|report|story|interview|editorial|column|commentary|transcript) (first )?(appeared|was published|ran|is taken)\b|^(it|(this|the) (article|text|piece|report|story|interview|editorial|column|transcript|conversation|q&a)) (was|has been|is|have been) (translated|edited|condensed|abridged|adapted|lightly edited)\b|^this (article|text|piece|report|story|interview|editorial|column|commentary) (first |originally )?(appeared|was (first |originally )?published|ran)\b/;
/** "The views expressed are her own.", "Opinions in this column are the author's.": an opinion page's disclaimer. */
const DISCLAIMER =
  /^(the )?(views|opinions)( (expressed|stated|given))?( (here|in this (article|column|piece|op-ed|commentary)))? (are|is) (his|her|their|my|the author'?s'?|the writer'?s'?)( own)?\b/;
/** "The number is on our website.", "Details are on our site.": a pointer to the outlet's own pages. */
const OWN_SITE = /\b(is|are|can be found) (on|at) (our|this) (website|web site|site|page|app)\b/;

/** "I understand why.", "I do not know who is right.": the writer's own state of mind, with nothing to check. */
const OWN_MIND = /^(i|we) (do not |don't |can't |cannot |still )?(know|understand|see|wonder|get it)( (why|who|what|how|whether|which|it|that)\b[^,;:]*)?[.!]?$/;

/** "We checked four of them.": the outlet describing its own checking. */
const OWN_CHECKING = /^(we|i) (checked|examined|reviewed|fact-checked|looked at|looked into|verified|rated)\b/;
/** "Read that again.", "Ask me in three years.", "See you in the stands.": the writer or speaker turning to the reader. */
const IMPERATIVE = /^(read|see|ask|imagine|remember|look at|watch|listen to|wait for|think about|trust) (me|us|you|that|this|it|them)\b/;
/** "We met him in a café …", "I spoke to her by phone": the outlet setting the scene of its interview. */
const OWN_MEETING = /^(we|i) (met|spoke to|spoke with|talked to|talked with|interviewed|sat down with|caught up with|reached) (him|her|them)\b/;
/** "She walked us through what she believes happened.": a guide to the interview that follows, not a statement. */
const WALK_THROUGH = /^(he|she|they|[a-z.'-]+) (walked|took|talked) (us|me|reporters|readers) through\b/;
/** "Welcome to our live coverage …", "We're going to wrap up our live coverage there.": a live blog opening or closing. */
const LIVE_COVERAGE = /^(welcome (back )?to (our|the|this) (live )?(coverage|blog|live blog|updates|minute-by-minute)\b|(we|i)('re| are|'ll| will|'m| am)( going to)? (wrap up|close|end|pause|finish) (our|this|the) (live )?(coverage|blog|live blog|updates)\b)/;
/** "Then there are the observers.", "Now to the count.": the writer moving to the next topic. */
const TOPIC_TURN = /^((and )?then|now|next),? (there (is|are|was|were) (the|also the)|(on )?to (the|his|her|their))\b/;

/**
 * "Not everyone was celebrating.", "Ada Voss, 34, was more cautious.": a turn to the next voice, which says
 * only that a view differs; the view itself follows.
 */
const VOICE_TURN =
  /^(not everyone|not all of them|not everybody) (is|was|were|are|seemed|seems) (celebrating|convinced|reassured|persuaded|impressed|pleased|happy|so sure|so optimistic|so enthusiastic)\.?$|^[^,]+(, \d{1,3},)? (was|were|is|are|seemed|seems|sounded|sounds) (more|less|far more|much more|rather more) (cautious|sceptical|skeptical|guarded|optimistic|enthusiastic|measured|reserved|circumspect)\.?$/;

/** "Editor's note: …", "Correction: An earlier version of this story said …": the outlet's notes on its own story. */
const EDITORS_NOTE = /^(editor'?s'? note|editors' note|note to readers|correction|clarification)s?\s*(\([^)]*\)\s*)?:/;
/** "We will keep updating this story.", "This story will be updated.": the outlet on its own story. */
const OWN_UPDATES =
  /^((we|i)('ll| will| are going to) (keep|continue)( on)? (updating|to update) (this|the|our) (story|article|page|report|post|blog)\b|(this|the) (story|article|page|report|post) (will be|is being|may be) updated\b)/;
/** "Email the newsroom.", "Contact us at …", "Send us your tips.": how to reach the outlet. */
const CONTACT_US = /^(email|e-mail|contact|message|write to|call|phone|text|send) (us|the [\w\s'-]*?(newsroom|news desk|desk|team|editors?))\b/;
/** "We are sorry for …", "We apologise for …": an apology asserts nothing to check. */
const APOLOGY = /^(we|i)('re| are|'m| am) (very |deeply |truly |so |sincerely )?sorry (for|about)\b|^(we|i) (sincerely |deeply )?(apologi[sz]e for|regret any)\b/;
/**
 * "If you need care, come to hospital as normal.", "If you receive such a call, do not reply.": advice to the
 * reader after a condition; the first word after the comma is an imperative.
 */
const CONDITIONAL_ADVICE =
  /^if you\b[^,]*, (please|do|don't|never|always|come|call|contact|go|attend|visit|bring|email|ring|check|keep|stay|report|use|ask|book|follow|avoid|wait|phone|text|seek|dial|tell|let|make|take|speak|talk|see|read|arrive|return|continue)\b/;

/**
 * "Take the tin back to the shop.", "Do not wait until the morning.": the outlet telling its reader what to do.
 * A bare imperative of advice, then an object or a particle; a sentence only when no speaker is credited
 * (a speaker's advice states their position).
 */
const READER_ADVICE =
  /^((do not|don't|never) (?!before\b|again\b|once\b|has\b|have\b|had\b|was\b|were\b|is\b|did\b|does\b)[a-z]+\b|(take|return|bring|call|phone|check|keep|throw|stop|use|avoid|contact|ask|wait|seek|store|wash|discard|make sure|look for|watch for|dispose of) (the|your|a|an|it|them|any|this|that|these|those|all|back|out|up|off|until|for)\b)/;

/** "Parents with questions should call their doctor.": the outlet advising a group of readers by name. */
const GROUP_ADVICE =
  /^(parents|readers|customers|shoppers|patients|residents|travellers|travelers|passengers|consumers|drivers|owners|anyone|people)( (with|who)\b[^,;]*)? should (call|contact|see|check|return|keep|ask|seek|avoid|stop|throw|bring|take|phone|consult|speak to|talk to)\b/;

const PAST_EVENT = /(ed|held|met|spoke|took|began|came|went|made|sent|won|lost|signed|left|rose|fell|grew)$/;

/** Decides whether the passage is a claim. `text` is the passage's text, `tokens` its tokens. */
export function classifyClaim(text: string, tokens: readonly Token[], context: ClaimContext): ClaimDecision {
  const trimmed = text.trim();
  // "• Parents should …": a list bullet is no part of the sentence's wording.
  const lower = trimmed.toLowerCase().replace(/[’‘]/g, "'").replace(/^[•·▪◦‣*]\s+/u, '');
  const words = tokens.filter((token) => token.kind === 'word');
  if (words.length === 0) return { claim: false, why: 'no words' };
  if (/\?["”’']?$/.test(trimmed)) return { claim: false, why: 'question' };
  // "We asked X what she made of it": the outlet's question, reported.
  if (/^(we|i) (asked|put it to|wanted to know)\b/.test(lower)) return { claim: false, why: 'question' };
  if (asksQuestion(tokens)) return { claim: false, why: 'question' };
  // "Good evening.", "Thank you.": a greeting asserts nothing.
  if (words.length <= 4 && GREETINGS.test(lower)) return { claim: false, why: 'greeting' };
  if (words.length <= 10 && WELCOME.test(lower)) return { claim: false, why: 'greeting' };
  // "[Translator's note: …]", "(CROSSTALK)", "[END OF SEGMENT]": notes and stage directions, not the story's statements.
  if (/^\[[^\[\]]*\]$/.test(trimmed) || (/^\([^()]*\)$/.test(trimmed) && !/\p{Ll}/u.test(trimmed))) return { claim: false, why: 'note' };
  // "Let me finish —": a sentence broken off asserts nothing yet.
  if (/[—–]$|--$/.test(trimmed)) return { claim: false, why: 'broken off' };
  if (words.length <= 5 && SELF_INTRODUCTION.test(lower) && words.slice(2).every((word) => word.capitalized)) return { claim: false, why: 'introduction' };
  if (words.length <= 40 && GUESTS.test(lower)) return { claim: false, why: 'introduction' };
  if (words.length <= 8 && (SIGNPOST.test(lower) || MODERATION.test(lower) || TOPIC_TURN.test(lower))) return { claim: false, why: 'transition' };
  if (words.length <= 16 && GESTURE_ANSWER.test(lower)) return { claim: false, why: 'gesture' };
  if (!context.credited && words.length <= 20 && NEWSLETTER_SIGNPOST.test(lower)) return { claim: false, why: 'transition' };
  if (words.length <= 20 && PROCEDURAL_MOTION.test(lower)) return { claim: false, why: 'transition' };
  if (!context.credited && words.length <= 8 && VOICE_TURN.test(lower)) return { claim: false, why: 'transition' };
  if (words.length <= 10 && SIGN_OFF.test(lower)) return { claim: false, why: 'meta' };
  if (words.length <= 24 && TEXT_NOTE.test(lower)) return { claim: false, why: 'meta' };
  if (OWN_MEETING.test(lower) || LIVE_COVERAGE.test(lower) || (words.length <= 12 && WALK_THROUGH.test(lower))) return { claim: false, why: 'meta' };
  if (words.length <= 8 && IMPERATIVE.test(lower) && !words.some((word) => word.numeric)) return { claim: false, why: 'address to the reader' };
  if (words.length <= 6 && OWN_CHECKING.test(lower) && !words.some((word) => word.lower === 'and' || word.lower === 'that' || word.lower === 'found')) return { claim: false, why: 'meta' };
  if (EDITORS_NOTE.test(lower) || (words.length <= 16 && OWN_UPDATES.test(lower)) || (words.length <= 8 && CONTACT_US.test(lower))) return { claim: false, why: 'meta' };
  if (words.length <= 20 && APOLOGY.test(lower)) return { claim: false, why: 'apology' };
  if (!context.credited && words.length <= 8 && OWN_MIND.test(lower)) return { claim: false, why: 'state of mind' };
  if ((words.length <= 14 && DISCLAIMER.test(lower)) || (!context.credited && words.length <= 12 && OWN_SITE.test(lower))) return { claim: false, why: 'meta' };
  if (/^please\b/.test(lower) || CONDITIONAL_ADVICE.test(lower)) return { claim: false, why: 'advice' };
  if (!context.credited && words.length <= 16 && (READER_ADVICE.test(lower) || GROUP_ADVICE.test(lower))) return { claim: false, why: 'advice' };
  if (META_OPENERS.test(lower) || /\bas follows\b/.test(lower)) return { claim: false, why: 'meta' };
  // "This is how the past weeks unfolded.": a timeline's introduction.
  if (words.length <= 10 && /^(this|that) is how\b[^,;]* (unfolded|happened|played out|developed|came about|went)\.?$/.test(lower)) return { claim: false, why: 'meta' };
  if (/^(then |now )?it (was|is) [\w\s'.-]+'s turn\b/.test(lower)) return { claim: false, why: 'transition' };
  // A live blog's sign-off and pointers: "That's it from us today.", "Our full report is here."
  if (/^that('s| is) (it|all) (from|for) (us|me)\b/.test(lower) || LIVE_POINTER.test(lower)) return { claim: false, why: 'meta' };
  // "X has issued a statement.": announces the statement that follows, asserts nothing of its own.
  if (words.length <= 12 && ISSUED_STATEMENT.test(lower)) return { claim: false, why: 'meta' };
  if (words.length <= 5 && BARE_STANCE.test(lower)) return { claim: false, why: 'stance without content' };
  // Live narration of a step of the proceedings: "The judge is reading the verdict." announces what follows.
  if (words.length <= 10 && LIVE_STEP.test(lower)) return { claim: false, why: 'meta' };
  if (!context.credited && isTransition(tokens)) return { claim: false, why: 'transition' };
  return { claim: true, kind: claimKind(words, context) };
}

/**
 * "X asked whether the firm had a plan": the speaker puts a question, and asserts nothing. Not "Asked
 * whether …, X said" (the answer follows), "X was asked whether …", nor "X asked why …, and said …".
 */
function asksQuestion(tokens: readonly Token[]): boolean {
  const asks = tokens.findIndex(
    (token, index) =>
      index > 0 && !token.quoted && REQUEST_VERBS.has(token.lower) && questionAfter(tokens, index) && !PASSIVE_AUXILIARIES.has(tokens[index - 1].lower),
  );
  return asks > 0 && !tokens.some((token, index) => index > asks && !token.quoted && REPORTING_VERBS.has(token.lower) && tokens[index - 1].lower === 'and');
}

/** "asked whether", "asked the company how many …": a question word next, or after a short object ("the company"). */
function questionAfter(tokens: readonly Token[], verb: number): boolean {
  if (QUESTION_WORDS.has(tokens[verb + 1]?.lower ?? '')) return true;
  if (tokens[verb + 1]?.lower !== 'the') return false;
  for (let index = verb + 2; index <= verb + 4 && index < tokens.length; index++) {
    const token = tokens[index];
    if (token.quoted || token.kind !== 'word') return false;
    if (QUESTION_WORDS.has(token.lower)) return index > verb + 2;
  }
  return false;
}

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** "They also discussed X", "The call also touched on trade", "Turning to trade": a topic without a statement. */
function isTransition(tokens: readonly Token[]): boolean {
  const outside = tokens.filter((token) => !token.quoted);
  const words = outside.filter((token) => token.kind === 'word');
  if (words.length > 24) return false;
  if (outside.some((token) => token.lower === 'that' || token.numeric || NUMBER_WORDS.has(token.lower))) return false;
  const verb = outside.findIndex(
    (token, index) =>
      TRANSITION_VERBS.has(token.lower) ||
      (token.lower === 'exchange' && outside[index + 1]?.lower === 'of' && outside[index + 2]?.lower === 'views') ||
      (token.lower === 'exchanged' && outside[index + 1]?.lower === 'views') ||
      paysAttention(outside, index),
  );
  if (verb < 0) return false;
  // "Particular attention was paid to the bridge.": the topic, whoever turned to it.
  if (outside[verb].lower === 'attention') return true;
  const first = words[0].lower;
  const anaphoric = ['they', 'the', 'both', 'he', 'she', 'it'].includes(first);
  const also = outside.slice(0, verb + 1).some((token) => token.lower === 'also');
  return also || (anaphoric && (words[1]?.lower === 'two' || words[0].lower === 'they' || words[0].lower === 'both' || /^(call|conversation|talks|meeting|leaders|sides)$/.test(words[1]?.lower ?? '')));
}

/**
 * "The sides paid special attention to the bridge", "Particular attention was paid to trade": a topic turned to.
 * True at "paid" of the active form, or at "attention" of the passive one.
 */
function paysAttention(tokens: readonly Token[], index: number): boolean {
  const lower = tokens[index].lower;
  if (['paid', 'pay', 'pays'].includes(lower)) {
    const noun = tokens[index + 1]?.lower === 'attention' ? index + 1 : tokens[index + 2]?.lower === 'attention' ? index + 2 : -1;
    return noun > 0 && tokens[noun + 1]?.lower === 'to';
  }
  return lower === 'attention' && ['was', 'is', 'were'].includes(tokens[index + 1]?.lower ?? '') && tokens[index + 2]?.lower === 'paid' && tokens[index + 3]?.lower === 'to';
}

/** The kind of a claim from its word tokens. */
function claimKind(words: readonly Token[], context: ClaimContext): ClaimKind {
  if (context.joint || words.some((token) => AGREEMENT_WORDS.has(token.lower) && !token.quoted)) return 'agreement';
  if (words.some((token) => token.numeric && !/^(19|20)\d\d$/.test(token.text)) || words.some((token) => NUMBER_WORDS.has(token.lower))) return 'number';
  if (context.credited) return 'position';
  if (words.some((token) => EVALUATIVE_WORDS.has(token.lower) || token.lower === 'should' || token.lower === 'must')) return 'evaluation';
  const eventful = words.some((token, index) => PAST_EVENT.test(token.lower) && !token.capitalized && index > 0);
  const dated = words.some((token) => TIME_WORDS.has(token.lower) || /^(19|20)\d\d$/.test(token.text) || token.lower === 'last' || token.lower === 'ago');
  if (eventful && dated) return 'event';
  if (words.some((token) => POSITION_WORDS.has(token.lower))) return 'fact';
  return 'fact';
}
