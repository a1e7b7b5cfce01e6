/** The limits issue 8 sets for this 2-core machine. */
export interface Target {
  /** `max`: the figure must not exceed `limit`. */
  limit: number;
  unit: string;
  text: string;
}

export const TARGETS = {
  floorRatio100k: { limit: 2.0, unit: '×', text: '≤ 2.0× JSON.parse' },
  growth: { limit: 1.5, unit: '×', text: '≤ 1.5×' },
  peakHeap100k: { limit: 3.0, unit: '×', text: '≤ 3× input' },
  firstRender: { limit: 300, unit: 'ms', text: '≤ 300 ms' },
  domNodes: { limit: 3000, unit: 'nodes', text: '≤ 3,000' },
  search: { limit: 100, unit: 'ms', text: '≤ 100 ms' },
  unchangedRefresh: { limit: 5, unit: 'ms', text: '≤ 5 ms script' },
  bundle: { limit: 250_000, unit: 'bytes', text: '≤ 250 KB minified' },
} satisfies Record<string, Target>;

export type Verdict = 'pass' | 'MISS' | 'not measured';

export function verdict(value: number | undefined, target: Target): Verdict {
  if (value === undefined || !Number.isFinite(value)) {
    return 'not measured';
  }
  return value <= target.limit ? 'pass' : 'MISS';
}
