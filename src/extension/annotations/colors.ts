// A stable colour per tag: one of the contributed theme colours by a hash of the tag, unless the user set one.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../constants';

export const PALETTE_SIZE = 8;

export function paletteSlot(tag: string): number {
  let h = 2166136261;
  for (let i = 0; i < tag.length; i++) h = Math.imul(h ^ tag.charCodeAt(i), 16777619);
  return ((h >>> 0) % PALETTE_SIZE) + 1;
}

/** The user's colours per tag (`diplomaticAnnotator.annotations.tagColors`), valid CSS colours only. */
export function tagColorOverrides(): Record<string, string> {
  const raw = vscode.workspace.getConfiguration(CONFIG_SECTION).get<Record<string, unknown>>('annotations.tagColors', {});
  const out: Record<string, string> = {};
  for (const [tag, c] of Object.entries(raw)) if (typeof c === 'string' && /^(#[0-9a-fA-F]{3,8}|rgba?\([^)]*\))$/.test(c.trim())) out[tag] = c.trim();
  return out;
}

/** A key and the colours of a tag's decoration. */
export function tagStyle(tag: string, overrides: Record<string, string>): { key: string; background: string | vscode.ThemeColor; ruler: string | vscode.ThemeColor } {
  const own = overrides[tag];
  if (own) return { key: `own:${own}`, background: withAlpha(own), ruler: own };
  const slot = paletteSlot(tag);
  return { key: `slot:${slot}`, background: new vscode.ThemeColor(`diplomaticAnnotator.tag${slot}Background`), ruler: new vscode.ThemeColor(`diplomaticAnnotator.tag${slot}Ruler`) };
}

/** A user's solid colour as a translucent background, so that the text stays readable. */
function withAlpha(color: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(color) ? `${color}55` : color;
}
