import type { Detector } from './types';

export const ALLOY_COMPONENT = 'redact_pii';

/** Alloy strings are double-quoted with backslash escapes, like Go's. */
function alloyString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * RE2 cannot look ahead, so an expression that ends on a boundary character consumes it; a value right after,
 * sharing that one separator (`600123456,601234567`), is then skipped. A second pass finds it, because the first
 * left `[phone]` in place of its neighbour.
 */
function consumesTrailingCharacter(expression: string): boolean {
  return expression.endsWith('$)');
}

function stage(detector: Detector, expression: string, note: string): string {
  return [
    `  // ${detector.name}${note}`,
    '  stage.replace {',
    `    expression = ${alloyString(expression)}`,
    `    replace    = ${alloyString(`[${detector.name}]`)}`,
    '  }',
  ].join('\n');
}

/** The Alloy block that redacts the built-in kinds before lines are sent to Loki, one stage per detector. */
export function renderAlloyRedaction(detectors: readonly Detector[]): string {
  const stages: string[] = [];
  for (const detector of detectors) {
    if (!detector.re2) {
      continue;
    }
    stages.push(stage(detector, detector.re2, ''));
    if (consumesTrailingCharacter(detector.re2)) {
      stages.push(stage(detector, detector.re2, ': second pass, for values that shared one separator'));
    }
  }
  return [
    "// Generated from the panel's detector catalogue (src/pii) by `npx tsx scripts/pii-alloy.ts`: do not edit by",
    '// hand. A unit test fails when this file and the catalogue disagree.',
    '//',
    '// Replaces personal data in every log line with its kind, for example [email], before the line is sent to Loki.',
    '// Alloy cannot run the checksums the panel runs (PESEL, NIP, IBAN, Luhn), so it redacts every value of the',
    '// right shape: more than the panel masks on screen, never less. Numbers written as JSON or key=value values',
    '// ("total_duration": 4120000000) are left alone: they are Ollama\'s timings, not personal data.',
    `loki.process ${alloyString(ALLOY_COMPONENT)} {`,
    '  forward_to = [loki.write.local.receiver]',
    '',
    stages.join('\n\n'),
    '}',
    '',
  ].join('\n');
}
