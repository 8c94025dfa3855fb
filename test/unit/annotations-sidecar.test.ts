// The sidecar file: byte-for-byte round trips (comments, key order, CRLF, BOM), deterministic fresh output,
// minimal rewrites, and clear line-numbered errors for bad input, with nothing returned that could overwrite.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { anchorAll, makeTarget, parseSidecar, serializeSidecar, type Annotation, type ParseResult, type SidecarData } from '../../src/core/annotations';

const HAND_EDITED = `# Annotations for article.txt (Diplomatic Annotator). Safe to edit by hand.
# My reading notes on the Lavrov interview — do not delete.
version: 1
text: article.txt
annotations:
  # the key sentence
  - id: 7f3a9c
    tags: [missile-defence,   condition]
    note: The one condition Moscow states in public.
    target:
      start: 10          # UTF-16 offsets when last saved
      end: 51
      exact: we would like to have reliable guarantees
      prefix: "missile defence plans  "    # up to 32 chars of context each side
      suffix: " that missiles due to be"
    created: 2026-11-25T18:00:00Z

  - created: 2026-11-26T09:30:00Z   # written by hand, keys in my own order
    id: a1b2c3
    target: {exact: Sergey Lavrov, start: 100, end: 113}
    tags:
      - speaker
    reviewer: anna
entities:                   # the user's corrections of the automatic analysis
  add:    [{ text: Nord Stream, type: ORG }]
  reject: [{ text: Download }]
speakers:
  - quote: { exact: "Alas, no quick solution is anticipated," }
    speaker: Sergei Lavrov
# end of file comment
`;

function parsed(yaml: string, name: string | null = 'article.txt'): Extract<ParseResult, { ok: true }> {
  const r = parseSidecar(yaml, name);
  assert.ok(r.ok, r.ok ? '' : r.errors.map((e) => `${e.line}:${e.col} ${e.message}`).join('\n'));
  return r;
}

function failed(yaml: string, name: string | null = 'article.txt'): Extract<ParseResult, { ok: false }> {
  const r = parseSidecar(yaml, name);
  if (r.ok) assert.fail('expected the sidecar to be refused');
  assert.ok(!('data' in r) && !('doc' in r), 'a refused sidecar gives nothing that could be written back');
  return r;
}

