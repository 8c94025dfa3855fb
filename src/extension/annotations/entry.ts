// The annotations of one text as the editor holds them: the sidecar's data, where each annotation sits now,
// and whether the window has changes the sidecar on disk does not have yet.
import * as vscode from 'vscode';
import type { AnchorStatus, Annotation, SidecarData, SidecarDocument, SidecarProblem } from '../../core/annotations';

export interface Placed {
  annotation: Annotation;
  /** Where the passage is now in the open text; meaningless when unanchored. */
  start: number;
  end: number;
  status: AnchorStatus | 'edited';
}

export type EntryState = 'none' | 'ok' | 'invalid';

export class SidecarEntry {
  state: EntryState = 'none';
  data: SidecarData;
  /** The parsed file, for rewriting it with the user's comments and key order kept. */
  doc: SidecarDocument | undefined;
  /** The sidecar's bytes as last read or written by this window: to tell our own writes from others'. */
  diskText: string | undefined;
  /** The data as last read or written: the common base when the disk and the window both changed. */
  base: SidecarData | undefined;
  placed: Placed[] = [];
  problems: SidecarProblem[] = [];
  /** The window changed annotations or corrections that are not on disk yet. */
  pending = false;

  constructor(
    readonly textUri: vscode.Uri,
    readonly sidecarUri: vscode.Uri,
  ) {
    this.data = emptyData(textUri.path.split('/').pop() ?? 'text.txt');
  }

  get textName(): string {
    return this.textUri.path.split('/').pop() ?? '';
  }

  get sidecarName(): string {
    return this.sidecarUri.path.split('/').pop() ?? '';
  }

  anchored(): Placed[] {
    return this.placed.filter((p) => p.status !== 'unanchored');
  }

  unanchored(): Placed[] {
    return this.placed.filter((p) => p.status === 'unanchored');
  }

  find(id: string): Placed | undefined {
    return this.placed.find((p) => p.annotation.id === id);
  }
}

export function emptyData(textName: string): SidecarData {
  return { version: 1, text: textName, annotations: [], entities: { add: [], reject: [] }, speakers: [] };
}
