// The shapes the attribution rules share: a sentence prepared for attribution and a passage being built.

import type { Sentence, Span } from '../model';
import type { Discourse, ResolvedSpeaker } from './coreference';
import type { CueMatch } from './cues';
import type { Cue } from './index';
import { namePhrases, type NounPhrase } from './names';
import type { Token } from './tokens';
import type { SpeakerLabel } from './transcripts';

/** What the rules outside `ArticleAttributor` read of the article being attributed. */
export interface AttributionContext {
  readonly text: string;
  readonly discourse: Discourse;
}

/** A sentence prepared for attribution. */
export interface Prepared {
  readonly index: number;
  readonly sentence: Sentence;
  readonly tokens: Token[];
  readonly cues: CueMatch[];
  /** Share of word tokens inside quotations. */
  readonly quotedShare: number;
  /** Set for the lines of a Q&A transcript. */
  readonly transcript?: 'question' | 'answer';
  /** Where the passage text starts (after a `Q:` / `A:` or speaker label). */
  readonly start: number;
  /** The speaker label of the transcript line the sentence belongs to ("SOLBERG:"). */
  readonly label?: SpeakerLabel;
  /** The sentence's name phrases, computed once on first use. */
  phrases?: NounPhrase[];
}

/** A passage being built. */
export interface Draft {
  span: Span;
  tokens: Token[];
  speaker?: ResolvedSpeaker;
  surface?: string;
  surfaceSpan?: Span;
  cue?: Cue;
  reason?: string;
  /** True when the cue reports speech indirectly ("X said that …"), which later sentences may continue. */
  indirect?: boolean;
  /** True when the in-sentence cue closes the passage (", X said."). */
  closing?: boolean;
  /** True for a sentence that only introduces the quotation after it ("X was blunt about the reason."). */
  introduction?: boolean;
  /** Set on a copy of a cue sentence that closes its paragraph with a colon before a paragraph of quotation. */
  introducesBlock?: boolean;
  /** True for a sentence that only announces the question after it ("… a simpler question. Why …?"). */
  announcesQuestion?: boolean;
  quote: boolean;
}

/** The sentence's name phrases, computed once. */
export function phrasesOf(text: string, item: Prepared): NounPhrase[] {
  item.phrases ??= namePhrases(text, item.tokens);
  return item.phrases;
}

/** Credits a draft to the signer of a post or the body of a page, the signed name standing as the cue. */
export function creditSigner(draft: Draft, signer: ResolvedSpeaker, reason: string): void {
  Object.assign(draft, { speaker: signer, surface: signer.name, cue: { text: signer.name, where: 'signature' }, reason, indirect: false });
}
