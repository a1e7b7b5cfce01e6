import { DataFrame, DataFrameJSON, dataFrameFromJSON, FieldType, toDataFrame } from '@grafana/data';

import { lokiFrameFromJsonl } from '../../../src/data/lokiFrame';

/** The stream labels the FoodSave collector attaches, so JSONL fixtures look like a real Loki result. */
const foodsaveLabels = { job: 'backend_logs' };

/** Frames in a downloaded file: wire-form `DataFrameJSON` (with `schema`) or frames as the panel saw them. */
function frameFromUnknown(value: unknown): DataFrame {
  if (typeof value === 'object' && value !== null && 'schema' in value) {
    return dataFrameFromJSON(value as DataFrameJSON);
  }
  return toDataFrame(value);
}

function framesIn(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === 'object' && value !== null) {
    const { frames, series } = value as { frames?: unknown; series?: unknown };
    return Array.isArray(frames) ? frames : Array.isArray(series) ? series : undefined;
  }
  return undefined;
}

/**
 * Reads what a user can export or collect: Grafana's data frames as JSON (`{frames: [...]}`, a bare array
 * of frames, or the inspector's panel data `{series: [...]}`) or JSONL log lines, which become a Loki
 * frame as the data source would return it.
 */
export function framesFromFixtureText(text: string): DataFrame[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      parsed = undefined;
    }
    const frames = framesIn(parsed);
    if (frames) {
      return frames.map(frameFromUnknown);
    }
  }
  return [lokiFrameFromJsonl(text, { labels: foodsaveLabels })];
}

/** The span the frames cover, for the panel's time range. */
export function timeSpanOf(frames: DataFrame[]): { from: number; to: number } | undefined {
  let from = Infinity;
  let to = -Infinity;
  for (const frame of frames) {
    for (const field of frame.fields) {
      if (field.type !== FieldType.time) {
        continue;
      }
      for (const value of field.values) {
        if (typeof value === 'number' && Number.isFinite(value)) {
          from = Math.min(from, value);
          to = Math.max(to, value);
        }
      }
    }
  }
  return from <= to ? { from, to } : undefined;
}
