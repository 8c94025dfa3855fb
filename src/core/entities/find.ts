// Finds the named entities of a text: gazetteer, rules, dates and acronyms, then the user's corrections.

import { acronymCandidates, unknownAcronyms } from './acronyms';
import { bylinePeople, creditPeople } from './bylines';
import { type Candidate, mergeByStart, selectCandidates, sortByStart } from './candidates';
import { applyCorrections, type EntityCorrections } from './corrections';
import { dateCandidates } from './dates';
import { gazetteer, titleTrie } from './load';
import { KnownSpans } from './knownspans';
import { gazetteerCandidates, placesInCapitals } from './lookup';
import { appositionPeople } from './appositions';
import { givenNamePeople, initialledNames, nameShapes } from './name-shapes';
import { headedNames } from './headed';
import { loneSpeakers } from './lone-speakers';
import { givenNamesBeforeSurnames } from './givennames';
import { reportingPeople } from './reporting-people';
import { rolePeople, titledPeople } from './rules';
import { featureNames } from './features';
import { platformX } from './platforms';
import { resolutionNumbers } from './resolutions';
import { withMinistries } from './ministries';
import { withCountryEpithets } from './epithets';
import { withEventNumbers } from './event-numbers';
import { withBracketedNames } from './nicknames';
import { withOwners } from './owners';
import { propagateNames } from './propagate';
import { withShortForms } from './short-forms';
import { withSpelledAcronyms } from './spelled-acronyms';
import { withNameSuffixes } from './suffixes';
import type { Tokens } from './tokens';
import type { Entity } from './types';
import { TokenView } from './view';
import { vocabulary } from './vocab';

export interface EntityOptions {
  corrections?: EntityCorrections;
  /** Given the tokens of the text (those of `tokenize`), for a caller that would otherwise tokenize it again. */
  onTokens?: (tokens: Tokens) => void;
}

export function findEntities(text: string, options: EntityOptions = {}): Entity[] {
  // The ids of the tokens come from the vocabulary the lists below build: build them first.
  const names = gazetteer();
  const titles = titleTrie();
  const v = new TokenView(text, vocabulary, true);
  const cands: Candidate[] = [];
  gazetteerCandidates(v, names, cands);
  const known = new KnownSpans(cands, cands.length);
  givenNamesBeforeSurnames(v, titles, cands, cands.length);
  placesInCapitals(v, names, cands);
  titledPeople(v, titles, cands, known);
  reportingPeople(v, titles, cands, known);
  loneSpeakers(v, titles, cands, known);
  rolePeople(v, titles, cands, known);
  appositionPeople(v, titles, cands, known);
  nameShapes(v, cands, known);
  initialledNames(v, titles, cands, known);
  givenNamePeople(v, cands, known);
  bylinePeople(v, cands, known);
  creditPeople(v, cands, known);
  headedNames(v, cands, known, titles);
  featureNames(v, cands, known);
  platformX(v, cands);
  resolutionNumbers(v, cands, known);
  unknownAcronyms(v, cands, known);
  dateCandidates(v, cands);
  let selected = selectCandidates(cands);
  const acronyms = acronymCandidates(v, selected);
  if (acronyms.length > 0) {
    // The mentions already selected outrank the acronyms of the same length (a bonus of 100 on their priority).
    const fresh = new Set(acronyms);
    // Not the guesses of unknownAcronyms (priority 1): `(CAI)` after the `Comprehensive Agreement on Investment`
    // makes CAI that law, not an unknown organisation.
    selected = selectCandidates(mergeByStart(selected, sortByStart(acronyms)), (c) => (fresh.has(c) || c.priority <= 1 ? c.priority : c.priority + 100));
  }
  selected = withEventNumbers(text, withCountryEpithets(text, withMinistries(text, withOwners(text, withBracketedNames(text, withNameSuffixes(text, withShortForms(v, propagateNames(v, withSpelledAcronyms(text, selected)))))))));
  options.onTokens?.(v.tokens());
  v.release();
  const entities = entitiesOf(text, selected);
  return options.corrections ? applyCorrections(text, entities, options.corrections) : entities;
}

/**
 * The selected mentions as entities. A function of its own, so that findEntities holds no loop over all the
 * mentions. The builtin map sizes the array once (growing it by push copied it over a dozen times for a long
 * text, and `new Array(n)` past the length up to which optimised code allocates it inline deoptimises), and the
 * text goes to entityOf as `this` rather than in a closure made for every text.
 */
function entitiesOf(text: string, selected: readonly Candidate[]): Entity[] {
  return selected.map(entityOf, text);
}

function entityOf(this: string, c: Candidate): Entity {
  return { start: c.start, end: c.end, text: mentionText(this, c), type: c.type, canonical: c.canonical, source: c.source };
}

/**
 * The text of a mention: its canonical name when that spells the same (three mentions in four: dates, names
 * found by rule, most names of the gazetteer), else a copy. Sparing the copies spares the collector.
 */
function mentionText(text: string, c: Candidate): string {
  return c.canonical.length === c.end - c.start && text.startsWith(c.canonical, c.start) ? c.canonical : text.slice(c.start, c.end);
}
