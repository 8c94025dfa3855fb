// One export in a chosen format, for the CLI and the editor command alike: the texts in, the file's text out.
import { toBrat } from './brat';
import { annotationsCsv, quotesCsv, type CsvText } from './csv';
import { toW3cCollection, type W3cTextExport } from './w3c';

export const EXPORT_FORMATS = ['w3c', 'brat', 'csv', 'csv-quotes'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(s: string | undefined): s is ExportFormat {
  return (EXPORT_FORMATS as readonly (string | undefined)[]).includes(s);
}

/** The file name ending of each format's file. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { w3c: '.jsonld', brat: '.ann', csv: '.csv', 'csv-quotes': '.csv' };

/** What the user sees in a list of formats. */
export const EXPORT_LABELS: Record<ExportFormat, string> = {
  w3c: 'W3C Web Annotation (JSON-LD)',
  brat: 'brat standoff (.ann)',
  csv: 'CSV of annotations',
  'csv-quotes': 'CSV of quotations',
};

/** A text to export: `file` names it in CSV rows, `source`/`sidecar` are relative IRIs for W3C. */
export type ExportText = CsvText & W3cTextExport;

export interface RenderedExport {
  content: string;
  /** For brat: the T labels and Tag values used, for an annotation.conf (bratConfig). */
  labels?: Set<string>;
  tagValues?: Set<string>;
  warnings: string[];
}

/**
 * The export of the texts in `format`. brat holds one text per file: give it one text. `id` names a W3C
 * collection (e.g. its file name). Analysis results (quotes, entities) are included when the texts carry them.
 */
export function renderExport(format: ExportFormat, texts: readonly ExportText[], id: string): RenderedExport {
  const warnings: string[] = [];
  const unanchored = (t: ExportText, what: string): void => {
    for (const p of t.placed) if (p.status === 'unanchored') warnings.push(`${t.file}: annotation ${p.annotation.id} is unanchored; ${what}.`);
  };
  switch (format) {
    case 'w3c': {
      for (const t of texts) unanchored(t, 'exported with its quote only, without a position');
      const label = texts.length === 1 ? `Annotations of ${texts[0].file}` : `Annotations of ${texts.length} texts`;
      return { content: JSON.stringify(toW3cCollection(texts, id, label), null, 2) + '\n', warnings };
    }
    case 'brat': {
      if (texts.length !== 1) throw new Error('A brat .ann file holds the annotations of one text.');
      const b = toBrat(texts[0]);
      for (const w of b.warnings) warnings.push(`${texts[0].file}: annotation ${w.annotation.id} ${w.message}.`);
      return { content: b.ann, labels: b.labels, tagValues: b.tagValues, warnings };
    }
    case 'csv':
      for (const t of texts) unanchored(t, 'its row has no offsets');
      return { content: annotationsCsv(texts), warnings };
    case 'csv-quotes':
      return { content: quotesCsv(texts), warnings };
  }
}
