// Live edits: how an annotated span follows one change of the open document (VS Code's content change).

export interface TextEdit {
  /** The replaced range [start, end) of the text before the edit, and the length of what replaced it. */
  start: number;
  end: number;
  newLength: number;
}

/**
 * `unchanged`: the edit was after the span. `shifted`: before it, the span moved. `changed`: the passage
 * itself was edited, the caller recomputes its `exact` from the new text. `deleted`: the whole passage is
 * gone; the annotation becomes unanchored (and is kept).
 */
export type ShiftStatus = 'unchanged' | 'shifted' | 'changed' | 'deleted';

export interface ShiftedSpan {
  start: number;
  end: number;
  status: ShiftStatus;
}

/** Typing at either edge of a passage does not extend it: only edits strictly inside change it. */
export function shiftSpan(span: { start: number; end: number }, edit: TextEdit): ShiftedSpan {
  const delta = edit.newLength - (edit.end - edit.start);
  const { start, end } = span;
  if (edit.start >= end) return { start, end, status: 'unchanged' };
  if (edit.end <= start) return { start: start + delta, end: end + delta, status: delta === 0 ? 'unchanged' : 'shifted' };
  if (edit.start <= start && edit.end >= end) return { start: edit.start, end: edit.start, status: 'deleted' };
  // The edit overlaps the passage: what is left of it keeps its place, an insertion inside is part of it.
  const newStart = edit.start < start ? edit.start + edit.newLength : start;
  const newEnd = edit.end > end ? edit.start : end + delta;
  if (newEnd <= newStart) return { start: newStart, end: newStart, status: 'deleted' };
  return { start: newStart, end: newEnd, status: 'changed' };
}

export function shiftForEdit(spans: readonly { start: number; end: number }[], edit: TextEdit): ShiftedSpan[] {
  return spans.map((s) => shiftSpan(s, edit));
}
