// The social platform X, written as one capital letter: `wrote on X`, `a post on the platform X`, `his X account`,
// `Facebook and X (formerly Twitter)`. Alone, the letter is no name (`Malcolm X`, `Pope Pius X`, `Article X`).

import { type Candidate, candidate } from './candidates';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';
import { shapeOf } from './vocab';

/** Words right before the platform's name: `on X`, `platform X`, `via X`. */
const BEFORE = new TokenSet(new Set(['on', 'platform', 'via']));
/** Possessives between `on` and the name: `on his X account`. */
const POSSESSIVES = new TokenSet(new Set(['his', 'her', 'its', 'their', 'the']));
/** Words right after the platform's name: `X post`, `X account`, `X handle`. */
const AFTER = new TokenSet(new Set(['post', 'posts', 'account', 'accounts', 'handle', 'page', 'feed']));

/** The shape of the token `X`: every other capitalised token but a few is told apart by it, read side by side. */
const X_SHAPE = shapeOf(1, 88 /* X */, 88);

export function platformX(v: TokenView, out: Candidate[]): void {
  const caps = v.capIndices();
  const shapes = v.capShapes();
  for (let at = 0; at < caps.length; at++) {
    if (shapes[at] !== X_SHAPE) continue;
    const i = caps[at];
    if (i === 0 || !v.is(i, 'X') || !v.joined(i - 1) || v.isCap(i - 1)) continue;
    const before = BEFORE.has(v, i - 1) || (POSSESSIVES.has(v, i - 1) && v.joined(i - 2) && BEFORE.has(v, i - 2));
    const after = i + 1 < v.count && v.joined(i) && (AFTER.has(v, i + 1) || (v.is(i + 1, '(') && v.is(i + 2, 'formerly')));
    if (before || after) out.push(candidate(v.start(i), v.end(i), 'ORG', 'X', 'rule', 30));
  }
}
