// Shared helpers of the unit tests: the seed texts and their gold annotations, and the quotations of a text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { findEntities } from '../../src/core/entities';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SEED_NAMES = ['000_e9822723eeb1ed02', '004_0b22a2b964df6e34'] as const;

export function seedText(name: (typeof SEED_NAMES)[number]): string {
  return fs.readFileSync(path.join(ROOT, 'seeds', `${name}.txt`), 'utf8');
}

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}
export interface GoldQuote extends GoldSpan {
  speaker: string | null;
  kind: 'direct' | 'scare';
  nested?: boolean;
  unclosed?: boolean;
}
export interface GoldEntity extends GoldSpan {
  type: string;
}
export interface Gold {
  quotes: GoldQuote[];
  entities: GoldEntity[];
  topics: string[];
  speakers: Record<string, string[]>;
}

export function seedGold(name: (typeof SEED_NAMES)[number]): Gold {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'gold', `${name}.json`), 'utf8')) as Gold;
}

/** `kind:speaker` of every quotation the analysis finds in `text` (`direct:Sergei Lavrov`, `scare:null`). */
export function quoteKindsAndSpeakers(text: string): string[] {
  return analyze(text).quotes.map((q) => `${q.kind}:${q.speaker?.name ?? null}`);
}

/** The speaker of every quotation the analysis finds in `text`, null where it has none. */
export function quoteSpeakers(text: string): (string | null)[] {
  return analyze(text).quotes.map((q) => q.speaker?.name ?? null);
}

/** The text of every person the analysis names in `text`, in order. */
export function personNames(text: string): string[] {
  return analyze(text)
    .entities.filter((e) => e.type === 'PERSON')
    .map((e) => e.text);
}

/** Every person the analysis names in `text`: its text, and `=canonical` after it where the two differ. */
export function personMentions(text: string): string[] {
  return analyze(text)
    .entities.filter((e) => e.type === 'PERSON')
    .map((e) => (e.canonical === e.text ? e.text : `${e.text}=${e.canonical}`));
}

/** Every person the entity scan finds in `text`, as `text = canonical`. */
export function peopleFound(text: string): string[] {
  return findEntities(text)
    .filter((e) => e.type === 'PERSON')
    .map((e) => `${e.text} = ${e.canonical}`);
}
