import { DataFrame, DataFrameJSON, dataFrameFromJSON, FieldType } from '@grafana/data';

import { lokiFrameFromJsonl } from '../../../src/data/lokiFrame';

/** The stream labels the FoodSave collector attaches, so JSONL fixtures look like a real Loki result. */
const foodsaveLabels = { job: 'backend_logs' };

function isFramesFile(value: unknown): value is { frames: DataFrameJSON[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { frames?: unknown }).frames);
}

/**
 * Reads what a user can export or collect: Grafana's "Download data frames as JSON" (`{frames: [...]}`,
 * or a bare array of frames) or JSONL log lines, which become a Loki frame as the data source would return.
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
    if (isFramesFile(parsed)) {
      return parsed.frames.map((frame) => dataFrameFromJSON(frame));
    }
    if (Array.isArray(parsed)) {
      return parsed.map((frame: DataFrameJSON) => dataFrameFromJSON(frame));
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
