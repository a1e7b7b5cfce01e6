import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { parse } from 'yaml';

/** Reading the stack's files the way the containers will: paths relative to the repository root. */

export const ROOT = resolve(__dirname, '..', '..');

export function repoPath(...parts: string[]): string {
  return join(ROOT, ...parts);
}

export function readText(...parts: string[]): string {
  return readFileSync(repoPath(...parts), 'utf8');
}

export function readYaml<T = Record<string, unknown>>(...parts: string[]): T {
  return parse(readText(...parts)) as T;
}

export function readJson<T = Record<string, unknown>>(...parts: string[]): T {
  return JSON.parse(readText(...parts)) as T;
}

export { existsSync };

/** One Alloy component block: `kind "label" { body }`. */
export interface AlloyComponent {
  file: string;
  kind: string;
  label: string;
  body: string;
}

/** Alloy's loader takes every *.alloy file of the directory, not nested ones, as one configuration. */
export function alloyFiles(): string[] {
  return readdirSync(repoPath('alloy'))
    .filter((name) => name.endsWith('.alloy'))
    .sort();
}

function withoutComments(text: string): string {
  // Line comments only outside strings: Alloy strings in this project never contain `//` after a quote.
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*\/\/.*$/, '').replace(/\s+\/\/[^"]*$/, ''))
    .join('\n');
}

/** Top-level components with their bodies, found by matching braces (strings may hold braces). */
export function alloyComponents(file: string): AlloyComponent[] {
  const text = withoutComments(readText('alloy', file));
  const components: AlloyComponent[] = [];
  const header = /^([a-z_]+(?:\.[a-z_]+)+)\s+"([^"]+)"\s*\{/gm;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text)) !== null) {
    const start = header.lastIndex;
    let depth = 1;
    let index = start;
    let inString = false;
    for (; index < text.length && depth > 0; index++) {
      const char = text[index];
      if (char === '"' && text[index - 1] !== '\\') {
        inString = !inString;
      } else if (!inString && char === '{') {
        depth++;
      } else if (!inString && char === '}') {
        depth--;
      }
    }
    components.push({ file, kind: match[1], label: match[2], body: text.slice(start, index - 1) });
    header.lastIndex = index;
  }
  return components;
}

/** Labels the pipeline sets: static ones on the file targets (with values) and those promoted by stage.labels. */
export function alloyLabels(components: AlloyComponent[]): { fixed: Record<string, string>; extracted: string[] } {
  const fixed: Record<string, string> = {};
  const extracted: string[] = [];
  for (const component of components) {
    if (component.kind === 'local.file_match') {
      for (const [, name, value] of component.body.matchAll(/"([a-zA-Z_][a-zA-Z0-9_]*)"\s*=\s*"([^"]*)"/g)) {
        if (!name.startsWith('__')) {
          fixed[name] = value;
        }
      }
    }
    for (const [, block] of component.body.matchAll(/stage\.labels\s*\{\s*values\s*=\s*\{([^}]*)\}/g)) {
      extracted.push(...[...block.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*=/g)].map(([, name]) => name));
    }
  }
  return { fixed, extracted };
}

/** References such as `loki.process.redact_pii.receiver` in a component's forward_to list. */
export function forwardTargets(component: AlloyComponent): string[] {
  const list = /forward_to\s*=\s*\[([^\]]*)\]/.exec(component.body)?.[1] ?? '';
  return list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Go's RE2 named groups `(?P<name>` in the syntax JavaScript understands, for checking patterns on real lines. */
export function goRegExp(pattern: string, flags = ''): RegExp {
  return new RegExp(pattern.replace(/\(\?P</g, '(?<'), flags);
}
