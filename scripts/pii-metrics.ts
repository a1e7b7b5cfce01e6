/**
 * Prints precision and recall of every built-in detector on the labelled corpus, and each mistake.
 * Usage: npx tsx scripts/pii-metrics.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { builtInKinds, createMasker } from '../src/pii';
import { createAlloyRedactor, readAlloyStages } from '../src/pii/alloySimulation';
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

// What the shipped Alloy stages let through to Loki, run with RE2JS over each string as a JSON log line.
const redact = createAlloyRedactor(
  readAlloyStages(readFileSync(join(__dirname, '..', 'alloy', 'pii-redaction.alloy'), 'utf8'))
);
const redacted = labelledCorpus.map((entry) => ({
  entry,
  content: JSON.parse(redact(JSON.stringify(entry.text))) as string,
}));
const labelled = redacted.flatMap(({ entry, content }) => entry.pii.map(({ value }) => !content.includes(value)));
const clean = redacted.filter(({ entry }) => entry.pii.length === 0);
process.stdout.write(
  `\nAlloy stages: removed ${labelled.filter(Boolean).length} of ${labelled.length} labelled values; ` +
    `changed ${clean.filter(({ entry, content }) => content !== entry.text).length} of ${clean.length} strings ` +
    'without personal data (no checksums in RE2)\n'
);
