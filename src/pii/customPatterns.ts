import { t } from '@grafana/i18n';

import type { Detector } from './types';

export interface CustomPatterns {
  detectors: Detector[];
  errors: string[];
}

const NAME = /^[A-Za-z][\w-]{0,39}$/;
/** `/expression/flags`, for users who write JavaScript literals; only flags that keep matching sane are taken. */
const LITERAL = /^\/(.+)\/([imsu]*)$/;

function compile(source: string): { pattern?: RegExp; problem?: string } {
  const literal = LITERAL.exec(source);
  const body = literal ? literal[1] : source;
  const flags = `g${literal ? literal[2] : ''}`;
  try {
    const pattern = new RegExp(body, flags);
    return pattern.test('') ? { problem: 'empty' } : { pattern };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Reads the user's detectors from the panel option: one per line, `name: regular expression`. Blank lines and
 * lines starting with `#` are skipped. A bad line never throws: it becomes a message and the other lines still work.
 */
export function parseCustomPatterns(text: string): CustomPatterns {
  const detectors: Detector[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    const lineNumber = index + 1;
    if (line === '' || line.startsWith('#')) {
      return;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const source = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (name === '' || source === '') {
      errors.push(
        t(
          'pii.custom-patterns.missing-part',
          'Line {{lineNumber}}: write a name, a colon and a regular expression, for example "orderId: ORD-[0-9]{6}".',
          { lineNumber }
        )
      );
      return;
    }
    if (!NAME.test(name)) {
      errors.push(
        t(
          'pii.custom-patterns.bad-name',
          'Line {{lineNumber}}: the name "{{name}}" must start with a letter and use only letters, digits, - and _ (at most 40).',
          { lineNumber, name, interpolation: { escapeValue: false } }
        )
      );
      return;
    }
    const { pattern, problem } = compile(source);
    if (problem === 'empty') {
      errors.push(
        t(
          'pii.custom-patterns.matches-empty',
          'Line {{lineNumber}} ({{name}}): the expression also matches empty text, so it cannot mark a value; require at least one character (for example + instead of *).',
          { lineNumber, name, interpolation: { escapeValue: false } }
        )
      );
      return;
    }
    if (!pattern) {
      errors.push(
        t(
          'pii.custom-patterns.invalid',
          'Line {{lineNumber}} ({{name}}): not a valid regular expression ({{problem}}). Check brackets, and put a backslash before a literal ( ) [ ] . * + ? or |.',
          { lineNumber, name, problem, interpolation: { escapeValue: false } }
        )
      );
      return;
    }
    detectors.push({ name, pattern, builtIn: false });
  });
  return { detectors, errors };
}
