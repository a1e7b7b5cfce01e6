import { durationToMs, readCount } from './durations';

describe('durationToMs', () => {
  it.each([
    [2.3, 's', 2300],
    [850, 'ms', 850],
    [1021000000, 'ns', 1021],
    ['2.8413', 's', 2841.3],
    ['2.3s', 'ns', 2300],
    ['850ms', 's', 850],
    ['1m2.5s', 's', 62500],
    ['1h', 's', 3600000],
    ['3µs', 's', 0.003],
    ['120ns', 's', 0.00012],
  ] as const)('reads %p in %s as %p ms', (value, unit, expected) => {
    expect(durationToMs(value, unit)).toBe(expected);
  });

  it.each([
    [-1],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['fast'],
    ['2.3 parsecs'],
    [''],
    [null],
    [{}],
    ['-3s'],
    [1e300],
    ['400d'],
  ])('gives no figure for %p', (value) => {
    expect(durationToMs(value, 's')).toBeUndefined();
  });
});

describe('readCount', () => {
  it('reads token counts written as numbers or text, and nothing else', () => {
    expect(readCount(21)).toBe(21);
    expect(readCount('21')).toBe(21);
    expect(readCount(2.5)).toBeUndefined();
    expect(readCount(-3)).toBeUndefined();
    expect(readCount('many')).toBeUndefined();
  });
});
