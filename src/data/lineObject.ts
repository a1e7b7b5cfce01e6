import { isObject } from './messages';
import { LogRecord } from './records';

export type JsonObject = Record<string, unknown>;

/** Where the fields of a row come from: the JSON line, or the labels `| json` made when the line is not JSON. */
export type FieldSource = 'line' | 'labels';

export type LineReading =
  { ok: true; object: JsonObject; source: FieldSource } | { ok: false; reason: 'notJson' | 'unreadable' };

/**
 * Parses a row's line once: a JSON object, a JSON object after some text (a logger's prefix), or a Docker
 * json-file envelope around one. When the line is not JSON but `| json` put the event key into the labels,
 * the labels stand in for it.
 */
export function readLineObject(record: LogRecord, eventKey: string): LineReading {
  const line = record.line;
  if (line === undefined) {
    return { ok: false, reason: 'unreadable' };
  }
  if (typeof line === 'object') {
    return isObject(line) ? { ok: true, object: line, source: 'line' } : { ok: false, reason: 'notJson' };
  }
  const parsed = parseObjectText(line);
  if (parsed === 'tooDeep') {
    return { ok: false, reason: 'unreadable' };
  }
  if (parsed) {
    const inner = dockerEnvelopeContent(parsed, eventKey);
    if (inner === undefined) {
      return { ok: true, object: parsed, source: 'line' };
    }
    const innerParsed = parseObjectText(inner);
    if (innerParsed && innerParsed !== 'tooDeep') {
      return { ok: true, object: innerParsed, source: 'line' };
    }
  }
  const labels = record.labels;
  if (labels && typeof labels[eventKey] === 'string') {
    return { ok: true, object: labels, source: 'labels' };
  }
  return { ok: false, reason: 'notJson' };
}

function parseObjectText(text: string): JsonObject | 'tooDeep' | undefined {
  const start = text.indexOf('{');
  if (start < 0) {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(start === 0 ? text : text.slice(start));
    return isObject(value) ? value : undefined;
  } catch (error) {
    // Valid JSON nested deeper than the parser's stack allows: the line is JSON, just not readable here.
    return error instanceof RangeError ? 'tooDeep' : undefined;
  }
}

/** The inner line of Docker's json-file format `{"log": "...", "stream": "stdout", "time": "..."}`. */
function dockerEnvelopeContent(object: JsonObject, eventKey: string): string | undefined {
  if (typeof object.log !== 'string' || eventKey in object) {
    return undefined;
  }
  return typeof object.stream === 'string' || typeof object.time === 'string' ? object.log : undefined;
}

/**
 * Reads a key from a parsed line: the key itself, a dotted OTel name as a nested path or under `attributes`,
 * or, for `| json` labels, the flattened name (`gen_ai.request.model` → `gen_ai_request_model`).
 */
export function readKey(object: JsonObject, key: string, source: FieldSource): unknown {
  const direct = object[key];
  if (direct !== undefined || key.indexOf('.') < 0) {
    return direct;
  }
  if (source === 'labels') {
    return object[flattenedNameOf(key)];
  }
  const attributes = object.attributes;
  if (isObject(attributes) && attributes[key] !== undefined) {
    return attributes[key];
  }
  let value: unknown = object;
  for (const part of pathOf(key)) {
    if (!isObject(value)) {
      return undefined;
    }
    value = value[part];
  }
  return value;
}

/** Longer "ids" are garbage or an attack on the hash maps that group by them. */
const LONGEST_ID = 512;

/** An identifier as logged: text, or a number written as text. */
export function readIdValue(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value === '' || value.length > LONGEST_ID ? undefined : value;
  }
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

export function readFlag(value: unknown): boolean | undefined {
  if (value === true || value === 'true' || value === 'True') {
    return true;
  }
  if (value === false || value === 'false' || value === 'False') {
    return false;
  }
  return undefined;
}

const paths = new Map<string, string[]>();
const flattenedNames = new Map<string, string>();

// Key names come from a handful of options and constants: split each once, not once per row.
function pathOf(key: string): string[] {
  let path = paths.get(key);
  if (!path) {
    path = key.split('.');
    paths.set(key, path);
  }
  return path;
}

function flattenedNameOf(key: string): string {
  let name = flattenedNames.get(key);
  if (name === undefined) {
    name = pathOf(key).join('_');
    flattenedNames.set(key, name);
  }
  return name;
}
