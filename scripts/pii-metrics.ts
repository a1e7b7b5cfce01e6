/**
 * Prints precision and recall of every built-in detector on the labelled corpus, and each mistake.
 * Usage: npx tsx scripts/pii-metrics.ts
 */
import { builtInKinds, createMasker } from '../src/pii';
import { labelledCorpus } from '../src/pii/corpus';
import { scoreCorpus } from '../src/pii/metrics';

const masker = createMasker();
const { scores, mistakes } = scoreCorpus(labelledCorpus, builtInKinds, masker.detect);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

process.stdout.write(`Labelled corpus: ${labelledCorpus.length} strings\n\n`);
process.stdout.write('detector  precision  recall   TP  FP  FN\n');
for (const score of scores) {
  process.stdout.write(
    `${score.kind.padEnd(9)} ${percent(score.precision).padStart(9)} ${percent(score.recall).padStart(7)} ` +
      `${String(score.truePositives).padStart(4)} ${String(score.falsePositives).padStart(3)} ` +
      `${String(score.falseNegatives).padStart(3)}\n`
  );
}
if (mistakes.length > 0) {
  process.stdout.write('\nMistakes:\n');
  for (const { mistake, kind, value, text } of mistakes) {
    process.stdout.write(`  ${mistake} ${kind} "${value}" in: ${text}\n`);
  }
}
