// The analysis options a sidecar implies (the user's entity and speaker corrections), for exports that
// include the analysis's quotes and entities, and for the editor.
import type { AnalyzeOptions } from '../analyze';
import type { SidecarData } from '../annotations';
import { isEntityType } from '../entities';

export function analysisOptionsOf(data: SidecarData | undefined): AnalyzeOptions {
  if (!data) return {};
  return {
    entities: {
      add: data.entities.add.flatMap((a) => (isEntityType(a.type) ? [{ text: a.text, type: a.type, canonical: a.canonical }] : [])),
      reject: data.entities.reject.map((r) => ({ text: r.text, type: r.type !== undefined && isEntityType(r.type) ? r.type : undefined })),
    },
    speakers: data.speakers.map((s) => ({ exact: s.quote.exact, speaker: s.speaker })),
  };
}
