/** One labelled string: every value of personal data it holds, by kind, as written in the text. */
export interface CorpusEntry {
  text: string;
  pii: Array<{ kind: string; value: string }>;
}
