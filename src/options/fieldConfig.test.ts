import { FieldColorModeId, FieldConfigProperty } from '@grafana/data';

import { fieldConfigOptions } from './fieldConfig';

describe('field config', () => {
  const standard = fieldConfigOptions.standardOptions ?? {};

  it('defaults durations to seconds with green, orange from 5 s and red from 15 s, coloured by thresholds', () => {
    expect(standard[FieldConfigProperty.Unit]?.defaultValue).toBe('s');
    expect(standard[FieldConfigProperty.Color]?.defaultValue).toEqual({ mode: FieldColorModeId.Thresholds });
    const steps = standard[FieldConfigProperty.Thresholds]?.defaultValue.steps;
    expect(steps.map((step: { value: number; color: string }) => [step.value, step.color])).toEqual([
      [-Infinity, 'green'],
      [5, 'orange'],
      [15, 'red'],
    ]);
  });

  it('keeps the standard unit, decimals, thresholds and colour options available', () => {
    const disabled = fieldConfigOptions.disableStandardOptions ?? [];
    for (const kept of [FieldConfigProperty.Unit, FieldConfigProperty.Decimals, FieldConfigProperty.Thresholds]) {
      expect(disabled).not.toContain(kept);
    }
  });
});
