// Commands on passage items of any view: reveal and copy.
import * as vscode from 'vscode';
import { revealRange } from '../reveal';
import { passageText } from './items';
import { isPassage, type Node } from './nodes';

export function registerPassageCommands(context: vscode.ExtensionContext, selected: () => Node | undefined): void {
  const target = (node?: Node): Node | undefined => node ?? selected();
  context.subscriptions.push(
    vscode.commands.registerCommand('diplomaticAnnotator.revealPassage', async (node?: Node) => {
      const n = target(node);
      if (!n || !isPassage(n)) {
        void vscode.window.showInformationMessage('Select a passage in a Diplomatic Annotator view first, then run Reveal.');
        return;
      }
      await revealRange(vscode.Uri.parse(n.file), n.start, n.end);
    }),
    vscode.commands.registerCommand('diplomaticAnnotator.copyPassage', async (node?: Node) => {
      const n = target(node);
      if (!n || !isPassage(n)) {
        void vscode.window.showInformationMessage('Select a passage in a Diplomatic Annotator view first, then run Copy Passage.');
        return;
      }
      await vscode.env.clipboard.writeText(await passageText(n));
      vscode.window.setStatusBarMessage('Passage copied to the clipboard.', 3000);
    }),
  );
}
