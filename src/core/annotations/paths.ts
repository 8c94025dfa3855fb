// Which sidecar belongs to which text, by name only: `dir/article.txt` <-> `dir/article.annotations.yaml`.

export const SIDECAR_SUFFIX = '.annotations.yaml';

/** `article.txt` -> `article.annotations.yaml`; `notes` -> `notes.annotations.yaml`. */
export function sidecarNameFor(textName: string): string {
  const dot = textName.lastIndexOf('.');
  const stem = dot > 0 ? textName.slice(0, dot) : textName;
  return stem + SIDECAR_SUFFIX;
}

/** `dir/article.txt` -> `dir/article.annotations.yaml`, for `/` or `\` separated paths. */
export function sidecarPathFor(textPath: string): string {
  const slash = Math.max(textPath.lastIndexOf('/'), textPath.lastIndexOf('\\'));
  return textPath.slice(0, slash + 1) + sidecarNameFor(textPath.slice(slash + 1));
}

export function isSidecarName(name: string): boolean {
  return name.endsWith(SIDECAR_SUFFIX) && name.length > SIDECAR_SUFFIX.length;
}

/**
 * Why a sidecar's `text:` value cannot name its text, or null when it can: it must be a plain file name in
 * the sidecar's own folder, so that a sidecar can never point the tools at files elsewhere on the disk.
 */
export function textReferenceProblem(name: string): string | null {
  if (name.trim() === '') return 'is empty';
  if (/^[a-zA-Z]:/.test(name) || name.startsWith('/') || name.startsWith('\\')) return 'is an absolute path';
  if (/[/\\]/.test(name)) return 'names a file in another folder';
  if (name === '.' || name === '..') return 'is not a file name';
  if ([...name].some((c) => c.charCodeAt(0) < 0x20)) return 'contains control characters';
  return null;
}
