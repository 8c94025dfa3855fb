// A new annotation on a passage of the current text, with the clock and the id source passed in.
import { makeTarget } from './anchor';
import { isoUtc, type IdGenerator } from './id';
import type { Annotation } from './types';

export function createAnnotation(
  text: string,
  range: { start: number; end: number },
  content: { tags: string[]; note?: string },
  deps: { now: () => Date; newId: IdGenerator; taken: ReadonlySet<string> },
): Annotation {
  const a: Annotation = { id: deps.newId(deps.taken), tags: [...new Set(content.tags)], target: makeTarget(text, range.start, range.end), created: isoUtc(deps.now()) };
  if (content.note !== undefined && content.note !== '') a.note = content.note;
  return a;
}

/** The annotation placed at a new range of the text (re-attached, or followed through edits), marked modified. */
export function retarget(a: Annotation, text: string, range: { start: number; end: number }, now: () => Date): Annotation {
  return { ...a, target: makeTarget(text, range.start, range.end), modified: isoUtc(now()) };
}
