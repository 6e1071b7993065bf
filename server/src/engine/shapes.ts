// Recognisers for the shape of one line of a scraped article: junk, date lines, credits, captions,
// datelines, headlines and headings. Each takes the line's visible text (markers blanked out,
// trimmed) and looks only at its form: words like "Published", "Photo", "Share" are generic page
// furniture, never the name of one site. Regular expressions only ever see a bounded prefix or
// suffix of the line, so a 5 MB line costs no more than a short one.

import { collapseSpaces } from './chars';

/** Lines longer than this are body text whatever they look like. */
const MAX_SHAPED_LINE = 400;

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DATE_SOURCE =
  `(?:${MONTH}[ \\u00a0]+\\d{1,2}(?:st|nd|rd|th)?(?:,?[ \\u00a0]+\\d{4})?` +
  `|\\d{1,2}(?:st|nd|rd|th)?[ \\u00a0]+${MONTH}(?:,?[ \\u00a0]+\\d{4})?` +
  `|${MONTH}[ \\u00a0]+\\d{4}` +
  '|\\d{4}-\\d{1,2}-\\d{1,2}(?:T\\d{1,2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?' +
  '|\\d{4}/\\d{1,2}/\\d{1,2}' +
  '|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})';
const DATE_GLOBAL = new RegExp(`(?<![\\p{L}\\d])${DATE_SOURCE}(?![\\p{L}\\d])`, 'gu');
const TIME_GLOBAL = /(?<!\d)\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \u00a0]*(?:[AaPp]\.?[Mm]\.?))?(?![\p{L}\d])/gu;
const TIME_ZONE = '(?:GMT|UTC|ET|EST|EDT|BST|IST|CET|CEST|PST|PDT|CST|CDT|HKT|JST|MSK|SGT|AEST)(?:[+-]\\d{1,2})?';
const DATE_LABEL = '(?:[Dd]ated?|[Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast[ \\u00a0]+[Uu]pdated|DATE|PUBLISHED|UPDATED|POSTED)';
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
const DATE_PREFIX = new RegExp(
  `^(?:${DATE_LABEL}[ \\u00a0]*:?[ \\u00a0]*)?(${DATE_SOURCE})` +
    `(?:,?[ \\u00a0]+(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:[ \\u00a0]*[AaPp]\\.?[Mm]\\.?)?))?(?:[ \\u00a0]+${TIME_ZONE}(?![\\p{L}\\d]))?`,
  'u',
);
const PREFIX_LABEL = new RegExp(`^${DATE_LABEL}(?![\\p{L}])`, 'u');
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}/u;

/** Words that surround a date on a date line: labels, weekdays, time zones, share widgets. */
const DATE_LINE_WORDS: ReadonlySet<string> = new Set([
  'published', 'updated', 'posted', 'last', 'modified', 'date', 'dated', 'on', 'at', 'created', 'first', 'time',
  'am', 'pm', 'a', 'p', 'm', 'et', 'gmt', 'utc', 'bst', 'ist', 'cet', 'cest', 'edt', 'est', 'cdt', 'cst', 'pdt',
  'pst', 'hkt', 'jst', 'msk', 'sgt', 'aest', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'min', 'mins', 'minute',
  'minutes', 'read', 'views', 'view', 'by', 'and', 'ago', 'hours', 'hour',
]);

/** The words of share widgets: a widget line has at least one of these. */
const WIDGET_WORDS: ReadonlySet<string> = new Set([
  'share', 'shares', 'tweet', 'tweets', 'retweet', 'email', 'print', 'pin', 'pinit', 'whatsapp', 'facebook',
  'twitter', 'linkedin', 'reddit', 'telegram', 'messenger', 'flipboard', 'pocket', 'comments', 'sms', 'wechat',
  'weibo', 'vk', 'tumblr', 'bookmark', 'subscribe',
]);

/** A cheap test that a line may hold a widget word at all. */
const WIDGET_HINT = new RegExp(`\\b(?:${[...WIDGET_WORDS].join('|')})\\b`, 'i');

/** Words that appear in share widgets next to the ones above but also in prose. */
const WEAK_WIDGET_WORDS: ReadonlySet<string> = new Set([
  'e', 'mail', 'it', 'x', 'copy', 'link', 'save', 'comment', 'like', 'likes', 'views', 'view', 'follow', 'us', 'on',
  'this', 'article', 'story', 'page', 'via', 'line', 'mix', 'more', 'send', 'listen', 'font', 'size', 'a', 'text',
  'the', 'to', 'shared', 'times', 'and', 'or',
]);

