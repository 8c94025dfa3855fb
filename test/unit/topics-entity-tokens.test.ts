// Topics read the tokens of the entity scan instead of tokenizing the text again: the scan's tokens against
// `tokenize`, and analyze()'s topics (from the scan of the text with its page furniture blanked out) against
// findTopics tokenizing the text itself.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { findEntities } from '../../src/core/entities';
import { gazetteer } from '../../src/core/entities/load';
import { tokenize, type Tokens } from '../../src/core/entities/tokens';
import { TokenView } from '../../src/core/entities/view';
import { vocabulary } from '../../src/core/entities/vocab';
import { buildLexicon, findTopics } from '../../src/core/topics';
import { ROOT } from './helpers';

const LEXICON = buildLexicon(readFileSync(join(ROOT, 'src', 'core', 'topics', 'lexicon.yaml'), 'utf8')).lexicon;

// Everything that can end, change or split a token: dotted initials, marks, surrogate pairs and halves, dashes.
const PIECES = [
  'abc', 'Lavrov', 'NATO', 'x1', '1999', 'é', 'Ü', 'ж', '\u0301', '٣', '𝐀', '𝐚', '😀', '\ud800', '\udc00', 'U.S.', 'A.', 'B.',
  '.', '-', '–', '’', '`', '©', ' ', '  ', '\n', '\r\n', '\r', '\t', '\u00a0', '\u2028', '\ufeff',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

function plainTokens(t: Tokens): { starts: number[]; ends: number[] } {
  return { starts: Array.from(t.starts.subarray(0, t.count)), ends: Array.from(t.ends.subarray(0, t.count)) };
}

// Article lines: paragraphs with lexicon terms and relations, and page furniture (alone, indented, or a caption
// wrapped over two lines) with terms of its own, which topics must not see.
const LINES = [
  'Lavrov said the Russia-NATO relations were at stake over missile defence.',
  'The nuclear programme of Iran and the sanctions were discussed at the Security Council.',
  'Talks on the New START Treaty resumed; the START Treaty expires soon.',
  'U.S.-Russian talks on arms control and energy security',
  'The Iran-EU dialogue on human rights and the gas transit deal.',
  'Share this article',
  '  Read more: sanctions against the nuclear programme  ',
  'Photo: missile defence and arms control',
  'Photo: nuclear programme sanctions\nmissile defence talks',
  '© Reuters: Russia-NATO relations',
  '•••',
  '',
  '   ',
];
const articles = fc
  .array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\n \n')), { minLength: 1, maxLength: 14 })
  .map((xs) => xs.map(([line, end]) => line + end).join(''));

describe('topics from the entity scan', () => {
  gazetteer();
  it('scans the tokens `tokenize` makes', () => {
    fc.assert(
      fc.property(texts, texts, (before, text) => {
        // The scan may reuse the arrays of a longer text scanned before: its tokens must not show through.
        new TokenView(before + before + 'Lavrov said', vocabulary, true).release();
        const v = new TokenView(text, vocabulary, true);
        assert.deepEqual(plainTokens(v.tokens()), plainTokens(tokenize(text)));
        v.release();
      }),
      { numRuns: 1000 },
    );
  });

  it('hands the tokens of the text to the caller of findEntities', () => {
    fc.assert(
      fc.property(articles, (text) => {
        let tokens: Tokens | undefined;
        findEntities(text, { onTokens: (t) => (tokens = t) });
        assert.ok(tokens);
        assert.deepEqual(plainTokens(tokens), plainTokens(tokenize(text)));
      }),
      { numRuns: 200 },
    );
  });

  it('finds the topics of the text itself, though the scan had its page furniture blanked out', () => {
    let withFurniture = 0;
    let withTopics = 0;
    fc.assert(
      fc.property(articles, (text) => {
        const a = analyze(text, { lexicon: LEXICON });
        if (a.structure.boilerplate.length > 0) withFurniture++;
        if (a.topics.length > 0) withTopics++;
        const paragraphs = a.structure.paragraphs.filter((p) => !p.boilerplate && p.duplicateOf === null);
        assert.deepEqual(a.topics, findTopics(text, paragraphs, a.entities, LEXICON));
      }),
      { numRuns: 300 },
    );
    // The property says little unless many of the articles have furniture, and topics.
    assert.ok(withFurniture > 100, `${withFurniture} articles with page furniture`);
    assert.ok(withTopics > 100, `${withTopics} articles with topics`);
  });
});
