const MS_PER_UNIT: Record<string, number> = {
  h: 3600000,
  m: 60000,
  s: 1000,
  ms: 1,
  us: 0.001,
  µs: 0.001,
  μs: 0.001,
  ns: 0.000001,
};

export type NumericUnit = 's' | 'ms' | 'ns';

const UNIT_SCALE: Record<NumericUnit, number> = { s: 1000, ms: 1, ns: 0.000001 };

// Go's time.Duration text: one or more number+unit pairs ("1m2.5s", "850ms", "3µs").
const GO_DURATION_PART = /(\d+(?:\.\d*)?|\.\d+)(h|ms|m|s|us|µs|μs|ns)/g;
const GO_DURATION = /^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:h|ms|m|s|us|µs|μs|ns))+$/;

/**
 * Normalises a logged duration to milliseconds. Numbers (and numbers written as text, as `| json` labels are)
 * are read in `unit`; Go-style text carries its own unit. Negative, non-finite and unreadable values give
 * undefined rather than a misleading figure.
 */
export function durationToMs(value: unknown, unit: NumericUnit): number | undefined {
  if (typeof value === 'number') {
    return validMs(value * UNIT_SCALE[unit]);
  }
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) {
    return undefined;
  }
  const text = value.trim();
  const number = Number(text);
  if (text !== '' && !Number.isNaN(number)) {
    return validMs(number * UNIT_SCALE[unit]);
  }
  if (!GO_DURATION.test(text)) {
    return undefined;
  }
  let totalMs = 0;
  for (const match of text.matchAll(GO_DURATION_PART)) {
    totalMs += Number(match[1]) * MS_PER_UNIT[match[2]];
  }
  return validMs(totalMs);
}

/** A call longer than a year is a unit mistake or garbage, not a slow model. */
const LONGEST_PLAUSIBLE_MS = 365 * 24 * 3600 * 1000;

/** Rounded to whole nanoseconds, so 2.8413 s reads as 2841.3 ms and not as a floating-point artefact. */
function validMs(ms: number): number | undefined {
  return Number.isFinite(ms) && ms >= 0 && ms <= LONGEST_PLAUSIBLE_MS ? Math.round(ms * 1e6) / 1e6 : undefined;
}

/** A token count: a non-negative integer, also when written as text. */
export function readCount(value: unknown): number | undefined {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(number) && number >= 0 ? number : undefined;
}