/** Openings of page-chrome lines (advertising labels, related links, navigation). */
const CHROME_START =
  /^(?:advertisement|advertising|sponsored(?: content)?|skip to (?:main )?content|read more\b|read also\b|also read\b|see also\b|related(?: articles?| stories| news| coverage| content)?\s*:|recommended\b|click here\b|sign up\b|subscribe\b|follow us\b|download (?:our|the) app\b|loading\b|scroll to\b|back to top\b|you may also like\b|most (?:read|popular)\b|trending\b|share this\b)/i;

const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(?:accept|consent|privacy|we use|use of|agree|settings|policy|preferences|reject)\b/i;

const CREDIT_LABEL =
  '(?:(?:File|Top|Main|Cover|Feature|Featured|Header|Lead|Hero|Representational|Representative|Archive|Stock|Screenshot)[ \\u00a0]+)?' +
  '(?:Photo(?:graph)?s?|Images?|Pictures?|Pics?|Video|Graphics?|Illustrations?|Credits?|Sources?|Courtesy|Screenshot)' +
  '(?:[ \\u00a0]+(?:credits?|courtesy|source|illustration))?';
const CREDIT_LINE = new RegExp(
  `^(?:${CREDIT_LABEL}[ \\u00a0]*(?::|\\bby\\b|/|\\||[-\\u2013\\u2014](?=[ \\u00a0]))|Courtesy[ \\u00a0]+of\\b)[ \\u00a0]*\\S`,
  'i',
);
const AGENCY_CREDIT_LINE = /^\(?\p{Lu}[\p{L}]{1,20}[ \u00a0]*\/[ \u00a0]*\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,3}\)?$/u;
const PHOTO_LABEL = /^(?:\S+[ \u00a0]+)?(?:Photo|Image|Picture|Pic|Credit|Courtesy|Illustration|Graphic|Video|Screenshot)/i;
const CAPTION_TAIL = new RegExp(
  `(?:^|[.!?\\u201d")\\]][ \\u00a0]+|[ \\u00a0][-\\u2013\\u2014|][ \\u00a0]+)${CREDIT_LABEL}[ \\u00a0]*(?::|\\bby\\b)[ \\u00a0]*[^ \\u00a0]`,
  'gi',
);
const BRACKET_CREDIT_TAIL = /[([](?:File[ \u00a0]+)?(?:Photos?|Images?|Pictures?|Credits?|Sources?)[ \u00a0]*[:/][^()[\]]{1,80}[)\]]$/i;
const AGENCY_CREDIT_TAIL = /(?:^|[.!?][ \u00a0]+|[ \u00a0]\(|\()\p{Lu}[\p{L}]{1,20}[ \u00a0]*\/[ \u00a0]*\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,3}\)?$/u;
const WORKER_CREDIT = /^(?:additional[ \u00a0]+)?(?:reporting|writing|editing|compiled|written|reported|edited|translated|produced)[ \u00a0]+by\b/i;
const BYLINE_CONNECTORS: ReadonlySet<string> = new Set([
  'and', '&', '|', '-', '\u2013', '\u2014', 'of', 'de', 'van', 'von', 'bin', 'al', 'la', 'le', 'da', 'du', 'in', 'for', 'the', 'at',
]);

const PLACE_WORD = "[A-Z][A-Z.'\u2019\\-]+";
const TITLE_WORD = "[A-Z][a-z.'\u2019\\-]+";
const DATELINE_DATE = `(?:,[ \\u00a0]+${MONTH}[ \\u00a0]+\\d{1,2}(?:,[ \\u00a0]*\\d{4})?)`;
const DATELINE_AGENCY = "(?:[ \\u00a0]*\\([A-Z][A-Za-z.&'\u2019 \\-]{0,40}\\))";
const DATELINE_SEPARATOR = '[ \\u00a0]*(?:--|\u2013|\u2014|-)(?=[ \\u00a0])';
const REGION = `(?:,[ \\u00a0]+${TITLE_WORD}(?:[ \\u00a0]${TITLE_WORD}){0,2})`;
const CAPS_DATELINE = new RegExp(
  `^${PLACE_WORD}(?:[ \\u00a0]${PLACE_WORD}){0,3}${REGION}?${DATELINE_DATE}?${DATELINE_AGENCY}?(?:${DATELINE_SEPARATOR}|[ \\u00a0]*:(?=[ \\u00a0]))`,
  'u',
);
/** A live blog's entry time that opens the entry's paragraph: "14:05 — ", "2.21pm — ", "09:45 BST - ". */
const TIME_DATELINE = new RegExp(
  `^(?:\\d{1,2}:\\d{2}(?:[ \\u00a0]*[AaPp]\\.?[Mm]\\.?)?|\\d{1,2}(?:[.:]\\d{2})?[ \\u00a0]*[AaPp]\\.?[Mm]\\.?)(?:[ \\u00a0]+${TIME_ZONE})?${DATELINE_SEPARATOR}`,
  'u',
);
const TITLE_DATELINE = new RegExp(
  `^${TITLE_WORD}(?:[ \\u00a0]${TITLE_WORD}){0,2}${REGION}?(?:${DATELINE_DATE}${DATELINE_AGENCY}?|${DATELINE_AGENCY})${DATELINE_SEPARATOR}`,
  'u',
);

