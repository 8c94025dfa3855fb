// Grammar tests for syntaxes/diplomatic-text.tmLanguage.json. Run: npm run test:grammar
// Optional argument: a substring of test names to run only those.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  ROOT, GRAMMAR_PATH, loadGrammar, tokenize, quotedRegions, hasScope,
  assertScope, assertNoScope, assertToken, assertQuotes, assertMarks, test, run, AssertionError,
} from './harness.mjs';

const require = createRequire(import.meta.url);
const oniguruma = require('vscode-oniguruma');

const SEEDS = ['000_e9822723eeb1ed02', '004_0b22a2b964df6e34'];
const seedText = (name) => fs.readFileSync(path.join(ROOT, 'seeds', `${name}.txt`), 'utf8');
const seedLines = (name) => seedText(name).split('\n');
/** The seed line that contains `needle`. */
const seedLine = (name, needle) => {
  const line = seedLines(name).find((l) => l.includes(needle));
  if (!line) throw new Error(`no line with ${needle} in ${name}`);
  return line;
};
/** Tokenise `line` as body text (a dateline and headline go first, so the line is not taken as one). */
const BODY_PREFIX = '1 January 2000\n\nHeadline\n\n';
async function body(text) {
  const doc = await tokenize(BODY_PREFIX + text);
  // expose only the body part for quote assertions, keep offsets relative to the body text
  const off = BODY_PREFIX.length;
  return {
    text,
    tokens: doc.tokens.filter((t) => t.start >= off).map((t) => ({ ...t, start: t.start - off, end: t.end - off })),
  };
}
const NOT_STRING = 'string.quoted';
const A = '000_e9822723eeb1ed02';
const B = '004_0b22a2b964df6e34';

// ---- grammar hygiene -----------------------------------------------------------------------------

test('grammar: scopeName, valid JSON, every scope name ends in .diplomatic', () => {
  const g = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
  if (g.scopeName !== 'text.diplomatic') throw new AssertionError(`scopeName is ${g.scopeName}`);
  const bad = [];
  (function walk(o) {
    if (Array.isArray(o)) return o.forEach(walk);
    if (o && typeof o === 'object') {
      for (const k of ['name', 'contentName']) {
        if (typeof o[k] === 'string') for (const s of o[k].split(/\s+/)) if (!s.endsWith('.diplomatic')) bad.push(s);
      }
      Object.values(o).forEach(walk);
    }
  })(g.repository);
  if (bad.length) throw new AssertionError(`scopes without .diplomatic suffix: ${bad.join(', ')}`);
});

