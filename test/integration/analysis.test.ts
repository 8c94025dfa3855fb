// Runs inside a real VS Code: what a reader sees of the analysis in a seed — entity colours, hovers,
// speaker hints and the outline.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSeed, waitFor } from './util';

const SEED = '000_e9822723eeb1ed02.txt';

interface DecodedToken {
  text: string;
  type: string;
}

function decode(doc: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let char = 0;
  const d = tokens.data;
  for (let i = 0; i < d.length; i += 5) {
    line += d[i];
    char = d[i] === 0 ? char + d[i + 1] : d[i + 1];
    const range = new vscode.Range(line, char, line, char + d[i + 2]);
    out.push({ text: doc.getText(range), type: legend.tokenTypes[d[i + 3]] });
  }
  return out;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

suite('Analysis in the editor', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('entities carry semantic tokens by type', async () => {
    const editor = await openSeed(SEED);
    const doc = editor.document;
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.ok(legend, 'no semantic tokens legend for the seed');
    const tokens = await waitFor(
      'semantic tokens',
      () => vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri),
      (t) => t !== undefined && t.data.length > 0,
    );
    const decoded = decode(doc, tokens!, legend);
    const has = (text: string, type: string): boolean => decoded.some((t) => t.text === text && t.type === type);
    assert.ok(has('Sergei Lavrov', 'person'), 'Sergei Lavrov is not a person token');
    assert.ok(has('Lavrov', 'person'));
    assert.ok(has('NATO', 'organization'));
    assert.ok(has('Russia', 'geopolitical'));
    assert.ok(has('Euro-Atlantic', 'location'));
    assert.ok(has('Jackson-Vanik amendment', 'law'));
    assert.ok(has('26 Dec 2011', 'date'));
    assert.ok(has('Russian', 'nationality'));
    assert.ok(!decoded.some((t) => t.text === 'Foreign Minister'), 'a title was coloured as an entity');
  });

  test('hovering an entity shows its type, canonical name and mentions', async () => {
    const editor = await openSeed(SEED);
    const doc = editor.document;
    const at = doc.positionAt(doc.getText().indexOf('Lavrov said.') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hoverText(hovers);
    assert.match(text, /Sergei Lavrov/);
    assert.match(text, /Person/);
    assert.match(text, /\d+ mentions in this article/);
  });

  test('hovering a quotation shows its speaker and the words that say so', async () => {
    const editor = await openSeed(SEED);
    const doc = editor.document;
    const at = doc.positionAt(doc.getText().indexOf('Alas, no quick solution') + 3);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
    assert.match(text, /Sergei Lavrov/);
    assert.match(text, /Direct quotation/);
    assert.match(text, /he said/);
  });

  test('each direct quotation ends with a speaker hint, unless the words after it name the speaker', async () => {
    const editor = await openSeed(SEED);
    const doc = editor.document;
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    // 30 direct quotations; the 6 followed by "Lavrov said" need no hint.
    assert.equal(labels.filter((l) => l === '— Lavrov').length, 24);
  });

  test('the outline lists the headline, paragraphs and quotations', async () => {
    const editor = await openSeed(SEED);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.ok(symbols.length > 30);
    assert.equal(symbols[0].detail, 'Dateline');
    assert.equal(symbols[1].detail, 'Headline');
    const quotes = symbols.flatMap((s) => s.children);
    assert.ok(quotes.some((q) => q.name.startsWith('“Alas, no quick solution') && q.detail === 'Sergei Lavrov'));
  });

  test('a name wrapped over two lines of a hard-wrapped text is coloured on both, and its quotation has its speaker', async () => {
    const content =
      'Vienna talks end\n\n' +
      "Russia's ambassador to international organisations in Vienna, Mikhail\n" +
      'Ulyanov, wrote on Twitter that the meeting had been "successful" and that\n' +
      'the U.S. Ambassador to the United Nations, Linda Thomas-Greenfield, had\n' +
      'been briefed on the outcome by the European Union coordinator.\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'diplomatic-text', content });
    await vscode.window.showTextDocument(doc);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const tokens = await waitFor(
      'semantic tokens of the wrapped text',
      () => vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri),
      (t) => t !== undefined && t.data.length > 0,
    );
    const decoded = decode(doc, tokens!, legend);
    const persons = decoded.filter((t) => t.type === 'person').map((t) => t.text);
    // One mention over two lines: a token on each.
    assert.deepEqual(persons, ['Mikhail', 'Ulyanov', 'Linda Thomas-Greenfield']);
    const quote = doc.getText().indexOf('successful');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(quote + 2));
    assert.match(hoverText(hovers), /Mikhail Ulyanov/);
  });
});
