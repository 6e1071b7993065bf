// The people and bodies an article has mentioned so far, and how later references resolve to them:
// a surname to the full name, "the Marovian president" to the president seen with that adjective,
// "he" / "she" to the latest compatible person, "the two leaders" to the two principals.
// One instance per article, fed in document order.

import { nameKey, capitalisedWords, compatibleQualifier, isSurnameOnly, surnameKey, DEMONYM_ENDING, type NounPhrase } from './names';
import { UNNAMED_SOURCES } from './cues';
import {
  ANONYMOUS_HEADS,
  CHANNEL_NOUNS,
  COMPANY_NAME_ENDINGS,
  COMPANY_NOUNS,
  COURT_HEADS,
  COURT_VOICES,
  PROSECUTION_DOCUMENTS,
  FEMININE_TITLES,
  LEADER_TITLES,
  MASCULINE_TITLES,
  ORGANIZATION_HEADS,
  PUBLIC_BODY_HEADS,
  SPOKESPERSON_TITLES,
  STATEMENT_NOUNS,
} from './lexicon';

/** What kind of speaker a passage credits. */
export type SpeakerKind = 'person' | 'organization' | 'group' | 'role' | 'joint';

/** Someone the article mentions. */
export interface Entity {
  readonly id: number;
  /** The fullest name seen so far ("Anton Dravic", "Kessarian Foreign Ministry"). */
  name: string;
  /** `nameKey(name)`, kept in step with `name`. */
  key: string;
  kind: Exclude<SpeakerKind, 'joint'>;
  readonly titles: Set<string>;
  readonly qualifiers: Set<string>;
  gender?: 'm' | 'f';
  /** Logical time of the latest mention: larger is more recent. */
  lastMention: number;
  mentions: number;
  /** Passages credited to this entity so far. */
  passages: number;
  /** Every way the article wrote it. */
  readonly forms: Set<string>;
}

/** A resolved speaker: one entity, or several for a joint speaker. */
export interface ResolvedSpeaker {
  /** Article-level name: the entity's fullest name, or the members' names joined with " + ", sorted. */
  readonly name: string;
  readonly kind: SpeakerKind;
  /** The members' names for a joint speaker. */
  readonly members?: readonly string[];
  /** How a reference was resolved ("pronoun 'he' resolved to Anton Dravic"); undefined for a direct name. */
  readonly resolution?: string;
}

/** Titles of the court and the bar: never a lawyer's client. */
const LEGAL_TITLES: ReadonlySet<string> = new Set(['lawyer', 'attorney', 'counsel', 'barrister', 'solicitor', 'advocate', 'judge', 'justice', 'prosecutor', 'magistrate']);

export class Discourse {
  private readonly entities: Entity[] = [];
  private clock = 0;
  /** The latest group credited with each head noun ("people" -> "people familiar with the matter"). */
  private readonly groups = new Map<string, string>();
  /** The latest anonymous source ("people familiar with …", "sources close to …") and its head noun. */
  private anonymous: { readonly name: string; readonly head: string } | undefined;

  /** Lowercase names and acronyms of news outlets cited in the article: channels, never speakers. */
  readonly channels = new Set<string>();

  /** The body the latest unnamed spokesperson spoke for, and the spokesperson's gender: what "he added" may refer to. */
  private spokesperson: { readonly body: string; readonly gender?: 'm' | 'f' } | undefined;
  /** The latest group a joint phrase counted ("the three leaders"): whom a later "they" means. */
  private counted: ResolvedSpeaker | undefined;

  /** Who issued the latest statement the article cited ("X said in a statement"): what "the statement said" refers to. */
  statementAuthor: ResolvedSpeaker | undefined;

  /** Every capitalised word of the article, lowercase: tells places ("Russia" next to "Russian") from people. */
  readonly capitalizedWords = new Set<string>();

  /** Capitalised words seen after another word, lowercase: a word capitalised only at sentence starts is no name. */
  readonly midSentenceWords = new Set<string>();

  /** Every entity, in order of first mention. */
  all(): readonly Entity[] {
    return this.entities;
  }

  /**
   * Records a mention of a name. Names seen without a title, honorific or cue are recorded only when they
   * refer to someone already known, so that places and projects ("Karsk Dam") never become speakers.
   */
  mention(phrase: NounPhrase, asSpeaker: boolean, reportsSpeech = false): Entity | undefined {
    if (phrase.outlet) return this.mentionOutlet(phrase);
    if (this.isChannel(phrase)) return undefined;
    const body = phrase.kind === 'name' ? this.bodyNamed(nameKey(phrase.name)) : undefined;
    if (body) {
      this.touch(body, { ...phrase, titles: [], qualifiers: [] });
      return body;
    }
    if (phrase.kind === 'person' || phrase.kind === 'name') return this.mentionPerson(phrase, asSpeaker, reportsSpeech);
    if (phrase.kind === 'organization') return this.mentionOrganization(phrase);
    return undefined;
  }

  /** True when the phrase names a news outlet cited as a channel. */
  isChannel(phrase: NounPhrase): boolean {
    return phrase.kind === 'channel' || (this.channels.size > 0 && this.channels.has(nameKey(phrase.name)));
  }

