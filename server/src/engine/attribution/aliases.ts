// Corpus-wide speaker names. Each source contributes the names its attribution found; a merge step maps
// every form to one canonical name: "Harbour Mayor Ines Calder", "Mayor Calder" and "Calder" become
// "Ines Calder" when the corpus has one full name ending (or starting) with "Calder". synoptic.json aliases
// come first. Updating one source replaces only its contribution; the merge reruns lazily on the next query.

import type { NamedSpeaker } from './index';
import { HONORIFICS, TITLE_WORDS } from './lexicon';
import { isAnonymousSource, UNNAMED_SOURCES } from './cues';
import { capitalisedWords, isSurnameOnly, nameKey, surnameKey } from './names';

/** One speaker of the corpus. */
export interface SpeakerEntry {
  /** The canonical name. */
  readonly name: string;
  readonly kind: NamedSpeaker['kind'];
  /** Every other form the corpus uses for this speaker, sorted. */
  readonly aliases: readonly string[];
  /** Passages credited to the speaker across the corpus (joint passages count for each member). */
  readonly passages: number;
  /** Sources that mention the speaker. */
  readonly sources: readonly string[];
}

interface Merged {
  /** Lowercase key of any known form to the canonical name. */
  readonly byKey: Map<string, string>;
  readonly entries: SpeakerEntry[];
  /** The key of the one full name (or qualified body) that a short key abbreviates, if exactly one does. */
  readonly anchorFor: (key: string, kind: NamedSpeaker['kind'], written?: string) => string | undefined;
}

export class SpeakerDirectory {
  private readonly bySource = new Map<string, readonly NamedSpeaker[]>();
  private aliases: Readonly<Record<string, readonly string[]>>;
  private merged: Merged | undefined;

  constructor(aliases: Readonly<Record<string, readonly string[]>> = {}) {
    this.aliases = aliases;
  }

  /** Replaces the configured aliases (synoptic.json `aliases`: canonical name to other names). */
  setAliases(aliases: Readonly<Record<string, readonly string[]>>): void {
    this.aliases = aliases;
    this.merged = undefined;
  }

  /**
   * Adds or replaces what one source contributes (the speakers its attribution named). An edit that names the same speakers as before (the
   * usual case while typing) only adjusts passage counts, so it does not cost a merge of the whole corpus.
   */
  setSource(sourceId: string, speakers: readonly NamedSpeaker[]): void {
    const previous = this.bySource.get(sourceId);
    this.bySource.set(sourceId, speakers);
    if (this.merged && previous && sameNames(previous, speakers)) this.adjustPassages(this.merged, previous, speakers);
    else this.merged = undefined;
  }

  private adjustPassages(merged: Merged, previous: readonly NamedSpeaker[], next: readonly NamedSpeaker[]): void {
    let changed = false;
    next.forEach((speaker, index) => {
      const delta = speaker.passages - previous[index].passages;
      const name = merged.byKey.get(nameKey(speaker.name));
      const at = merged.entries.findIndex((entry) => entry.name === name);
      if (delta === 0 || at < 0) return;
      merged.entries[at] = { ...merged.entries[at], passages: merged.entries[at].passages + delta };
      changed = true;
    });
    if (changed) merged.entries.sort(byPassagesThenName);
  }

  /** Forgets a source. Unknown ids are ignored. */
  removeSource(sourceId: string): void {
    if (this.bySource.delete(sourceId)) this.merged = undefined;
  }

  /**
   * The canonical name for a name as an article (or a user) wrote it. Joint names ("A + B") are
   * canonicalised member by member and sorted. A name the corpus does not know comes back with titles stripped.
   */
  canonical(name: string): string {
    if (name.includes(' + ')) {
      const members = [...new Set(name.split(' + ').map((member) => this.canonical(member.trim())))];
      return members.sort((a, b) => a.localeCompare(b)).join(' + ');
    }
    const merged = this.merge();
    const stripped = stripTitles(name);
    const known = merged.byKey.get(nameKey(name)) ?? merged.byKey.get(nameKey(stripped));
    if (known) return known;
    // A form no source wrote ("Olsen" typed in a marker): the one full name or body it abbreviates.
    const anchor = merged.anchorFor(nameKey(stripped), 'person') ?? merged.anchorFor(nameKey(stripped), 'organization', stripped);
    return anchor ? (merged.byKey.get(anchor) ?? stripped) : stripped;
  }

  /** Every speaker of the corpus with aliases and counts, most credited first. */
  speakers(): readonly SpeakerEntry[] {
    return this.merge().entries;
  }

