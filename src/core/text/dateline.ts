// Recognises the dateline that opens an article (`26 Dec 2011`, `14 March 2012, 16:29`) and reads its date, or the
// one a wire story's lead opens with (`MOSCOW, April 18 (Reuters) -`, `PSKOV, May 30. /TASS/.`).

import type { Dateline } from './types';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
const TIME = '(?:[,\\s]+(?:at\\s+)?(\\d{1,2}[:.]\\d{2})(?:\\s*([AaPp]\\.?[Mm]\\.?))?(?:\\s*(?:GMT|UTC|MSK|CET|CEST|EST|EDT|ET))?)?';

const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})${TIME}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}$`, 'i');
const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`);
const NUMERIC = new RegExp(`^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})${TIME}$`);
/** `Washington, March 29, 2022` · `Vienna, 7 April 2021`: a place of one to three capitalised words and a comma first. */
const PLACE = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2},\s+/u;
/** `12 June 2024 Humanitarian Aid`: the name of a section, capitalised words, after the date (UN News). */
const SECTION = /\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}$/u;
/**
 * `31.07.2014 - Press release` · `26 November 2026 – 10:15` · `April 18, 2016 / 11:50 AM / a year ago` ·
 * `16 August 2014    Read: 677`: a label or a time after a dash, a bar or a slash, or after a run of spaces.
 */
const AFTER_DASH = /(?:\s+[-–—|/]|\s{3,})\s*\S.*$/u;

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}

/** `HH:MM` on the 24-hour clock: `6:42 PM` is 18:42, `12:05 AM` is 00:05. */
function normaliseTime(t: string | undefined, meridiem: string | undefined): string | null {
  if (!t) return null;
  const [h, m] = t.split(/[:.]/);
  let hour = Number(h);
  const pm = meridiem !== undefined && /^p/i.test(meridiem);
  if (meridiem !== undefined && hour === 12) hour = pm ? 12 : 0;
  else if (pm) hour += 12;
  return `${String(hour).padStart(2, '0')}:${m}`;
}

/**
 * Reads a date (and time) from a line that is nothing but a date, perhaps after a place (`Vienna, 7 April 2021`) or
 * before a section's name (`12 June 2024 Humanitarian Aid`); null when the line is not one.
 */
export function parseDateLine(line: string): { date: string | null; time: string | null } | null {
  const s = line.trim();
  if (s.length === 0 || s.length > 60) return null;
  const withoutPlace = s.replace(PLACE, '');
  return parseDate(s) ?? parseDate(withoutPlace) ?? parseDate(s.replace(SECTION, '')) ?? parseDate(withoutPlace.replace(SECTION, '')) ?? parseDate(withoutPlace.replace(AFTER_DASH, ''));
}

function parseDate(s: string): { date: string | null; time: string | null } | null {
  let m = DAY_MONTH_YEAR.exec(s);
  if (m) return { date: iso(+m[3], monthNumber(m[2]), +m[1]), time: normaliseTime(m[4], m[5]) };
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return { date: iso(+m[3], monthNumber(m[1]), +m[2]), time: normaliseTime(m[4], m[5]) };
  m = ISO.exec(s);
  if (m) return { date: iso(+m[1], +m[2], +m[3]), time: normaliseTime(m[4], m[5]) };
  m = NUMERIC.exec(s);
  // Day first: the European order the genre's sources use.
  if (m) return { date: iso(+m[3], +m[2], +m[1]), time: normaliseTime(m[4], m[5]) };
  return null;
}

/**
 * A date inside a line of a page's metadata under the headline, with what the site puts around it (`Canberra |
 * July 26, 2024 9:41:28 PM IST`, `08 September 2006 [14:08] - TODAY.AZ`, `Wahyu Dwi Anggoro • 29 August 2022
 * 13:00`, `Published March 02,2024`): the first full date, and the time right after it.
 */
const EMBEDDED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})|${MONTH}\\s+(\\d{1,2}),?\\s*(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})[./](\\d{1,2})[./](\\d{4}))(?!\\p{N})`,
  'u',
);
const TIME_AFTER = /^[\s,[]*(?:at\s+)?(\d{1,2}:\d{2})(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)?/;
/** Lower-case words of three letters or more, but for those of a time or a byline: a line of metadata has none. */
const SENTENCE_WORD = /(?<![\p{L}\p{N}])(?!(?:am|pm|by|and|the|at|on|of|via|updated|published|posted|edited|last|read|views|min|mins|ago)(?![\p{L}]))\p{Ll}{3,}/u;

/** The date in a short line of metadata (see EMBEDDED); null for a line that reads as a sentence or holds none. */
export function parseMetadataLine(line: string): { date: string | null; time: string | null } | null {
  const s = line.trim();
  if (s.length === 0 || s.length > 120 || SENTENCE_WORD.test(s)) return null;
  const m = EMBEDDED.exec(s);
  if (m === null) return null;
  const date =
    m[1] !== undefined ? iso(+m[3], monthNumber(m[2]), +m[1])
    : m[4] !== undefined ? iso(+m[6], monthNumber(m[4]), +m[5])
    : m[7] !== undefined ? iso(+m[7], +m[8], +m[9])
    : iso(+m[12], +m[11], +m[10]);
  if (date === null) return null;
  const t = TIME_AFTER.exec(s.slice(m.index + m[0].length));
  return { date, time: t === null ? null : normaliseTime(t[1], t[2]) };
}

/**
 * The dateline, when the first non-empty line of the text is a date; `metadata`, for the line under a headline,
 * also when the date stands in a short line of the page's metadata (see parseMetadataLine).
 */
export function findDateline(text: string, firstLine: { start: number; end: number } | undefined, metadata = false): Dateline | null {
  if (!firstLine) return null;
  const raw = text.slice(firstLine.start, firstLine.end);
  const parsed = parseDateLine(raw) ?? (metadata ? parseMetadataLine(raw) : null);
  if (!parsed) return null;
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  const start = firstLine.start + lead;
  return { start, end: start + trimmed.length, text: trimmed, date: parsed.date, time: parsed.time };
}

/**
 * A wire's dateline at the start of a lead: a place in capitals (perhaps with its country), a month and a day, a
 * year perhaps, then the agency in brackets or slashes (`HONOLULU, Feb. 12 (Yonhap) --`, `Oct 15 (Reuters) -`).
 * The agency, and the dash after its brackets, tell it from a sentence that opens with a date.
 */
const WIRE = new RegExp(
  `^(?:\\p{Lu}[\\p{Lu}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{Lu}.'’-]*){0,3}(?:,[ \\t]+\\p{Lu}[\\p{L}.]*(?:[ \\t]+\\p{Lu}[\\p{L}.]*){0,2})?,[ \\t]+)?` +
    `${MONTH}[ \\t]+(\\d{1,2})(?:,?[ \\t]+(\\d{4}))?\\.?[ \\t]*(?:\\([\\p{L}][^)\\n]{1,39}\\)(?=[ \\t]*[-–—])|\\/[ \\t]*\\p{L}[\\p{L} .-]{1,20}\\/\\.?)`,
  'u',
);

/** The wire dateline that opens the paragraph text[start, end), if any; its date is null when it gives no year. */
export function findWireDateline(text: string, start: number, end: number): Dateline | null {
  const m = WIRE.exec(text.slice(start, Math.min(end, start + 120)));
  if (m === null) return null;
  const date = m[3] === undefined ? null : iso(+m[3], monthNumber(m[1]), +m[2]);
  return { start, end: start + m[0].length, text: m[0], date, time: null };
}