  /**
   * Resolves the subject of a cue to a speaker; undefined when it cannot speak (a channel) or cannot be resolved.
   * `reportsSpeech`: the cue reports words ("claimed that …", "…, X said"), so even a country may speak.
   */
  resolve(phrase: NounPhrase, previous: ResolvedSpeaker | undefined, closing = false, reportsSpeech = false): ResolvedSpeaker | undefined {
    switch (phrase.kind) {
      case 'person':
      case 'name':
      case 'organization': {
        const entity = this.mention(phrase, true, reportsSpeech);
        return entity ? { name: entity.name, kind: entity.kind } : undefined;
      }
      case 'orgReference':
        return this.resolveOwned(phrase, previous) ?? this.court(phrase) ?? this.resolveOrganizationReference(phrase, previous);
      case 'role':
        return this.resolveOwned(phrase, previous) ?? this.spokespersonBody(phrase, previous) ?? this.anonymousByTitle(phrase) ?? this.resolveRole(phrase, closing ? previous : undefined);
      case 'document':
        // "X and Y want a recount. Their joint statement says …": the statement of the joint speaker just before.
        if (previous?.kind === 'joint' && /^their\b/i.test(phrase.surface)) return { ...previous, resolution: `'${phrase.surface}' resolved to ${previous.name} (previous speakers)` };
        return this.resolveDocument(phrase);
      case 'pronoun':
        return this.resolvePronoun(phrase, previous);
      case 'joint':
        return this.resolveJoint(phrase, previous);
      case 'group':
        return this.resolveGroup(phrase);
      case 'channel':
        return undefined;
    }
  }

  /** Records that a body spoke through an unnamed spokesperson ("a spokeswoman for the authority said"). */
  noteSpokesperson(body: ResolvedSpeaker, surface: string): void {
    const title = surface.toLowerCase().split(/\s+/).find((word) => SPOKESPERSON_TITLES.has(word));
    if (title && body.kind === 'organization') this.spokesperson = { body: body.name, gender: MASCULINE_TITLES.has(title) ? 'm' : FEMININE_TITLES.has(title) ? 'f' : undefined };
  }

  /** Counts a passage credited to the speaker (the entity and, for a joint speaker, each member). */
  credit(speaker: ResolvedSpeaker): void {
    const names = speaker.members ?? [speaker.name];
    for (const name of names) {
      const entity = this.entities.find((candidate) => candidate.name === name);
      if (entity) {
        entity.passages++;
        entity.lastMention = ++this.clock;
      }
    }
  }

  /** Records that a person is referred to by a gendered pronoun or possessive, unless known otherwise. */
  setGender(name: string, gender: 'm' | 'f'): void {
    const entity = this.entities.find((candidate) => candidate.name === name && candidate.kind === 'person');
    if (entity && !entity.gender) entity.gender = gender;
  }

  /** The entity with that article-level name. */
  entity(name: string): Entity | undefined {
    return this.entities.find((candidate) => candidate.name === name);
  }

  /**
   * The principals, two unless a joint phrase counts more ("the three leaders"): the most mentioned and credited
   * people, among those with a compatible title.
   */
  principals(head?: string, count = 2): ResolvedSpeaker | undefined {
    const people = this.entities.filter((entity) => entity.kind === 'person');
    // "The two presidents" are two people titled president; "both sides" and "they", two people who lead something.
    const titled = head ? people.filter((entity) => titleFits(entity, head)) : people.filter(hasLeaderTitle);
    // More than two are counted only among titled people: "the three leaders" are not two leaders and an aide.
    const pool = titled.length >= count || count > 2 ? titled : people;
    if (pool.length < count) return undefined;
    const ranked = [...pool].sort((a, b) => score(b) - score(a) || a.id - b.id);
    const members = ranked.slice(0, count).map((entity) => entity.name);
    return jointOf(members, head ? `'${head}' resolved to the ${count === 2 ? 'two' : count} principals` : undefined);
  }

  private mentionPerson(phrase: NounPhrase, asSpeaker: boolean, reportsSpeech: boolean): Entity | undefined {
    const oneWord = !phrase.name.includes(' ');
    const key = nameKey(phrase.name);
    let entity = this.entities.find((candidate) => candidate.kind !== 'organization' && candidate.key === key);
    const short = isSurnameOnly(key);
    if (!entity && !short) {
      // A full name upgrades a surname seen earlier alone ("Calder", "van der Staal"); never its first word, a given
      // name or the maker in a product's name ("Dorrow" before "Dorrow Crisp").
      const parts = key.split(' ');
      const surname = surnameKey(key);
      entity = this.entities.find((candidate) => candidate.kind === 'person' && isSurnameOnly(candidate.key) && (candidate.key === surname || parts.slice(1).includes(candidate.key)));
      if (entity) {
        entity.name = phrase.name;
        entity.key = key;
      }
    }
    if (!entity && short) {
      entity = latest(this.entities, (candidate) => candidate.kind === 'person' && shortens(key, candidate.key) && !isSurnameOnly(candidate.key));
    }
    const evidence = asSpeaker || phrase.kind === 'person' || phrase.titles.length > 0 || phrase.gender !== undefined;
    if (!entity) {
      if (!evidence) return undefined;
      // A country reporting words speaks for its government ("China claimed that …"); elsewhere, even with a stance
      // verb inside someone's reported speech ("Russia firmly insists on …"), it is a place, never a speaker.
      if (this.isPlace(phrase)) return reportsSpeech ? this.mentionOrganization(phrase) : undefined;
      // "Commuters said …": a word capitalised only because it starts the sentence.
      if (phrase.kind === 'name' && oneWord && phrase.first === 0 && key.endsWith('s') && !this.midSentenceWords.has(key)) return undefined;
      entity = this.create(phrase.name, 'person');
    }
    this.touch(entity, phrase);
    return entity;
  }

