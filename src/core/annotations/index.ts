// The annotation core: model, sidecar YAML, anchoring, live edits and merging. No VS Code, no file system.
export * from './types';
export { anchorAll, anchorTarget, makeTarget } from './anchor';
export { fuzzyMatch, MAX_ERROR_RATE } from './fuzzy';
export { levenshtein, similarity } from './edit-distance';
export { shiftForEdit, shiftSpan, type ShiftedSpan, type ShiftStatus, type TextEdit } from './shift';
export { parseSidecar, serializeSidecar, detectEol, MAX_SIDECAR_CHARS, type ParseResult, type SidecarDocument } from './sidecar';
export { mergeSidecars, CONFLICT_TAG, type MergeConflict } from './merge';
export { createIdGenerator, isoUtc, ID_PATTERN, type IdGenerator, type RandomSource } from './id';
export { createAnnotation, retarget } from './create';
export { sidecarNameFor, sidecarPathFor, isSidecarName, textReferenceProblem, SIDECAR_SUFFIX } from './paths';
export { sortAnnotations, sameAnnotation } from './equal';
