// The gender a person's name alone suggests, for the pronouns (`he`, `she`) that may stand for someone the
// gazetteer does not know: the given name, from a list, and the endings of Slavic family names and of given names.

import genders from '../entities/data/given-name-genders.json';

/** Given names that are, in the countries where they are given, overwhelmingly men's or women's (see the list). */
const GIVEN_NAME_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...genders.m.map((name) => [name, 'm'] as const),
  ...genders.f.map((name) => [name, 'f'] as const),
]);

/** Given names ending in -a that are men's, beyond the list (which leaves out the names of both genders). */
const MALE_A = /^(?:Nikita|Ilya|Luca|Mustafa|Musa|Attila|Andrea|Kosta|Sasha|Misha|Jiri|Isa|Yahya|Osama|Hamza|Idrissa|Moussa|Oumarou|Aliyu|Joshua|Elijah|Mahama|Nana|Ezra|Jonah|Csaba|Luka|Nicola|Akira|Kazuya|Takuya|Tetsuya|Shinya|Ryota|Kenta|Yuta|Kola|Abiola|Juma|Jumaa|Issa|Mousa|Zakaria|Zakariya|Garba|Elisha)$/;

/**
 * A guess from the full name alone: a Slavic family name in the feminine, else the given name of the list, else a
 * Slavic family name in the masculine or a given name in -a. Null when none says.
 */
export function guessGender(name: string): 'm' | 'f' | null {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  if (/(?:ova|eva|ëva|yova|ina|aya|ska|cka|ská|ová)$/.test(last)) return 'f';
  const first = words[0];
  // A name of one word may be a family name that is someone's given name too (`Sullivan`, `Said`).
  const given = words.length > 1 ? GIVEN_NAME_GENDER.get(first) : undefined;
  if (given !== undefined) return given;
  if (/(?:ov|ev|in|sky|ski|cki|ský|enko|uk)$/.test(last) && words.length > 1) return 'm';
  // Not a word of two letters, which is as often a man's family name (`Ma Vichet`) or a particle.
  if (words.length > 1 && first.length > 2 && /a$/.test(first) && !MALE_A.test(first)) return 'f';
  return null;
}
