import {
  FieldType,
  getActiveThreshold,
  getDisplayProcessor,
  ThresholdsMode,
  type FieldConfig,
  type GrafanaTheme2,
} from '@grafana/data';

import { defaultDurationThresholds, durationUnit } from '../options/defaultOptions';

export interface DurationDisplay {
  text: string;
  /** Colour resolved by Grafana from the thresholds and colour scheme. */
  color: string;
  /** Colour name of the active threshold step as configured (for example `orange`), and its position. */
  thresholdColor: string;
  thresholdIndex: number;
}

export type DurationFormatter = (durationMs: number) => DurationDisplay;

const millisecondsPerUnit: Record<string, number> = {
  ns: 1e-6,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/**
 * A duration in the field's unit. Thresholds are read in the same unit, so choosing milliseconds
 * in the Unit option means thresholds in milliseconds; any non-time unit falls back to seconds.
 */
export function toUnitValue(durationMs: number, unit: string | undefined): number {
  return durationMs / (millisecondsPerUnit[unit ?? durationUnit] ?? millisecondsPerUnit[durationUnit]);
}

/** Formats and colours a duration through Grafana's display processor, so the standard field options apply. */
export function createDurationFormatter(config: FieldConfig, theme: GrafanaTheme2): DurationFormatter {
  const fieldConfig: FieldConfig = {
    ...config,
    unit: config.unit ?? durationUnit,
    thresholds: config.thresholds ?? defaultDurationThresholds,
  };
  const process = getDisplayProcessor({ field: { type: FieldType.number, config: fieldConfig }, theme });
  const steps = fieldConfig.thresholds?.steps ?? [];
  const absolute = fieldConfig.thresholds?.mode !== ThresholdsMode.Percentage;
  return (durationMs) => {
    const value = toUnitValue(durationMs, fieldConfig.unit);
    const display = process(value);
    const step = absolute ? getActiveThreshold(value, steps) : undefined;
    return {
      text: `${display.prefix ?? ''}${display.text}${display.suffix ?? ''}`,
      color: display.color ?? theme.colors.text.secondary,
      thresholdColor: step?.color ?? '',
      thresholdIndex: step ? steps.indexOf(step) : -1,
    };
  };
}

export interface SlowStep {
  /** Lower bound in the field's unit. */
  value: number;
  color: string;
}

/** Threshold steps above the base one, which the "slow only" filter offers. */
export function slowSteps(config: FieldConfig): SlowStep[] {
  const thresholds = config.thresholds ?? defaultDurationThresholds;
  if (thresholds.mode === ThresholdsMode.Percentage) {
    return [];
  }
  return thresholds.steps
    .filter((step) => Number.isFinite(step.value))
    .map((step) => ({ value: step.value, color: step.color }))
    .sort((a, b) => a.value - b.value);
}
