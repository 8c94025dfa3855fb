// An interview set out as questions and answers, each answer a quotation paragraph with no cue: the answer is the
// interviewee's, named in the first question or in the answers before. From the Corriere della Sera interview of
// blind batch 36, and variants.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { quoteKindsAndSpeakers } from './helpers';

const quotes = quoteKindsAndSpeakers;

const interview =
  'The Minister of Foreign Affairs on the talks\n' +
  'Zelensky is reportedly ready to meet Putin on Thursday in Turkey. Does the Tsar truly want peace, Minister Antonio Tajani?\n' +
  '“That both Putin and Zelensky are prepared to meet is a decisive step forward, and we must encourage it in every possible way”.\n' +
  'Do you not think the Prime Minister should have been in Kyiv in person?\n' +
  '“Giorgia Meloni joined via video conference, so she was indeed present. What matters is being present in substance”.\n' +
  'Doesn’t the opposition have a point when it accuses you of ‘damaging Italy’?\n' +
  '“No. We are organising the major international conference on Ukraine’s reconstruction in Rome”.';

describe('an answer after a question', () => {
  it('is the one the question addresses by name, and the next answers are theirs too', () => {
    assert.deepEqual(quotes(interview), ['direct:Antonio Tajani', 'direct:Antonio Tajani', 'scare:null', 'direct:Antonio Tajani']);
  });

  it('is no one’s when the question names no one and no answer came before', () => {
    const text = 'Interview\n\nWhat do you expect from the summit next week?\n\n“We expect a clear statement on the ceasefire and on aid.”';
    assert.deepEqual(quotes(text), ['direct:null']);
  });
});
