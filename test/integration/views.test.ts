// Runs inside a real VS Code: the sidebar read through its tree providers as a user would read the views —
// articles with their topics and passages, Lavrov's quotes across both seeds, entities by type, the toolbar
// modes, a filter, and the tree following an unsaved edit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DiplomaticAnnotatorApi } from '../../src/extension';
import type { Node } from '../../src/extension/views/nodes';
import { extension, openSeed, waitFor } from './util';

const FIRST = '000_e9822723eeb1ed02.txt';
const SECOND = '004_0b22a2b964df6e34.txt';
const LAVROV = 'Sergei Lavrov';
/** Lavrov's direct quotations: 30 in the first seed, 2 in the second. */
const LAVROV_QUOTES = 32;

type Provider = vscode.TreeDataProvider<Node>;

let api: DiplomaticAnnotatorApi;

async function children(provider: Provider, node?: Node): Promise<Node[]> {
  return (await provider.getChildren(node)) ?? [];
}

async function label(provider: Provider, node: Node): Promise<string> {
  const l = (await provider.getTreeItem(node)).label;
  return typeof l === 'string' ? l : (l?.label ?? '');
}

async function labels(provider: Provider, nodes: Node[]): Promise<string[]> {
  return Promise.all(nodes.map((n) => label(provider, n)));
}

async function childLabelled(provider: Provider, parent: Node | undefined, text: string | RegExp): Promise<Node> {
  const nodes = await children(provider, parent);
  const names = await labels(provider, nodes);
  const i = names.findIndex((n) => (typeof text === 'string' ? n === text : text.test(n)));
  assert.ok(i >= 0, `no child ${String(text)} among: ${names.join(' | ')}`);
  return nodes[i];
}

/** The file of a node's article by its name, whatever the URI scheme the host gives the workspace. */
function baseName(file: string): string {
  return decodeURIComponent(file.split('/').pop() ?? file);
}

/** Whether a root node is an article of a file in the workspace (not an untitled document). */
function isFileArticle(n: Node): boolean {
  return n.kind === 'article' && n.file.startsWith('file:');
}

/**
 * Asserts that the Topics view lists the two seeds as its file articles, naming what it lists otherwise.
 * Untitled documents are left out: another suite's untitled text may still be open.
 */
async function assertSeedArticles(): Promise<Node[]> {
  const topics = api.views.topics;
  const roots = await children(topics);
  const names = await labels(topics, roots);
  const shown = roots.map((n, i) => `${names[i]} (${'file' in n ? n.file : n.kind})`).join(' | ');
  assert.ok(roots.every((n) => n.kind === 'article'), `the Topics view lists: ${shown}`);
  const articles = roots.filter(isFileArticle);
  assert.equal(articles.length, 2, `the Topics view lists: ${shown}`);
  return articles;
}


async function lavrovQuotes(): Promise<Node[]> {
  const speaker = (await children(api.views.quotes)).find((n) => n.kind === 'speaker' && n.name === LAVROV);
  return speaker ? children(api.views.quotes, speaker) : [];
}

