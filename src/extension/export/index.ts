// "Export Annotations…": the active diplomatic text's annotations (from its sidecar on disk) as W3C JSON-LD,
// brat .ann, or CSV of annotations or of quotations, saved where the user chooses (next to the text by default).
import * as vscode from 'vscode';
import { analyze } from '../../core/analyze';
import { anchorAll, parseSidecar, sidecarNameFor, type SidecarData } from '../../core/annotations';
import { analysisOptionsOf, EXPORT_EXTENSIONS, EXPORT_FORMATS, EXPORT_LABELS, isExportFormat, pathToIri, renderExport, type ExportFormat } from '../../core/formats';
import { LANGUAGE_ID } from '../constants';

export const EXPORT_COMMAND = 'diplomaticAnnotator.exportAnnotations';

const DETAILS: Record<ExportFormat, string> = {
  w3c: 'For Hypothesis, Recogito and other Web Annotation tools; positions in code points',
  brat: 'For the brat annotation tool; tags as labels, notes as AnnotatorNotes',
  csv: 'A table of passages, tags and notes for a spreadsheet',
  'csv-quotes': 'A table of who is quoted saying what, from the analysis',
};

/** What tests (or keybindings) may pass to skip the dialogs. */
export interface ExportCommandOptions {
  format?: ExportFormat;
  uri?: vscode.Uri;
}

export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(EXPORT_COMMAND, (options?: unknown) => exportAnnotationsCommand(asOptions(options))));
}

function asOptions(v: unknown): ExportCommandOptions {
  if (typeof v !== 'object' || v === null || v instanceof vscode.Uri) return {};
  const o = v as Record<string, unknown>;
  return { format: typeof o.format === 'string' && isExportFormat(o.format) ? o.format : undefined, uri: o.uri instanceof vscode.Uri ? o.uri : undefined };
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
    throw err;
  }
}

const stemOf = (name: string): string => name.replace(/\.[^.]*$/, '') || name;

/** The file name offered in the save dialog for a text's export. */
function defaultName(textName: string, format: ExportFormat): string {
  const stem = stemOf(textName);
  return format === 'csv' ? `${stem}.annotations.csv` : format === 'csv-quotes' ? `${stem}.quotes.csv` : stem + EXPORT_EXTENSIONS[format];
}

/** A path from the export's folder to a file, as a relative IRI: `article.txt`, `../seeds/article.txt`. */
function relativeIri(from: vscode.Uri, to: vscode.Uri): string {
  const a = vscode.Uri.joinPath(from, '..').path.split('/').filter(Boolean);
  const b = to.path.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return pathToIri([...a.slice(i).map(() => '..'), ...b.slice(i)].join('/'));
}

/** Exports the active text's annotations; returns where it wrote, or undefined when nothing was written. */
export async function exportAnnotationsCommand(options: ExportCommandOptions = {}): Promise<vscode.Uri | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Export Annotations: open a diplomatic text first (a .txt under seeds/, or run "Treat File as Diplomatic Text").');
    return undefined;
  }
  if (doc.isUntitled) {
    void vscode.window.showInformationMessage('Export Annotations: save the text first; its annotations live in a sidecar next to the saved file.');
    return undefined;
  }
  const textName = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);
  const sidecarUri = vscode.Uri.joinPath(doc.uri, '..', sidecarNameFor(textName));
  let format = options.format;
  if (!format) {
    const picked = await vscode.window.showQuickPick(
      EXPORT_FORMATS.map((f) => ({ label: EXPORT_LABELS[f], detail: DETAILS[f], format: f })),
      { title: `Export Annotations of ${textName}`, placeHolder: 'Choose a format' },
    );
    if (!picked) return undefined;
    format = picked.format;
  }
  let text: string;
  let yaml: string | undefined;
  try {
    const read = await readIfExists(doc.uri);
    if (read === undefined) throw new Error('the file is not on disk');
    text = read;
    yaml = await readIfExists(sidecarUri);
  } catch (err) {
    void vscode.window.showErrorMessage(`Export Annotations: cannot read ${textName}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
  if (yaml === undefined && format !== 'csv-quotes') {
    void vscode.window.showInformationMessage(`Export Annotations: ${textName} has no annotations yet (no ${sidecarNameFor(textName)}). Tag a passage first.`);
    return undefined;
  }
  let data: SidecarData = { version: 1, text: textName, annotations: [], entities: { add: [], reject: [] }, speakers: [] };
  if (yaml !== undefined) {
    const parsed = parseSidecar(yaml, textName);
    if (!parsed.ok) {
      const first = parsed.errors[0];
      void vscode.window.showErrorMessage(`Export Annotations: ${sidecarNameFor(textName)} has errors (line ${first.line}: ${first.message}). Fix them, then export again.`);
      return undefined;
    }
    data = parsed.data;
  }
  const target = options.uri ?? (await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(doc.uri, '..', defaultName(textName, format)),
    filters: { [EXPORT_LABELS[format]]: [EXPORT_EXTENSIONS[format].slice(1)] },
    title: `Export ${EXPORT_LABELS[format]}`,
  }));
  if (!target) return undefined;
  const quotes = format === 'csv-quotes' ? analyze(text, analysisOptionsOf(data)).quotes : undefined;
  const rendered = renderExport(format, [{
    file: textName,
    text,
    placed: anchorAll(text, data.annotations),
    source: relativeIri(target, doc.uri),
    sidecar: relativeIri(target, sidecarUri),
    quotes,
  }], target.path.slice(target.path.lastIndexOf('/') + 1));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(rendered.content));
  const notes = [
    doc.isDirty ? 'The saved version of the text was exported; your unsaved changes are not in it.' : '',
    format === 'brat' && vscode.Uri.joinPath(target, '..').toString() !== vscode.Uri.joinPath(doc.uri, '..').toString() ? `brat reads the text from ${stemOf(target.path.slice(target.path.lastIndexOf('/') + 1))}.txt next to the .ann.` : '',
    rendered.warnings.length ? `${rendered.warnings.length} warning${rendered.warnings.length === 1 ? '' : 's'}: ${rendered.warnings.slice(0, 3).join(' ')}` : '',
  ].filter(Boolean);
  void vscode.window.showInformationMessage(`Exported ${data.annotations.length} annotation${data.annotations.length === 1 ? '' : 's'} of ${textName} to ${target.path.slice(target.path.lastIndexOf('/') + 1)}. ${notes.join(' ')}`.trim());
  return target;
}
