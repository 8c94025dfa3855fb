// The corpus of the workspace: every diplomatic text analysed once and kept in a CorpusIndex, cached by content
// hash in the extension's storage so that a window reload does not analyse again. Built in small batches off
// the typing path; an edited document is re-indexed from the editor (debounced), not from the disk.
import * as vscode from 'vscode';
import { analyze } from '../../core/analyze';
import { contentHash, CorpusIndex, recordFromAnalysis, type ArticleRecord } from '../../core/corpus';
import type { AnnotationLink } from '../annotations/link';
import type { CompiledLexicon } from '../../core/topics';
import { findDiplomaticFiles, isDefaultDiplomaticPath } from '../language/files';
import { LANGUAGE_ID } from '../constants';

const EDIT_DEBOUNCE_MS = 300;
const SAVE_DEBOUNCE_MS = 5000;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class CorpusService implements vscode.Disposable {
  index = new CorpusIndex();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (at most every few hundred milliseconds) when the index changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private building: Promise<void> | undefined;
  private lexicon: CompiledLexicon | undefined;
  /** Which lexicon the records are made with; none is indexed before the lexicon is loaded. */
  private lexiconKey: string | undefined;
  /** Names the cache after the lexicon it was built with: another lexicon means other topics. */
  private cacheFile = 'corpus-index.json';
  private fireTimer: ReturnType<typeof setTimeout> | undefined;
  /** The user's annotations of a text (corrections, tags), set by the annotations feature. */
  linkFor: (uri: vscode.Uri, text: string) => Promise<AnnotationLink> = () => Promise.resolve({ key: '', options: {}, topics: [], annotations: [] });

  constructor(
    private readonly storage: vscode.Uri | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.txt');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.indexFile(uri)),
      watcher.onDidChange((uri) => {
        if (!this.isOpen(uri)) void this.indexFile(uri);
      }),
      watcher.onDidDelete((uri) => this.remove(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleEdit(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.languageId === LANGUAGE_ID && d.uri.scheme !== 'file') this.scheduleEdit(d);
      }),
      // An untitled text lives only as long as its editor.
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.scheme !== 'file') {
          clearTimeout(this.editTimers.get(d.uri.toString()));
          this.remove(d.uri);
        }
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const f of e.files) {
          this.remove(f.oldUri);
          void this.indexFile(f.newUri);
        }
      }),
    );
  }

  setLexicon(lexicon: CompiledLexicon | undefined, key: string): void {
    this.lexicon = lexicon;
    this.lexiconKey = key;
    this.cacheFile = `corpus-index-${key}.json`;
  }

  /** Analyses a text with the user's corrections and the lexicon, and makes its record. */
  private async record(uri: vscode.Uri, text: string): Promise<{ hash: string; make: () => ArticleRecord }> {
    const link = await this.linkFor(uri, text);
    const hash = `${contentHash(text)}/${link.key}/${this.lexiconKey ?? ''}`;
    return {
      hash,
      make: () => {
        const a = analyze(text, { ...link.options, lexicon: this.lexicon });
        a.topics = [...link.topics, ...a.topics];
        return recordFromAnalysis(uri.toString(), hash, text, a, link.annotations);
      },
    };
  }

  /** Loads the cache, then brings it up to date with the files, in batches that leave the host responsive. */
  build(reanalyzeAll = false): Promise<void> {
    this.building ??= this.doBuild(reanalyzeAll).finally(() => (this.building = undefined));
    return this.building;
  }

  /** Waits for a running build, if any. */
  async ready(): Promise<void> {
    await this.building;
  }

  private async doBuild(reanalyzeAll: boolean): Promise<void> {
    const started = Date.now();
    if (this.index.size === 0 && !reanalyzeAll) this.index = await this.loadCache();
    if (reanalyzeAll) this.index = new CorpusIndex();
    const files = await findDiplomaticFiles();
    const wanted = new Set(files.map((u) => u.toString()));
    for (const file of [...this.index.files()]) if (!wanted.has(file)) this.index.delete(file);
    let analysed = 0;
    let batchStart = Date.now();
    for (const uri of files) {
      if (await this.indexFile(uri, false)) analysed++;
      // Yield to the extension host every ~15 ms of work.
      if (Date.now() - batchStart > 15) {
        this.fire();
        await new Promise((r) => setTimeout(r, 0));
        batchStart = Date.now();
      }
    }
    this.fire();
    this.scheduleSave();
    this.log.info(`Corpus index: ${files.length} texts, ${analysed} analysed, ${files.length - analysed} from the cache, in ${Date.now() - started} ms.`);
  }

  /** Re-indexes one file from the editor when it is open, else from the disk; true when it was analysed. */
  async indexFile(uri: vscode.Uri, notify = true): Promise<boolean> {
    if (!this.belongs(uri) || this.lexiconKey === undefined) return false;
    const text = await this.readText(uri);
    if (text === null) {
      if (this.index.delete(uri.toString()) && notify) this.fire();
      return false;
    }
    const { hash, make } = await this.record(uri, text);
    if (this.index.isCurrent(uri.toString(), hash)) return false;
    this.index.set(make());
    if (notify) {
      this.fire();
      this.scheduleSave();
    }
    return true;
  }

  /** Re-indexes an open document from its current text (not the disk). */
  async reindexDocument(doc: vscode.TextDocument): Promise<void> {
    // Before the lexicon is loaded the first build indexes every text anyway.
    if (doc.languageId !== LANGUAGE_ID || this.lexiconKey === undefined) return;
    const { hash, make } = await this.record(doc.uri, doc.getText());
    if (this.index.isCurrent(doc.uri.toString(), hash)) return;
    this.index.set(make());
    this.fire();
    this.scheduleSave();
  }

  /** Forget a file's record so that it is analysed again (its corrections or the lexicon changed). */
  invalidate(uri: vscode.Uri): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) void this.reindexDocument(doc);
    else void this.indexFile(uri);
  }

  private scheduleEdit(doc: vscode.TextDocument): void {
    if (doc.languageId !== LANGUAGE_ID) return;
    const key = doc.uri.toString();
    clearTimeout(this.editTimers.get(key));
    this.editTimers.set(key, setTimeout(() => {
      this.editTimers.delete(key);
      void this.reindexDocument(doc);
    }, EDIT_DEBOUNCE_MS));
  }

  private remove(uri: vscode.Uri): void {
    if (this.index.delete(uri.toString())) {
      this.fire();
      this.scheduleSave();
    }
  }

  private belongs(uri: vscode.Uri): boolean {
    if (isDefaultDiplomaticPath(uri)) return true;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc?.languageId === LANGUAGE_ID || this.index.get(uri.toString()) !== undefined;
  }

  private isOpen(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty);
  }

  private async readText(uri: vscode.Uri): Promise<string | null> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_FILE_BYTES) {
        this.log.warn(`${vscode.workspace.asRelativePath(uri)}: ${Math.round(stat.size / 1048576)} MB is too large for the corpus views; open it to read it.`);
        return null;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.subarray(0, 8192).includes(0)) return null;
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return null; // Gone, unreadable or not UTF-8: not an article the views can show.
    }
  }

  /** Tells the views, at most every 150 ms, so that a burst of changes redraws once. */
  private fire(): void {
    if (this.fireTimer) return;
    this.fireTimer = setTimeout(() => {
      this.fireTimer = undefined;
      this.changed.fire();
    }, 150);
  }

  private async loadCache(): Promise<CorpusIndex> {
    if (!this.storage) return new CorpusIndex();
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, this.cacheFile));
      return CorpusIndex.deserialize(new TextDecoder().decode(bytes));
    } catch {
      return new CorpusIndex();
    }
  }

  private scheduleSave(): void {
    if (!this.storage) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveCache(), SAVE_DEBOUNCE_MS);
  }

  async saveCache(): Promise<void> {
    if (!this.storage) return;
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storage, this.cacheFile), new TextEncoder().encode(this.index.serialize()));
    } catch (err) {
      this.log.warn(`The corpus cache could not be saved (${String(err)}); it will be rebuilt next time.`);
    }
  }

  dispose(): void {
    for (const t of this.editTimers.values()) clearTimeout(t);
    clearTimeout(this.saveTimer);
    clearTimeout(this.fireTimer);
    for (const d of this.disposables) d.dispose();
  }
}
