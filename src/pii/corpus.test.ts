import { builtInKinds } from './catalogue';
import { labelledCorpus } from './corpus';
import { createMasker } from './masker';
import { scoreCorpus } from './metrics';

describe('the labelled corpus', () => {
  it('holds at least 300 strings, with true values of every kind', () => {
    expect(labelledCorpus.length).toBeGreaterThanOrEqual(300);
    const labelledKinds = new Set(labelledCorpus.flatMap((entry) => entry.pii.map(({ kind }) => kind)));
    expect([...labelledKinds].sort()).toEqual([...builtInKinds].sort());
  });

  it('holds Polish and English strings and strings with no personal data', () => {
    expect(labelledCorpus.filter((entry) => /[ąćęłńóśźż]/i.test(entry.text)).length).toBeGreaterThan(50);
    expect(labelledCorpus.filter((entry) => /\b(?:the|please|with|for)\b/i.test(entry.text)).length).toBeGreaterThan(
      20
    );
    expect(labelledCorpus.filter((entry) => entry.pii.length === 0).length).toBeGreaterThan(100);
  });
});

describe('detector precision and recall on the labelled corpus', () => {
  const masker = createMasker();
  const { scores, mistakes } = scoreCorpus(labelledCorpus, builtInKinds, masker.detect);

  it.each(builtInKinds)('%s reaches precision and recall of at least 0.98', (kind) => {
    const score = scores.find((candidate) => candidate.kind === kind);
    const kindMistakes = mistakes.filter((mistake) => mistake.kind === kind);
    // On failure, the list shows which strings the detector got wrong.
    expect(score && score.precision >= 0.98 && score.recall >= 0.98 ? [] : kindMistakes).toEqual([]);
    expect(score?.precision).toBeGreaterThanOrEqual(0.98);
    expect(score?.recall).toBeGreaterThanOrEqual(0.98);
  });
});
