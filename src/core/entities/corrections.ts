// The user's corrections of the automatic analysis: names it missed, and mentions it got wrong.

import type { Entity, EntityType } from './types';

export interface EntityCorrections {
  /** Names to mark wherever they occur, with their type (and canonical name, by default the text). */
  add?: { text: string; type: EntityType; canonical?: string }[];
  /** Mentions to drop: every mention with this text (of this type, when one is given). */
  reject?: { text: string; type?: EntityType }[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name's words with every run of white space as one space: a name wrapped over two lines is the same name. */
export function spacedName(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

/**
 * The user's corrections applied to the entities of `text`. A correction's words match over any white space,
 * a line break too (the text may be hard-wrapped, and the entity scan reads it with its soft breaks as spaces).
 */
export function applyCorrections(text: string, entities: Entity[], corrections: EntityCorrections): Entity[] {
  const rejects = (corrections.reject ?? []).map((r) => ({ text: spacedName(r.text), type: r.type }));
  let out = entities.filter((e) => !rejects.some((r) => r.text === spacedName(e.text) && (r.type === undefined || r.type === e.type)));
  for (const a of corrections.add ?? []) {
    const words = spacedName(a.text);
    if (words === '') continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
    const added: Entity[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      added.push({ start, end, text: m[0], type: a.type, canonical: a.canonical ?? words, source: 'user' });
    }
    if (added.length === 0) continue;
    out = out.filter((e) => !added.some((x) => x.start < e.end && e.start < x.end));
    out.push(...added);
  }
  return out.sort((a, b) => a.start - b.start);
}
