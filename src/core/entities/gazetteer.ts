// The gazetteer: every name and alias of the data files in a token trie, plus people by surname.

import { NameTrie } from './nametrie';
import type { TokenView } from './view';
import { vocabulary } from './vocab';
import type { EntityType } from './types';

export interface PersonInfo {
  surname: string;
  gender: 'm' | 'f' | null;
  /** Titles the person held, `Foreign Minister`, with the country and the years (null: unknown, or still held). */
  roles: { title: string; country: string | null; from: number | null; to: number | null }[];
}

export interface GazetteerEntry {
  type: EntityType;
  canonical: string;
  /** Higher wins when one name has several meanings (`Georgia` the country over the US state). */
  priority: number;
  person?: PersonInfo;
  /**
   * For a name that opens with a place in the possessive (`Russia's Foreign Ministry`): the place and its length.
   * The name is known as a whole, but a mention of it is two entities, `Russia` and `Foreign Ministry`, the
   * possessive in neither (the guidelines' minimal spans).
   */
  owner?: { entry: GazetteerEntry; length: number };
  /** For a person's name that opens with a title (`Prince Faisal bin Farhan`): the title's length and the space after it, outside the mention. */
  title?: number;
}

function best(entries: readonly GazetteerEntry[]): GazetteerEntry {
  let b = entries[0];
  for (let k = 1; k < entries.length; k++) if (entries[k].priority > b.priority) b = entries[k];
  return b;
}

const sameEntry = (a: GazetteerEntry, b: GazetteerEntry): boolean => a.type === b.type && a.canonical === b.canonical;

export class Gazetteer {
  /** Names; a name's entry is the one of the highest priority, the first of them on a tie. */
  readonly names = new NameTrie<GazetteerEntry>(best);
  /** People by surname, for a surname standing alone. */
  readonly bySurname = new Map<string, GazetteerEntry[]>();
  /** The same lists by the vocabulary id of the surname. */
  private readonly surnameIds = new Map<number, GazetteerEntry[]>();
  /** 1 at the vocabulary id of each surname: most capitalised words are none, told by one array read. */
  private isSurnameId = new Uint8Array(1024);

  /** Places whose name starts with `The` (`The Hague`), by the rest of the name, for `in the Hague`. */
  private readonly afterThe = new Map<string, GazetteerEntry>();

  /** Places and organisations by their spelling in capitals (`VIENNA` → Vienna), for datelines. */
  private readonly placesInCapitals = new Map<string, GazetteerEntry>();

  add(name: string, entry: GazetteerEntry): void {
    this.names.add(name, entry, sameEntry);
    if (entry.type === 'GPE' && name.startsWith('The ')) this.afterThe.set(name.slice(4), entry);
    // In capitals, as datelines and headlines write them: one-word places (`VIENNA`), and places and
    // organisations of two or three words (`UNITED NATIONS, March 14 (Reuters)`, `NEW YORK`).
    const oneWordPlace = entry.type === 'GPE' && /^\p{Lu}\p{Ll}{3,}$/u.test(name);
    const fewWords = (entry.type === 'GPE' || entry.type === 'ORG') && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(name);
    if (oneWordPlace || fewWords) {
      const key = name.toUpperCase();
      const known = this.placesInCapitals.get(key);
      if (!known || entry.priority > known.priority) this.placesInCapitals.set(key, entry);
    }
  }

  /** The name words in capitals spell (`VIENNA`, `UNITED NATIONS`): a one-word place of four letters or more, or a place or organisation of two or three words. */
  placeInCapitals(word: string): GazetteerEntry | undefined {
    return this.placesInCapitals.get(word);
  }

  /** The place `The <word>` names when a lower-case `the` stands before the word (`in the Hague`), if any. */
  placeAfterLowerThe(word: string): GazetteerEntry | undefined {
    return this.afterThe.get(word);
  }

  addSurname(surname: string, entry: GazetteerEntry): void {
    const list = this.bySurname.get(surname) ?? [];
    if (!list.includes(entry)) list.push(entry);
    this.bySurname.set(surname, list);
    const id = vocabulary.intern(surname);
    this.surnameIds.set(id, list);
    if (id >= this.isSurnameId.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.isSurnameId.length * 2));
      grown.set(this.isSurnameId);
      this.isSurnameId = grown;
    }
    this.isSurnameId[id] = 1;
  }

  /** The people whose surname token `i` is, as `bySurname.get(v.str(i))`. */
  peopleBySurname(v: TokenView, i: number): GazetteerEntry[] | undefined {
    const id = v.id(i);
    return id < this.isSurnameId.length && this.isSurnameId[id] === 1 ? this.surnameIds.get(id) : undefined;
  }
}
