// Typed access to the extension's settings; features read settings here, never deep inside logic.
import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../core/entities';
import { CONFIG_SECTION } from './constants';

export interface Settings {
  /** Extra glob patterns of files to open as Diplomatic Text. */
  files: string[];
  /** Which entity types are coloured. */
  highlight: Record<EntityType, boolean>;
  /** Show `— Speaker` after each direct quotation. */
  speakerHints: boolean;
  /** A workspace topic lexicon (YAML) over the shipped one; empty for none. */
  lexicon: string;
}

/** The settings of the window (all of them are window-scoped: one corpus, one way of reading it). */
export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const highlight = c.get<Partial<Record<string, unknown>>>('entities.highlight', {});
  return {
    files: c.get<unknown[]>('files', []).filter((g): g is string => typeof g === 'string' && g.trim() !== ''),
    highlight: Object.fromEntries(ENTITY_TYPES.map((t) => [t, highlight[t] !== false])) as Record<EntityType, boolean>,
    speakerHints: c.get<boolean>('quotes.speakerHints', true),
    lexicon: c.get<string>('topics.lexicon', '').trim(),
  };
}

const KEYS: Record<keyof Settings, string> = {
  files: 'files',
  highlight: 'entities.highlight',
  speakerHints: 'quotes.speakerHints',
  lexicon: 'topics.lexicon',
};

export function affectsSettings(e: vscode.ConfigurationChangeEvent, key: keyof Settings): boolean {
  return e.affectsConfiguration(`${CONFIG_SECTION}.${KEYS[key]}`);
}
