// A small grammar-test harness over vscode-textmate + vscode-oniguruma (no other dependencies).
// Tokenises text line by line with the rule stack carried, like the editor does, and offers
// assertions on the scopes of substrings and on the quoted regions the grammar produces.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GRAMMAR_PATH = path.join(ROOT, 'syntaxes/diplomatic-text.tmLanguage.json');
export const SCOPE_NAME = 'text.diplomatic';
export const CONTENT_SCOPE = 'meta.quote.content.diplomatic';

let grammarPromise;

/** Loads the grammar once (onig wasm + registry). */
export function loadGrammar() {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
        createOnigString: (s) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) => {
        if (scopeName !== SCOPE_NAME) return null;
        return vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
      },
    });
    const grammar = await registry.loadGrammar(SCOPE_NAME);
    if (!grammar) throw new Error(`grammar ${SCOPE_NAME} did not load`);
    return grammar;
  })();
  return grammarPromise;
}

/**
 * Tokenises a whole document. Lines are split on \n (a trailing \r is dropped, as in the editor).
 * Returns { text, tokens: [{ start, end, text, scopes, line }] } with UTF-16 offsets into `text`.
 */
export async function tokenize(text) {
  const grammar = await loadGrammar();
  const tokens = [];
  let ruleStack = vsctm.INITIAL;
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((raw, lineNo) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const r = grammar.tokenizeLine(line, ruleStack, 0);
    if (r.stoppedEarly) throw new Error(`tokenisation stopped early on line ${lineNo + 1}`);
    for (const t of r.tokens) {
      const s = Math.min(t.startIndex, line.length);
      const e = Math.min(t.endIndex, line.length);
      if (e > s) tokens.push({ start: offset + s, end: offset + e, text: line.slice(s, e), scopes: t.scopes, line: lineNo });
    }
    ruleStack = r.ruleStack;
    offset += raw.length + 1;
  });
  return { text, tokens };
}

/** True when `scopes` holds `scope` or a more specific scope (`string.quoted` matches `string.quoted.double.diplomatic`). */
export function hasScope(scopes, scope) {
  return scopes.some((s) => s === scope || s.startsWith(scope + '.'));
}

/**
 * The quoted regions: for every string.quoted.* rule, the range of its content (the marks are outside).
 * { start, end, text, depth, scope, closed } — depth 0 for a top-level quote.
 */
export function quotedRegions(doc) {
  const regions = [];
  const open = new Map(); // stack index -> region in progress
  for (const tok of doc.tokens) {
    const here = new Set();
    for (let i = 0; i + 1 < tok.scopes.length; i++) {
      if (tok.scopes[i].startsWith('string.quoted.') && tok.scopes[i + 1] === CONTENT_SCOPE) here.add(i);
    }
    for (const [i, reg] of open) {
      if (!here.has(i) || reg.end !== tok.start) { finish(reg, tok); open.delete(i); }
    }
    for (const i of here) {
      const reg = open.get(i);
      if (reg) reg.end = tok.end;
      else open.set(i, { start: tok.start, end: tok.end, index: i, scope: tok.scopes[i] });
    }
  }
  for (const reg of open.values()) finish(reg, null);
  function finish(reg, next) {
    const depth = doc.tokens.find((t) => t.start === reg.start).scopes
      .slice(0, reg.index).filter((s) => s.startsWith('string.quoted.')).length;
    const closed = !!next && next.start === reg.end && hasScope(next.scopes, 'punctuation.definition.string.end');
    regions.push({ start: reg.start, end: reg.end, text: doc.text.slice(reg.start, reg.end), depth, scope: reg.scope, closed });
  }
  return regions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Tokens overlapping [start, end). */
export function tokensIn(doc, start, end) {
  return doc.tokens.filter((t) => t.end > start && t.start < end);
}

export class AssertionError extends Error {}

function fail(msg) { throw new AssertionError(msg); }

/** Finds the nth (0-based) occurrence of `sub` in the document. */
export function locate(doc, sub, nth = 0) {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = doc.text.indexOf(sub, at + 1);
    if (at < 0) fail(`substring ${JSON.stringify(sub)} (occurrence ${nth}) not found in ${JSON.stringify(doc.text.slice(0, 80))}`);
  }
  return { start: at, end: at + sub.length };
}

