const unitSeconds: Record<string, number> = { y: 31536000, w: 604800, d: 86400, h: 3600, m: 60, s: 1, ms: 0.001 };

// The order Prometheus and Grafana accept: each unit at most once, largest first.
const durationPattern = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const unitsInOrder = ['y', 'w', 'd', 'h', 'm', 's', 'ms'];

/** Seconds in a duration such as `1h30m`, or undefined when the text is not one. */
export function durationSeconds(text: string): number | undefined {
  const trimmed = text.trim();
  const match = durationPattern.exec(trimmed);
  if (trimmed === '' || !match) {
    return undefined;
  }
  return unitsInOrder.reduce((total, unit, index) => total + Number(match[index + 1] ?? 0) * unitSeconds[unit], 0);
}

/** Whole seconds as the shortest duration text, for example 3600 as `1h` and 90 as `1m30s`. */
export function formatSeconds(seconds: number): string {
  let rest = Math.max(0, Math.round(seconds));
  if (rest === 0) {
    return '0s';
  }
  let text = '';
  for (const unit of ['d', 'h', 'm', 's']) {
    const count = Math.floor(rest / unitSeconds[unit]);
    if (count > 0) {
      text += `${count}${unit}`;
      rest -= count * unitSeconds[unit];
    }
  }
  return text;
}
