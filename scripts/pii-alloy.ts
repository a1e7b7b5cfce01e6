/**
 * Writes alloy/pii-redaction.alloy from the panel's detector catalogue, or with --check fails when the committed
 * file is out of date.
 * Usage: npx tsx scripts/pii-alloy.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { builtInDetectors } from '../src/pii';
import { renderAlloyRedaction } from '../src/pii/alloy';

const target = resolve(__dirname, '..', 'alloy', 'pii-redaction.alloy');
const rendered = renderAlloyRedaction(builtInDetectors);

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    committed = '';
  }
  if (committed !== rendered) {
    process.stderr.write(`${target} is out of date: run npx tsx scripts/pii-alloy.ts\n`);
    process.exit(1);
  }
  process.stdout.write(`${target} matches the catalogue\n`);
} else {
  writeFileSync(target, rendered);
  process.stdout.write(`Wrote ${target}\n`);
}