describe('sidecar round trip', () => {
  it('load and save without changes is byte-identical, comments, spacing and key order included', () => {
    const r = parsed(HAND_EDITED);
    assert.equal(r.data.annotations.length, 2);
    assert.deepEqual(r.data.annotations[1].tags, ['speaker']);
    assert.equal(r.data.annotations[1].target.prefix, '');
    assert.deepEqual(r.data.entities, { add: [{ text: 'Nord Stream', type: 'ORG' }], reject: [{ text: 'Download' }] });
    assert.deepEqual(r.data.speakers, [{ quote: { exact: 'Alas, no quick solution is anticipated,' }, speaker: 'Sergei Lavrov' }]);
    assert.equal(serializeSidecar(r.data, r.doc), HAND_EDITED);
    assert.equal(serializeSidecar(structuredClone(r.data), r.doc), HAND_EDITED, 'equal data, not the same object');
  });

  it('keeps CRLF line endings and a byte-order mark', () => {
    for (const source of [HAND_EDITED.replace(/\n/g, '\r\n'), '\uFEFF' + HAND_EDITED, '\uFEFF' + HAND_EDITED.replace(/\n/g, '\r\n')]) {
      const r = parsed(source);
      assert.equal(serializeSidecar(r.data, r.doc), source);
      r.data.annotations[0].note = 'Changed.';
      const out = serializeSidecar(r.data, r.doc);
      assert.equal(out.startsWith('\uFEFF'), source.startsWith('\uFEFF'));
      if (source.includes('\r\n')) assert.ok(!/[^\r]\n/.test(out), 'every line break stays CRLF');
      assert.equal(parsed(out).data.annotations[0].note, 'Changed.');
    }
  });

  it('rewrites only what changed: other annotations keep their bytes, comments stay, the changed one keeps its key order', () => {
    const r = parsed(HAND_EDITED);
    const second = HAND_EDITED.slice(HAND_EDITED.indexOf('\n  - created:') + 1, HAND_EDITED.indexOf('entities:'));
    r.data.annotations[0].note = 'Edited note.';
    r.data.annotations[1].tags.push('lavrov');
    const out = serializeSidecar(r.data, r.doc);
    assert.ok(out.includes('# My reading notes on the Lavrov interview — do not delete.'));
    assert.ok(out.includes('  # the key sentence\n  - id: 7f3a9c\n'));
    assert.ok(out.includes('note: Edited note.'));
    assert.ok(out.includes('start: 10 # UTF-16 offsets when last saved'), 'comments inside a changed annotation stay');
    assert.ok(out.includes('entities:                   # the user'), 'untouched sections keep their bytes');
    assert.ok(out.endsWith('# end of file comment\n'));
    assert.ok(!out.includes(second), 'the second annotation changed');
    assert.match(out, /- created: 2026-11-26T09:30:00Z +# written by hand, keys in my own order\n +id: a1b2c3\n +target: \{exact: Sergey Lavrov, start: 100, end: 113\}\n +tags: \[speaker, lavrov\]\n +reviewer: anna\n/);
    const back = parsed(out);
    assert.deepEqual(back.data.annotations, r.data.annotations);
    assert.equal(serializeSidecar(back.data, back.doc), out);
  });

  it('adds, removes and re-sorts annotations by position, moving each with the comment above it', () => {
    const r = parsed(HAND_EDITED);
    const first = HAND_EDITED.slice(HAND_EDITED.indexOf('  # the key sentence'), HAND_EDITED.indexOf('\n  - created:') + 1);
    const text = 'x'.repeat(20) + 'a new passage' + 'y'.repeat(200);
    const added: Annotation = { id: 'd4e5f6', tags: ['new'], target: makeTarget(text, 20, 33), created: '2026-11-27T10:00:00Z' };
    r.data.annotations[0].target = { ...r.data.annotations[0].target, start: 500, end: 541 };
    const out = serializeSidecar({ ...r.data, annotations: [...r.data.annotations, added] }, r.doc);
    const ids = [...out.matchAll(/id: (\w+)/g)].map((m) => m[1]);
    assert.deepEqual(ids, ['d4e5f6', 'a1b2c3', '7f3a9c']);
    assert.ok(out.includes('  # the key sentence\n  - id: 7f3a9c'));
    const removed = serializeSidecar({ ...r.data, annotations: r.data.annotations.filter((a) => a.id !== '7f3a9c') }, r.doc);
    assert.ok(!removed.includes('7f3a9c') && !removed.includes('# the key sentence'));
    assert.ok(!removed.includes(first));
    assert.deepEqual(parsed(removed).data.annotations.map((a) => a.id), ['a1b2c3']);
  });

  it('writes a fresh sidecar in one fixed style, with sections only when they have entries', () => {
    const text = 'If the US does not mean to change anything in its missile defence plans  we would like to have reliable guarantees that missiles due to be deployed';
    const start = text.indexOf('we would');
    const data: SidecarData = {
      version: 1, text: 'article.txt', entities: { add: [], reject: [] }, speakers: [],
      annotations: [{ id: '7f3a9c', tags: ['missile-defence', 'condition'], note: 'The one condition Moscow states in public.', target: makeTarget(text, start, start + 41), created: '2026-11-25T18:00:00Z' }],
    };
    assert.equal(serializeSidecar(data), `# Annotations for article.txt (Diplomatic Annotator). Safe to edit by hand.
version: 1
text: article.txt
annotations:
  - id: 7f3a9c
    tags: [missile-defence, condition]
    note: The one condition Moscow states in public.
    target:
      start: 73
      end: 114
      exact: we would like to have reliable guarantees
      prefix: "g in its missile defence plans  "
      suffix: " that missiles due to be deploye"
    created: 2026-11-25T18:00:00Z
`);
    assert.equal(serializeSidecar({ ...data, annotations: [] }).split('\n').slice(1).join('\n'), 'version: 1\ntext: article.txt\nannotations: []\n');
  });

  it('keeps offsets right for a CRLF text: a passage across a line break anchors where it was', () => {
    const text = 'Dateline\r\n\r\nFirst paragraph ends here.\r\nSecond “paragraph” starts here.\r\n';
    const start = text.indexOf('ends');
    const end = text.indexOf('starts') + 6;
    const data: SidecarData = { version: 1, text: 'a.txt', annotations: [{ id: 'abc123', tags: ['x'], target: makeTarget(text, start, end), created: '2026-11-25T18:00:00Z' }], entities: { add: [], reject: [] }, speakers: [] };
    const yaml = serializeSidecar(data, undefined, { eol: '\r\n' });
    assert.ok(yaml.includes('exact: "ends here.\\r\\nSecond “paragraph” starts"'));
    const back = parsed(yaml, 'a.txt');
    const [r] = anchorAll(text, back.data.annotations);
    assert.deepEqual([r.status, r.start, r.end], ['anchored', start, end]);
  });
});

describe('sidecar validation', () => {
  const ok = 'version: 1\ntext: article.txt\n';
  const one = (target: string, extra = ''): string =>
    `${ok}annotations:\n  - id: abc123\n    tags: [a]\n    target: ${target}\n    created: 2026-11-25T18:00:00Z\n${extra}`;

  it('reports invalid YAML at its line and column', () => {
    const r = failed(`${ok}annotations:\n  - id: abc123\n    tags: [a, b\n    note: x\n`);
    assert.equal(r.errors[0].line, 6);
    assert.match(r.errors[0].message, /^YAML: /);
    assert.ok(!r.errors[0].message.includes('\n'), 'one line per message, fit for file:line:col output');
  });

  it('reports wrong types and missing fields, each at its line', () => {
    const r = failed(one('{ start: "12", end: 10.5, exact: [a] }') + '  - id: abc123\n    target: { start: 9, end: 3, exact: x }\n    created: 2026-11-25\n  - tags: [b]\n');
    const at = r.errors.map((e) => `${e.line}: ${e.message}`);
    assert.ok(at.some((m) => /^6: .*"start" must be a whole number/.test(m)), at.join('\n'));
    assert.ok(at.some((m) => /^6: .*"end" must be a whole number/.test(m)));
    assert.ok(at.some((m) => /^6: .*"exact" must be text, not a list/.test(m)));
    assert.ok(at.some((m) => /^8: Duplicate id "abc123" \(also at line 4\)/.test(m)));
    assert.ok(at.some((m) => /^9: .*"end" \(3\) is before "start" \(9\)/.test(m)));
    assert.ok(at.some((m) => /^11: .*"id" is missing/.test(m)));
    assert.ok(at.some((m) => /^11: .*"target" .* is missing/.test(m)));
    assert.ok(at.some((m) => /^11: .*"created" is missing/.test(m)));
  });

  it('refuses an unknown version, a missing version, and a top level that is not a mapping', () => {
    assert.match(failed('version: 2\ntext: article.txt\n').errors[0].message, /Unknown sidecar version "2".*reads version 1/);
    assert.match(failed('text: article.txt\nannotations: []\n').errors[0].message, /"version" is missing/);
    assert.match(failed('- a\n- b\n').errors[0].message, /must be a mapping/);
    assert.match(failed('').errors[0].message, /The sidecar is empty/);
    assert.match(failed('# only a comment\n').errors[0].message, /empty/);
  });

  it('refuses a text: that points outside the sidecar\'s folder', () => {
    for (const name of ['../../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', 'sub/article.txt', '..']) {
      const r = failed(`version: 1\ntext: ${JSON.stringify(name)}\n`);
      assert.equal(r.errors[0].line, 2);
      assert.match(r.errors[0].message, /must be the name of the text file next to this sidecar/);
    }
    const other = parsed('version: 1\ntext: other.txt\n');
    assert.match(other.warnings[0].message, /does not match this sidecar's text article.txt/);
  });

  it('refuses duplicate keys and second documents', () => {
    assert.equal(failed('version: 1\ntext: a.txt\ntext: b.txt\n').errors[0].line, 3);
    assert.ok(failed('version: 1\ntext: article.txt\n---\nversion: 1\n').errors.length > 0);
  });

  it('warns about unknown keys, and keeps them on rewrite', () => {
    const r = parsed(one('{ start: 1, end: 2, exact: x }', 'reviewed: yes\n'));
    assert.deepEqual(r.warnings.map((w) => [w.line, w.severity]), [[8, 'warning']]);
    r.data.annotations[0].tags = ['b'];
    assert.ok(serializeSidecar(r.data, r.doc).includes('reviewed: yes\n'));
  });

  it('refuses a file over the size limit at once', () => {
    const huge = ok + 'annotations:\n' + '  - id: abc123\n'.repeat(800_000);
    const started = Date.now();
    assert.match(failed(huge).errors[0].message, /over the 10 MB limit/);
    assert.ok(Date.now() - started < 1000);
  });

  it('defuses an alias bomb: no expansion, a clear error, quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill('*' + 'abcdefghi'[i - 1]).join(',')}]`);
    const started = Date.now();
    const inAnnotations = failed(`${ok}${levels.join('\n')}\nannotations: *i\n`);
    assert.match(inAnnotations.errors[0].message, /must be a mapping/);
    const inTags = failed(one('{ start: 1, end: 2, exact: x }').replace('tags: [a]', `tags: [${Array(150).fill('*a').join(', ')}]`).replace(ok, ok + levels[0] + '\n'));
    assert.ok(inTags.errors.some((e) => /More than 100 aliases/.test(e.message)));
    const unused = parsed(`${ok}${levels.join('\n')}\nannotations: []\n`);
    assert.equal(serializeSidecar(unused.data, unused.doc).length, `${ok}${levels.join('\n')}\nannotations: []\n`.length);
    assert.ok(Date.now() - started < 2000, 'parsing a bomb takes no time');
  });
});