  /**
   * The body a bare name refers to: "Velmar" after "Velmar, the country's largest carrier,", "Ostrel" after
   * "Ostrel Networks" (unless a person of that name is known).
   */
  private bodyNamed(key: string): Entity | undefined {
    // Called for every bare name: loops without building arrays, and the people looked at only for a body that fits.
    let prefixed: Entity | undefined;
    for (const entity of this.entities) {
      if (entity.kind !== 'organization') continue;
      if (entity.key === key) return entity;
      if (!prefixed && entity.key.length > key.length && entity.key.charCodeAt(key.length) === 32 && entity.key.startsWith(key)) prefixed = entity;
    }
    if (!prefixed || key.includes(' ')) return undefined;
    return this.entities.some((entity) => entity.kind === 'person' && hasWord(entity.key, key)) ? undefined : prefixed;
  }

  /** False when the name is, or is part of, a person the article knows as a person (titled, gendered or full-named). */
  mayBeBusiness(name: string): boolean {
    const key = nameKey(name);
    return !this.entities.some((entity) => entity.kind === 'person' && !isBusiness(entity) && (entity.key === key || entity.key.split(' ').includes(key)));
  }

  /** A one-word name with an adjective beside it in the article ("Russia" and "Russian", "China" and "Chinese") is a place. */
  isPlace(phrase: NounPhrase): boolean {
    return phrase.kind === 'name' && !phrase.name.includes(' ') && this.isPlaceLike(nameKey(phrase.name));
  }

  private isPlaceLike(key: string): boolean {
    for (const word of this.capitalizedWords) if (isDemonymOf(word, key)) return true;
    return false;
  }

  /** A lowercase word that is the adjective of a place the article names ("chinese" beside "China"). */
  private isDemonym(word: string): boolean {
    for (const place of this.capitalizedWords) if (isDemonymOf(word, place)) return true;
    return false;
  }

