// Abbreviated titles and name suffixes, whose full stop ends no sentence and no clause (`Mr. Lavrov`, `Gen.
// Burhan`, `Martin Luther King Jr. said`): one list that sentence splitting, clause breaks, reporting cues and the
// title words a role strips read (the last only the titles).

/** Titles written short before a name. (Dotted initials such as `H.E.` are told by their shape, not listed.) */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Brig', 'Adm', 'Sgt', 'Gov', 'Sen', 'Rep', 'Amb',
  'Hon', 'Rev', 'Smt',
];

/** Suffixes after a name, and Saint before one (`St. Petersburg`). */
export const NAME_ABBREVIATIONS: readonly string[] = ['Jr', 'Sr', 'St'];

/** The titles as alternatives of a regular expression: `Mr|Mrs|…`. */
export const TITLE_ALTERNATIVES = TITLE_ABBREVIATIONS.join('|');
/** The titles and the name abbreviations as alternatives of a regular expression. */
export const ABBREVIATION_ALTERNATIVES = [...TITLE_ABBREVIATIONS, ...NAME_ABBREVIATIONS].join('|');
