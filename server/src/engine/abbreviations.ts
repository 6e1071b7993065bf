// Word lists for sentence splitting. They describe English writing in general, never one article.

/** Titles and place words that always precede a name or number: a period after them never ends a sentence. */
export const TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Prof', 'Gov', 'Sen', 'Rep', 'Reps', 'Sens', 'Gen', 'Lt', 'Col',
  'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Maj', 'Adm', 'Cmdr', 'Cdr', 'Brig', 'Rev', 'Hon', 'Pres', 'Supt', 'Insp',
  'Det', 'Amb', 'Atty', 'Fr', 'Sr', 'St', 'Mt', 'Ft', 'Pt', 'vs', 'v', 'cf', 'viz', 'approx', 'ca', 'Fig', 'Figs',
  'Vol', 'Vols', 'Ch', 'Sec', 'Art', 'Para', 'Nos', 'pp', 'Ph', 'Gens', 'Lts', 'Govs',
]);

/** Lowercase dotted abbreviations that never end a sentence (`e.g.`, `i.e.`). */
export const NEVER_FINAL_DOTTED: ReadonlySet<string> = new Set(['e.g', 'i.e']);

/** Month and weekday abbreviations: they end a sentence only before a clear sentence start. */
export const CALENDAR: ReadonlySet<string> = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
]);

/**
 * Abbreviations that often end a sentence too (`Inc.`, `Ltd.`, `etc.`, `Jr.`): a period after them
 * ends the sentence only before a clear sentence start.
 */
export const MAYBE_FINAL: ReadonlySet<string> = new Set([
  'Inc', 'Co', 'Corp', 'Ltd', 'Plc', 'LLC', 'Bros', 'Jr', 'etc', 'al', 'Esq', 'Ave', 'Blvd', 'Rd', 'Dept', 'Univ',
  'No', 'Nr', 'Govt', 'Intl', 'Natl', 'Assn', 'Mfg', 'Corps',
]);

/**
 * Words that commonly start an English sentence. After an ambiguous period (`U.S.`, an initial,
 * `Inc.`, an ellipsis), the text splits only when the next word is one of these.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'He', 'She', 'It', 'They', 'We', 'You', 'This', 'That', 'These', 'Those', 'There', 'Here', 'His', 'Her',
  'Its', 'Their', 'Our', 'My', 'Your', 'In', 'On', 'At', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile',
  'Also', 'When', 'While', 'After', 'Before', 'As', 'If', 'Although', 'Though', 'Earlier', 'Later', 'Last', 'Next',
  'Since', 'For', 'According', 'Both', 'Some', 'Many', 'Most', 'Such', 'What', 'Who', 'Why', 'How', 'Where', 'Now',
  'Then', 'Still', 'Instead', 'Moreover', 'Furthermore', 'Additionally', 'Nevertheless', 'Under', 'During', 'With',
  'Without', 'Despite', 'Each', 'Other', 'Officials', 'Analysts', 'Experts', 'Nor', 'Neither', 'Not', 'No', 'Yes',
  'To', 'From', 'By', 'Because', 'Until', 'Once', 'Even', 'Only', 'All', 'Any', 'Another', 'One', 'Two', 'Three',
  'Several', 'Few', 'Asked', 'Speaking', 'Following', 'Separately', 'Similarly', 'Likewise', 'Finally', 'Overall',
  'Today', 'Yesterday', 'Tomorrow', 'Thus', 'Therefore', 'Indeed', 'Nonetheless', 'Otherwise', 'Besides',
]);
