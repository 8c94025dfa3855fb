// `diplomatic-annotator topics FILE... [--json]`: each article's topics with the passages that carry them.
import { analyze } from '../../core/analyze';
import { snippetOf } from '../../core/corpus';
import type { CompiledLexicon } from '../../core/topics';
import type { Output } from '../output';
import { readTextFile } from '../read';

export function runTopics(files: string[], json: boolean, out: Output, lexicon: CompiledLexicon | undefined): number {
  if (files.length === 0) {
    out.err('topics: give one or more text files, e.g. diplomatic-annotator topics seeds/*.txt');
    return 2;
  }
  if (!lexicon) return 1;
  let failed = 0;
  const results: { file: string; topics: { label: string; score: number; source: string; passages: { start: number; end: number }[] }[] }[] = [];
  for (const file of files) {
    const r = readTextFile(file);
    if (!r.ok) {
      out.err(r.message);
      failed++;
      continue;
    }
    const { topics, structure } = analyze(r.text, { lexicon });
    if (json) {
      results.push({ file, topics: topics.map((t) => ({ label: t.label, score: t.score, source: t.source, passages: t.passages.map((p) => ({ start: p.start, end: p.end })) })) });
      continue;
    }
    out.log(`${file}\n  ${structure.dateline?.date ?? 'undated'} · ${structure.headline?.text ?? '(no headline)'}`);
    for (const t of topics) {
      out.log(`  ${t.label} (${t.score}${t.source === 'keyphrase' ? ', key phrase' : ''})`);
      for (const p of t.passages.slice(0, 3)) out.log(`      ${p.start}-${p.end}  ${snippetOf(r.text, p.start, p.end, 90)}`);
      if (t.passages.length > 3) out.log(`      … ${t.passages.length - 3} more`);
    }
  }
  if (json) out.log(JSON.stringify(files.length === 1 ? (results[0] ?? null) : results, null, 2));
  return failed > 0 ? 1 : 0;
}
