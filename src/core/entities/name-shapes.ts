// Names known by their shape alone, wherever they stand, with no title or reporting verb next to them: a Korean
// name (a common family name, then a given name of two syllables joined by a hyphen: `Kwon Young-se`, `Ban
// Ki-moon`), and an Arabic name with a patronymic particle (`Abdullah bin Yahiya Al-Mua'lemi`).

import type { Candidate } from './candidates';
import type { KnownSpans } from './knownspans';
import { hyphenSyllable, nameEnd } from './names';
import { addMention } from './rules';
import { TokenSet } from './tokenset';
import type { TokenView } from './view';

const FAMILY_NAMES = new TokenSet(new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Chung', 'Jung', 'Kang', 'Cho', 'Yoon', 'Yun', 'Jang', 'Lim', 'Han', 'Oh', 'Seo',
  'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Ban', 'Bae', 'Baek', 'Nam', 'Roh',
  'Noh', 'Ryu', 'Chang', 'Yang', 'Son', 'Heo', 'Ri', 'Choe', 'Pak', 'Ha', 'Jo', 'Koo', 'Min', 'Suh', 'Won', 'Woo',
]));

/** The particles of a patronymic (`bin`, son of; `bint`, daughter of), in lower case or capitalised. */
const PATRONYMICS = new TokenSet(new Set(['bin', 'ibn', 'bint', 'Bin', 'Ibn', 'Bint']));

export function nameShapes(v: TokenView, out: Candidate[], known: KnownSpans): void {
  const caps = v.capIndices();
  for (let at = 0; at < caps.length; at++) {
    const i = caps[at];
    // Family name, space, given name's first syllable, hyphen, second syllable (tokens i to i + 3).
    if (FAMILY_NAMES.has(v, i) && v.joined(i) && hyphenSyllable(v, i + 3)) addMention(v, i, i + 4, 'PERSON', 30, out, known);
    // A given name, the particle, a capitalised name (tokens i to i + 2), where a name starts.
    else if (PATRONYMICS.has(v, i + 1) && v.joined(i) && v.joined(i + 1) && v.isCap(i + 2) && !(i > 0 && v.isCap(i - 1) && v.joined(i - 1))) {
      const e = nameEnd(v, i);
      if (e >= i + 3) addMention(v, i, e, 'PERSON', 30, out, known);
    }
  }
}
