// `diplomatic-annotator analyze FILE... [--json]`: structure, quotations with speakers, entities, topics.
import { analyze, type Analysis } from '../../core/analyze';
import type { CompiledLexicon } from '../../core/topics';
import type { Output } from '../output';
import { readTextFile } from '../read';

export interface AnalyzeJson {
  file: string;
  structure: { dateline: string | null; date: string | null; time: string | null; headline: string | null; paragraphs: number; duplicates: number[]; boilerplate: number };
  quotes: { start: number; end: number; text: string; kind: string; speaker: string | null; nested: boolean; unclosed: boolean; evidence: { start: number; end: number; text: string } | null }[];
  entities: { start: number; end: number; text: string; type: string; canonical: string }[];
  topics: { label: string; score: number; passages: { start: number; end: number }[] }[];
}

export function toJson(file: string, a: Analysis): AnalyzeJson {
  const s = a.structure;
  return {
    file,
    structure: {
      dateline: s.dateline?.text ?? null,
      date: s.dateline?.date ?? null,
      time: s.dateline?.time ?? null,
      headline: s.headline?.text ?? null,
      paragraphs: s.paragraphs.length,
      duplicates: s.paragraphs.filter((p) => p.duplicateOf !== null).map((p) => p.index),
      boilerplate: s.boilerplate.length,
    },
    quotes: a.quotes.map((q) => ({
      start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null, nested: q.nested, unclosed: q.unclosed,
      evidence: q.speaker ? q.speaker.cue : null,
    })),
    entities: a.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, canonical: e.canonical })),
    topics: a.topics.map((t) => ({ label: t.label, score: t.score, passages: t.passages.map((p) => ({ start: p.start, end: p.end })) })),
  };
}

function summary(file: string, a: Analysis): string {
  const s = a.structure;
  const lines = [`${file}`];
  lines.push(`  ${s.dateline?.date ?? 'undated'} · ${s.headline?.text ?? '(no headline)'}`);
  const dups = s.paragraphs.filter((p) => p.duplicateOf !== null).length;
  lines.push(`  ${s.paragraphs.length} paragraphs${dups ? `, ${dups} duplicated` : ''}, ${s.sentences.length} sentences, ${a.quotes.length} quotations, ${a.entities.length} entity mentions`);
  const bySpeaker = new Map<string, number>();
  for (const q of a.quotes) if (q.kind === 'direct') bySpeaker.set(q.speaker?.name ?? '(unattributed)', (bySpeaker.get(q.speaker?.name ?? '(unattributed)') ?? 0) + 1);
  if (bySpeaker.size) lines.push(`  Quoted: ${[...bySpeaker].map(([n, c]) => `${n} (${c})`).join(', ')}`);
  const counts = new Map<string, Map<string, number>>();
  for (const e of a.entities) {
    const m = counts.get(e.type) ?? new Map<string, number>();
    m.set(e.canonical, (m.get(e.canonical) ?? 0) + 1);
    counts.set(e.type, m);
  }
  for (const [type, m] of [...counts].sort()) {
    const top = [...m].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([n, c]) => (c > 1 ? `${n} (${c})` : n));
    lines.push(`  ${type.padEnd(6)} ${top.join(', ')}${m.size > 8 ? `, … ${m.size - 8} more` : ''}`);
  }
  if (a.topics.length) lines.push(`  Topics: ${a.topics.map((t) => t.label).join('; ')}`);
  return lines.join('\n');
}

export function runAnalyze(files: string[], json: boolean, out: Output, lexicon?: CompiledLexicon): number {
  if (files.length === 0) {
    out.err('analyze: give one or more text files, e.g. diplomatic-annotator analyze seeds/*.txt --json');
    return 2;
  }
  let failed = 0;
  const results: AnalyzeJson[] = [];
  for (const file of files) {
    const r = readTextFile(file);
    if (!r.ok) {
      out.err(r.message);
      failed++;
      continue;
    }
    const a = analyze(r.text, { lexicon });
    if (json) results.push(toJson(file, a));
    else out.log(summary(file, a));
  }
  if (json) out.log(JSON.stringify(files.length === 1 ? (results[0] ?? null) : results, null, 2));
  return failed > 0 ? 1 : 0;
}
