// Korean names by their shape: a common family name, then a given name of two syllables joined by a hyphen
// (`Kwon Young-se`, `Ban Ki-moon`, `Chung Eui-yong`). The shape says it is a person's name wherever it stands,
// with no title or reporting verb next to it.

import type { Candidate } from './candidates';
import type { KnownSpans } from './knownspans';
import { hyphenSyllable } from './names';
import { addMention } from './rules';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';

const FAMILY_NAMES = new TokenSet(new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Chung', 'Jung', 'Kang', 'Cho', 'Yoon', 'Yun', 'Jang', 'Lim', 'Han', 'Oh', 'Seo',
  'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Ban', 'Bae', 'Baek', 'Nam', 'Roh',
  'Noh', 'Ryu', 'Chang', 'Yang', 'Son', 'Heo', 'Ri', 'Choe', 'Pak', 'Ha', 'Jo', 'Koo', 'Min', 'Suh', 'Won', 'Woo',
]));

export function koreanNames(v: TokenView, out: Candidate[], known: KnownSpans): void {
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    // Family name, space, given name's first syllable, hyphen, second syllable (tokens i to i + 3).
    if (FAMILY_NAMES.has(v, i) && v.joined(i) && hyphenSyllable(v, i + 3)) addMention(v, i, i + 4, 'PERSON', 30, out, known);
  }
}
