// Whether two pieces of sidecar data say the same thing, so that unchanged ones keep their bytes on rewrite.
import type { Annotation, SidecarData } from './types';

export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  const t = a.target;
  const u = b.target;
  return a.id === b.id && a.note === b.note && a.created === b.created && a.modified === b.modified &&
    a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]) &&
    t.start === u.start && t.end === u.end && t.exact === u.exact && t.prefix === u.prefix && t.suffix === u.suffix;
}

/** Same annotations, in any order. */
export function sameAnnotations(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(b.map((x) => [x.id, x]));
  return a.every((x) => {
    const y = byId.get(x.id);
    return y !== undefined && sameAnnotation(x, y);
  });
}

/** A canonical JSON form (fixed key order, undefined fields left out) for comparing and de-duplicating. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([x], [y]) => (x < y ? -1 : 1))) : v);
}

export function sameEntities(a: SidecarData['entities'], b: SidecarData['entities']): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function sameSpeakers(a: SidecarData['speakers'], b: SidecarData['speakers']): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortAnnotations(list: readonly Annotation[]): Annotation[] {
  return [...list].sort(compareAnnotations);
}
