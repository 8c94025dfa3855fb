// Finds the workspace's diplomatic texts and reads the dateline and headline of each.
import * as vscode from 'vscode';
import { analyzeStructure } from '../../core/text';
import { findDiplomaticFiles } from '../language/files';

export interface ArticleSummary {
  uri: vscode.Uri;
  /** ISO date from the dateline, or null. */
  date: string | null;
  headline: string;
  headlineStart: number;
}

const MAX_BYTES = 50 * 1024 * 1024;

async function readText(uri: vscode.Uri): Promise<string | null> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.size > MAX_BYTES) return null;
  const bytes = await vscode.workspace.fs.readFile(uri);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null; // Not UTF-8 text: not an article this view can show.
  }
}

export function summarize(uri: vscode.Uri, text: string): ArticleSummary {
  const s = analyzeStructure(text);
  const name = uri.path.split('/').pop() ?? uri.path;
  return {
    uri,
    date: s.dateline?.date ?? null,
    headline: s.headline?.text ?? name,
    headlineStart: s.headline?.start ?? 0,
  };
}

export async function findArticles(token?: vscode.CancellationToken): Promise<ArticleSummary[]> {
  const summaries: ArticleSummary[] = [];
  for (const uri of await findDiplomaticFiles(token)) {
    const text = await readText(uri).catch(() => null);
    if (text !== null) summaries.push(summarize(uri, text));
  }
  return summaries.sort(compareArticles);
}

/** By date, undated last, then by headline. */
export function compareArticles(a: ArticleSummary, b: ArticleSummary): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date.localeCompare(b.date);
  return a.headline.localeCompare(b.headline);
}
