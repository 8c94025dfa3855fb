// Three-way merge of sidecars by annotation id (the disk and the window both changed it; later a git merge
// driver): changes from both sides are kept, and when both changed the same thing differently, both versions
// stay, so that nothing the user wrote is lost.
import { canonicalJson, sameAnnotation, sortAnnotations } from './equal';
import type { IdGenerator } from './id';
import type { Annotation, SidecarData } from './types';

export const CONFLICT_TAG = 'merge-conflict';

export interface MergeConflict {
  id: string;
  kind: 'both-modified' | 'modified-and-deleted' | 'speaker';
  /** Where the other version was kept, when it was kept as a copy. */
  copyId?: string;
  message: string;
}

type Field = 'note' | 'target' | 'created';

/** One field merged three ways; `conflict` when both sides changed it differently. */
function mergeField<T>(base: T, ours: T, theirs: T): { value: T; conflict: boolean } {
  const same = (a: T, b: T): boolean => canonicalJson(a) === canonicalJson(b);
  if (same(ours, theirs) || same(theirs, base)) return { value: ours, conflict: false };
  if (same(ours, base)) return { value: theirs, conflict: false };
  return { value: ours, conflict: true };
}

/** Tags as sets: a tag added on either side is added, a tag removed on either side is removed. */
function mergeTags(base: string[], ours: string[], theirs: string[]): string[] {
  const out = ours.filter((t) => theirs.includes(t) || !base.includes(t));
  for (const t of theirs) if (!base.includes(t) && !out.includes(t)) out.push(t);
  return out;
}

/** Both sides changed the annotation: merged field by field, or null when the same field changed both ways. */
function mergeAnnotation(base: Annotation, ours: Annotation, theirs: Annotation): Annotation | null {
  const merged: Annotation = { ...ours, tags: mergeTags(base.tags, ours.tags, theirs.tags) };
  for (const f of ['note', 'target', 'created'] as Field[]) {
    const r = mergeField(base[f], ours[f], theirs[f]);
    if (r.conflict) return null;
    (merged as unknown as Record<Field, unknown>)[f] = r.value;
  }
  if (merged.note === undefined) delete merged.note;
  const modified = [ours.modified, theirs.modified].filter((m): m is string => m !== undefined).sort().pop();
  if (modified !== undefined) merged.modified = modified;
  return merged;
}

function conflictCopy(theirs: Annotation, originalId: string, newId: string): Annotation {
  const copy: Annotation = structuredClone(theirs);
  copy.id = newId;
  if (!copy.tags.includes(CONFLICT_TAG)) copy.tags.push(CONFLICT_TAG);
  copy.note = `[merge conflict: the other version of ${originalId}]` + (theirs.note ? ` ${theirs.note}` : '');
  return copy;
}

/** A list merged as a set of entries: kept when on both sides, or added by one side since the base. */
function mergeList<T>(base: T[] | null, ours: T[], theirs: T[]): T[] {
  const key = (x: T): string => canonicalJson(x);
  const inBase = new Set((base ?? []).map(key));
  const inOurs = new Set(ours.map(key));
  const inTheirs = new Set(theirs.map(key));
  const out = new Map<string, T>();
  for (const x of [...ours, ...theirs]) {
    const k = key(x);
    const keep = (inOurs.has(k) && inTheirs.has(k)) || !inBase.has(k);
    if (keep && !out.has(k)) out.set(k, x);
  }
  return [...out.values()];
}

export function mergeSidecars(base: SidecarData | null, ours: SidecarData, theirs: SidecarData, newId: IdGenerator): { data: SidecarData; conflicts: MergeConflict[] } {
  const conflicts: MergeConflict[] = [];
  const byId = (d: SidecarData | null): Map<string, Annotation> => new Map((d?.annotations ?? []).map((a) => [a.id, a]));
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const taken = new Set([...b.keys(), ...o.keys(), ...t.keys()]);
  const out: Annotation[] = [];
  const keepBoth = (mine: Annotation, other: Annotation): void => {
    const copyId = newId(taken);
    taken.add(copyId);
    out.push(mine, conflictCopy(other, mine.id, copyId));
    conflicts.push({ id: mine.id, kind: 'both-modified', copyId, message: `Annotation ${mine.id} was changed on both sides; the other version is kept as ${copyId}, tagged ${CONFLICT_TAG}.` });
  };
  for (const id of new Set([...o.keys(), ...t.keys()])) {
    const [bo, oo, to] = [b.get(id), o.get(id), t.get(id)];
    if (oo && to) {
      if (sameAnnotation(oo, to)) out.push(oo);
      else if (!bo) keepBoth(oo, to);
      else {
        const merged = mergeAnnotation(bo, oo, to);
        if (merged) out.push(merged);
        else keepBoth(oo, to);
      }
      continue;
    }
    const only = (oo ?? to) as Annotation;
    // On one side only: added there (keep), or deleted on the other side (apply, unless this side changed it).
    if (!bo) out.push(only);
    else if (!sameAnnotation(bo, only)) {
      out.push(only);
      conflicts.push({ id, kind: 'modified-and-deleted', message: `Annotation ${id} was deleted on one side and changed on the other; it is kept.` });
    }
  }
  const speakers = mergeList(base?.speakers ?? null, ours.speakers, theirs.speakers);
  const seen = new Map<string, string | null>();
  for (const s of speakers) {
    if (seen.has(s.quote.exact) && seen.get(s.quote.exact) !== s.speaker) {
      conflicts.push({ id: s.quote.exact, kind: 'speaker', message: `The quote "${s.quote.exact}" was given two speakers (${String(seen.get(s.quote.exact))}, ${String(s.speaker)}); both corrections are kept, the first wins.` });
    }
    if (!seen.has(s.quote.exact)) seen.set(s.quote.exact, s.speaker);
  }
  return {
    data: {
      version: 1,
      text: ours.text,
      annotations: sortAnnotations(out),
      entities: {
        add: mergeList(base?.entities.add ?? null, ours.entities.add, theirs.entities.add),
        reject: mergeList(base?.entities.reject ?? null, ours.entities.reject, theirs.entities.reject),
      },
      speakers,
    },
    conflicts,
  };
}
