// CSV tables (RFC 4180: comma-separated, CRLF rows, fields with a comma, quote or line break in double quotes,
// quotes doubled; a header row; UTF-8 without a byte-order mark) of the annotations and of the quotations.
// Offsets count Unicode code points, as in the W3C and brat exports, so that `text[start:end]` in Python or
// `substr` in R gives the passage. Tags are joined with `;`.
import { codePointsToUtf16, utf16ToCodePoints } from './codepoints';
import type { TextExport } from './types';

export const ANNOTATIONS_CSV_HEADER = ['file', 'start', 'end', 'passage', 'tags', 'note', 'id', 'status'] as const;
export const QUOTES_CSV_HEADER = ['file', 'speaker', 'quote', 'start', 'end', 'kind'] as const;

/** One text for a CSV: `file` is how the text is named in the table. */
export interface CsvText extends TextExport {
  file: string;
}

export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/** The annotations of the texts, one row each; unanchored ones have empty offsets and their stored passage. */
export function annotationsCsv(texts: readonly CsvText[]): string {
  let out = csvRow(ANNOTATIONS_CSV_HEADER);
  for (const t of texts) {
    const cps = utf16ToCodePoints(t.text, t.placed.flatMap((p) => (p.status === 'unanchored' ? [0, 0] : [p.start, p.end])));
    t.placed.forEach((p, i) => {
      const a = p.annotation;
      const placed = p.status !== 'unanchored';
      out += csvRow([t.file, placed ? cps[2 * i] : null, placed ? cps[2 * i + 1] : null, placed ? t.text.slice(p.start, p.end) : a.target.exact, a.tags.join(';'), a.note, a.id, p.status]);
    });
  }
  return out;
}

/** The quotations the analysis found in the texts: who says what, where (the words between the marks). */
export function quotesCsv(texts: readonly CsvText[]): string {
  let out = csvRow(QUOTES_CSV_HEADER);
  for (const t of texts) {
    const quotes = t.quotes ?? [];
    const cps = utf16ToCodePoints(t.text, quotes.flatMap((q) => [q.start, q.end]));
    quotes.forEach((q, i) => {
      out += csvRow([t.file, q.speaker?.name ?? '', t.text.slice(q.start, q.end), cps[2 * i], cps[2 * i + 1], q.kind]);
    });
  }
  return out;
}

/** Rows of an RFC 4180 CSV text (CRLF or LF rows; a trailing line break ends the last row). */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  while (i < csv.length) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && csv[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += c;
    i++;
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** The UTF-16 range of a row's code-point `start`/`end` in its text, or null when they do not fit it. */
export function csvRange(text: string, start: string, end: string): { start: number; end: number } | null {
  if (!/^\d+$/.test(start) || !/^\d+$/.test(end)) return null;
  const [s, e] = codePointsToUtf16(text, [Number(start), Number(end)]);
  return s >= 0 && e >= s ? { start: s, end: e } : null;
}
