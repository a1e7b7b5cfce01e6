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

/** Values at this many evenly spaced rows (the first and last among them) stand for a field without row ids. */
const SAMPLES = 17;

function pushSamples(values: unknown[], parts: Part[]) {
  const count = Math.min(values.length, SAMPLES);
  for (let sample = 0; sample < count; sample++) {
    const index = count === 1 ? 0 : Math.round((sample * (values.length - 1)) / (count - 1));
    parts.push(valuePart(values[index]));
  }
}

function fieldParts(field: Field | undefined, parts: Part[]) {
  const values: unknown = field?.values;
  const length = Array.isArray(values) ? values.length : -1;
  parts.push(field?.name, field?.type, length);
  if (Array.isArray(values) && field?.name === 'id') {
    // Loki's row ids (time and a hash of the line) are short: all of them say exactly which rows these are.
    values.forEach((value) => parts.push(valuePart(value)));
  } else if (Array.isArray(values)) {
    pushSamples(values, parts);
  }
  const nanos: unknown = field?.nanos;
  if (Array.isArray(nanos)) {
    pushSamples(nanos, parts);
  }
}

/**
 * A cheap summary of the frames that changes when Grafana delivers other rows: per frame its refId, length and line
 * limit, each field's name, type and length, every row id (Loki's `id` field) and the values of other fields at a
 * few evenly spaced rows. A dashboard refresh hands the panel new frame objects even when the rows are the same;
 * equal summaries let the panel keep what it built from them. For frames without row ids (other data sources), a
 * change in rows between the samples, at the same count, goes unnoticed until the next change that is sampled.
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
