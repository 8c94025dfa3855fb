// Imported annotations into a sidecar's data: what is already there (same passage, same tags, same note) is
// not added twice, so importing the same file again changes nothing; everything else is added, never replacing
// what the sidecar holds.
import { sortAnnotations, type Annotation, type IdGenerator, type SidecarData } from '../annotations';

export interface ImportMerge {
  data: SidecarData;
  added: Annotation[];
  /** Imported annotations the sidecar already had. */
  unchanged: number;
}

const contentKey = (a: Annotation): string => JSON.stringify([a.target.start, a.target.end, a.target.exact, [...a.tags].sort(), a.note ?? null]);

export function mergeImported(existing: SidecarData, imported: readonly Annotation[], newId: IdGenerator): ImportMerge {
  const keys = new Set(existing.annotations.map(contentKey));
  const taken = new Set(existing.annotations.map((a) => a.id));
  const added: Annotation[] = [];
  let unchanged = 0;
  for (const a of imported) {
    const key = contentKey(a);
    if (keys.has(key)) {
      unchanged++;
      continue;
    }
    keys.add(key);
    const copy = taken.has(a.id) ? { ...a, id: newId(taken) } : a;
    taken.add(copy.id);
    added.push(copy);
  }
  return { data: { ...existing, annotations: sortAnnotations([...existing.annotations, ...added]) }, added, unchanged };
}
