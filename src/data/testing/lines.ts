import { DataFrame } from '@grafana/data';

import { lokiFrameFromLines } from '../lokiFrame';

/** A JSON log line at `second` seconds past 2026-11-30T18:00:00Z, in the FoodSave producer's style. */
export function jsonLine(second: number, fields: Record<string, unknown>): string {
  const timestamp = new Date(Date.UTC(2026, 10, 30, 18, 0, 0) + second * 1000).toISOString();
  return JSON.stringify({ ...fields, timestamp });
}

export function userMessages(...contents: string[]): Array<{ role: string; content: string }> {
  return contents.map((content, index) => ({ role: index % 2 === 0 ? 'user' : 'assistant', content }));
}

/** One Loki frame from lines written oldest first. */
export function frameOf(lines: string[], labels?: Record<string, string>): DataFrame[] {
  return [lokiFrameFromLines(lines, { labels })];
}
