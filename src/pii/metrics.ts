import type { CorpusEntry } from './corpus/types';
import type { Detection } from './types';

export interface DetectorScore {
  kind: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface CorpusMistake {
  text: string;
  kind: string;
  value: string;
  mistake: 'missed' | 'false alarm';
}

function spanKey(kind: string, start: number, end: number): string {
  return `${kind}:${start}:${end}`;
}

/** Where each labelled value sits; a value written twice is looked up after its previous occurrence. */
function expectedSpans(entry: CorpusEntry): Set<string> {
  const spans = new Set<string>();
  const searchFrom = new Map<string, number>();
  for (const { kind, value } of entry.pii) {
    const start = entry.text.indexOf(value, searchFrom.get(value) ?? 0);
    if (start < 0) {
      throw new Error(`Corpus label "${value}" does not occur in "${entry.text}"`);
    }
    searchFrom.set(value, start + value.length);
    spans.add(spanKey(kind, start, start + value.length));
  }
  return spans;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/**
 * Precision and recall per kind: a detection counts only when its kind and its exact span match a label, so a
 * value masked partly or under the wrong kind is both a miss and a false alarm.
 */
export function scoreCorpus(
  corpus: CorpusEntry[],
  kinds: readonly string[],
  detect: (text: string) => Detection[]
): { scores: DetectorScore[]; mistakes: CorpusMistake[] } {
  const counts = new Map(kinds.map((kind) => [kind, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]));
  const mistakes: CorpusMistake[] = [];
  for (const entry of corpus) {
    const expected = expectedSpans(entry);
    const found = new Set(detect(entry.text).map(({ kind, start, end }) => spanKey(kind, start, end)));
    for (const span of found) {
      const [kind, start, end] = span.split(':');
      const count = counts.get(kind);
      const hit = expected.has(span);
      if (count) {
        count[hit ? 'truePositives' : 'falsePositives']++;
      }
      if (!hit) {
        mistakes.push({ text: entry.text, kind, value: entry.text.slice(+start, +end), mistake: 'false alarm' });
      }
    }
    for (const span of expected) {
      if (!found.has(span)) {
        const [kind, start, end] = span.split(':');
        const count = counts.get(kind);
        if (count) {
          count.falseNegatives++;
        }
        mistakes.push({ text: entry.text, kind, value: entry.text.slice(+start, +end), mistake: 'missed' });
      }
    }
  }
  const scores = [...counts].map(([kind, count]) => ({
    kind,
    ...count,
    precision: ratio(count.truePositives, count.truePositives + count.falsePositives),
    recall: ratio(count.truePositives, count.truePositives + count.falseNegatives),
  }));
  return { scores, mistakes };
}
