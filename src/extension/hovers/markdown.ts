// Builds the hover texts of entities and quotations.
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analyze';
import type { Entity, EntityType } from '../../core/entities';
import type { Quote } from '../../core/quotes';

export const TYPE_LABEL: Record<EntityType, string> = {
  PERSON: 'Person',
  ORG: 'Organisation',
  GPE: 'Country, city or state',
  LOC: 'Region or location',
  EVENT: 'Event',
  LAW: 'Treaty or law',
  DATE: 'Date',
  NORP: 'Nationality or group',
};

export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

export function snippet(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function entityHover(e: Entity, a: Analysis): vscode.MarkdownString {
  const same = a.entities.filter((x) => x.type === e.type && x.canonical === e.canonical);
  const forms = [...new Set(same.map((x) => x.text))];
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${escapeMarkdown(e.canonical)}** · ${TYPE_LABEL[e.type]}\n\n`);
  md.appendMarkdown(`${same.length} mention${same.length === 1 ? '' : 's'} in this article`);
  if (forms.length > 1) md.appendMarkdown(` as ${forms.map((f) => `“${escapeMarkdown(f)}”`).join(', ')}`);
  md.appendMarkdown('.');
  const quoted = e.type === 'PERSON' ? a.quotes.filter((q) => q.speaker?.name === e.canonical).length : 0;
  if (quoted > 0) md.appendMarkdown(` Quoted ${quoted} time${quoted === 1 ? '' : 's'}.`);
  if (e.source === 'user') md.appendMarkdown('\n\n_Marked by you (a correction in the sidecar)._');
  return md;
}

export function quoteHover(q: Quote): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const kind = q.kind === 'direct' ? 'Direct quotation' : 'Scare quote (an expression set off by marks, nobody quoted)';
  if (q.speaker) {
    md.appendMarkdown(`**${escapeMarkdown(q.speaker.name)}** · ${kind}\n\n`);
    const how: Record<typeof q.speaker.via, string> = {
      'cue-after': 'the words after it',
      'cue-before': 'the words before it',
      'same-sentence': 'its sentence',
      'previous-quote': 'the attribution earlier in the paragraph',
      'previous-paragraph': 'the paragraph before',
      continuation: 'the quotation it continues',
      'same-words': 'the quotation in the article with the same words',
      turn: 'the transcript turn it is in',
      user: 'your correction in the sidecar',
    };
    md.appendMarkdown(`Said so by ${how[q.speaker.via]}: “${escapeMarkdown(snippet(q.speaker.cue.text, 60))}”`);
    if (q.speaker.antecedent) md.appendMarkdown(`, referring to “${escapeMarkdown(snippet(q.speaker.antecedent.text, 60))}”`);
    md.appendMarkdown('.');
  } else {
    md.appendMarkdown(`${kind}${q.kind === 'direct' ? ' · speaker unknown' : ''}`);
  }
  const flags = [q.nested ? 'inside another quotation' : '', q.unclosed ? 'never closed: ends at the end of its paragraph' : ''].filter(Boolean);
  if (flags.length) md.appendMarkdown(`\n\n_${flags.join('; ')}._`);
  return md;
}
