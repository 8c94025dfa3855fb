// Recognises the dateline that opens an article (`26 Dec 2011`, `14 March 2012, 16:29`) and reads its date.

import type { Dateline } from './types';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
const TIME = '(?:[,\\s]+(?:at\\s+)?(\\d{1,2}[:.]\\d{2})(?:\\s*(?:[AaPp]\\.?[Mm]\\.?|GMT|UTC|MSK|CET|EST|EDT))?)?';

const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})${TIME}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}$`, 'i');
const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`);
const NUMERIC = new RegExp(`^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})${TIME}$`);

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}

function normaliseTime(t: string | undefined): string | null {
  if (!t) return null;
  const [h, m] = t.split(/[:.]/);
  return `${h.padStart(2, '0')}:${m}`;
}

/** Reads a date (and time) from a line that is nothing but a date; null when the line is not one. */
export function parseDateLine(line: string): { date: string | null; time: string | null } | null {
  const s = line.trim();
  if (s.length === 0 || s.length > 60) return null;
  let m = DAY_MONTH_YEAR.exec(s);
  if (m) return { date: iso(+m[3], monthNumber(m[2]), +m[1]), time: normaliseTime(m[4]) };
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return { date: iso(+m[3], monthNumber(m[1]), +m[2]), time: normaliseTime(m[4]) };
  m = ISO.exec(s);
  if (m) return { date: iso(+m[1], +m[2], +m[3]), time: normaliseTime(m[4]) };
  m = NUMERIC.exec(s);
  // Day first: the European order the genre's sources use.
  if (m) return { date: iso(+m[3], +m[2], +m[1]), time: normaliseTime(m[4]) };
  return null;
}

/** The dateline, when the first non-empty line of the text is a date. */
export function findDateline(text: string, firstLine: { start: number; end: number } | undefined): Dateline | null {
  if (!firstLine) return null;
  const raw = text.slice(firstLine.start, firstLine.end);
  const parsed = parseDateLine(raw);
  if (!parsed) return null;
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  const start = firstLine.start + lead;
  return { start, end: start + trimmed.length, text: trimmed, date: parsed.date, time: parsed.time };
}
