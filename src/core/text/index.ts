export { analyzeStructure } from './structure';
export { parseDateLine } from './dateline';
export { trimSpan } from './lines';
export { isBoilerplateLine } from './boilerplate';
export { splitSentences } from './sentences';
export type { ArticleStructure, Dateline, Headline, Paragraph, Span, Turn } from './types';
