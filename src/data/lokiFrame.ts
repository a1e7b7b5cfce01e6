import { createDataFrame, DataFrame, Field, FieldType } from '@grafana/data';

import { compareInstants, Instant, instantFromTimestamp, instantToNs } from './time';
import { UniqueKeys } from './workMeter';

export interface LokiFrameOptions {
  refId?: string;
  /** The query's line limit: the frame keeps the newest `limit` lines and records it in `meta.limit`. */
  limit?: number;
  /** Stream labels every row carries (for example `{ job: 'backend_logs' }`). */
  labels?: Record<string, string>;
  /** Entry time of the first line when no line carries a readable time at all. */
  fallbackStartMs?: number;
}

const TIME_KEYS = ['timestamp', 'time', '@timestamp', 'ts'];
const FALLBACK_STEP_NS = 1000;

/**
 * Turns JSONL text (one log line per line, blank lines ignored) into a frame shaped exactly as Grafana's Loki
 * data source returns a log query: LabeledTimeValues, newest first.
 */
export function lokiFrameFromJsonl(text: string, options: LokiFrameOptions = {}): DataFrame {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lokiFrameFromLines(lines, options);
}

/**
 * Turns log lines, oldest first, into a Loki LabeledTimeValues frame. Each line's entry time is its own
 * `timestamp` (or a Docker envelope's `time`), read as UTC when it has no zone; a line without a readable time
 * gets its neighbour's time plus a microsecond per step, so the result is deterministic.
 */
export function lokiFrameFromLines(lines: string[], options: LokiFrameOptions = {}): DataFrame {
  const instants = fillMissingInstants(lines.map(lineInstant), options.fallbackStartMs ?? 0);
  const order = lines.map((_, index) => index);
  // Newest first as Loki's backward direction returns them; of equal times the later line counts as newer.
  order.sort((a, b) => compareInstants(instants[b], instants[a]) || b - a);
  const kept = options.limit !== undefined && options.limit >= 0 ? order.slice(0, options.limit) : order;

  const usedIds = new UniqueKeys();
  const labels: Array<Record<string, string>> = [];
  const labelTypes: Array<Record<string, string>> = [];
  const times: number[] = [];
  const nanos: number[] = [];
  const lineValues: string[] = [];
  const tsNs: string[] = [];
  const ids: string[] = [];
  for (const index of kept) {
    const instant = instants[index];
    const ns = instantToNs(instant);
    labels.push({ ...options.labels });
    labelTypes.push(indexedLabelTypes(options.labels));
    times.push(instant.ms);
    nanos.push(instant.subMsNs);
    lineValues.push(lines[index]);
    tsNs.push(ns);
    ids.push(usedIds.take(`${ns}_${lineHash(lines[index])}`));
  }

  const timeField: Field = { name: 'Time', type: FieldType.time, config: {}, values: times, nanos };
  return createDataFrame({
    refId: options.refId ?? 'A',
    meta: {
      custom: { frameType: 'LabeledTimeValues' },
      preferredVisualisationType: 'logs',
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
    },
    fields: [
      { name: 'labels', type: FieldType.other, values: labels },
      timeField,
      { name: 'Line', type: FieldType.string, values: lineValues },
      { name: 'tsNs', type: FieldType.string, values: tsNs },
      { name: 'labelTypes', type: FieldType.other, values: labelTypes, config: { custom: { hidden: true } } },
      { name: 'id', type: FieldType.string, values: ids },
    ],
  });
}

function lineInstant(line: string): Instant | undefined {
  const start = line.indexOf('{');
  if (start < 0) {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(start === 0 ? line : line.slice(start));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) {
    return undefined;
  }
  const record = parsed as Record<string, unknown>;
  for (const key of TIME_KEYS) {
    const instant = instantFromTimestamp(record[key]);
    if (instant) {
      return instant;
    }
  }
  return undefined;
}

function fillMissingInstants(instants: Array<Instant | undefined>, fallbackStartMs: number): Instant[] {
  const firstKnown = instants.findIndex((instant) => instant !== undefined);
  if (firstKnown < 0) {
    return instants.map((_, index) => ({ ms: fallbackStartMs + index, subMsNs: 0 }));
  }
  const filled: Instant[] = new Array(instants.length);
  let previous = instants[firstKnown] as Instant;
  for (let index = firstKnown - 1; index >= 0; index--) {
    previous = shiftNs(previous, -FALLBACK_STEP_NS);
    filled[index] = previous;
  }
  previous = instants[firstKnown] as Instant;
  for (let index = firstKnown; index < instants.length; index++) {
    const instant = instants[index];
    previous = instant ?? shiftNs(previous, FALLBACK_STEP_NS);
    filled[index] = previous;
  }
  return filled;
}

function shiftNs(instant: Instant, deltaNs: number): Instant {
  const total = instant.subMsNs + deltaNs;
  const carry = Math.floor(total / 1e6);
  return { ms: instant.ms + carry, subMsNs: total - carry * 1e6 };
}

function indexedLabelTypes(labels: Record<string, string> | undefined): Record<string, string> {
  const types: Record<string, string> = {};
  for (const key of Object.keys(labels ?? {})) {
    types[key] = 'I';
  }
  return types;
}

/** FNV-1a over the UTF-16 code units, as 8 hex digits: a short, stable fingerprint for row ids. */
export function lineHash(line: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) {
    hash ^= line.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
