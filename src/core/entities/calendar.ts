// The names of the months and weekdays, in calendar order, for the date patterns and the rules that must not
// take a date word into a name; and the words that count and qualify a duration (`more than two years`), for the
// date patterns and the words their matches start with.

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The counts of a duration's units in words (`six months`, `several years`, `a few weeks`). */
export const DURATION_COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'several', 'many', 'a few'];
/** Words that qualify a duration's count (`more than 20 years`, `nearly three decades`, `at least two weeks`). */
export const DURATION_MODIFIERS = ['more than', 'less than', 'fewer than', 'over', 'nearly', 'almost', 'about', 'around', 'some', 'at least', 'up to', 'roughly', 'another', 'just over', 'well over'];
