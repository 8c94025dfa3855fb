// Cues read from how a quotation's sentence opens: a person and an aside straight into the quotation, `For` and a
// person, a participle of report with no subject, and a participle's phrase whose subject comes after the quotation.

import { attribution } from './cue-attribution';
import { subjectAndVerb } from './coordinated';
import { fullName, nameGender, paragraphStartBefore, recentSpeaker } from './context';
import { lastSpokenQuote, type State } from './state';
import { speakerAttribution, withVia, type SpeakerAttribution } from './types';

/**
 * `German Foreign Minister Gabriel, on a question about the Incirlik base, “…”`: a sentence that names a person
 * (after titles) and goes on, past an aside set off by commas, straight into the quotation: the person's words.
 */
export function verblessLead(s: State, head: string, headStart: number): SpeakerAttribution | null {
  if (!ASIDE_TO_QUOTE.test(head)) return null;
  let i = s.ctx.mentionStarts.firstAtOrAfter(headStart);
  // Past a nationality or a place among the titles (`German Foreign Minister`).
  while (i < s.ctx.mentions.length && (s.ctx.mentions[i].type === 'NORP' || s.ctx.mentions[i].type === 'GPE')) i++;
  const who = s.ctx.mentions[i];
  const end = headStart + head.length;
  if (who === undefined || who.type !== 'PERSON' || who.end >= end || !TITLES_ONLY.test(s.text.slice(headStart, who.start))) return null;
  if (!ASIDE_AFTER_NAME.test(s.text.slice(who.end, end))) return null;
  return speakerAttribution(fullName(s.ctx, who), { start: who.start, end, text: s.text.slice(who.start, end).trim() }, null, 'same-sentence');
}
/** A comma ends the words before the quotation. */
const ASIDE_TO_QUOTE = /,\s*$/;
/** Capitalised words only (titles, a nationality) before the name. */
const TITLES_ONLY = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;
/** An aside between commas right after the name, with no clause's end in it. */
const ASIDE_AFTER_NAME = /^\s*,[^.!?;:"“”]{1,120},\s*$/;

/**
 * `But for Assistant Secretary for ASEAN Affairs Daniel Espiritu, it is still "premature to say" that …`: a sentence
 * that opens with `for` and a person (after titles) gives that person's view, in the person's words.
 */
export function inTheViewOf(s: State, head: string, headStart: number): SpeakerAttribution | null {
  const m = FOR_OPENING.exec(head);
  if (m === null) return null;
  const comma = head.indexOf(',', m[0].length);
  if (comma < 0) return null;
  const at = headStart + comma;
  const who = s.ctx.mentions[s.ctx.mentionStarts.firstAtOrAfter(at) - 1];
  if (who === undefined || who.type !== 'PERSON' || who.end !== at || !TITLE_WORDS_BEFORE.test(s.text.slice(headStart + m[0].length, who.start))) return null;
  const end = headStart + head.length;
  return speakerAttribution(fullName(s.ctx, who), { start: headStart + m[0].length, end, text: s.text.slice(headStart + m[0].length, end).trim() }, null, 'same-sentence');
}
/** `For`, perhaps after `But` or `And`, opening the sentence. */
const FOR_OPENING = /^\s*(?:(?:But|And|Yet)\s+for|For)\s+/;
/** Capitalised words of titles, and the small words and bracketed acronyms among them, before a name. */
const TITLE_WORDS_BEFORE = /^(?:(?:\(?\p{Lu}[\p{L}.'’-]*\)?|of|for|the|and)\s+){0,10}$/u;

/**
 * `In his opinion, “probably, the results will be soon …”` after Lavrov's words: a sentence that opens with the
 * view of `his` or `her` goes on with the last quotation's speaker, within the two paragraphs before, when the
 * pronoun can stand for that speaker.
 */
export function inTheirView(s: State, head: string, headStart: number): SpeakerAttribution | null {
  const m = IN_THEIR_VIEW.exec(head);
  const last = m === null ? undefined : lastSpokenQuote(s);
  if (m === null || last?.speaker == null || last.end < paragraphStartBefore(s.ctx, headStart, 2)) return null;
  const name = last.speaker.name;
  const gender = nameGender(s.ctx, name);
  return gender === (m[1].toLowerCase() === 'his' ? 'm' : 'f') || (gender === null && /\s/.test(name)) ? withVia(last.speaker, 'previous-quote') : null;
}
/** `In his opinion,`, `In her view,`, perhaps after `But` or `And`, as all of the words before the quotation. */
const IN_THEIR_VIEW = /^\s*(?:(?:But|And)\s+)?[Ii]n\s+(his|her)\s+(?:opinion|view|words|assessment|estimation)\s*,\s*$/;

/**
 * `Adding “Somalia will realise …”` after `… The minister tweeted earlier.`: a sentence that opens with a
 * participle of report and no subject goes on with the last quotation's speaker, within the two paragraphs before.
 */
export function openingParticiple(s: State, head: string, headStart: number): SpeakerAttribution | null {
  if (!OPENING_PARTICIPLE.test(head)) return null;
  const last = lastSpokenQuote(s);
  return last?.speaker != null && last.end >= paragraphStartBefore(s.ctx, headStart, 2) ? withVia(last.speaker, 'previous-quote') : null;
}
const OPENING_PARTICIPLE = /^\s*(?:Adding|Saying|Stressing|Noting|Warning|Insisting|Reiterating|Explaining|Continuing)\b[^.!?;]*$/;

/**
 * The subject and verb after one of the first commas of `rest` (the sentence after the quotation), when the
 * sentence opens with a participle (`head`, the words before the quotation) and the subject is the last speaker,
 * within two paragraphs: whose words the phrase gives.
 */
export function subjectAfterOpeningPhrase(s: State, head: string, rest: string, restStart: number): SpeakerAttribution | null {
  if (!PARTICIPLE_OPENS.test(head) || NOT_PARTICIPLES.test(head)) return null;
  let c = rest.indexOf(',');
  for (let n = 0; c >= 0 && n < 4; n++, c = rest.indexOf(',', c + 1)) {
    const cue = subjectAndVerb(rest.slice(c + 1));
    if (cue === null) continue;
    // Only one who goes on speaking: in a summary of a briefing the subject may be what the speaker reports on
    // (`Citing the lack of permits, “which are almost impossible … to obtain”, Israeli authorities demolished …`).
    const found = attribution(s, cue, restStart + c + 1, 'same-sentence');
    const last = recentSpeaker(s.ctx, restStart);
    return found !== null && last !== undefined && found.name === last.name ? found : null;
  }
  return null;
}
/** A capitalised word in `-ing` opening the words. */
const PARTICIPLE_OPENS = /^\s*\p{Lu}\p{Ll}{2,}ing\s/u;
/**
 * Words in `-ing` of six letters or more (the shortest PARTICIPLE_OPENS takes) that are no participles: a
 * preposition, places, nouns.
 */
const NOT_PARTICIPLES = /^\s*(?:During|Beijing|Nanjing|Spring|Morning|Evening|Nothing|Something|Everything|Anything|Sterling|Darjeeling|Kunming|Xining)\s/;
