// Typed access to the extension's settings; features read settings here, never deep inside logic.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from './constants';

export interface Settings {
  /** Extra glob patterns of files to open as Diplomatic Text. */
  files: string[];
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    files: c.get<string[]>('files', []).filter((g) => typeof g === 'string' && g.trim() !== ''),
  };
}

export function affectsSettings(e: vscode.ConfigurationChangeEvent, key: keyof Settings): boolean {
  return e.affectsConfiguration(`${CONFIG_SECTION}.${key}`);
}