  private merge(): Merged {
    if (this.merged) return this.merged;
    const byKey = new Map<string, string>();
    // Configured aliases win over everything inferred.
    for (const [canonical, others] of Object.entries(this.aliases)) {
      byKey.set(nameKey(canonical), canonical);
      for (const alias of others) {
        byKey.set(nameKey(alias), canonical);
        byKey.set(nameKey(stripTitles(alias)), canonical);
      }
    }
    interface Group {
      kind: NamedSpeaker['kind'];
      names: Map<string, number>;
      /** Names that only ever came from a role (`the chief executive`, `its chair`). */
      roles: Set<string>;
      forms: Set<string>;
      passages: number;
      sources: Set<string>;
    }
    const groups = new Map<string, Group>();
    const all: { source: string; speaker: NamedSpeaker; key: string }[] = [];
    for (const [source, speakers] of this.bySource) {
      for (const speaker of speakers) all.push({ source, speaker, key: nameKey(stripTitles(speaker.name)) });
    }
    // Full names (two words or more) and named bodies are the anchors that shorter forms map to.
    const anchors = new Map<string, NamedSpeaker['kind']>();
    for (const { speaker, key } of all) if (!byKey.has(key) && key.includes(' ') && !(speaker.kind === 'person' && isSurnameOnly(key))) anchors.set(key, speaker.kind);
    // Indexes over the anchors, so that resolving every mention stays linear in the corpus: a person is
    // found by the first or last word of the full name, a body by any word-suffix of its name.
    const personsByWord = new Map<string, Set<string>>();
    const bodiesBySuffix = new Map<string, Set<string>>();
    const addTo = (map: Map<string, Set<string>>, key: string, anchor: string) => {
      const set = map.get(key) ?? new Set<string>();
      set.add(anchor);
      map.set(key, set);
    };
    for (const [anchor, kind] of anchors) {
      const words = anchor.split(' ');
      if (kind === 'person') {
        addTo(personsByWord, words[0], anchor);
        addTo(personsByWord, words[words.length - 1], anchor);
        // "van der Staal" for "Marit van der Staal".
        if (surnameKey(anchor) !== words[words.length - 1]) addTo(personsByWord, surnameKey(anchor), anchor);
      } else if (!/'s$/.test(words[0])) {
        // "Calder's company" describes a body in one article: no other article's "the company" abbreviates it.
        for (let start = 1; start < words.length; start++) addTo(bodiesBySuffix, `${kind}|${words.slice(start).join(' ')}`, anchor);
      }
    }
    // A body's initials ("KMA" for "Keldaran Medicines Authority"), joining words left out; hyphenated
    // words count once or per part.
    const bodiesByInitials = new Map<string, Set<string>>();
    for (const [anchor, kind] of anchors) {
      if (kind !== 'organization') continue;
      for (const initials of initialsOf(anchor)) addTo(bodiesByInitials, initials, anchor);
    }
    const anchorFor = (key: string, kind: NamedSpeaker['kind'], written?: string): string | undefined => {
      if (byKey.has(key)) return undefined;
      const matches = kind === 'person' ? (isSurnameOnly(key) ? personsByWord.get(key) : undefined) : bodiesBySuffix.get(`${kind}|${key}`);
      if (matches?.size === 1) return [...matches][0];
      // An acronym written in capitals is the one body whose initials it spells.
      if (kind === 'organization' && written !== undefined && ACRONYM.test(written)) {
        const bodies = bodiesByInitials.get(key);
        if (bodies?.size === 1) return [...bodies][0];
      }
      return undefined;
    };
    // A role nobody in its article was named for ("the mayor") is the one person the corpus gives that title.
    const holdersByTitle = new Map<string, Set<string>>();
    for (const { speaker, key } of all) {
      if (speaker.kind !== 'person') continue;
      for (const title of speaker.titles) addTo(holdersByTitle, title, anchorFor(key, 'person') ?? key);
    }
    // The head of "press service of the president" is "service": the title after "of" belongs to someone else.
    const roleAnchor = (key: string): string | undefined => {
      const holders = holdersByTitle.get(key.split(' of ')[0].split(' ').pop() ?? '');
      return holders?.size === 1 ? [...holders][0] : undefined;
    };
    for (const { source, speaker, key } of all) {
      const configured = byKey.get(key);
      const groupKey = configured
        ? nameKey(configured)
        : speaker.kind === 'group' && isAnonymousSource(speaker.name)
          ? ANONYMOUS_GROUP
          : ((speaker.kind === 'role' ? (isIndefinite(speaker) ? undefined : roleAnchor(key)) : anchorFor(key, speaker.kind, stripTitles(speaker.name))) ?? key);
      const group = groups.get(groupKey) ?? { kind: speaker.kind, names: new Map(), roles: new Set(), forms: new Set(), passages: 0, sources: new Set() };
      // A role joined to the person holding it: the group is the person's.
      if (group.kind === 'role' && speaker.kind !== 'role') group.kind = speaker.kind;
      if (speaker.kind === 'role' && !group.names.has(speaker.name)) group.roles.add(speaker.name);
      else if (speaker.kind !== 'role') group.roles.delete(speaker.name);
      group.names.set(speaker.name, (group.names.get(speaker.name) ?? 0) + speaker.passages + 1);
      for (const form of speaker.forms) group.forms.add(form);
      group.passages += speaker.passages;
      group.sources.add(source);
      groups.set(groupKey, group);
    }
    const entries: SpeakerEntry[] = [];
    for (const [groupKey, group] of groups) {
      const configured = Object.keys(this.aliases).find((canonical) => nameKey(canonical) === groupKey);
      const name = configured ?? (groupKey === ANONYMOUS_GROUP ? anonymousName(group.names) : bestName(group.names, group.roles));
      byKey.set(groupKey, name);
      for (const known of group.names.keys()) {
        byKey.set(nameKey(known), name);
        byKey.set(nameKey(stripTitles(known)), name);
      }
      const aliases = new Set([...group.names.keys(), ...group.forms].filter((form) => form !== name));
      entries.push({ name, kind: group.kind, aliases: [...aliases].sort(), passages: group.passages, sources: [...group.sources].sort() });
    }
    // Configured names nobody mentions still resolve, but are not listed.
    entries.sort(byPassagesThenName);
    this.merged = { byKey, entries, anchorFor };
    return this.merged;
  }
}