/** Closing marks stripped before looking at how a line ends. */
const TRAILING_CLOSERS = '\u201d\u2019"\')]\u00bb';

/** The last character of `view` that is not a closing quote or bracket, or '' when none. */
export function lastMeaningfulCharacter(view: string): string {
  let index = view.length - 1;
  while (index >= 0 && TRAILING_CLOSERS.includes(view.charAt(index))) {
    index--;
  }
  return index >= 0 ? view.charAt(index) : '';
}

/** True when the line ends a sentence (`.`, `?`, `!`, `…`, possibly before closing quotes). */
export function endsWithTerminal(view: string): boolean {
  return '.?!\u2026\u3002\uff01\uff1f'.includes(lastMeaningfulCharacter(view)) && view.length > 0;
}

/** Lowercased words of a short string: runs of letters and digits. */
function wordsOf(value: string): string[] {
  return value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True for HTML, script, cookie banners, share widgets and similar page furniture. */
export function isJunkLine(view: string): boolean {
  const head = view.slice(0, 200);
  const tail = view.slice(-200);
  if (head.startsWith('<!--') || head.startsWith('!--') || tail.endsWith('-->')) {
    return true;
  }
  if (/^<\/?[A-Za-z][^<>]*>$/u.test(view.length <= MAX_SHAPED_LINE ? view : '')) {
    return true;
  }
  if (/^<(?:script|style|iframe|noscript|div|span|img|a|p|meta|link)\b/i.test(head)) {
    return true;
  }
  if (/^(?:var|let|const|function|window\.|document\.|if[ \u00a0]*\()\b/u.test(head) && /[;{}][ \u00a0]*$/u.test(tail)) {
    return true;
  }
  if (/^[\w$.]+\([^()]*\)[ \u00a0]*;$/u.test(view.length <= MAX_SHAPED_LINE ? view : '')) {
    return true;
  }
  if (view.length > 1000) {
    return false;
  }
  if (COOKIE.test(view) && COOKIE_CONTEXT.test(view)) {
    return true;
  }
  if (view.length <= 200 && CHROME_START.test(view) && !endsWithTerminal(view)) {
    return true;
  }
  return view.length <= 200 && isWidgetText(view);
}

/** True when every word is a share-widget word or a count, with at least one unambiguous widget word. */
export function isWidgetText(view: string): boolean {
  if (!WIDGET_HINT.test(view)) {
    return false;
  }
  let widgetWords = 0;
  for (const word of wordsOf(view)) {
    if (WIDGET_WORDS.has(word)) {
      widgetWords++;
    } else if (!WEAK_WIDGET_WORDS.has(word) && !/^\d+(?:k|m)?$/u.test(word)) {
      return false;
    }
  }
  return widgetWords > 0;
}

function isWidgetWord(word: string): boolean {
  return WIDGET_WORDS.has(word) || WEAK_WIDGET_WORDS.has(word) || /^\d+(?:k|m)?$/u.test(word);
}

const TIMESTAMP_LINE = new RegExp(`^\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:[ \\u00a0]*[AaPp]\\.?[Mm]\\.?)?(?:[ \\u00a0]+${TIME_ZONE})?$`, 'u');

/** True for a bare time on its own line ("17:40", "09:45 BST", "2:15 p.m."): a live blog's entry heading, never a sentence. */
export function isTimestampLine(view: string): boolean {
  return view.length <= 24 && TIMESTAMP_LINE.test(view);
}

/** True when the line has no letter and no digit at all (rules, bullets, stray punctuation). */
export function hasNoWords(view: string): boolean {
  return !/[A-Za-z0-9]/.test(view) && !/[\p{L}\p{N}]/u.test(view);
}

/** True when the whole line is a date line: a date plus labels, times, weekdays or share widgets. */
export function isDateLine(view: string): boolean {
  if (view.length > 160 || !/\d/.test(view)) {
    return false;
  }
  const dates = view.match(DATE_GLOBAL);
  if (dates === null) {
    return false;
  }
  const last = lastMeaningfulCharacter(view);
  if (last === '.' && !/(?:[ap]\.m\.|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)$/iu.test(view)) {
    return false;
  }
  const hasYear = dates.some((date) => YEAR.test(date) || /^\d{4}-/u.test(date));
  const withoutDates = view.replace(DATE_GLOBAL, ' ');
  const hasTime = withoutDates.search(TIME_GLOBAL) !== -1;
  const rest = withoutDates.replace(TIME_GLOBAL, ' ');
  const residue = wordsOf(rest).filter((word) => !DATE_LINE_WORDS.has(word) && !isWidgetWord(word));
  if (!hasYear && !hasTime && !PREFIX_LABEL.test(view)) {
    return residue.length === 0 && wordsOf(view).length <= 4;
  }
  return residue.length <= 3;
}

/**
 * The length of a date prefix that a store put before other text on the same line
 * (`date 2026-03-04 0 SHARES Share Tweet` then the body), share widgets after the date included;
 * 0 when the line does not start with a labelled or ISO date followed by a capitalised text.
 */
export function datePrefixLength(view: string): number {
  const head = view.slice(0, 120);
  if (!/^[A-Za-z: \u00a0]{0,20}\d/.test(head)) {
    return 0;
  }
  const match = DATE_PREFIX.exec(head);
  if (match === null) {
    return 0;
  }
  if (!PREFIX_LABEL.test(head) && !ISO_DATE.test(match[1])) {
    return 0;
  }
  let length = match[0].length;
  // Share widgets right after the date belong to the date line.
  const tokenPattern = /[ \u00a0|:]+([^ \u00a0|:]+)/uy;
  let position = length;
  let widgetEnd = length;
  let widgetWords = 0;
  for (let steps = 0; steps < 12; steps++) {
    tokenPattern.lastIndex = position;
    const token = tokenPattern.exec(view);
    if (token === null) {
      break;
    }
    const word = token[1].toLowerCase();
    if (!isWidgetWord(word)) {
      break;
    }
    position = tokenPattern.lastIndex;
    if (WIDGET_WORDS.has(word)) {
      widgetWords++;
      widgetEnd = position;
    }
  }
  if (widgetWords >= 2 || (widgetWords === 1 && /^[ \u00a0|:]*$/u.test(view.slice(widgetEnd)))) {
    length = widgetEnd;
  }
  const rest = view.slice(length).replace(/^[ \u00a0|:,\u2013\u2014-]+/u, '');
  if (rest.length === 0) {
    return view.length;
  }
  const first = rest.charAt(0);
  if (!/[\p{Lu}\p{N}\u201c\u2018"'(]/u.test(first)) {
    return 0;
  }
  return length;
}

/** The kind of a line that only credits: a photo credit, a source credit, or a byline. */
export type CreditShape = 'photo' | 'source' | 'byline';

/** Classifies a line that consists of a credit only, or returns undefined. */
export function creditShape(view: string): CreditShape | undefined {
  if (view.length > 160) {
    return undefined;
  }
  if (CREDIT_LINE.test(view)) {
    const words = wordsOf(view);
    if (words.length > 14 || /[.!?][ \u00a0]+\p{Ll}/u.test(view)) {
      return undefined;
    }
    return PHOTO_LABEL.test(view) ? 'photo' : 'source';
  }
  if (WORKER_CREDIT.test(view)) {
    return 'byline';
  }
  if (AGENCY_CREDIT_LINE.test(view)) {
    return 'photo';
  }
  return isByline(view) ? 'byline' : undefined;
}

/** `By Jane Doe`, `By Jane Doe and John Roe, Wire Service`: every word capitalised or a connector. */
function isByline(view: string): boolean {
  const match = /^by[ \u00a0]+(.+)$/iu.exec(view);
  if (match === null || view.length > 120 || lastMeaningfulCharacter(view) === '.') {
    return false;
  }
  const tokens = match[1].split(/[ \u00a0]+/u).map((token) => token.replace(/[,;|:]+$/u, ''));
  if (tokens.length > 12 || tokens.length === 0) {
    return false;
  }
  if (!/^\p{Lu}/u.test(tokens[0])) {
    return false;
  }
  return tokens.every((token) => token.length === 0 || /^\p{Lu}/u.test(token) || BYLINE_CONNECTORS.has(token.toLowerCase()));
}

/**
 * Where a credit at the end of a caption starts (`… on Monday. Photos: Wire, Agency`,
 * `… in the capital. (Photo: Jane Doe)`, `… on Monday. AGENCY/Jane Doe`), or -1.
 */
export function captionCreditStart(view: string): number {
  if (view.length > 1000) {
    return -1;
  }
  let best = -1;
  CAPTION_TAIL.lastIndex = 0;
  for (let match = CAPTION_TAIL.exec(view); match !== null; match = CAPTION_TAIL.exec(view)) {
    const labelStart = match.index + (/^[.!?\u201d")\]\u00a0 |\u2013\u2014-]*/u.exec(match[0])?.[0].length ?? 0);
    const remainder = view.slice(labelStart);
    if (remainder.length <= 120 && wordsOf(remainder).length <= 14 && !/[.!?][ \u00a0]+\p{Lu}/u.test(remainder)) {
      best = labelStart;
      break;
    }
    CAPTION_TAIL.lastIndex = match.index + 1;
  }
  if (best >= 0) {
    return best;
  }
  const tail = view.slice(-130);
  const tailOffset = view.length - tail.length;
  const bracket = BRACKET_CREDIT_TAIL.exec(tail);
  if (bracket !== null) {
    return tailOffset + bracket.index;
  }
  const agency = AGENCY_CREDIT_TAIL.exec(tail);
  if (agency !== null) {
    const start = tailOffset + agency.index + (/^[.!?]?[ \u00a0]*\(?/u.exec(agency[0])?.[0].length ?? 0);
    return start > 0 ? start : -1;
  }
  return -1;
}

/**
 * The length of a dateline at the start of a body paragraph, separator included
 * (`SALTMERE, Aug. 25 (Coastal Wire) --`, `Lisk, Aug 25 –`, `TARNAVEL (KNA) -`), or 0.
 */
export function datelineLength(view: string): number {
  const head = view.slice(0, 160);
  const caps = CAPS_DATELINE.exec(head);
  if (caps !== null) {
    const letters = caps[0].replace(/[^A-Za-z]/gu, '');
    const hasMore = /\d|\(/u.test(caps[0]) || caps[0].includes(',');
    // `NEW DELHI:` is a dateline; a single word before a colon (`OPINION:`) is a kicker.
    const colonKicker = caps[0].trimEnd().endsWith(':') && !hasMore && !/[A-Z][ \u00a0]+[A-Z]/u.test(caps[0]);
    if (letters.length >= 3 && (hasMore || letters.length >= 4) && !colonKicker) {
      return caps[0].length;
    }
  }
  const title = TITLE_DATELINE.exec(head) ?? TIME_DATELINE.exec(head);
  return title !== null ? title[0].length : 0;
}

/** True when a line could be a headline: short, capitalised, not a sentence ending in a period. */
export function isHeadlineShape(view: string): boolean {
  if (view.length < 2 || view.length > 250 || !/\p{L}/u.test(view)) {
    return false;
  }
  if (/^\p{Ll}/u.test(view) || ',;:.\u2026'.includes(lastMeaningfulCharacter(view))) {
    return false;
  }
  return wordsOf(view).length <= 35 && datelineLength(view) === 0;
}

/** True when a line could be a section heading: a few capitalised words without a final period. */
export function isHeadingShape(view: string): boolean {
  if (view.length > 100 || !/\p{L}/u.test(view)) {
    return false;
  }
  if (!/^[\u201c\u2018"'(]?[\p{Lu}\p{Lt}\p{N}]/u.test(view) && !/^[\u201c\u2018"'(]?[\p{Lo}]/u.test(view)) {
    return false;
  }
  if (',;:.!\u2026-\u2013\u2014|/'.includes(lastMeaningfulCharacter(view))) {
    return false;
  }
  const words = wordsOf(view);
  if (words.length === 0 || words.length > 12) {
    return false;
  }
  // "HOST: Is that a worry?": a question put on a transcript's labelled line.
  if (SPEAKER_LABEL_QUESTION.test(view)) {
    return false;
  }
  return !/[.!?][\u201d\u2019"')]*[ \u00a0]+[\p{Lu}\u201c"]/u.test(view) && datelineLength(view) === 0;
}

/** A line opened by a speaker label in capitals ("HOST:", "PROF. HALL:", "CALLER (ADA):") that asks a question. */
const SPEAKER_LABEL_QUESTION = /^\p{Lu}[\p{Lu}'’.-]+(?:[ \u00a0]\p{Lu}[\p{Lu}'’.-]*){0,3}(?:[ \u00a0]?\([^()]*\))?:[ \u00a0]+\S.*\?[\u201d\u2019"')]*$/u;

/** Headline text normalised for spotting repeats: spaces collapsed, case folded. */
export function headlineKey(view: string): string {
  return collapseSpaces(view).toLowerCase();
}
