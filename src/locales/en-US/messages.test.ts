import fs from 'fs';
import i18next from 'i18next';
import path from 'path';

import messages from './foodsave-ollamachat-panel.json';

type Messages = { [key: string]: string | Messages };

const sourceRoot = path.resolve(__dirname, '../..');

function flatten(tree: Messages, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`)
  );
}

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'testing' ? [] : sourceFiles(full);
    }
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Reads a quoted literal (single or double quotes) at `start`; returns its text and the index after it. */
function readLiteral(source: string, start: number): { text: string; end: number } | undefined {
  const quote = source[start];
  if (quote !== "'" && quote !== '"') {
    return undefined;
  }
  let text = '';
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') {
      text += source[++i];
    } else if (source[i] === quote) {
      return { text, end: i + 1 };
    } else {
      text += source[i];
    }
  }
  return undefined;
}

/** The index after the string or template literal that opens at `start`. */
function literalEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') {
      i++;
    } else if (source[i] === source[start]) {
      return i + 1;
    }
  }
  return source.length;
}

/** The text of the `{ ... }` at `start` with everything nested deeper blanked out, so only its own keys remain. */
function topLevelOfObject(source: string, start: number): string {
  let depth = 0;
  let result = '';
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (char === "'" || char === '"' || char === '`') {
      const end = literalEnd(source, i);
      const literal = source.slice(i, end);
      result += depth === 1 ? literal : ' '.repeat(literal.length);
      i = end - 1;
      continue;
    }
    if (char === '{' || char === '(' || char === '[') {
      depth++;
    } else if (char === '}' || char === ')' || char === ']') {
      depth--;
      if (depth === 0) {
        return result;
      }
    }
    result += depth === 1 ? char : ' ';
  }
  return result;
}

/** Every `t('key', 'English', { ... })` of the source, as the message keys and English texts it defines. */
function sourceMessages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(sourceRoot)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const call of source.matchAll(/(?<![\w.])t\(\s*/g)) {
      const key = readLiteral(source, call.index + call[0].length);
      const afterKey = key && source.slice(key.end).match(/^\s*,\s*/);
      const english = key && afterKey ? readLiteral(source, key.end + afterKey[0].length) : undefined;
      if (!key || !english) {
        continue;
      }
      const optionsStart = source.slice(english.end).match(/^\s*,\s*\{/);
      const options = optionsStart ? topLevelOfObject(source, english.end + optionsStart[0].length - 1) : '';
      const plural = (form: string) => {
        const match = options.match(new RegExp(`defaultValue_${form}:\\s*`));
        return match?.index === undefined ? undefined : readLiteral(options, match.index + match[0].length)?.text;
      };
      const one = plural('one');
      const other = plural('other');
      if (one !== undefined || other !== undefined) {
        found.set(`${key.text}_one`, one ?? '');
        found.set(`${key.text}_other`, other ?? '');
      } else {
        found.set(key.text, english.text);
      }
    }
  }
  return found;
}

const entries = flatten(messages);

describe('the en-US message file', () => {
  // Grafana shows the file's text once it has loaded it, the code's English only before: they must agree.
  it('holds the same English as the code for every message the code uses, and nothing else', () => {
    const inCode = sourceMessages();

    expect(inCode.size).toBeGreaterThan(100);
    expect(Object.fromEntries(entries)).toEqual(Object.fromEntries(inCode));
  });
});

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

async function translator() {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'en-US', resources: { 'en-US': { translation: messages } } });
  return instance.t;
}

describe('the en-US messages', () => {
  it('give every message that shows a count its singular and plural forms', () => {
    const counted = entries.filter(([key, text]) => text.includes('{{count}}') || pluralSuffix.test(key));
    const bases = new Set(counted.map(([key]) => key.replace(pluralSuffix, '')));
    const missing = [...bases].filter(
      (base) => !entries.some(([key]) => key === `${base}_one`) || !entries.some(([key]) => key === `${base}_other`)
    );
    expect(counted.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('read "1 turn" and "2 turns" once Grafana has loaded them', async () => {
    const t = await translator();
    expect(t('conversation.turns', { count: 1 })).toBe('1 turn');
    expect(t('conversation.turns', { count: 2 })).toBe('2 turns');
    expect(t('summary.skipped', { count: 1 })).toBe('1 row skipped');
    expect(t('summary.skipped', { count: 0 })).toBe('0 rows skipped');
  });
});