/**
 * A role its article only ever wrote with "a" or "an" ("a ministry official said"): someone the article does
 * not name, never the one person another article gives the title.
 */
function isIndefinite(speaker: NamedSpeaker): boolean {
  return speaker.forms.length > 0 && speaker.forms.every((form) => /^an?\s/i.test(form));
}

/** An acronym: two to six capitals. */
const ACRONYM = /^[A-Z]{2,6}$/;
/** Words an acronym leaves out. */
const INITIALS_SKIP: ReadonlySet<string> = new Set(['and', 'of', 'for', 'the', 'on', 'in', 'to', 'at', '&']);

/** The initials a body's name key may be abbreviated to (lowercase): hyphenated words once, or per part. */
function initialsOf(key: string): string[] {
  const words = key.split(' ').filter((word) => !INITIALS_SKIP.has(word));
  if (words.length < 2) return [];
  const whole = words.map((word) => word.charAt(0)).join('');
  const parts = words.flatMap((word) => word.split('-').filter(Boolean)).map((word) => word.charAt(0)).join('');
  return whole === parts ? [whole] : [whole, parts];
}

function byPassagesThenName(a: SpeakerEntry, b: SpeakerEntry): number {
  return b.passages - a.passages || a.name.localeCompare(b.name);
}

/** True when two lists name the same speakers the same way (passage counts aside). */
function sameNames(previous: readonly NamedSpeaker[], next: readonly NamedSpeaker[]): boolean {
  const shape = (speaker: NamedSpeaker) => `${speaker.kind}\u0000${speaker.name}\u0000${speaker.forms.join('\u0001')}\u0000${speaker.titles.join('\u0001')}`;
  return previous.length === next.length && previous.every((speaker, index) => shape(speaker) === shape(next[index]));
}

/**
 * The fullest name of a group: a name over a role that describes its holder ("Its chief executive" is
 * not the name of the person it refers to), then most words, then the most capitalised form
 * ("Fisheries Ministry" over "fisheries ministry"), then the accented spelling, then the most used.
 */
function bestName(names: ReadonlyMap<string, number>, roles: ReadonlySet<string> = new Set()): string {
  // The spelling with accents over one a wire wrote in plain ASCII ("Lê" over "Le").
  const accents = (name: string) => name.normalize('NFD').replace(/[^\u0300-\u036f]/g, '').length;
  const role = (name: string) => (roles.has(name) && roles.size < names.size ? 1 : 0);
  return [...names.entries()].sort(
    (a, b) =>
      role(a[0]) - role(b[0]) ||
      b[0].split(' ').length - a[0].split(' ').length ||
      capitalisedWords(b[0]) - capitalisedWords(a[0]) ||
      accents(b[0]) - accents(a[0]) ||
      b[1] - a[1] ||
      a[0].localeCompare(b[0]),
  )[0][0];
}

/**
 * Anonymous sources are one speaker per corpus: a reader cannot tell "people familiar with the matter" in one
 * source from "an official familiar with the inquiry" in another, nor from "is said to" hearsay.
 */
const ANONYMOUS_GROUP = '\u0000anonymous';

/** The name of the corpus's anonymous sources: a described source over hearsay, the plural pool ("people …") first, then the most used. */
function anonymousName(names: ReadonlyMap<string, number>): string {
  const rank = (name: string) => (name === UNNAMED_SOURCES ? 2 : /^(people|sources|officials|persons|insiders)\b/.test(name) ? 0 : 1);
  return [...names.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/**
 * Drops honorifics, a leading "the", and everything up to the last title word when a name follows it:
 * "Harbour Mayor Ines Calder" → "Ines Calder", "Mr. Dravic" → "Dravic", "the Palace" → "Palace".
 */
export function stripTitles(name: string): string {
  const words = name.trim().replace(/^the\s+/i, '').split(/\s+/).filter(Boolean);
  let lastTitle = -1;
  words.forEach((word, index) => {
    const lower = word.toLowerCase().replace(/\.$/, '');
    if ((TITLE_WORDS.has(lower) || HONORIFICS.has(lower)) && index < words.length - 1) lastTitle = index;
  });
  const rest = words.slice(lastTitle + 1);
  return rest.length ? rest.join(' ') : words.join(' ');
}
