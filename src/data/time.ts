/**
 * Instants with nanosecond precision, kept as whole milliseconds plus the nanoseconds within that millisecond.
 * Nanoseconds since the epoch exceed Number.MAX_SAFE_INTEGER, and BigInt is too slow for every row.
 */
export interface Instant {
  /** Whole milliseconds since the epoch (floored). */
  ms: number;
  /** Nanoseconds within the millisecond, 0..999999. */
  subMsNs: number;
}

const NS_PER_MS = 1e6;

/** Decimal nanoseconds since the epoch, as Loki writes `tsNs`. */
export function instantToNs(instant: Instant): string {
  if (instant.ms < 0) {
    return (BigInt(instant.ms) * BigInt(NS_PER_MS) + BigInt(instant.subMsNs)).toString();
  }
  if (instant.ms === 0) {
    return String(instant.subMsNs);
  }
  return String(instant.ms) + String(instant.subMsNs).padStart(6, '0');
}

export function compareInstants(a: Instant, b: Instant): number {
  return a.ms - b.ms || a.subMsNs - b.subMsNs;
}

/** Reads a decimal nanosecond string (Loki `tsNs`); undefined when it is not one. */
export function instantFromNs(text: string): Instant | undefined {
  const length = text.length;
  if (length === 0 || length > 22) {
    return undefined;
  }
  const negative = text.charCodeAt(0) === 45;
  for (let i = negative ? 1 : 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) {
      return undefined;
    }
  }
  if (negative) {
    const ns = BigInt(text);
    const ms = ns / BigInt(NS_PER_MS) - (ns % BigInt(NS_PER_MS) < BigInt(0) ? BigInt(1) : BigInt(0));
    return { ms: Number(ms), subMsNs: Number(ns - ms * BigInt(NS_PER_MS)) };
  }
  if (length <= 6) {
    return { ms: 0, subMsNs: Number(text) };
  }
  return { ms: Number(text.slice(0, length - 6)), subMsNs: Number(text.slice(length - 6)) };
}

/** Milliseconds (possibly fractional) to an instant; undefined when not finite. */
export function instantFromMs(ms: number, extraNs = 0): Instant | undefined {
  if (!Number.isFinite(ms) || !Number.isFinite(extraNs)) {
    return undefined;
  }
  const whole = Math.floor(ms);
  const total = Math.round((ms - whole) * NS_PER_MS) + Math.floor(extraNs);
  const carry = Math.floor(total / NS_PER_MS);
  return { ms: whole + carry, subMsNs: total - carry * NS_PER_MS };
}

// Year, month, day, hour, minute, second, fraction, zone. Python's isoformat() writes no zone: read as UTC.
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9})\d*)?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Reads an ISO-8601 timestamp keeping up to nanosecond precision; a timestamp without zone is UTC. */
export function instantFromIso(text: string): Instant | undefined {
  const match = ISO_TIMESTAMP.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = ''] = match;
  const date = new Date(Date.UTC(2000, Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  // Date.UTC maps years 0-99 to 1900-1999; setting the year afterwards keeps it literal.
  const baseMs = date.setUTCFullYear(Number(year));
  if (!Number.isFinite(baseMs) || Number(month) > 12 || Number(day) > 31 || Number(hour) > 24) {
    return undefined;
  }
  const fractionNs = Number(fraction.padEnd(9, '0'));
  const wholeMs = Math.floor(fractionNs / NS_PER_MS);
  return { ms: baseMs + wholeMs - zoneOffsetMs(zone), subMsNs: fractionNs - wholeMs * NS_PER_MS };
}

function zoneOffsetMs(zone: string): number {
  if (zone === '' || zone === 'Z' || zone === 'z') {
    return 0;
  }
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes) * 60000;
}

/**
 * Reads an epoch number whose unit is guessed from its magnitude (seconds, milliseconds, microseconds or
 * nanoseconds), as loggers write `ts` and `time` in any of them.
 */
export function instantFromEpochNumber(value: number): Instant | undefined {
  if (!Number.isFinite(value) || value < 0) {
    return undefined;
  }
  if (value < 1e11) {
    return instantFromMs(value * 1000);
  }
  if (value < 1e14) {
    return instantFromMs(value);
  }
  if (value < 1e17) {
    return instantFromMs(value / 1000);
  }
  return instantFromMs(value / NS_PER_MS);
}

/** Reads a timestamp as loggers write it: ISO text, epoch number, or epoch number as text. */
export function instantFromTimestamp(value: unknown): Instant | undefined {
  if (typeof value === 'number') {
    return instantFromEpochNumber(value);
  }
  if (typeof value !== 'string' || value.length === 0 || value.length > 40) {
    return undefined;
  }
  const iso = instantFromIso(value);
  if (iso) {
    return iso;
  }
  if (/^\d+$/.test(value) && value.length >= 17) {
    return instantFromNs(value);
  }
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) ? instantFromEpochNumber(number) : undefined;
}
