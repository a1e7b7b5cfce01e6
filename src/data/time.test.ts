import { instantFromIso, instantFromNs, instantFromTimestamp, instantToNs } from './time';

function ns(value: unknown): string | undefined {
  const instant = instantFromTimestamp(value);
  return instant ? instantToNs(instant) : undefined;
}

describe('reading timestamps', () => {
  it('reads a timestamp without zone as UTC and keeps its microseconds', () => {
    expect(ns('2026-11-30T18:02:11.402311')).toBe(`${Date.UTC(2026, 10, 30, 18, 2, 11, 402)}311000`);
  });

  it('applies zone offsets and keeps nanoseconds', () => {
    expect(ns('2026-11-30T19:02:11.123456789+01:00')).toBe(`${Date.UTC(2026, 10, 30, 18, 2, 11, 123)}456789`);
    expect(ns('2026-11-30 18:02:11,5Z')).toBe(`${Date.UTC(2026, 10, 30, 18, 2, 11, 500)}000000`);
  });

  it('reads epoch numbers in seconds, milliseconds and nanoseconds', () => {
    expect(ns(1796061731.5)).toBe('1796061731500000000');
    expect(ns(1796061731500)).toBe('1796061731500000000');
    expect(ns('1796061731402311000')).toBe('1796061731402311000');
  });

  it('keeps years before 100 and negative nanosecond times literal', () => {
    expect(instantFromIso('0042-01-01T00:00:00Z')?.ms).toBe(new Date('0042-01-01T00:00:00Z').getTime());
    const before1970 = instantFromNs('-1500000');
    expect(before1970).toEqual({ ms: -2, subMsNs: 500000 });
    expect(instantToNs(before1970!)).toBe('-1500000');
  });

  it('gives no time for text that is not one', () => {
    expect(ns('yesterday')).toBeUndefined();
    expect(ns('2026-13-45T99:00:00Z')).toBeUndefined();
    expect(instantFromNs('12a4')).toBeUndefined();
  });
});
