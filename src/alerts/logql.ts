import { parser } from '@grafana/lezer-logql';

import { escapeRegex } from './regexEscape';

/** Stream selector of the FoodSave backend logs, used when the panel's own query cannot serve. */
export const defaultStreamSelector = '{job="backend_logs"}';

/**
 * A LogQL double-quoted string literal holding exactly `value`. Loki reads it with Go's string unquoting, so quotes,
 * backslashes and control characters are escaped and a user's text can never end the string early.
 */
export function quoteLogQL(value: string): string {
  let quoted = '"';
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    if (character === '"' || character === '\\') {
      quoted += `\\${character}`;
    } else if (character === '\n') {
      quoted += '\\n';
    } else if (character === '\r') {
      quoted += '\\r';
    } else if (character === '\t') {
      quoted += '\\t';
    } else if (code < 0x20 || code === 0x7f) {
      quoted += `\\x${code.toString(16).padStart(2, '0')}`;
    } else {
      quoted += character;
    }
  }
  return `${quoted}"`;
}

/** Splits a comma-separated filter such as a model list into trimmed, distinct, non-empty values. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(',').map((value) => value.trim()))].filter((value) => value !== '');
}

/** A label filter stage keeping only the listed values of `label` (label regexes are anchored in Loki), or nothing. */
export function labelInFilter(label: string, values: string[]): string {
  if (values.length === 0) {
    return '';
  }
  return ` | ${label}=~${quoteLogQL(`(?:${values.map(escapeRegex).join('|')})`)}`;
}

/** What a LogQL expression is, by the grammar Grafana's own Loki editor uses. */
export interface LogqlCheck {
  /** The expression parsed without error nodes. */
  valid: boolean;
  /** It is a metric query (a number per series), which is what alert rules need. */
  metric: boolean;
  /** Offsets of the first syntax errors, for messages. */
  errorOffsets: number[];
}

export function checkLogql(expr: string): LogqlCheck {
  const tree = parser.parse(expr);
  const errorOffsets: number[] = [];
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) {
        errorOffsets.push(node.from);
      }
    },
  });
  const expression = tree.topNode.firstChild;
  const kind = expression?.firstChild?.name;
  return { valid: errorOffsets.length === 0 && expr.trim() !== '', metric: kind === 'MetricExpr', errorOffsets };
}

/** Where the stream selector of the generated queries came from. */
export type SelectorSource = 'panel' | 'default' | 'defaultBecauseVariables' | 'defaultBecauseUnreadable';

export interface StreamSelector {
  selector: string;
  source: SelectorSource;
}

/**
 * The first stream selector of the panel's query, so the alert watches the same streams the panel shows. Alert rules
 * do not resolve dashboard variables, so a selector that uses them falls back to the FoodSave default.
 */
export function streamSelectorOf(queryExpr: string | undefined): StreamSelector {
  if (!queryExpr || queryExpr.trim() === '') {
    return { selector: defaultStreamSelector, source: 'default' };
  }
  const tree = parser.parse(queryExpr);
  let selector: string | undefined;
  tree.iterate({
    enter: (node) => {
      if (selector !== undefined) {
        return false;
      }
      if (node.name === 'Selector') {
        selector = queryExpr.slice(node.from, node.to);
        return false;
      }
      return true;
    },
  });
  if (selector === undefined || !checkLogql(`count_over_time(${selector} [1m])`).valid) {
    return { selector: defaultStreamSelector, source: 'defaultBecauseUnreadable' };
  }
  if (selector.includes('$')) {
    return { selector: defaultStreamSelector, source: 'defaultBecauseVariables' };
  }
  return { selector, source: 'panel' };
}
