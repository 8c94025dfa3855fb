// The annotation model: what a sidecar holds, and what loading it reports.

/** Where an annotation sits in its text. Offsets are UTF-16 code units (JavaScript string indices). */
export interface TextTarget {
  start: number;
  end: number;
  /** The annotated passage itself, as it was when last saved. */
  exact: string;
  /** Up to `CONTEXT_LENGTH` characters before and after the passage, to tell repeated passages apart. */
  prefix: string;
  suffix: string;
}

export interface Annotation {
  /** Short and stable (6 hex characters), unique within its sidecar. */
  id: string;
  tags: string[];
  note?: string;
  target: TextTarget;
  /** ISO 8601 in UTC, e.g. 2026-11-25T18:00:00Z. */
  created: string;
  modified?: string;
}

/** A name the automatic analysis missed. `type` is an entity type such as PERSON or ORG. */
export interface EntityAdd {
  text: string;
  type: string;
  canonical?: string;
}

/** Mentions the automatic analysis got wrong: every mention with this text (of this type, when given). */
export interface EntityReject {
  text: string;
  type?: string;
}

/** The speaker of a quotation, set by hand; `null` means "nobody is quoted here". */
export interface SpeakerCorrection {
  quote: { exact: string };
  speaker: string | null;
}

export interface SidecarData {
  version: 1;
  /** The annotated text's file name, in the same folder as the sidecar. */
  text: string;
  annotations: Annotation[];
  entities: { add: EntityAdd[]; reject: EntityReject[] };
  speakers: SpeakerCorrection[];
}

/** A problem found in a sidecar. Lines and columns count from 1, as in `file:line:col` messages. */
export interface SidecarProblem {
  message: string;
  severity: 'error' | 'warning';
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** How an annotation was placed in the current text (see DESIGN.md, "The sidecar"). */
export type AnchorStatus = 'anchored' | 'moved' | 'fuzzy' | 'unanchored';

export interface AnchorResult {
  annotation: Annotation;
  status: AnchorStatus;
  /** The passage's current place. For `unanchored` these are the stored offsets, which point at nothing valid. */
  start: number;
  end: number;
}

export const CONTEXT_LENGTH = 32;
export const SIDECAR_VERSION = 1;
