export function median(values: number[]): number {
  if (values.length === 0) {
    return NaN;
  }
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Medians of each numeric key over several runs of the same shape. */
export function medianOf<T extends { [K in keyof T]: number }>(runs: T[]): T {
  const result = { ...runs[0] };
  for (const key of Object.keys(result) as Array<keyof T>) {
    result[key] = median(runs.map((run) => run[key])) as T[keyof T];
  }
  return result;
}