suite('Sidebar views', () => {
  suiteSetup(async () => {
    const ext = extension();
    api = (ext.isActive ? ext.exports : await ext.activate()) as DiplomaticAnnotatorApi;
    await api.corpus.ready();
    await waitFor(
      'the corpus index to hold both seeds',
      () => api.corpus.index.articles().map((r) => baseName(r.file)),
      (names) => names.includes(FIRST) && names.includes(SECOND),
      20_000,
    );
    await vscode.commands.executeCommand('diplomaticAnnotator.showAllArticles');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('diplomaticAnnotator.showAllArticles');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Topics lists both articles as "date · headline", sorted by date', async () => {
    const topics = api.views.topics;
    const articles = await assertSeedArticles();
    const names = await labels(topics, articles);
    assert.match(names[0], /^2011-12-26 · Russian Foreign Minister Sergei Lavrov: /);
    assert.equal(names[1], "2012-03-14 · Missile defence as indicator of 'resetting'");
    assert.deepEqual(
      articles.map((n) => (n.kind === 'article' ? baseName(n.file) : '')),
      [FIRST, SECOND],
    );
  });

  test('each article has the topics a reader would expect', async () => {
    const topics = api.views.topics;
    const [first, second] = await children(topics);
    const firstTopics = (await labels(topics, await children(topics, first))).join(' | ');
    for (const expected of [/missile defen[cs]e/i, /Jackson-Vanik/, /Syria/, /European security/i]) {
      assert.match(firstTopics, expected, `the first article's topics: ${firstTopics}`);
    }
    const secondTopics = (await labels(topics, await children(topics, second))).join(' | ');
    for (const expected of [/missile defen[cs]e/i, /Afghanistan/, /reset/i]) {
      assert.match(secondTopics, expected, `the second article's topics: ${secondTopics}`);
    }
  });

  test('clicking a topic passage opens the article and selects exactly that passage', async () => {
    const topics = api.views.topics;
    const [first] = await children(topics);
    const topic = await childLabelled(topics, first, /Jackson-Vanik/);
    const passages = await children(topics, topic);
    assert.ok(passages.length > 0, 'the Jackson-Vanik topic has no passages');
    const passage = passages[passages.length - 1];
    assert.equal(passage.kind, 'passage');
    const item = topics.getTreeItem(passage);
    assert.ok(item.command, 'the passage has no command');
    assert.equal(item.command.command, '_diplomaticAnnotator.revealRange');
    const args: unknown[] = item.command.arguments ?? [];
    const [uri, start, end] = args as [vscode.Uri, number, number];
    assert.ok(uri instanceof vscode.Uri, 'the first argument is not a Uri');
    assert.ok(typeof start === 'number' && typeof end === 'number' && start < end, `offsets ${start}..${end}`);

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand(item.command.command, ...args);
    const editor = await waitFor(
      'the article to be the active editor',
      () => vscode.window.activeTextEditor,
      (e) => e !== undefined && baseName(e.document.uri.toString()) === FIRST,
    );
    const doc = editor!.document;
    assert.equal(doc.offsetAt(editor!.selection.start), start);
    assert.equal(doc.offsetAt(editor!.selection.end), end);
    assert.match(doc.getText(editor!.selection), /Jackson-Vanik/);
    assert.ok(editor!.visibleRanges.some((r) => r.contains(editor!.selection.start)), 'the passage was not scrolled into view');
  });

  test('Quotes shows Sergei Lavrov with his quotations from both seeds under one name', async () => {
    const quotes = api.views.quotes;
    const speakers = await children(quotes);
    const names = await labels(quotes, speakers);
    assert.equal(names.filter((n) => /Lavrov/.test(n)).length, 1, `speakers: ${names.join(' | ')}`);
    const speaker = await childLabelled(quotes, undefined, LAVROV);
    assert.match(String(quotes.getTreeItem(speaker).description), new RegExp(`^${LAVROV_QUOTES} quotations · 2 articles`));
    const own = await children(quotes, speaker);
    assert.equal(own.length, LAVROV_QUOTES);
    const files = own.map((q) => (q.kind === 'quote' ? baseName(q.file) : ''));
    assert.equal(files.filter((f) => f === FIRST).length, 30);
    assert.equal(files.filter((f) => f === SECOND).length, 2);
    const item = quotes.getTreeItem(own[0]);
    assert.match(typeof item.label === 'string' ? item.label : (item.label?.label ?? ''), /^“We have been developing the interaction/);
    assert.equal(item.command?.command, '_diplomaticAnnotator.revealRange');
  });

  test('Entities lists types, and People holds Sergei Lavrov with his mentions', async () => {
    const entities = api.views.entities;
    const types = await labels(entities, await children(entities));
    for (const t of ['People', 'Organisations', 'Countries, cities, states', 'Treaties and laws']) assert.ok(types.includes(t), `types: ${types.join(' | ')}`);
    const people = await childLabelled(entities, undefined, 'People');
    const lavrov = await childLabelled(entities, people, LAVROV);
    const mentions = await children(entities, lavrov);
    const files = new Set(mentions.map((m) => (m.kind === 'mention' ? baseName(m.file) : '')));
    assert.deepEqual([...files].sort(), [FIRST, SECOND]);
    const law = await childLabelled(entities, await childLabelled(entities, undefined, 'Treaties and laws'), /Jackson-Vanik/);
    assert.ok((await children(entities, law)).length >= 3);
  });

  test('Group by Topic puts topics first, articles under them; Group by Article goes back', async () => {
    const topics = api.views.topics;
    try {
      await vscode.commands.executeCommand('diplomaticAnnotator.groupByTopic');
      const roots = await children(topics);
      assert.ok(roots.length > 5 && roots.every((n) => n.kind === 'corpusTopic'), `roots: ${roots.map((n) => n.kind).join(', ')}`);
      const missile = await childLabelled(topics, undefined, /missile defen[cs]e/i);
      assert.match(String(topics.getTreeItem(missile).description), /^2 articles/);
      const articles = await children(topics, missile);
      assert.deepEqual(articles.map((n) => n.kind), ['topicArticle', 'topicArticle']);
      const names = await labels(topics, articles);
      assert.match(names[0], /^2011-12-26 · /);
      assert.match(names[1], /^2012-03-14 · /);
      const passages = await children(topics, articles[1]);
      assert.ok(passages.length > 0 && passages.every((n) => n.kind === 'passage'));
    } finally {
      await vscode.commands.executeCommand('diplomaticAnnotator.groupByArticle');
    }
    await assertSeedArticles();
  });

  test('the Topics filter keeps matching articles, and Clear Topics Filter shows all again', async () => {
    const topics = api.views.topics;
    // The filter's text normally comes from an input box, which a test cannot type into.
    const filter = topics['filter'];
    try {
      await filter.set('afghanistan');
      const shown = await labels(topics, await children(topics));
      assert.deepEqual(shown, ["2012-03-14 · Missile defence as indicator of 'resetting'"]);
      await filter.set('no such words anywhere');
      assert.deepEqual(await children(topics), []);
    } finally {
      await vscode.commands.executeCommand('diplomaticAnnotator.clearTopicsFilter');
    }
    assert.equal(filter.active, false);
    await assertSeedArticles();
  });

  test('an unsaved edit updates the views, and reverting it restores them', async () => {
    assert.equal((await lavrovQuotes()).length, LAVROV_QUOTES);
    const editor = await openSeed(FIRST);
    const doc = editor.document;
    const onDisk = async (): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
    const original = await onDisk();
    const trace: string[] = [];
    const saved = vscode.workspace.onDidSaveTextDocument((d) => trace.push(`saved ${d.uri.toString()}`));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), '\n\n"We will discuss the Jackson-Vanik amendment and WTO accession again," Lavrov said.\n');
    try {
      assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
      trace.push(`after applyEdit: dirty ${doc.isDirty}`);
      const added = await waitFor('a 33rd Lavrov quotation in the Quotes view', lavrovQuotes, (q) => q.length === LAVROV_QUOTES + 1);
      assert.ok(added.some((q) => q.kind === 'quote' && q.snippet.startsWith('We will discuss the Jackson-Vanik')));
      trace.push(`after the view changed: dirty ${doc.isDirty}, disk unchanged ${(await onDisk()) === original}`);
    } finally {
      await vscode.window.showTextDocument(doc);
      trace.push(`before revert: active ${vscode.window.activeTextEditor?.document.uri.toString()}, dirty ${doc.isDirty}`);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      trace.push(`after revert: dirty ${doc.isDirty}, text is the original ${doc.getText() === original}`);
      saved.dispose();
      // The seed must never keep the test's edit: put the original back if anything saved it.
      if ((await onDisk()) !== original) {
        await vscode.workspace.fs.writeFile(doc.uri, new TextEncoder().encode(original));
        assert.fail(`the unsaved edit reached the disk (restored): ${trace.join('; ')}`);
      }
    }
    assert.equal(doc.isDirty, false, trace.join('; '));
    const count = async (): Promise<string> => {
      const quotes = await lavrovQuotes();
      const files = quotes.map((q) => (q.kind === 'quote' ? `${baseName(q.file)}${q.snippet.startsWith('We will discuss') ? ' (the added one)' : ''}` : q.kind));
      return `${quotes.length}: ${[...new Set(files)].join(', ')} — ${trace.join('; ')}`;
    };
    await waitFor('the Quotes view to be back to 32 Lavrov quotations', count, (c) => c.startsWith(`${LAVROV_QUOTES}:`));
  });

  test('a closed untitled text leaves the Topics view', async () => {
    const headline = 'A note that is closed unsaved';
    const doc = await vscode.workspace.openTextDocument({ language: 'diplomatic-text', content: `${headline}\n\n"We will talk again," Lavrov said.\n` });
    await vscode.window.showTextDocument(doc);
    const topics = api.views.topics;
    const headlineShown = async (): Promise<boolean> => (await labels(topics, await children(topics))).some((l) => l.includes(headline));
    await waitFor('the untitled text to appear in the Topics view', headlineShown, (shown) => shown);
    // Reverting empties the document before it closes, so its headline goes first: wait for its URI to go.
    const uri = doc.uri.toString();
    const files = async (): Promise<string[]> => (await children(topics)).map((n) => ('file' in n ? n.file : n.kind));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(`${uri} to leave the Topics view`, files, (f) => !f.includes(uri), 5_000);
  });

  test('Show Current Article Only lists the active article\'s topics, and follows the editor', async () => {
    const topics = api.views.topics;
    try {
      await openSeed(SECOND);
      await vscode.commands.executeCommand('diplomaticAnnotator.showCurrentArticle');
      const roots = await waitFor('the topics of the second seed', () => children(topics), (n) => n.length > 0);
      assert.ok(roots.every((n) => n.kind === 'topic' && baseName(n.file) === SECOND));
      assert.match((await labels(topics, roots)).join(' | '), /Afghanistan/);
      assert.match(String(api.views.topicsView.description), /^2012-03-14 · /);

      await openSeed(FIRST);
      const next = await waitFor(
        'the topics of the first seed',
        () => children(topics),
        (n) => n.length > 0 && n.every((x) => x.kind === 'topic' && baseName(x.file) === FIRST),
      );
      assert.match((await labels(topics, next)).join(' | '), /Jackson-Vanik/);
    } finally {
      await vscode.commands.executeCommand('diplomaticAnnotator.showAllArticles');
    }
    await assertSeedArticles();
  });
});
