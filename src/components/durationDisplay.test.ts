import { createTheme, ThresholdsMode } from '@grafana/data';

import { defaultDurationThresholds } from '../options/defaultOptions';
import { createDurationFormatter, slowSteps, toUnitValue } from './durationDisplay';

const theme = createTheme();

describe('createDurationFormatter', () => {
  it('prints seconds with the configured decimals and colours by the default steps', () => {
    const format = createDurationFormatter({ unit: 's', decimals: 1 }, theme);
    expect(format(4_999)).toMatchObject({ text: '5.0 s', thresholdColor: 'green' });
    expect(format(14_902)).toMatchObject({ text: '14.9 s', thresholdColor: 'orange' });
    expect(format(20_000)).toMatchObject({ text: '20.0 s', thresholdColor: 'red' });
  });

  it('resolves the step colour through the theme', () => {
    const format = createDurationFormatter({ unit: 's', thresholds: defaultDurationThresholds }, theme);
    expect(format(20_000).color).toBe(theme.visualization.getColorByName('red'));
  });

  it('reads thresholds in milliseconds when the unit is milliseconds', () => {
    const format = createDurationFormatter(
      {
        unit: 'ms',
        thresholds: {
          mode: ThresholdsMode.Absolute,
          steps: [
            { value: -Infinity, color: 'green' },
            { value: 800, color: 'red' },
          ],
        },
      },
      theme
    );
    expect(format(931).thresholdColor).toBe('red');
    expect(format(931).text).toBe('931 ms');
  });
});

describe('slow steps', () => {
  it('offers every step above the base one, lowest first', () => {
    expect(slowSteps({ thresholds: defaultDurationThresholds })).toEqual([
      { value: 5, color: 'orange' },
      { value: 15, color: 'red' },
    ]);
  });

  it('converts durations into the field unit', () => {
    expect(toUnitValue(1500, 's')).toBe(1.5);
    expect(toUnitValue(1500, 'ms')).toBe(1500);
    expect(toUnitValue(1500, 'percent')).toBe(1.5);
  });
});
