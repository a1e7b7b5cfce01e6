import type { DataFrame, Field } from '@grafana/data';

type Part = string | number | boolean | null | undefined;

function valuePart(value: unknown): Part {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'undefined':
      return undefined;
    default:
      // Labels and other objects are rebuilt by the data source on every query; their identity says nothing.
      return value === null ? null : typeof value;
  }
}

function fieldParts(field: Field | undefined, parts: Part[]) {
  const values: unknown = field?.values;
  const length = Array.isArray(values) ? values.length : -1;
  parts.push(field?.name, field?.type, length);
  if (Array.isArray(values) && length > 0) {
    parts.push(valuePart(values[0]), valuePart(values[length - 1]));
  }
  const nanos: unknown = field?.nanos;
  if (Array.isArray(nanos) && nanos.length > 0) {
    parts.push(valuePart(nanos[0]), valuePart(nanos[nanos.length - 1]));
  }
}

/**
 * A cheap summary of the frames that changes when Grafana delivers other rows: per frame its refId, length and line
 * limit, each field's name, type and length, and the first and last value of every field (for Loki: the oldest and
 * newest entry's id, nanosecond time and line). A dashboard refresh hands the panel new frame objects even when the
 * rows are the same; equal summaries let the panel keep what it built from them. Loki returns a time-ordered window,
 * so rows that differ only in the middle, at the same count and the same ends, are out of its reach.
 */
export function seriesFingerprint(series: DataFrame[]): Part[] {
  const parts: Part[] = [];
  const frames: unknown[] = Array.isArray(series) ? series : [];
  parts.push(frames.length);
  for (const item of frames) {
    const frame = typeof item === 'object' && item !== null ? (item as Partial<DataFrame>) : undefined;
    const fields: Array<Field | undefined> = Array.isArray(frame?.fields) ? frame.fields : [];
    parts.push(frame?.refId, frame?.length, valuePart(frame?.meta?.limit), fields.length);
    for (const field of fields) {
      fieldParts(field, parts);
    }
  }
  return parts;
}

export function sameFingerprint(a: readonly Part[], b: readonly Part[]): boolean {
  return a.length === b.length && a.every((part, index) => Object.is(part, b[index]));
}
