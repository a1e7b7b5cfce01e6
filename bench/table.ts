export interface TableRow {
  measure: string;
  figure: string;
  target?: string;
  verdict?: string;
}

/** One plain-text table: measure, figure, target, verdict. */
export function formatTable(rows: TableRow[]): string {
  const header: TableRow = { measure: 'Measure', figure: 'Figure', target: 'Target', verdict: 'Result' };
  const all = [header, ...rows];
  const width = (pick: (row: TableRow) => string) => Math.max(...all.map((row) => pick(row).length));
  const widths = [
    width((row) => row.measure),
    width((row) => row.figure),
    width((row) => row.target ?? ''),
    width((row) => row.verdict ?? ''),
  ];
  const line = (row: TableRow) =>
    [row.measure, row.figure, row.target ?? '', row.verdict ?? '']
      .map((cell, index) => cell.padEnd(widths[index]))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** The longest task the page ran; the browser reports only tasks over 50 ms, so 0 means none was that long. */
export function pauseText(longestTaskMs: number): string {
  return longestTaskMs > 0 ? `longest task ${ms(longestTaskMs)}` : 'no task over 50 ms';
}
