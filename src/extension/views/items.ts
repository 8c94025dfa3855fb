// Tree items shared by the sidebar views: passages that open their article at the right place, tooltips with
// the whole passage, icons per entity type.
import * as vscode from 'vscode';
import type { EntityType } from '../../core/entities';
import { TYPE_LABEL } from '../hovers/markdown';
import type { PassageNode } from './nodes';

export const ENTITY_ICON: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'organization',
  GPE: 'globe',
  LOC: 'location',
  EVENT: 'calendar',
  LAW: 'law',
  DATE: 'watch',
  NORP: 'account',
};

export function entityTypeLabel(type: EntityType): string {
  return { PERSON: 'People', ORG: 'Organisations', GPE: 'Countries, cities, states', LOC: 'Regions and locations', EVENT: 'Events', LAW: 'Treaties and laws', DATE: 'Dates', NORP: 'Nationalities and groups' }[type] ?? TYPE_LABEL[type];
}

export function articleName(file: string): string {
  return decodeURIComponent(file.split('/').pop() ?? file);
}

export function passageItem(node: PassageNode, label: string, description: string | undefined, icon: string): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = description;
  item.iconPath = new vscode.ThemeIcon(icon);
  item.contextValue = 'passage';
  item.command = {
    command: '_diplomaticAnnotator.revealRange',
    title: 'Reveal Passage',
    arguments: [vscode.Uri.parse(node.file), node.start, node.end],
  };
  return item;
}

/** The whole passage, read from the open document or the file, for a tooltip. */
export async function passageText(node: PassageNode): Promise<string> {
  const uri = vscode.Uri.parse(node.file);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === node.file);
  try {
    const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    return text.slice(node.start, node.end);
  } catch {
    return node.snippet;
  }
}

export async function passageTooltip(node: PassageNode, heading: string): Promise<vscode.MarkdownString> {
  // A mention is short: show the sentence-sized stretch around it.
  const around = node.kind === 'mention' ? 160 : 0;
  const body = (await passageText({ ...node, start: Math.max(0, node.start - around), end: node.end + around })).replace(/\s+/g, ' ').trim();
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${heading.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&')}**\n\n`);
  md.appendText(body.length > 1500 ? `${body.slice(0, 1500)}…` : body);
  md.appendMarkdown(`\n\n_${articleName(node.file)}_`);
  return md;
}