test('grammar: every regular expression compiles in Oniguruma', async () => {
  await loadGrammar();
  const g = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
  const errors = [];
  (function walk(o, where) {
    if (Array.isArray(o)) return o.forEach((x, i) => walk(x, `${where}[${i}]`));
    if (o && typeof o === 'object') {
      for (const k of ['match', 'begin', 'end', 'while']) {
        if (typeof o[k] === 'string') {
          try { new oniguruma.OnigScanner([o[k]]).dispose(); } catch (e) { errors.push(`${where}.${k}: ${e.message}`); }
        }
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${where}.${k}`);
    }
  })(g, 'grammar');
  if (errors.length) throw new AssertionError(errors.join('\n'));
});

// ---- dateline and headline -----------------------------------------------------------------------

test('header: seed 000 dateline "26 Dec 2011" and speaker-label headline', async () => {
  const doc = await tokenize(seedText(A));
  assertToken(doc, '26 Dec 2011', 'constant.numeric.date.diplomatic');
  assertScope(doc, '26 Dec 2011', 'meta.dateline.diplomatic');
  const headline = seedLines(A)[2];
  assertToken(doc, headline, 'markup.heading.diplomatic');
  assertScope(doc, headline, 'entity.name.section.diplomatic');
  assertNoScope(doc, headline, 'entity.name.tag.speaker-label');
  assertNoScope(doc, 'Agreement regarding equal', 'markup.heading');
  assertNoScope(doc, 'Agreement regarding equal', 'meta.header');
});

test('header: seed 004 "14 March 2012, 16:29", headline with a quote, duplicate below is body', async () => {
  const doc = await tokenize(seedText(B));
  assertToken(doc, '14 March 2012', 'constant.numeric.date.diplomatic');
  assertToken(doc, '16:29', 'constant.numeric.time.diplomatic');
  assertScope(doc, 'Missile defence as indicator of ', 'markup.heading.diplomatic', 0);
  assertScope(doc, 'resetting', 'markup.heading.diplomatic', 0);
  assertScope(doc, 'resetting', 'string.quoted.single.diplomatic', 0);
  assertNoScope(doc, 'Missile defence as indicator of ', 'markup.heading', 1);
  assertScope(doc, 'resetting', 'string.quoted.single.diplomatic', 1);
});

for (const [first, date, time] of [
  ['March 14, 2012', 'March 14, 2012'],
  ['2012-03-14', '2012-03-14'],
  ['Wednesday, 14 March 2012 16:29 GMT', 'Wednesday, 14 March 2012', '16:29 GMT'],
  ['26.12.2011', '26.12.2011'],
  ['MOSCOW, December 26, 2011', 'December 26, 2011'],
]) {
  test(`header: dateline format ${JSON.stringify(first)}`, async () => {
    const doc = await tokenize(`${first}\n\nLavrov: talks on missile defence\n\nBody text, he said.`);
    assertToken(doc, date, 'constant.numeric.date.diplomatic');
    if (time) assertToken(doc, time, 'constant.numeric.time.diplomatic');
    assertScope(doc, first, 'meta.dateline.diplomatic');
    assertToken(doc, 'Lavrov: talks on missile defence', 'markup.heading.diplomatic');
    assertNoScope(doc, 'Body text', 'markup.heading');
  });
}

test('header: headline is the first non-empty line after blank and whitespace-only lines', async () => {
  const doc = await tokenize('14 March 2012\n\n   \n\t\n  The headline  \nSecond line\n\nBody');
  assertToken(doc, 'The headline', 'markup.heading.diplomatic');
  for (const s of ['Second line', 'Body']) { assertNoScope(doc, s, 'markup.heading'); assertNoScope(doc, s, 'meta.header'); }
});

test('header: without a dateline, the first non-empty line is the headline', async () => {
  let doc = await tokenize('Lavrov: “We are ready”\nBody line, he said.');
  assertScope(doc, 'Lavrov: ', 'markup.heading.diplomatic');
  assertScope(doc, 'We are ready', 'string.quoted.double.curly.diplomatic');
  assertNoScope(doc, 'Body line', 'markup.heading');
  assertNoScope(doc, 'Lavrov', 'constant.numeric.date');
  doc = await tokenize('\n\nHeadline after blank lines\nBody');
  assertToken(doc, 'Headline after blank lines', 'markup.heading.diplomatic');
  assertNoScope(doc, 'Body', 'markup.heading');
});

test('header: a date later in the document is not a dateline (\\A anchors to the document start)', async () => {
  const doc = await tokenize('26 Dec 2011\n\nHeadline\n26 Dec 2011\nMarch 14, 2012');
  assertNoScope(doc, '26 Dec 2011', 'meta.dateline', 1);
  assertNoScope(doc, '26 Dec 2011', 'constant.numeric.date', 1);
  assertNoScope(doc, 'March 14, 2012', 'meta.dateline');
});

test('header: CRLF document', async () => {
  const doc = await tokenize('26 Dec 2011\r\n\r\nThe headline\r\n"Quoted," he said.\r\n');
  assertToken(doc, '26 Dec 2011', 'constant.numeric.date.diplomatic');
  assertToken(doc, 'The headline', 'markup.heading.diplomatic');
  assertQuotes(doc, ['Quoted,']);
});

// ---- quotations ----------------------------------------------------------------------------------

test('quotes: straight double, marks scoped separately from the content (seed)', async () => {
  const doc = await body(seedLine(A, 'Alas, no quick'));
  assertQuotes(doc, [{ text: 'Alas, no quick solution is anticipated,', closed: true }]);
  assertToken(doc, '"', 'punctuation.definition.string.begin.diplomatic', 0);
  assertToken(doc, '"', 'punctuation.definition.string.end.diplomatic', 1);
  assertNoScope(doc, '"', 'meta.quote.content', 0);
  assertToken(doc, 'Alas, no quick solution is anticipated,', 'meta.quote.content.diplomatic');
  assertMarks(doc);
});

test('quotes: interrupted quote is two quotes (seed)', async () => {
  const doc = await body(seedLine(A, 'The latest summit in Brussels'));
  assertQuotes(doc, [
    'The latest summit in Brussels confirmed a serious potential for broadening multifaceted cooperation between Russia and the EU,',
    'The joint work with the EU on simpler visa formalities, which is bound to promote visa-free travel, intensified.',
  ]);
  assertNoScope(doc, ' he said. ', NOT_STRING);
});

test('quotes: partial quotes inside reported speech (seed)', async () => {
  let doc = await body(seedLine(A, 'was a key area'));
  assertQuotes(doc, ['was a key area of our foreign policy']);
  assertNoScope(doc, 'in 2011', NOT_STRING);
  doc = await body(seedLine(A, 'Russia "will continue'));
  assertQuotes(doc, [{ text: seedLine(A, 'Russia "will continue').slice(8, seedLine(A, 'Russia "will continue').indexOf(',"') + 1), closed: true }]);
  doc = await body(seedLine(A, 'which go far beyond'));
  assertQuotes(doc, ['which go far beyond the non-proliferation tasks,']);
});

test('quotes: nested same-mark scare quote "at the helm" (seed)', async () => {
  const line = seedLine(A, 'at the helm');
  const doc = await body(line);
  const outer = line.slice(1, line.lastIndexOf(',"') + 1);
  assertQuotes(doc, [{ text: outer, depth: 0, closed: true }, { text: 'at the helm', depth: 1, closed: true }]);
  assertScope(doc, 'at the helm', 'meta.quote.nested.diplomatic');
  assertNoScope(doc, ' he said.', NOT_STRING);
  assertScope(doc, 'he', 'meta.attribution.diplomatic', line.split('he').length - 2);
  assertMarks(doc);
});

test('quotes: nested same-mark, tricky variants', async () => {
  let doc = await body('"They call it "soft power" and it works," he said, "but not "always.""');
  assertQuotes(doc, [{ text: 'They call it "soft power" and it works,', depth: 0, closed: true }, { text: 'soft power', depth: 1 },
    { text: 'but not "always."', depth: 0 }, { text: 'always.', depth: 1, closed: true }]);
  doc = await body('"He said it was "unacceptable." We disagree," Lavrov said.');
  assertQuotes(doc, ['He said it was "unacceptable." We disagree,', 'unacceptable.']);
  assertScope(doc, 'Lavrov said', 'meta.attribution.diplomatic');
  // a closing mark after a space that is not followed by a letter still closes
  doc = await body('"Enough " he said, "really."');
  assertQuotes(doc, ['Enough ', 'really.']);
  // a nested opener needs its closer on the line; otherwise the " closes the outer quote
  doc = await body('"We will go to "the end, he said');
  assertQuotes(doc, ['We will go to ']);
});

test('quotes: ‘…‘ scare quotes with ‘ as apostrophe in the same line (seed)', async () => {
  const line = seedLine(A, 'Libyan precedent');
  const doc = await body(line);
  const outer = line.slice(1, line.lastIndexOf(',"') + 1);
  assertQuotes(doc, [{ text: outer, depth: 0 }, { text: 'Libyan precedent', depth: 1, closed: true }]);
  const d2 = await body(seedLine(A, 'soft force'));
  assertQuotes(d2, [{ text: seedLine(A, 'soft force').slice(1, seedLine(A, 'soft force').indexOf(',"') + 1), depth: 0 }, { text: 'soft force', depth: 1 }]);
  const d3 = await body(seedLine(A, 'don‘t think'));
  assertQuotes(d3, [seedLine(A, 'don‘t think').slice(1, seedLine(A, 'don‘t think').indexOf(',"') + 1)]);
  assertScope(d3, 'don‘t', 'meta.quote.content.diplomatic');
  assertNoScope(d3, '‘t', 'punctuation.definition.string');
});

test('quotes: apostrophes in body text never open a quote (seed lines)', async () => {
  for (const [seed, needle] of [[A, 'doesn‘t directly'], [B, 'countries’ cooperation'], [B, 'country’s security']]) {
    const doc = await body(seedLine(seed, needle));
    assertQuotes(doc, []);
  }
});

test('quotes: curly “…” with nested ‘…’ and apostrophes ’ inside (seed)', async () => {
  const line = seedLine(B, 'We are aware');
  const doc = await body(line);
  assertQuotes(doc, [{ text: line.slice(1, -1), depth: 0, closed: true }, { text: 'resetting', depth: 1, closed: true }]);
  assertScope(doc, '“', 'punctuation.definition.string.begin.diplomatic');
  assertScope(doc, '”', 'punctuation.definition.string.end.diplomatic');
  assertNoScope(doc, 'Washington’s', 'punctuation.definition.string');
});

test('quotes: “UN Security Council ‘s mandate” — ‘ before s after a space is an apostrophe (seed)', async () => {
  const line = seedLine(B, 'Council ‘s');
  const doc = await body(line);
  assertQuotes(doc, [{ text: line.slice(1, -1), depth: 0, closed: true }]);
  assertNoScope(doc, '‘s', 'punctuation.definition.string');
});

test('quotes: straight single quotes around words vs. don\'t / countries\' / the \'90s', async () => {
  let doc = await body("The so-called 'reset' and 'soft power' are terms the countries' diplomats don't like.");
  assertQuotes(doc, ['reset', 'soft power']);
  assertNoScope(doc, "countries'", NOT_STRING);
  assertNoScope(doc, "don't", NOT_STRING);
  doc = await body("'We don't agree with these plans,' he said.");
  assertQuotes(doc, [{ text: "We don't agree with these plans,", closed: true }]);
  assertScope(doc, 'he said', 'meta.attribution.diplomatic');
  doc = await body("Russia's position since the '90s hasn't changed, and Moscow's 'reset' diplomacy");
  assertQuotes(doc, ['reset']);
  doc = await body("It's a country 's concern and the minister's view.");
  assertQuotes(doc, []);
});

test('quotes: a straight single quote with no closer on the line does not open', async () => {
  const doc = await body("He said 'we will go on and on, and the line ends");
  assertQuotes(doc, []);
});

test('quotes: curly single ‘…’ quotes; ’ between letters inside is an apostrophe', async () => {
  const doc = await body('He spoke of ‘the country’s own choice’ and of ‘reset‘.');
  assertQuotes(doc, ['the country’s own choice', 'reset']);
});

test('quotes: guillemets «…», nested „…“ and ‹…›', async () => {
  let doc = await body('Лавров заявил: «Мы готовы к „перезагрузке“ отношений», — сказал он.');
  assertQuotes(doc, [{ text: 'Мы готовы к „перезагрузке“ отношений', depth: 0 }, { text: 'перезагрузке', depth: 1 }]);
  assertScope(doc, 'Мы готовы', 'string.quoted.other.guillemet.diplomatic');
  doc = await body('Il a parlé de « partenariat » et de ‹reset›.');
  assertQuotes(doc, [' partenariat ', 'reset']);
  doc = await body('Er sagte: „Wir sind bereit.“');
  assertQuotes(doc, ['Wir sind bereit.']);
  assertMarks(doc);
});

test('quotes: nested curly “…“…”…” and sloppy “…“ closer', async () => {
  let doc = await body('“He called it “reset” today,” she said.');
  assertQuotes(doc, [{ text: 'He called it “reset” today,', depth: 0 }, { text: 'reset', depth: 1 }]);
  doc = await body('“We agree,“ he said.');
  assertQuotes(doc, [{ text: 'We agree,', closed: true }]);
  assertScope(doc, 'he said', 'meta.attribution.diplomatic');
});

test('quotes: unclosed quotes end at the end of the line, the next line is not inside', async () => {
  let doc = await body('The minister said. "We are ready to promote global stability.\nThe next paragraph is narrative, he said.');
  assertQuotes(doc, [{ text: 'We are ready to promote global stability.', closed: false }]);
  assertNoScope(doc, 'The next paragraph', NOT_STRING);
  assertScope(doc, 'he said', 'meta.attribution.diplomatic');
  doc = await body('“Russia helps the coalition\nNATO is planning');
  assertQuotes(doc, [{ text: 'Russia helps the coalition', closed: false }]);
  doc = await body('"Outer with ‘inner that never closes, he said\nNext');
  assertQuotes(doc, [{ text: 'Outer with ‘inner that never closes, he said', closed: false }]);
  assertNoScope(doc, 'Next', NOT_STRING);
});

test('quotes: a closing mark at the start of a continuation line does not open a quote', async () => {
  const doc = await body('and stabilize the situation," he said. Then: 12.5% "growth" was noted.');
  assertQuotes(doc, ['growth']);
  assertNoScope(doc, ' he said', NOT_STRING);
});

// Two single marks typed for one double mark, as wire copy does (doubledApostrophes in src/core/quotes/marks.ts).

test("quotes: wire copy ``…'' — two backticks open, two apostrophes close", async () => {
  const doc = await body("Vishnu Prakash said the two secretaries met Sunday for ``useful and frank discussions.''");
  assertQuotes(doc, [{ text: 'useful and frank discussions.', depth: 0, closed: true }]);
  assertToken(doc, '``', 'punctuation.definition.string.begin.diplomatic');
  assertToken(doc, "''", 'punctuation.definition.string.end.diplomatic');
  assertScope(doc, 'useful and frank discussions.', 'string.quoted.double.diplomatic');
  assertNoScope(doc, '``', 'meta.quote.content');
});

test('quotes: ‘‘…’’ and ‘‘…” — two curly single marks for a double mark', async () => {
  let doc = await body('She said: ‘‘We will go.’’ Then she left.');
  assertQuotes(doc, [{ text: 'We will go.', closed: true }]);
  assertToken(doc, '‘‘', 'punctuation.definition.string.begin.diplomatic');
  assertToken(doc, '’’', 'punctuation.definition.string.end.diplomatic');
  assertNoScope(doc, 'Then she left.', NOT_STRING);
  doc = await body('‘‘I wish you all success in your respective tours of duty,” the president said.');
  assertQuotes(doc, [{ text: 'I wish you all success in your respective tours of duty,', closed: true }]);
  assertToken(doc, '”', 'punctuation.definition.string.end.diplomatic');
  assertScope(doc, 'the president said', 'meta.attribution.diplomatic');
});

test("quotes: ''…'' around a quotation and around a phrase in reported speech", async () => {
  let doc = await body("''The situation on the peninsula was discussed,'' the press service said.");
  assertQuotes(doc, [{ text: 'The situation on the peninsula was discussed,', closed: true }]);
  assertToken(doc, "''", 'punctuation.definition.string.begin.diplomatic', 0);
  assertToken(doc, "''", 'punctuation.definition.string.end.diplomatic', 1);
  doc = await body("The two leaders ''expressed willingness to continue'' the contacts.");
  assertQuotes(doc, ['expressed willingness to continue']);
  assertNoScope(doc, 'the contacts.', NOT_STRING);
});

test("quotes: ``we don't agree'' — apostrophes inside a doubled quote stay apostrophes", async () => {
  let doc = await body("``We don't agree with the ministers' plans,'' he said.");
  assertQuotes(doc, [{ text: "We don't agree with the ministers' plans,", closed: true }]);
  assertNoScope(doc, "'t", 'punctuation.definition.string');
  assertNoScope(doc, "' plans", 'punctuation.definition.string');
  assertScope(doc, 'he said', 'meta.attribution.diplomatic');
  doc = await body('‘‘The ministers’ meeting in Côte d’Ivoire went well,’’ Lavrov said, and the ministers’ aides agreed.');
  assertQuotes(doc, [{ text: 'The ministers’ meeting in Côte d’Ivoire went well,', closed: true }]);
  assertNoScope(doc, 'ministers’ aides', NOT_STRING);
});

test("quotes: '' that is no quotation — empty, between letters, after a number, alone in brackets", async () => {
  const doc = await body("The field was left '' blank, the word''s spelling is odd, a 12'' screen ('') broke.");
  assertQuotes(doc, []);
  for (let nth = 0; nth < 4; nth++) assertNoScope(doc, "''", 'punctuation.definition.string', nth);
});

test('quotes: doubled quotes nest in other quotes and hold them', async () => {
  let doc = await body('"He said \'\'no\'\' to the plan," she said.');
  assertQuotes(doc, [{ text: "He said ''no'' to the plan,", depth: 0, closed: true }, { text: 'no', depth: 1, closed: true }]);
  assertScope(doc, 'no', 'meta.quote.nested.diplomatic');
  doc = await body("``They call it \"reset\" and ‘progress’,'' the envoy said.");
  assertQuotes(doc, [{ text: 'They call it "reset" and ‘progress’,', depth: 0, closed: true }, { text: 'reset', depth: 1 }, { text: 'progress', depth: 1 }]);
  // Unclosed, a doubled quote ends with its line, as the other quotes do.
  doc = await body("He spoke of ``the talks\nNext line.");
  assertQuotes(doc, [{ text: 'the talks', closed: false }]);
  assertNoScope(doc, 'Next line.', NOT_STRING);
});

// ---- attribution ---------------------------------------------------------------------------------

for (const [line, speaker, verb] of [
  ['"Yes," he said.', 'he', 'said'],
  ['"Yes," she said.', 'she', 'said'],
  [seedLine(A, 'One can predict'), 'Lavrov', 'said'],
  [seedLine(B, 'Sergey Lavrov stressed'), 'Sergey Lavrov', 'stressed'],
  [seedLine(A, 'the minister said'), 'the minister', 'said'],
  [seedLine(A, 'the minister stressed'), 'the minister', 'stressed'],
  ['"We will respond," he told reporters.', 'he', 'told'],
  ['"No," he added.', 'he', 'added'],
  [seedLine(A, 'said, in part'), 'Lavrov', 'said'],
  [seedLine(B, 'has declared'), 'Sergey Lavrov', 'declared'],
  [seedLine(A, 'in an interview with Interfax'), 'Russian Foreign Minister Sergei Lavrov', 'said'],
  ['"Talks will continue," the Russian foreign minister stressed.', 'the Russian foreign minister', 'stressed'],
  ['"Talks will continue," said Lavrov.', 'Lavrov', 'said'],
  ['“Talks will continue,” said the minister.', 'the minister', 'said'],
  ['The talks will go on, according to Sergey Lavrov.', 'Sergey Lavrov', 'according to'],
  ['The talks will go on, according to the ministry.', 'the ministry', 'according to'],
]) {
  test(`attribution: ${JSON.stringify(line.length > 70 ? '…' + line.slice(-60) : line)}`, async () => {
    const doc = await body(line);
    const nth = (line.match(new RegExp(`${speaker}\\s`, 'g')) || [null]).length - 1;
    assertToken(doc, speaker, 'variable.other.speaker.diplomatic', Math.max(0, nth));
    assertScope(doc, speaker, 'meta.attribution.diplomatic', Math.max(0, nth));
    const vnth = line.split(verb).length - 2;
    assertToken(doc, verb, 'keyword.other.reporting-verb.diplomatic', vnth);
    assertNoScope(doc, verb, NOT_STRING, vnth);
  });
}

test('attribution: context phrases "in an interview with Interfax", "reporters", ", in part:"', async () => {
  let doc = await body(seedLine(A, 'in an interview with Interfax'));
  assertToken(doc, 'in an interview with Interfax', 'meta.attribution.context.diplomatic');
  doc = await body('"We will respond," he told reporters.');
  assertScope(doc, 'reporters', 'meta.attribution.context.diplomatic');
  doc = await body(seedLine(A, 'said, in part'));
  assertScope(doc, ', in part:', 'meta.attribution.diplomatic');
  assertToken(doc, ':', 'punctuation.separator.attribution.diplomatic');
});

test('attribution: before the quote, and no attribution inside a quote', async () => {
  const line = seedLine(A, 'the minister said, "the successful');
  let doc = await body(line);
  assertScope(doc, 'the minister', 'variable.other.speaker.diplomatic');
  assertQuotes(doc, [line.slice(line.indexOf('"') + 1, -1)]);
  doc = await body('"He said we would never agree, and she added nothing," the minister noted.');
  assertNoScope(doc, 'He said', 'meta.attribution');
  assertNoScope(doc, 'she added', 'meta.attribution');
  assertScope(doc, 'the minister noted', 'meta.attribution.diplomatic');
});

test('attribution: false friends are not attribution ("Western states are", "the talks continued")', async () => {
  const doc = await body('Western states are enhancing their confrontation, and the talks continued.');
  assertNoScope(doc, 'Western states', 'meta.attribution');
  assertNoScope(doc, 'the talks continued', 'meta.attribution');
});

// ---- boilerplate and transcript labels ------------------------------------------------------------

test('boilerplate: seed 004 "Download audio file", lone "•" with spaces, "and share via"', async () => {
  const doc = await tokenize(seedText(B));
  assertToken(doc, 'Download audio file', 'comment.line.boilerplate.diplomatic');
  assertToken(doc, '•', 'comment.line.boilerplate.diplomatic');
  assertScope(doc, '  • \u00a0', 'meta.boilerplate.diplomatic');
  assertToken(doc, 'and share via', 'comment.line.boilerplate.diplomatic');
});

test('boilerplate: other page furniture lines', async () => {
  for (const line of ['Print version', 'Share this', 'Share this article', 'Read more: Lavrov on Syria', '© 2012 RIA Novosti', '  ·  ', 'Tags: Russia, NATO', 'Download video']) {
    const doc = await body(line);
    assertScope(doc, line.trim(), 'comment.line.boilerplate.diplomatic');
  }
});

test('boilerplate: only whole lines — the words inside a sentence are text', async () => {
  const doc = await body('Readers can download audio file copies, print version two and share this via mail.');
  assertNoScope(doc, 'download audio file', 'comment.line.boilerplate');
  assertNoScope(doc, 'share this', 'comment.line.boilerplate');
});

test('transcript: speaker labels are labels, not quotes or headlines', async () => {
  const doc = await body('Question: Will the talks go on?\nSergey Lavrov: We hope so. "Reset" is over.\nMR. SMITH: Thank you.');
  assertToken(doc, 'Question', 'entity.name.tag.speaker-label.diplomatic');
  assertToken(doc, 'Sergey Lavrov', 'entity.name.tag.speaker-label.diplomatic');
  assertToken(doc, 'MR. SMITH', 'entity.name.tag.speaker-label.diplomatic');
  assertQuotes(doc, ['Reset']);
});

// ---- agreement with the gold annotations ----------------------------------------------------------

const goldSummary = [];
for (const name of SEEDS) {
  test(`gold: quoted regions of seeds/${name}.txt agree with the gold quotes`, async () => {
    const text = seedText(name);
    const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/gold', `${name}.json`), 'utf8')).quotes;
    const singleLine = gold.filter((q) => !text.slice(q.start, q.end).includes('\n'));
    const doc = await tokenize(text);
    const regions = quotedRegions(doc);
    const key = (r) => `${r.start}:${r.end}`;
    const have = new Map(regions.map((r) => [key(r), r]));
    const want = new Set(singleLine.map(key));
    const missing = singleLine.filter((q) => !have.has(key(q)));
    const extra = regions.filter((r) => !want.has(key(r)));
    const wrongDepth = singleLine.filter((q) => have.has(key(q)) && (have.get(key(q)).depth > 0) !== !!q.nested);
    const agree = singleLine.length - missing.length;
    goldSummary.push(`${name}: ${agree}/${singleLine.length} single-line gold quotes agree (${gold.length - singleLine.length} multi-line skipped), ${extra.length} extra regions`);
    assertMarks(doc);
    const msgs = [
      ...missing.map((q) => `missing ${q.start}-${q.end} ${JSON.stringify(q.text.slice(0, 60))}; overlapping regions: ${JSON.stringify(regions.filter((r) => r.end > q.start && r.start < q.end).map((r) => [r.start, r.end]))}`),
      ...extra.map((r) => `extra   ${r.start}-${r.end} ${JSON.stringify(r.text.slice(0, 60))}`),
      ...wrongDepth.map((q) => `nesting ${q.start}-${q.end} gold nested=${!!q.nested}`),
    ];
    if (msgs.length) throw new AssertionError(msgs.join('\n'));
  });
}

const ok = await run({ filter: process.argv[2], epilogue: () => goldSummary.map((l) => `gold agreement: ${l}`) });
process.exitCode = ok ? 0 : 1;
