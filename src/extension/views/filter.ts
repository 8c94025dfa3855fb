// A text filter per view: the items whose label or passage contain every word of it stay, with their parents.
import * as vscode from 'vscode';

export class ViewFilter implements vscode.Disposable {
  private text = '';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly view: string,
    private readonly contextKey: string,
  ) {}

  get active(): boolean {
    return this.text !== '';
  }

  get value(): string {
    return this.text;
  }

  /** True when every word of the filter occurs in one of the strings (case-insensitive). */
  matches(...strings: (string | undefined)[]): boolean {
    if (!this.active) return true;
    const hay = strings.filter(Boolean).join(' ').toLowerCase();
    return this.text.toLowerCase().split(/\s+/).every((w) => hay.includes(w));
  }

  async prompt(): Promise<void> {
    const value = await vscode.window.showInputBox({
      title: `Filter ${this.view}`,
      prompt: 'Show only items that contain these words (leave empty to show everything).',
      value: this.text,
      placeHolder: 'e.g. missile Lavrov',
    });
    if (value !== undefined) await this.set(value.trim());
  }

  async set(value: string): Promise<void> {
    this.text = value;
    await vscode.commands.executeCommand('setContext', this.contextKey, this.active);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