  /** A news outlet in its own voice: "the Tribune" is the "Brannoch Tribune" it named before. */
  private mentionOutlet(phrase: NounPhrase): Entity {
    const key = nameKey(phrase.name.replace(/['’]s$/, ''));
    const known =
      this.entities.find((candidate) => candidate.kind === 'organization' && candidate.key === key) ??
      latest(this.entities, (candidate) => candidate.kind === 'organization' && candidate.key.endsWith(` ${key}`));
    const entity = known ?? this.create(phrase.name.replace(/^the /i, '').replace(/['’]s$/, ''), 'organization');
    this.touch(entity, { ...phrase, titles: [], qualifiers: [] });
    return entity;
  }

  private mentionOrganization(phrase: NounPhrase): Entity {
    const key = nameKey(phrase.name);
    // "Korrig said …", then "a Korrig spokesman": the one-word name was a business all along.
    const known = this.entities.find((candidate) => candidate.key === key && (candidate.kind === 'organization' || (candidate.kind === 'person' && isBusiness(candidate))));
    const entity = known ?? this.create(phrase.name.replace(/^the /i, ''), 'organization');
    entity.kind = 'organization';
    this.touch(entity, phrase);
    return entity;
  }

  /**
   * "A company spokesman said", "a Korrig spokeswoman said": an unnamed spokesperson whose title a body
   * qualifies is the body speaking. Undefined for other roles and for "a senior spokesman".
   */
  private spokespersonBody(phrase: NounPhrase, previous: ResolvedSpeaker | undefined): ResolvedSpeaker | undefined {
    if (!SPOKESPERSON_TITLES.has(phrase.head) || phrase.possessor || phrase.qualifiers.length === 0) return undefined;
    const words = phrase.surface.replace(/^(the|a|an)\s+/i, '').split(/\s+/).slice(0, -1);
    // "Abara's spokesperson" speaks for Abara's office, which the corpus names.
    if (words.some((word) => /['’]s$/.test(word))) return undefined;
    const head = words[words.length - 1]?.toLowerCase() ?? '';
    const body = { ...phrase, titles: [], qualifiers: words.slice(0, -1).map((word) => word.toLowerCase()), head, name: words.join(' ') };
    if (words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word))) return this.resolve({ ...body, kind: 'organization' }, previous);
    return ORGANIZATION_HEADS.has(head) ? this.resolve({ ...body, kind: 'orgReference', name: head }, previous) : undefined;
  }

  /**
   * "one of the people", "the person", "the official" refer back to the latest group with that head, else to
   * the latest anonymous source; "is said to" hearsay is the latest anonymous source's. An anonymous source
   * is an entity, so that the corpus can merge it; other groups speak under their own name.
   */
  private resolveGroup(phrase: NounPhrase): ResolvedSpeaker {
    const backReference = /^(one of|the)\b/i.test(phrase.name) || phrase.name === UNNAMED_SOURCES;
    const antecedent = backReference ? (this.groups.get(phrase.head) ?? this.anonymous?.name) : undefined;
    if (antecedent) return { name: antecedent, kind: 'group', resolution: `'${phrase.surface}' resolved to ${antecedent}` };
    if (backReference) return this.anonymousSource({ ...phrase, name: UNNAMED_SOURCES });
    this.groups.set(phrase.head, phrase.name);
    return phrase.anonymous || (ANONYMOUS_HEADS.has(phrase.head) && phrase.name.includes(' ')) ? this.anonymousSource(phrase) : { name: this.groupDisplayName(phrase), kind: 'group' };
  }

  /**
   * A group's name as it reads ("Chinese officials", "senior officials"): its words lowercase, except those the
   * article capitalises where no sentence starts. Only the display changes; keys are lowercase anyway.
   */
  private groupDisplayName(phrase: NounPhrase): string {
    const written = new Map(phrase.surface.split(/\s+/).map((word, index) => [word.toLowerCase(), { word, opensSentence: index === 0 && phrase.first === 0 }]));
    return phrase.name
      .split(' ')
      .map((word) => {
        const surface = written.get(word);
        const capitalised = surface !== undefined && /^\p{Lu}/u.test(surface.word) && (!surface.opensSentence || this.midSentenceWords.has(word) || this.isDemonym(word));
        return capitalised ? surface.word : word;
      })
      .join(' ');
  }

  /** Records an anonymous source ("people familiar with the matter") as the latest one. */
  private anonymousSource(phrase: NounPhrase): ResolvedSpeaker {
    const display = this.groupDisplayName(phrase);
    const entity = this.entities.find((candidate) => candidate.kind === 'group' && candidate.key === nameKey(phrase.name)) ?? this.create(display, 'group');
    // "Chinese officials" mid-sentence tells how the sentence-initial "Chinese officials" before it reads.
    if (capitalisedWords(display) > capitalisedWords(entity.name) && display.toLowerCase() === entity.name.toLowerCase()) entity.name = display;
    this.touch(entity, phrase);
    this.anonymous = { name: entity.name, head: phrase.head };
    return { name: entity.name, kind: 'group' };
  }

  /** "the official said" after "an official familiar with the talks said": the anonymous source, not a named official. */
  private anonymousByTitle(phrase: NounPhrase): ResolvedSpeaker | undefined {
    if (!this.anonymous || phrase.possessor || singular(this.anonymous.head) !== singular(phrase.head)) return undefined;
    return { name: this.anonymous.name, kind: 'group', resolution: `'${phrase.surface}' resolved to ${this.anonymous.name}` };
  }

  /**
   * The body a bare reference means: the latest one whose name has the head ("the ministry" → "Foreign
   * Ministry"), else, for a public body's generic noun ("the agency", "the regulator"), the latest public body,
   * and for a company noun ("the operator", "the company"), the business described so or just speaking.
   */
  bodyFor(phrase: NounPhrase, previous?: ResolvedSpeaker): Entity | undefined {
    const named = latest(this.entities, (entity) => entity.kind === 'organization' && entity.key.split(/[ ']+/).includes(phrase.head) && qualifiersFit(entity, phrase));
    if (named) return named;
    // "a criminal group calling itself X", then "the group": the body the descriptor introduced.
    const described = latest(this.entities, (entity) => entity.kind === 'organization' && entity.titles.has(phrase.head));
    if (described) return described;
    if (PUBLIC_BODY_HEADS.has(phrase.head)) {
      const body = latest(this.entities, (entity) => entity.kind === 'organization' && entity.key.split(/[ ']+/).some((word) => PUBLIC_BODY_HEADS.has(word)));
      if (body) return body;
      // "The Cyber Security Office said … The agency said …": the public body that spoke just before, by another generic noun.
      const speaking = previous && previous.kind === 'organization' && !phrase.possessor ? this.entity(previous.name) : undefined;
      return speaking && speaking.kind === 'organization' && !isBusiness(speaking) ? speaking : undefined;
    }
    if (!COMPANY_NOUNS.has(phrase.head)) return undefined;
    // "the operator": the business described so; "the company" may also be the business that spoke last.
    const speaking = previous && previous.kind !== 'joint' && ANY_BUSINESS_NOUNS.has(phrase.head) ? this.entity(previous.name) : undefined;
    const business = (speaking && isBusiness(speaking) ? speaking : undefined) ?? latest(this.entities, (entity) => entity.kind === 'organization' && entity.qualifiers.has(phrase.head));
    if (business) business.kind = 'organization';
    return business;
  }

  private resolveOrganizationReference(phrase: NounPhrase, previous: ResolvedSpeaker | undefined): ResolvedSpeaker | undefined {
    const best = this.bodyFor(phrase, previous);
    if (best) {
      this.touch(best, phrase);
      return { name: best.name, kind: 'organization', resolution: `'${phrase.surface}' resolved to ${best.name}` };
    }
    // "the agency said" with no public body in sight: a news agency passing news on; not "the food safety agency",
    // whose words say what it oversees.
    if (CHANNEL_NOUNS.has(phrase.head) && !phrase.possessor && !(phrase.head === 'agency' && isRemitQualified(phrase.qualifiers))) return undefined;
    const entity = this.create(phrase.name, 'organization');
    this.touch(entity, phrase);
    return { name: entity.name, kind: 'organization' };
  }

  /**
   * "Her office said", "his spokesman said": the body or aide of the person the pronoun refers to,
   * named "<surname>'s office" as a wire would write it. Undefined without a possessive pronoun or a referent.
   */
  private resolveOwned(phrase: NounPhrase, previous: ResolvedSpeaker | undefined): ResolvedSpeaker | undefined {
    if (phrase.possessor !== 'his' && phrase.possessor !== 'her') return undefined;
    const gender = phrase.possessor === 'her' ? 'f' : 'm';
    let owner: Entity | undefined = previous?.kind === 'person' ? this.entity(previous.name) : undefined;
    if (owner && owner.gender && owner.gender !== gender) owner = undefined;
    owner ??= latest(this.entities, (entity) => entity.kind === 'person' && entity.gender === gender);
    if (!owner) return undefined;
    owner.gender ??= gender;
    const surname = owner.name.split(' ').pop() ?? owner.name;
    const name = `${surname}'s ${phrase.head}`;
    const kind = phrase.kind === 'role' ? 'role' : 'organization';
    const entity = this.entities.find((candidate) => candidate.kind === kind && candidate.key === nameKey(name)) ?? this.create(name, kind);
    this.touch(entity, { ...phrase, titles: [], qualifiers: [] });
    return { name: entity.name, kind, resolution: `'${phrase.surface}' resolved to ${entity.name}` };
  }

  /**
   * "Her client": the person the lawyer (the latest person of that gender) represents, taken as the most
   * mentioned person who is neither that lawyer nor holds a title of the court or the bar.
   */
  clientOf(gender: 'm' | 'f'): ResolvedSpeaker | undefined {
    const lawyer = latest(
      this.entities,
      (entity) => entity.kind === 'person' && (entity.gender === gender || (!entity.gender && holdsLegalTitle(entity))),
    );
    let client: Entity | undefined;
    for (const entity of this.entities) {
      if (entity.kind !== 'person' || entity === lawyer || holdsLegalTitle(entity)) continue;
      if (!client || entity.mentions > client.mentions || (entity.mentions === client.mentions && entity.lastMention > client.lastMention)) client = entity;
    }
    if (!lawyer || !client) return undefined;
    client.lastMention = ++this.clock;
    return { name: client.name, kind: 'person', resolution: `'${gender === 'f' ? 'her' : 'his'} client' resolved to ${client.name}` };
  }

  /** "The panel ruled", "the judgment orders": the court the article named last. */
  private court(phrase: NounPhrase): ResolvedSpeaker | undefined {
    if (!COURT_VOICES.has(phrase.head) || COURT_HEADS.has(phrase.head)) return undefined;
    // With no court named, its text still speaks for the court that issued it, as "the court said" would.
    const court =
      latest(this.entities, (entity) => entity.kind === 'organization' && entity.key.split(' ').some((word) => COURT_HEADS.has(word))) ??
      this.entities.find((entity) => entity.kind === 'organization' && entity.key === 'court') ??
      this.create('court', 'organization');
    this.touch(court, { ...phrase, titles: [], qualifiers: [] });
    return { name: court.name, kind: 'organization', resolution: `'${phrase.surface}' resolved to ${court.name}` };
  }

  /** "The statement said": whoever issued the latest statement; "the judgment orders": the court. */
  private resolveDocument(phrase: NounPhrase): ResolvedSpeaker | undefined {
    const court = this.court(phrase);
    if (court) return court;
    // "the ministry statement": the body named in the phrase.
    for (const qualifier of phrase.qualifiers) {
      const body = latest(this.entities, (entity) => entity.kind === 'organization' && hasWord(entity.key, qualifier));
      if (body) return { name: body.name, kind: 'organization', resolution: `'${phrase.surface}' resolved to ${body.name}` };
    }
    // "The indictment alleged": the prosecution that brought it, as the article names it, else prosecutors.
    if (PROSECUTION_DOCUMENTS.has(phrase.head)) {
      const office = latest(this.entities, (entity) => entity.kind === 'organization' && /\bprosecut/.test(entity.key));
      return office
        ? { name: office.name, kind: 'organization', resolution: `'${phrase.surface}' resolved to ${office.name}` }
        : { name: 'prosecutors', kind: 'group', resolution: `'${phrase.surface}' credited to the prosecutors who brought it` };
    }
    if (STATEMENT_NOUNS.has(phrase.head) && this.statementAuthor) {
      return { ...this.statementAuthor, resolution: `'${phrase.surface}' resolved to the author of the latest statement (${this.statementAuthor.name})` };
    }
    return undefined;
  }

  /** A role: a person who holds the title, else (for a closing cue, `previous` given) the previous speaker, else the role itself. */
  private resolveRole(phrase: NounPhrase, previous?: ResolvedSpeaker): ResolvedSpeaker {
    // The person who spoke just before, when the closing cue names its speaker by "the" and a title.
    const previousEntity = previous?.kind === 'person' && /^the\s/i.test(phrase.surface) && !phrase.possessor ? this.entity(previous.name) : undefined;
    const previousPerson = previousEntity?.kind === 'person' ? previousEntity : undefined;
    // "Opposition leader X said …. “…,” the Green Party leader said.": the title of the person who spoke just before
    // names them again, whatever body it adds, unless it gives them another nationality.
    if (previousPerson && holdsTitle(previousPerson, phrase.head) && genderFits(previousPerson, phrase.gender) && !this.nationalityConflict(previousPerson, phrase)) {
      this.touch(previousPerson, { ...phrase, qualifiers: [] });
      return { name: previousPerson.name, kind: 'person', resolution: `'${phrase.surface}' resolved to ${previousPerson.name} (previous speaker)` };
    }
    // "according to a senior official", "an unnamed official told": an indefinite article brings in someone new, never
    // a person the article has named.
    const indefinite = /^an?\s/i.test(phrase.surface);
    const candidates = indefinite ? [] : this.entities.filter((entity) => entity.kind === 'person' && titleFits(entity, phrase.head) && qualifiersFit(entity, phrase) && genderFits(entity, phrase.gender));
    const ranked = candidates.sort((a, b) => qualifierMatches(b, phrase) - qualifierMatches(a, phrase) || b.lastMention - a.lastMention);
    const best = ranked[0];
    if (best) {
      this.touch(best, phrase);
      return { name: best.name, kind: 'person', resolution: `'${phrase.surface}' resolved to ${best.name}` };
    }
    // "Vantreight said …. “…,” the chairman said.": in a closing cue, a title nobody in the article holds, with
    // "the", is another name for the person who spoke just before ("The judge said …" opening a sentence is not).
    if (previousPerson && genderFits(previousPerson, phrase.gender) && !this.entities.some((entity) => entity.kind === 'role' && entity.key === nameKey(phrase.name))) {
      this.touch(previousPerson, phrase);
      return { name: previousPerson.name, kind: 'person', resolution: `'${phrase.surface}' resolved to ${previousPerson.name} (previous speaker)` };
    }
    const name = phrase.surface.replace(/^(the|a|an)\s+/i, '');
    const entity = this.entities.find((candidate) => candidate.kind === 'role' && candidate.key === nameKey(name)) ?? this.create(name, 'role');
    this.touch(entity, phrase);
    return { name: entity.name, kind: 'role' };
  }

  /** True when the phrase calls someone by a nationality ("the Marovian leader") that none of the entity's qualifiers fits. */
  private nationalityConflict(entity: Entity, phrase: NounPhrase): boolean {
    return phrase.qualifiers.some((qualifier) => DEMONYM_ENDING.test(qualifier) && this.capitalizedWords.has(qualifier) && ![...entity.qualifiers].some((known) => compatibleQualifier(known, qualifier)));
  }

  private resolvePronoun(phrase: NounPhrase, previous: ResolvedSpeaker | undefined): ResolvedSpeaker | undefined {
    if (phrase.head === 'they') {
      if (previous && (previous.kind === 'joint' || previous.kind === 'group')) return { ...previous, resolution: `'they' carried from the previous passage (${previous.name})` };
      if (this.counted) return { ...this.counted, resolution: `'they' resolved to ${this.counted.name} (the group counted before)` };
      const principals = this.principals();
      return principals ? { ...principals, resolution: `'they' resolved to ${principals.name}` } : undefined;
    }
    if (phrase.head === 'it') {
      const organization = latest(this.entities, (entity) => entity.kind === 'organization');
      return organization ? { name: organization.name, kind: 'organization', resolution: `'it' resolved to ${organization.name}` } : undefined;
    }
    const gender = phrase.head === 'she' ? 'f' : 'm';
    // "A functionary of the commission, who asked not to be named, admitted …. …, he said.": the same source.
    if (previous?.kind === 'group' && this.anonymous?.name === previous.name && !/s$|^people$/.test(this.anonymous.head)) {
      return { ...previous, resolution: `pronoun '${phrase.surface}' resolved to the anonymous source (${previous.name})` };
    }
    // "A spokesman for the ministry said …. Talks would go on, he added.": the body, through its spokesperson.
    if (previous && previous.name === this.spokesperson?.body && (this.spokesperson.gender ?? gender) === gender) {
      return { ...previous, resolution: `pronoun '${phrase.surface}' resolved to the spokesperson of ${previous.name}` };
    }
    if (previous && previous.kind === 'person') {
      const entity = this.entity(previous.name);
      if (entity && (!entity.gender || entity.gender === gender)) {
        entity.gender ??= gender;
        entity.lastMention = ++this.clock;
        return { name: entity.name, kind: 'person', resolution: `pronoun '${phrase.surface}' resolved to ${entity.name} (previous speaker)` };
      }
    }
    const best = latest(this.entities, (entity) => (entity.kind === 'person' || entity.kind === 'role') && (!entity.gender || entity.gender === gender));
    if (!best) return undefined;
    best.gender ??= gender;
    best.lastMention = ++this.clock;
    return { name: best.name, kind: best.kind, resolution: `pronoun '${phrase.surface}' resolved to ${best.name}` };
  }

  private resolveJoint(phrase: NounPhrase, previous: ResolvedSpeaker | undefined): ResolvedSpeaker | undefined {
    if (phrase.members) {
      const names: string[] = [];
      for (const member of phrase.members) {
        // "The mayor and the union agreed": a party named by its body is the person who speaks for it.
        const representative = member.kind === 'orgReference' ? this.representative(member.head) : undefined;
        if (representative) {
          names.push(representative.name);
          continue;
        }
        const resolved = this.resolve(member, undefined);
        if (resolved) names.push(...(resolved.members ?? [resolved.name]));
      }
      return names.length > 1 ? jointOf(names) : names.length === 1 ? { name: names[0], kind: 'person' } : undefined;
    }
    const sameCount = !phrase.count || previous?.members?.length === phrase.count;
    if (previous?.kind === 'joint' && !phrase.qualifiers.length && sameCount) return { ...previous, resolution: `'${phrase.surface}' carried from the previous passage` };
    const head = phrase.head === 'presidents' ? 'president' : phrase.head === 'ministers' ? 'minister' : phrase.head === 'leaders' ? 'leader' : undefined;
    const principals = this.principals(head, phrase.count);
    if (principals && phrase.count) this.counted = principals;
    return principals ? { ...principals, resolution: `'${phrase.surface}' resolved to ${principals.name}` } : undefined;
  }

  /** The latest person introduced with the body's noun among their qualifiers ("union general secretary X"). */
  private representative(head: string): Entity | undefined {
    if (this.entities.some((entity) => entity.kind === 'organization' && hasWord(entity.key, head))) return undefined;
    return latest(this.entities, (entity) => entity.kind === 'person' && entity.qualifiers.has(head));
  }

  private create(name: string, kind: Entity['kind']): Entity {
    const entity: Entity = {
      id: this.entities.length,
      name,
      key: nameKey(name),
      kind,
      titles: new Set(),
      qualifiers: new Set(),
      lastMention: 0,
      mentions: 0,
      passages: 0,
      forms: new Set(),
    };
    this.entities.push(entity);
    return entity;
  }

  private touch(entity: Entity, phrase: NounPhrase): void {
    entity.lastMention = ++this.clock;
    entity.mentions++;
    entity.forms.add(phrase.surface);
    if (entity.kind === 'role' && phrase.kind !== 'role') return;
    for (const title of phrase.titles) entity.titles.add(title);
    for (const qualifier of phrase.qualifiers) entity.qualifiers.add(qualifier);
    if (phrase.gender && !entity.gender) entity.gender = phrase.gender;
  }
}

/** True for a judge, a prosecutor or a lawyer: a person of the court or the bar. */
function holdsLegalTitle(entity: Entity): boolean {
  return [...entity.titles].some((title) => LEGAL_TITLES.has(title));
}

/** Company nouns that fit any business; "the carrier" or "the vendor" fits only one described so. */
const ANY_BUSINESS_NOUNS: ReadonlySet<string> = new Set(['company', 'firm']);

/**
 * A body that may be a business: one whose name has no institutional head noun, or a company's ("Velmar",
 * "Ostrel Networks"); or a one-word name that spoke with no title, honorific or gender ("Velmar said"),
 * which news writing gives companies rather than people.
 */
function isBusiness(entity: Entity): boolean {
  if (entity.kind === 'person') return !entity.key.includes(' ') && entity.titles.size === 0 && !entity.gender && ![...entity.forms].some((form) => form.includes(' '));
  return entity.kind === 'organization' && !entity.key.split(/[ ']+/).some((word) => ORGANIZATION_HEADS.has(word) && !COMPANY_NOUNS.has(word) && !COMPANY_NAME_ENDINGS.has(word));
}

/** True when `word` is one of the space-separated words of `key` (`key.split(' ').includes(word)`, without the array). */
function hasWord(key: string, word: string): boolean {
  for (let at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || key.charCodeAt(at - 1) === 32) && (end === key.length || key.charCodeAt(end) === 32)) return true;
  }
  return false;
}

/** Qualifiers that leave an agency a news agency: "the state news agency", "the official agency". */
const CHANNEL_QUALIFIERS: ReadonlySet<string> = new Set([
  'news', 'press', 'wire', 'state', 'state-run', 'state-owned', 'official', 'semi-official', 'national', 'private', 'government',
  'government-run', 'local', 'foreign', 'international', 'independent', 'main', 'largest', 'biggest', 'same', 'other', 'french', 'german',
]);

/** "the food safety agency", "the environment agency": an agency named by its remit (lowercase words no news agency has). */
function isRemitQualified(qualifiers: readonly string[]): boolean {
  return qualifiers.length > 0 && qualifiers.every((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !CHANNEL_QUALIFIERS.has(word));
}

/** "officials" → "official", "people" → "person". */
function singular(noun: string): string {
  return noun === 'people' ? 'person' : noun.replace(/s$/, '');
}

/**
 * True when the surname key `short` shortens the full name key `full`: it is the first or the last word
 * ("ines calder" → "calder"), or the surname with its particles ("marit van der staal" → "van der staal").
 */
function shortens(short: string, full: string): boolean {
  return isOuterWord(full, short) || (short.includes(' ') && surnameKey(full) === short);
}

/** True when `key` has several words and `word` is its first or its last (`key.split(' ')`, without the array). */
function isOuterWord(key: string, word: string): boolean {
  const firstSpace = key.indexOf(' ');
  if (firstSpace < 0) return false;
  const lastWordStart = key.lastIndexOf(' ') + 1;
  return (firstSpace === word.length && key.startsWith(word)) || (key.length - lastWordStart === word.length && key.endsWith(word));
}

/** The most recently mentioned entity that passes `test`; among equals, the first mentioned. */
function latest(entities: readonly Entity[], test: (entity: Entity) => boolean): Entity | undefined {
  let best: Entity | undefined;
  for (const entity of entities) {
    if (test(entity) && (!best || entity.lastMention > best.lastMention)) best = entity;
  }
  return best;
}

function score(entity: Entity): number {
  return entity.mentions + 2 * entity.passages;
}

/** True when the entity was seen with the title itself (or its other-gender form). */
function holdsTitle(entity: Entity, head: string): boolean {
  const wanted = baseTitle(head);
  for (const title of entity.titles) if (baseTitle(title) === wanted) return true;
  return false;
}

/**
 * True when the entity may carry the title: it has it, is someone's counterpart (for a title that heads a state,
 * government or delegation, not "the diplomat" or "the analyst"), or the title is generic.
 */
function titleFits(entity: Entity, head: string): boolean {
  if (holdsTitle(entity, head)) return true;
  if (entity.titles.has('counterpart') && LEADER_TITLES.has(head)) return true;
  if (head === 'leader' || head === 'official') return hasLeaderTitle(entity) || entity.titles.size === 0;
  // "the head of state": a president or monarch the article titles, not a prime minister or chancellor;
  // "the head of government": whoever the article titles as leading a state or government.
  if (head === 'head of state') return [...entity.titles].some((title) => HEAD_OF_STATE_TITLES.has(title));
  if (head === 'head of government') return hasLeaderTitle(entity);
  return false;
}

/** Titles of those who head a state rather than its government. */
const HEAD_OF_STATE_TITLES: ReadonlySet<string> = new Set(['president', 'king', 'queen', 'emperor', 'empress', 'monarch', 'emir', 'sultan']);

/** True when the entity carries a title that heads a state, government or delegation. */
function hasLeaderTitle(entity: Entity): boolean {
  for (const title of entity.titles) if (LEADER_TITLES.has(title)) return true;
  return false;
}

const GENDERED_TITLE = /^(spokes|chair|congress)(?:man|woman|person)$/;

/** One form for titles that differ only by gender ("spokesman", "spokeswoman" → "spokesperson"). */
function baseTitle(title: string): string {
  const gendered = GENDERED_TITLE.exec(title);
  return gendered ? `${gendered[1]}person` : title;
}

/** False when both sides carry qualifiers ("Kessarian", "Marovian") and none of them agree. */
function qualifiersFit(entity: Entity, phrase: NounPhrase): boolean {
  if (entity.qualifiers.size === 0 || phrase.qualifiers.length === 0) return true;
  return qualifierMatches(entity, phrase) > 0;
}

function qualifierMatches(entity: Entity, phrase: NounPhrase): number {
  let matches = 0;
  for (const qualifier of phrase.qualifiers) {
    if ([...entity.qualifiers].some((known) => compatibleQualifier(known, qualifier))) matches++;
  }
  return matches;
}

function genderFits(entity: Entity, gender: 'm' | 'f' | undefined): boolean {
  return !gender || !entity.gender || entity.gender === gender;
}

/** `localeCompare` as one collator: `a.localeCompare(b)` sets up a collator on every call. */
const COLLATOR = new Intl.Collator();

/** A joint speaker of the named members, sorted and deduplicated. */
export function jointOf(names: readonly string[], resolution?: string): ResolvedSpeaker {
  const members = [...new Set(names)].sort(COLLATOR.compare);
  return { name: members.join(' + '), kind: 'joint', members, resolution };
}

/** True when `word` reads as the adjective of `place` ("russian" of "russia", "chinese" of "china"), both lowercase. */
function isDemonymOf(word: string, place: string): boolean {
  return word !== place && word.length > place.length - 2 && compatibleQualifier(word, place) && DEMONYM_ENDING.test(word) && !word.startsWith(`${place}'`);
}
