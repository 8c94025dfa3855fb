// Topics: the lexicon a text is scored against, and the topics found in an article.

export interface TopicDef {
  id: string;
  label: string;
  description: string;
  /** Phrase → weight (1 weak hint, 2 typical, 3 decisive). */
  terms: Record<string, number>;
  /** A more specific label filled from the text's entities: `{GPE} nuclear programme`, `{LAW}`. */
  specific?: string;
}

export interface Lexicon {
  version: 1;
  topics: TopicDef[];
}

export interface TopicPassage {
  start: number;
  end: number;
  score: number;
}

export interface ArticleTopic {
  id: string;
  /** The label shown: specific to the text where the lexicon says how (`Iran nuclear programme`). */
  label: string;
  score: number;
  source: 'lexicon' | 'keyphrase' | 'tag';
  passages: TopicPassage[];
}
