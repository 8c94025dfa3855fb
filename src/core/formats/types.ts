// What the exporters take and the importers give back, shared by every format.
import type { AnchorResult, Annotation, IdGenerator } from '../annotations';
import type { Entity } from '../entities';
import type { Quote } from '../quotes';

/** One text to export: the text as read, its annotations placed in it (anchorAll), optionally its analysis. */
export interface TextExport {
  text: string;
  placed: readonly AnchorResult[];
  quotes?: readonly Quote[];
  entities?: readonly Entity[];
}

/** The clock and the id source of an import, passed in so that tests are deterministic. */
export interface ImportDeps {
  newId: IdGenerator;
  now: () => Date;
  /** Ids already used in the sidecar the import goes into. */
  taken?: ReadonlySet<string>;
}

export interface FormatImport {
  annotations: Annotation[];
  /** What could not be imported, or was imported with a doubt, as sentences for the user. */
  problems: string[];
  /** Items left out on purpose: the analysis's own entities and quotations, relations, events. */
  skipped: number;
}
