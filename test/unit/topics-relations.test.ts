// Relation key phrases (`Russia-NATO relations`) as the topics find them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeStructure } from '../../src/core/text';
import { buildLexicon, findTopics } from '../../src/core/topics';

const ROOT = join(__dirname, '..', '..', '..');
const { lexicon } = buildLexicon(readFileSync(join(ROOT, 'src', 'core', 'topics', 'lexicon.yaml'), 'utf8'));

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
