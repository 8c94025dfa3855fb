// Resolves the subject of a reporting cue (`he`, `the minister`, `Lavrov`) to one canonical person or body.

import type { Entity } from '../entities';
import { personInfo } from '../entities/load';
import type { SubjectKind } from './cues';

export interface Resolution {
  name: string;
  antecedent: Entity | null;
}

const BODY_ROLE = /\b(ministry|department|government|kremlin|embassy|office|agency|council|committee|statement)\b/i;
const PERSON_TYPES = new Set(['PERSON']);
const BODY_TYPES = new Set(['ORG', 'GPE']);

/** What the resolver knows of the text: its entities outside quotations, and who has spoken so far. */
export interface Context {
  text: string;
  /** Entities outside quotations, sorted by start. */
  mentions: Entity[];
  /** Speakers found so far, in order, with the offset of their attribution. */
  speakers: { name: string; at: number; gender: 'm' | 'f' | null }[];
  /** Start offset of the paragraph `k` before the one holding `pos`. */
  paragraphStartBefore(pos: number, k: number): number;
}

function genderOf(e: Entity): 'm' | 'f' | null {
  return personInfo(e.canonical)?.gender ?? null;
}

function compatible(g: 'm' | 'f' | null, pronoun: string): boolean {
  const p = pronoun.toLowerCase();
  if (g === null) return true;
  return (p === 'he' && g === 'm') || (p === 'she' && g === 'f') || (p !== 'he' && p !== 'she');
}

function before(ctx: Context, pos: number, types: Set<string>): Entity[] {
  const out: Entity[] = [];
  for (const m of ctx.mentions) {
    if (m.start >= pos) break;
    if (types.has(m.type)) out.push(m);
  }
  return out.reverse();
}

/** A mention that is the subject of its sentence: only titles, nationalities and names stand before it. */
function isSubject(ctx: Context, e: Entity): boolean {
  const head = ctx.text.slice(Math.max(0, e.start - 80), e.start);
  const clause = head.split(/[.!?;:,\n]\s*/).pop() ?? '';
  return /^(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*)?$/u.test(clause.trimStart());
}

function resolvePronoun(ctx: Context, pronoun: string, pos: number): Resolution | null {
  const p = pronoun.toLowerCase();
  if (p !== 'he' && p !== 'she') return null;
  const window = ctx.paragraphStartBefore(pos, 3);
  const last = ctx.speakers[ctx.speakers.length - 1];
  if (last && last.at >= window && compatible(last.gender, p)) {
    const ante = before(ctx, pos, PERSON_TYPES).find((m) => m.canonical === last.name) ?? null;
    return { name: last.name, antecedent: ante };
  }
  const people = before(ctx, pos, PERSON_TYPES).filter((m) => compatible(genderOf(m), p));
  const subject = people.find((m) => m.start >= window && isSubject(ctx, m));
  const pick = subject ?? people[0];
  return pick ? { name: pick.canonical, antecedent: pick } : null;
}

function resolveRole(ctx: Context, role: string, pos: number): Resolution | null {
  if (BODY_ROLE.test(role)) {
    const head = BODY_ROLE.exec(role)![1].toLowerCase();
    const body = before(ctx, pos, BODY_TYPES).find((m) => m.text.toLowerCase().includes(head));
    return body ? { name: body.canonical, antecedent: body } : null;
  }
  const noun = role.trim().split(/\s+/).pop()!.toLowerCase().replace(/'s$/, '');
  const people = before(ctx, pos, PERSON_TYPES);
  // The person introduced with this title (`Foreign Minister Sergei Lavrov`), or who holds it in the gazetteer.
  const titled = people.find((m) => {
    const lead = ctx.text.slice(Math.max(0, m.start - 60), m.start).toLowerCase();
    const roles = personInfo(m.canonical)?.roles ?? [];
    return lead.includes(noun) || roles.some((r) => r.title.toLowerCase().includes(noun));
  });
  const last = ctx.speakers[ctx.speakers.length - 1];
  const pick = titled ?? (last ? people.find((m) => m.canonical === last.name) : undefined) ?? people[0];
  return pick ? { name: pick.canonical, antecedent: pick } : null;
}

function resolveName(ctx: Context, start: number, end: number, allEntities: Entity[]): Resolution | null {
  const inside = allEntities.filter((e) => e.start < end && start < e.end);
  const person = [...inside].reverse().find((e) => e.type === 'PERSON');
  if (person) return { name: person.canonical, antecedent: null };
  const body = inside.find((e) => e.type === 'ORG' || e.type === 'GPE');
  if (body) return { name: body.canonical, antecedent: null };
  const words = ctx.text.slice(start, end).trim();
  // A surname of someone named earlier in full.
  const earlier = before(ctx, start, PERSON_TYPES).find((m) => m.text.split(/\s+/).pop() === words);
  if (earlier) return { name: earlier.canonical, antecedent: earlier };
  return null;
}

export function resolveSubject(
  ctx: Context,
  allEntities: Entity[],
  subject: { start: number; end: number; text: string; kind: SubjectKind },
): Resolution | null {
  switch (subject.kind) {
    case 'pronoun':
      return resolvePronoun(ctx, subject.text, subject.start);
    case 'role':
      return resolveRole(ctx, subject.text, subject.start);
    case 'name':
      return resolveName(ctx, subject.start, subject.end, allEntities);
  }
}
