// contentHash reads the text's UTF-8 bytes four at a time: every code unit and the length still count, chunk
// boundaries (a surrogate pair) change nothing, and the 53 bits are well mixed.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CorpusIndex, contentHash } from '../../src/core/corpus';

/** The code units encoded at a time (see hash.ts). */
const CHUNK = 16_384;

const value = (hash: string): number => parseInt(hash.split(':')[0], 36);

// Code units of every UTF-8 length, NUL, a surrogate pair and U+FFFD.
const unit = fc.constantFrom('a', 'Z', ' ', '\n', '\u0000', 'é', 'ж', '’', '\ufffd', '😀', '中');
const texts = fc.array(unit, { maxLength: 60 }).map((xs) => xs.join(''));

/** The text with the code unit at `i` replaced by another that is still a whole character. */
function changed(text: string, i: number, by: string): string {
  return text.slice(0, i) + by + text.slice(i + 1);
}

describe('contentHash', () => {
  it('is a 53-bit number and the length', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const h = contentHash(text);
        assert.match(h, /^[0-9a-z]+:\d+$/);
        assert.equal(h, contentHash(text.slice(0, 0) + text));
        assert.ok(value(h) < 2 ** 53);
        assert.equal(h.split(':')[1], String(text.length));
      }),
    );
  });

  it('changes with any one code unit, in short texts and across the chunks of long ones', () => {
    const long = 'The talks resumed. '.repeat(Math.ceil((2.5 * CHUNK) / 19)).slice(0, Math.floor(2.5 * CHUNK));
    fc.assert(
      fc.property(fc.boolean(), texts, fc.nat(), fc.constantFrom('b', '\u0000', 'ü', '—', '\ufffd'), (isLong, short, at, by) => {
        const text = isLong ? long + short : short;
        if (text.length === 0) return;
        let i = at % text.length;
        // A whole character is replaced: never half of a surrogate pair.
        const c = text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff) i--;
        if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff) return;
        const other = changed(text, i, by);
        if (other !== text) assert.notEqual(contentHash(other), contentHash(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a surrogate pair whole at a chunk boundary', () => {
    const head = 'a'.repeat(CHUNK - 1);
    const pair = contentHash(`${head}😀 and more`);
    assert.notEqual(pair, contentHash(`${head}\ufffd\ufffd and more`));
    assert.notEqual(pair, contentHash(`${head}😁 and more`));
  });

  it('hashes a lone surrogate as U+FFFD, which is how UTF-8 writes it', () => {
    assert.equal(contentHash('a\ud800b'), contentHash('a\ufffdb'));
  });

  it('spreads near-identical texts over the 53 bits', () => {
    // Some 100,000 texts a few units apart: with 53 bits, even one collision among them is a one-in-a-million event.
    const hashes = new Set<number>();
    const texts = new Set<string>();
    const base = 'Lavrov met Blinken in Geneva on 12 May. ';
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789 .';
    for (let k = 0; k < 100_000; k++) {
      const pick = (p: number): string => alphabet[Math.floor(k / alphabet.length ** p) % alphabet.length];
      const pos = Math.floor(k / alphabet.length ** 3);
      const text = changed(changed(changed(base, pos, pick(0)), pos + 1, pick(1)), pos + 3, pick(2));
      texts.add(text);
      hashes.add(value(contentHash(text)));
    }
    assert.equal(hashes.size, texts.size);
  });

  it('mixes the last byte of each word as well as the first', () => {
    // A product carries bits upwards only: without a shift down, texts that differ in the bytes at 3, 7 and 11
    // (ASCII: one byte a unit), the top bytes of their words, would share the low bits and collide by the
    // thousand.
    const hashes = new Set<number>();
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU';
    const base = 'The minister said the talks would go on. ';
    for (const a of alphabet) for (const b of alphabet) for (const c of alphabet) hashes.add(value(contentHash(changed(changed(changed(base, 3, a), 7, b), 11, c))));
    assert.equal(hashes.size, alphabet.length ** 3);
  });

  it('flips about half of the bits when one unit changes', () => {
    let flipped = 0;
    let runs = 0;
    fc.assert(
      fc.property(texts, fc.nat(), (text, at) => {
        if (text.length === 0) return;
        const i = at % text.length;
        if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdfff) return;
        const other = changed(text, i, text[i] === 'x' ? 'y' : 'x');
        let d = 0;
        let x = BigInt(value(contentHash(text))) ^ BigInt(value(contentHash(other)));
        for (; x > 0n; x >>= 1n) d += Number(x & 1n);
        flipped += d;
        runs++;
      }),
      { numRuns: 3000 },
    );
    const mean = flipped / runs;
    assert.ok(mean > 24 && mean < 29, `${mean.toFixed(1)} of 53 bits flipped on average`);
  });

  it('makes a cached record of an older hash stale, not wrong', () => {
    // The extension's cache compares hashes: a record made under another hash function is analysed again.
    const index = new CorpusIndex();
    index.set({ file: 'a.txt', hash: '1x2y3z:5', date: null, headline: 'a', headlineStart: 0, topics: [], quotes: [], entities: [] });
    const restored = CorpusIndex.deserialize(index.serialize());
    assert.equal(restored.isCurrent('a.txt', contentHash('hello')), false);
  });
});
