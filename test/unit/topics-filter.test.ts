// The first-token filter of the topic lexicon may only say "no" where the trie would find nothing.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tokenize } from '../../src/core/entities/tokens';
import { analyzeStructure } from '../../src/core/text';
import { buildLexicon, findTopics, scoreParagraph } from '../../src/core/topics';
import { FirstTokenFilter } from '../../src/core/topics/firsts';
import { stem } from '../../src/core/topics/stem';

const ROOT = join(__dirname, '..', '..', '..');
const { lexicon } = buildLexicon(readFileSync(join(ROOT, 'src', 'core', 'topics', 'lexicon.yaml'), 'utf8'));

describe('first-token filter', () => {
  it('lets through every word whose stem is a first token, in any case and inflection', () => {
    const words = ['sanction', 'relation', 'policy', 'missile', 'treaty', 'box', 'church', 'bus'];
    const filter = new FirstTokenFilter(true);
    for (const w of words) filter.add(stem(w));
    for (const w of words) {
      for (const form of [w, `${w}s`, `${w}es`, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), w.replace(/y$/, 'ies')]) {
        if (stem(form) !== stem(w)) continue;
        assert.ok(filter.mayStart(form, 0, form.length), `${form} (stem ${stem(form)}) was ruled out`);
      }
    }
  });

  it('never rules out a token that a random key set holds, and rules out most others', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e', 'i', 's', 'y', 'S', 'h', 'x'), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.array(word, { maxLength: 30 }), (keys, probes) => {
        const filter = new FirstTokenFilter(true);
        const stems = new Set(keys.map(stem));
        for (const k of stems) filter.add(k);
        for (const p of [...keys, ...probes]) if (stems.has(stem(p))) assert.ok(filter.mayStart(p, 0, p.length), p);
      }),
      { numRuns: 500 },
    );
    const filter = new FirstTokenFilter(false);
    filter.add('NATO');
    assert.equal(filter.mayStart('NATO', 0, 4), true);
    assert.equal(filter.mayStart('Nato', 0, 4), false);
    assert.equal(filter.mayStart('said', 0, 4), false);
    assert.equal(filter.mayStart('Zürich', 0, 6), true, 'a token beyond ASCII is always let through');
  });

  it('scores a seed paragraph the same with and without the filter', () => {
    const text = readFileSync(join(ROOT, 'seeds', '000_e9822723eeb1ed02.txt'), 'utf8');
    const open = { ...lexicon, foldedFirst: { mayStart: () => true }, exactFirst: { mayStart: () => true } } as unknown as typeof lexicon;
    let scored = 0;
    for (const line of text.split('\n')) {
      const start = text.indexOf(line);
      const p = { start, end: start + line.length };
      const a = scoreParagraph(text, p, lexicon);
      assert.deepEqual([...a], [...scoreParagraph(text, p, open)]);
      scored += a.size;
    }
    assert.ok(scored > 10, 'the seed has topic terms');
    assert.ok(tokenize(text).count > 1000);
  });
});

describe('relation key phrases', () => {
  const topicsOf = (text: string): string[] => {
    const s = analyzeStructure(text);
    return findTopics(text, s.paragraphs, [], lexicon)
      .filter((t) => t.label.endsWith(' relations'))
      .map((t) => `${t.label}: ${t.passages.map((p) => text.slice(p.start, p.end).slice(0, 12)).join(' | ')}`);
  };

  it('finds `X-Y relations` with hyphens and en dashes, in the paragraph that holds them', () => {
    const text = [
      'Talks began in Geneva.',
      'Officials said Russia-NATO relations were at a low, and Russian–U.S. ties no better.',
      'A pre-War mood and a well-Known e-Mail aside, Russia-NATO relations dominated.',
      'No dash-Here relations: the word after it is not a capital.',
    ].join('\n\n');
    // `Russia-NATO relations` is also a lexicon topic: the key phrase joins it under the one label.
    assert.deepEqual(topicsOf(text), ['Russia-NATO relations: Officials sa | A pre-War mo', 'Russia-US relations: Officials sa']);
  });

  it('finds none where a dash before a capital is followed by no relation word', () => {
    assert.deepEqual(topicsOf('The Franco-German plan and the Rome-Berlin axis.\n\nU.S.-Led forces moved.'), []);
  });
});
