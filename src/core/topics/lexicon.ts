// Reads a topic lexicon from YAML, merges a workspace's own over the shipped one, and compiles it for lookup.

import { parse } from 'yaml';
import { tokenizeName } from '../entities/tokens';
import { TokenTrie } from '../entities/trie';
import { KeyNames } from './keys';
import { TermStartFilter } from './starts';
import { stemKnown } from './stem';
import type { Lexicon, TopicDef } from './types';

export interface LexiconProblem {
  message: string;
}

/** Parses a lexicon; problems are returned, never thrown, so a broken workspace file cannot break the analysis. */
export function parseLexicon(yamlText: string, source = 'lexicon'): { lexicon: Lexicon; problems: LexiconProblem[] } {
  const problems: LexiconProblem[] = [];
  let raw: unknown;
  try {
    raw = parse(yamlText, { maxAliasCount: 50 });
  } catch (err) {
    return { lexicon: { version: 1, topics: [] }, problems: [{ message: `${source}: not valid YAML (${(err as Error).message.split('\n')[0]}).` }] };
  }
  const list = (raw as { topics?: unknown } | null)?.topics;
  if (!Array.isArray(list)) {
    return { lexicon: { version: 1, topics: [] }, problems: [{ message: `${source}: expected a "topics:" list.` }] };
  }
  const topics: TopicDef[] = [];
  list.forEach((t: unknown, i) => {
    const o = t as Record<string, unknown> | null;
    if (!o || typeof o.id !== 'string' || o.id.trim() === '') {
      problems.push({ message: `${source}: topic ${i + 1} has no "id".` });
      return;
    }
    if (o.disabled === true) {
      topics.push({ id: o.id, label: '', description: '', terms: {}, specific: '\u0000disabled' });
      return;
    }
    const terms: Record<string, number> = {};
    for (const [k, v] of Object.entries((o.terms as Record<string, unknown> | undefined) ?? {})) {
      const w = typeof v === 'number' ? v : Number(v);
      if (Number.isFinite(w) && w > 0) terms[k] = w;
      else problems.push({ message: `${source}: topic "${o.id}": the weight of "${k}" is not a positive number.` });
    }
    topics.push({
      id: o.id,
      label: typeof o.label === 'string' && o.label.trim() ? o.label : o.id,
      description: typeof o.description === 'string' ? o.description : '',
      terms,
      specific: typeof o.specific === 'string' ? o.specific : undefined,
    });
  });
  return { lexicon: { version: 1, topics }, problems };
}

/** The shipped lexicon with a workspace's on top: same id replaces, `disabled: true` removes, new ids are added. */
export function mergeLexicons(base: Lexicon, over: Lexicon): Lexicon {
  const byId = new Map(base.topics.map((t) => [t.id, t]));
  for (const t of over.topics) {
    if (t.specific === '\u0000disabled') byId.delete(t.id);
    else byId.set(t.id, { ...byId.get(t.id), ...t, terms: { ...(byId.get(t.id)?.terms ?? {}), ...t.terms } });
  }
  return { version: 1, topics: [...byId.values()] };
}

export interface TermHit {
  topic: number;
  weight: number;
}

/** A lexicon ready for lookup: two token tries, one for stemmed lower-case terms, one for case-exact acronyms. */
export interface CompiledLexicon {
  topics: TopicDef[];
  folded: TokenTrie<TermHit>;
  exact: TokenTrie<TermHit>;
  /** Which tokens may begin a term of each trie: most tokens of a text are ruled out without a look-up. */
  foldedStarts: TermStartFilter;
  exactStarts: TermStartFilter;
  /** The folded trie's keys, to look tokens up by without making strings of them. */
  foldedKeys: KeyNames;
}

const same = (a: TermHit, b: TermHit): boolean => a.topic === b.topic;

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const folded = new TokenTrie<TermHit>(stemKnown);
  const exact = new TokenTrie<TermHit>();
  const foldedStarts = new TermStartFilter();
  const exactStarts = new TermStartFilter();
  const foldedKeys = new KeyNames(stemKnown);
  lexicon.topics.forEach((t, topic) => {
    for (const [term, weight] of Object.entries(t.terms)) {
      const capitals = (term.match(/\p{Lu}/gu) ?? []).length;
      const keys = tokenizeName(term).map(stemKnown);
      if (capitals >= 2) {
        exact.add(term, { topic, weight }, same);
        exactStarts.add(keys);
      } else {
        folded.add(term, { topic, weight }, same);
        foldedStarts.add(keys);
        for (const k of keys) foldedKeys.add(k);
      }
    }
  });
  return { topics: lexicon.topics, folded, exact, foldedStarts, exactStarts, foldedKeys };
}
