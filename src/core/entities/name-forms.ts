// The forms a full name also goes by in copy, worked out from its text: its surname (`Lavrov`), its given name
// before an Arabic particle (`Sheikh Mohammed`), its surname without or with its particle (`Moualem`, `Al
// Otaiba`), the family name of a name written family name first (`Liu`, `Hong`), the father's surname of a
// Spanish name (`García`), two surnames (`Johnson Smith`) and the father's name of a Somali or Ethiopian name.
// propagate.ts gives a surname alone the canonical name of the full name it stands for.

import { charClass, SPACE, UPPER } from '../text/chars';

/** A particle joined to a surname by a hyphen (`Al-Moualem`), which the surname also goes without. */
const HYPHENED_PARTICLE = /^(?:Al|al|El|el)-(?=\p{Lu})/u;
/** A name ending in a particle written apart and the surname (`Yousef Al Otaiba`, `Marine Le Pen`): those two words. */
const PARTICLE_AND_SURNAME = /^\S[^]*\s((?:Al|El|al|el|Le|La|De|Van|Von|Bin) \S+)$/;

/**
 * The other form of the surname `surname` that ends the name text[start, end): without its hyphened particle, or
 * with the particle written apart before it; null when it has neither. Replacements that give back what they
 * were given when there is no particle, rather than tests and cuts a short text seldom reaches (see keepFirst in
 * propagate.ts).
 */
export function otherSurnameForm(text: string, start: number, end: number, surname: string): string | null {
  const bare = surname.replace(HYPHENED_PARTICLE, '');
  const name = text.slice(start, end);
  const withParticle = name.replace(PARTICLE_AND_SURNAME, '$1');
  return bare !== surname ? bare : withParticle !== name ? withParticle : null;
}

/**
 * A name with an Arabic particle after white space (`Mohammed bin Abdulrahman Al Thani`), as its first word (up
 * to the first space): the whole name matches, so that the first word alone replaces it.
 */
const GIVEN_BEFORE_PARTICLE = /^(?=[^]*\s(?:bin|ibn|bint|Bin|al|Al|el|El)[\s-])([^ ]+) [^]*$/;

/** The first word of a full name with an Arabic particle, else null. */
export function givenNameOf(text: string, start: number, end: number): string | null {
  const name = text.slice(start, end);
  // One replace, which gives back the name itself when there is no particle, rather than a test and then a cut
  // that a short text seldom reaches (see keepFirst in propagate.ts).
  const given = name.replace(GIVEN_BEFORE_PARTICLE, '$1');
  return given === name ? null : given;
}

/**
 * Common Korean family names that begin no English given name of two words (see KOREAN_FAMILY_AND_GIVEN), as an
 * alternation.
 */
const KOREAN_FAMILIES = 'Park|Kim|Lee|Choi|Chung|Jung|Kang|Cho|Yoon|Yun|Jang|Lim|Oh|Seo|Shin|Kwon|Hwang|Ahn|Yoo|Jeon|Moon|Ban|Bae|Baek|Roh|Noh|Ryu';

/**
 * A family name and a Korean given name of two syllables joined by a hyphen (`Hong Yong-pyo`, `Ban Ki-moon`); the
 * second capitalised only after a common Korean family name, these three included (`Yoon Young-Chan`, not `Ahmed
 * Abdel-Aziz`).
 */
const FAMILY_AND_HYPHENED_GIVEN = new RegExp(`^(?:(\\p{Lu}\\p{Ll}{1,4}) \\p{Lu}\\p{Ll}{1,4}-\\p{Ll}{2,4}|(${KOREAN_FAMILIES}|Hong|Han|Song) \\p{Lu}\\p{Ll}{1,4}-\\p{Lu}\\p{Ll}{1,3})$`, 'u');
/**
 * A common Chinese family name and a given name in pinyin of one word (`Liu Weimin`, `Qin Gang`). Only family
 * names that are no English word (not `He`, `Long`, `Sun`, `Song`, `Fan`, `Ma`).
 */
const CHINESE_FAMILY_AND_GIVEN =
  /^(Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Xu|Zhu|Guo|Lin|Gao|Luo|Zheng|Liang|Xie|Tang|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Du|Cheng|Wei|Ren|Shen|Yao|Cui|Zhong|Qin|Qiu|Xue|Duan|Hou|Mao|Hao|Gong|Shao|Qian|Kong|Xiang|Wu|Hu|Yu|Fu|Zou|Meng|Xiong|Jia|Xia|Liao|Geng|Hua|Zhai|Qi|Yin|Lu)\s[A-Z][a-z]{1,7}$/;

/**
 * A common Korean family name and a given name of one or two words (`Park Jin`, `Kim Jong Un`; a hyphened given
 * name is the pattern above). Only family names that begin no English given name of two words.
 */
const KOREAN_FAMILY_AND_GIVEN = new RegExp(`^(${KOREAN_FAMILIES})(?:\\s[A-Z][a-z]{1,7}){1,2}$`);

/** The family name of a name written family name first (a Korean name, a Chinese name), else null. */
export function familyNameFirst(text: string, start: number, end: number): string | null {
  // Replaces, as in givenNameOf.
  const name = text.slice(start, end);
  const family = name.replace(FAMILY_AND_HYPHENED_GIVEN, '$1$2').replace(CHINESE_FAMILY_AND_GIVEN, '$1').replace(KOREAN_FAMILY_AND_GIVEN, '$1');
  return family === name ? null : family;
}

/** Two given names and two surnames (`José Antonio García Belaunde`): the first surname. */
const TWO_GIVEN_TWO_SURNAMES = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}{2,}) \p{Lu}\p{Ll}{2,}$/u;

/** The first of two surnames of a name of four words, else null (replaces, as in givenNameOf). */
export function paternalSurname(text: string, start: number, end: number): string | null {
  // Four words have three spaces between them: most names are ruled out before any string is made.
  let spaces = 0;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 32) spaces++;
  if (spaces !== 3) return null;
  const name = text.slice(start, end);
  const surname = name.replace(TWO_GIVEN_TWO_SURNAMES, '$1');
  return surname === name ? null : surname;
}

/** The middle word of a name of three words, capitalised and of three letters or more (not an initial), else null. */
export function middleWordOf(text: string, start: number, end: number): string | null {
  const first = text.indexOf(' ', start);
  if (first < 0 || first >= end) return null;
  const second = text.indexOf(' ', first + 1);
  if (second < 0 || second >= end) return null;
  const third = text.indexOf(' ', second + 1);
  if (third >= 0 && third < end) return null;
  const word = text.slice(first + 1, second);
  return word.length >= 3 && (charClass(word.charCodeAt(0)) & UPPER) !== 0 && !word.endsWith('.') ? word : null;
}

/** The last two words of a name of three words or more (single spaces between its words), else null. */
export function lastTwoWords(text: string, start: number, end: number): string | null {
  let spaces = 0;
  for (let k = end - 1; k > start; k--) {
    if (text.charCodeAt(k) === 32 && ++spaces === 2) return text.slice(k + 1, end);
  }
  return null;
}

/**
 * The last of the words of text[start, end) split at white space, or null for a single word: as the last of
 * `text.slice(start, end).split(/\s+/)` when there are two or more, for a span that neither starts nor ends with
 * white space (a mention's), without the array and the other words.
 */
export function surnameOf(text: string, start: number, end: number): string | null {
  for (let k = end - 1; k > start; k--) if ((charClass(text.charCodeAt(k)) & SPACE) !== 0) return text.slice(k + 1, end);
  return null;
}
