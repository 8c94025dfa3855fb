// Regions named by a known place and a natural feature after it (`Niger Delta`, `Nile Valley`, `Nile River`), or a
// unit of a state (`Okinawa Prefecture`): one mention of the region, not the country or the river alone.

import type { Candidate } from './candidates';
import type { KnownSpans } from './knownspans';
import { addMention } from './rules';
import { TokenSet } from './tokenset';
import type { EntityType } from './types';
import type { TokenView } from './view';
import { WATER_HEADS } from './words';

/** Natural features a place's name opens (`Niger Delta`, `Nile Valley`, `Sinai Peninsula`): regions (LOC). */
const FEATURE_HEADS = new TokenSet(new Set([
  'Delta', 'Valley', 'Basin', 'Peninsula', 'Plateau', 'Highlands', 'Lowlands', 'Desert', 'Gorge', 'Corridor',
  'Coast', 'Mountains', 'Steppe', 'Archipelago', 'River',
]));
/** The units of a state a place's name opens (`Okinawa Prefecture`, `Kherson Oblast`): the unit itself (GPE). */
const UNIT_HEADS = new TokenSet(new Set(['Prefecture', 'Province', 'Oblast', 'Governorate', 'County', 'District', 'Municipality']));
/** `Region` after a place, of the place's type: `Kherson Region` a unit of a state, `Indo-Pacific Region` a region. */
const REGION = new TokenSet(new Set(['Region']));
/** `River` before a river's name (`the River Nile`). */
const RIVER = new TokenSet(new Set(['River']));
const PLACES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC']);

/**
 * `the Niger Delta`, `the Nile Valley`: a place the gazetteer knows and a natural feature's word after it are one
 * region, not the country or river alone.
 */
export function featureNames(v: TokenView, out: Candidate[], known: KnownSpans): void {
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    if (RIVER.has(v, i)) riverAfter(v, i, out, known);
    if (i === 0 || !v.joined(i - 1) || v.touching(i - 1)) continue;
    const region = REGION.has(v, i);
    const type: EntityType | null = FEATURE_HEADS.has(v, i) ? 'LOC' : UNIT_HEADS.has(v, i) ? 'GPE' : null;
    if (type === null && !region) continue;
    let found = false;
    for (let s = i - 1; s >= 0 && s >= i - 3; s--) {
      if (known.longestEnd(v.start(s), PLACES) === v.end(i - 1)) {
        addMention(v, s, i + 1, type ?? known.at(v.start(s), v.end(i - 1))?.type ?? 'GPE', 20, out, known);
        found = true;
        break;
      }
      if (s === 0 || !v.joined(s - 1)) break;
    }
    if (!found && WATERS.has(v, i)) unknownWater(v, i, out, known);
  }
}

/** Rivers and seas, whose names the gazetteer may lack (`the Aras River`, `Lake Turkana` is the gazetteer's). */
const WATERS = new TokenSet(WATER_HEADS);
/** What comes before such a name: an article or a preposition. */
const WATER_LEADS = new TokenSet(new Set(['the', 'of', 'on', 'in', 'across', 'along', 'from', 'to', 'into', 'near', 'by', 'over', 'at']));

/**
 * `the Aras River`: one capitalised word that is no known name, right before `River`, `Sea` or `Lake`, after `the`
 * or a preposition (not `Mr River`): a river or sea (LOC), at a low priority (a body's name that goes on wins: `Black Sea Fleet`).
 */
function unknownWater(v: TokenView, i: number, out: Candidate[], known: KnownSpans): void {
  const s = i - 1;
  if (s < 1 || !v.isCap(s) || !v.isWord(s) || !v.joined(s) || !v.joined(s - 1) || !WATER_LEADS.has(v, s - 1) || known.at(v.start(s), v.end(s)) !== undefined) return;
  addMention(v, s, i + 1, 'LOC', 5, out, known);
}

/** `the River Nile`: `River` at token i and a place the gazetteer knows right after it are one river (LOC). */
function riverAfter(v: TokenView, i: number, out: Candidate[], known: KnownSpans): void {
  if (i + 1 >= v.count || !v.joined(i) || v.touching(i)) return;
  const end = known.longestEnd(v.start(i + 1), PLACES);
  if (end < 0) return;
  const e = v.tokenFrom(i + 1, end);
  if (e > i + 1 && v.end(e - 1) === end) addMention(v, i, e, 'LOC', 20, out, known);
}
