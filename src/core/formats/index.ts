// Annotations in and out of the formats other annotation tools speak: W3C Web Annotation, brat standoff, CSV.
// No VS Code, no file system: texts and file contents in, file contents and annotations out.
export { codePointLength, codePointsToUtf16, utf16ToCodePoints } from './codepoints';
export { analysisOptionsOf } from './corrections';
export { bratConfig, bratLabel, fragmentsOf, fromBrat, toBrat, TAG_ATTRIBUTE, UNTAGGED_LABEL, type BratExport } from './brat';
export { annotationsCsv, csvField, csvRange, csvRow, parseCsv, quotesCsv, ANNOTATIONS_CSV_HEADER, QUOTES_CSV_HEADER, type CsvText } from './csv';
export { fromW3c, pathToIri, toW3cAnnotations, toW3cCollection, W3C_CONTEXT, type W3cAnnotation, type W3cCollection, type W3cTextExport } from './w3c';
export { EXPORT_EXTENSIONS, EXPORT_FORMATS, EXPORT_LABELS, isExportFormat, renderExport, type ExportFormat, type ExportText, type RenderedExport } from './render';
export { mergeImported, type ImportMerge } from './merge-import';
export type { FormatImport, ImportDeps, TextExport } from './types';