function describe(doc, start, end) {
  return tokensIn(doc, start, end).map((t) => `  ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`).join('\n');
}

/** Every character of `sub` carries `scope` (prefix match). */
export function assertScope(doc, sub, scope, nth = 0) {
  const { start, end } = locate(doc, sub, nth);
  const toks = tokensIn(doc, start, end);
  if (!toks.length || toks.some((t) => !hasScope(t.scopes, scope))) {
    fail(`expected ${JSON.stringify(sub)} to have scope ${scope}; tokens:\n${describe(doc, start, end)}`);
  }
}

/** No character of `sub` carries `scope`. */
export function assertNoScope(doc, sub, scope, nth = 0) {
  const { start, end } = locate(doc, sub, nth);
  if (tokensIn(doc, start, end).some((t) => hasScope(t.scopes, scope))) {
    fail(`expected ${JSON.stringify(sub)} NOT to have scope ${scope}; tokens:\n${describe(doc, start, end)}`);
  }
}

/** `sub` is exactly one token (it starts and ends at token boundaries) and carries `scope`. */
export function assertToken(doc, sub, scope, nth = 0) {
  const { start, end } = locate(doc, sub, nth);
  const toks = tokensIn(doc, start, end);
  if (toks.length !== 1 || toks[0].start !== start || toks[0].end !== end || !hasScope(toks[0].scopes, scope)) {
    fail(`expected ${JSON.stringify(sub)} to be one token with scope ${scope}; tokens:\n${describe(doc, start, end)}`);
  }
}

/** The quoted contents of the document, in order, are exactly `expected` (strings, or {text, depth, closed}). */
export function assertQuotes(doc, expected) {
  const got = quotedRegions(doc);
  const norm = (e) => (typeof e === 'string' ? { text: e } : e);
  const exp = expected.map(norm);
  const ok = got.length === exp.length && exp.every((e, i) =>
    got[i].text === e.text && (e.depth === undefined || got[i].depth === e.depth) && (e.closed === undefined || got[i].closed === e.closed));
  if (!ok) {
    fail(`quoted regions differ\n  expected: ${JSON.stringify(exp)}\n  got:      ${JSON.stringify(got.map(({ text, depth, closed }) => ({ text, depth, closed })))}`);
  }
}

/** Each opening/closing mark of each quoted region is scoped as punctuation.definition.string.begin/end. */
export function assertMarks(doc) {
  for (const r of quotedRegions(doc)) {
    const before = doc.tokens.find((t) => t.end === r.start);
    if (!before || !hasScope(before.scopes, 'punctuation.definition.string.begin') || before.end - before.start !== 1) {
      fail(`quote ${JSON.stringify(r.text)} lacks a begin-mark token`);
    }
    if (r.closed) {
      const after = doc.tokens.find((t) => t.start === r.end);
      if (after.end - after.start !== 1) fail(`quote ${JSON.stringify(r.text)}: end mark token is not one character`);
    }
  }
}

// ---- a tiny test runner -------------------------------------------------------------------------

const tests = [];
export function test(name, fn) { tests.push({ name, fn }); }

/** Runs the registered tests in order; prints `epilogue()` lines, then `N passed, M failed` last. */
export async function run({ filter, epilogue } = {}) {
  let passed = 0; let failed = 0;
  for (const t of tests) {
    if (filter && !t.name.includes(filter)) continue;
    try {
      await t.fn();
      passed++;
      console.log(`  ok    ${t.name}`);
    } catch (err) {
      failed++;
      console.log(`  FAIL  ${t.name}\n${String(err instanceof AssertionError ? err.message : err.stack).replace(/^/gm, '        ')}`);
    }
  }
  for (const line of epilogue?.() ?? []) console.log(line);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}
