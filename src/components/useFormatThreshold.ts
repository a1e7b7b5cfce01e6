import { FieldType, getDisplayProcessor, type FieldConfig } from '@grafana/data';
import { useTheme2 } from '@grafana/ui';
import { useMemo } from 'react';

import { durationUnit } from '../options/defaultOptions';

/** Formats a threshold value (already in the field's unit) the way duration badges print it. */
export function useFormatThreshold(config: FieldConfig): (value: number) => string {
  const theme = useTheme2();
  return useMemo(() => {
    const process = getDisplayProcessor({
      field: { type: FieldType.number, config: { unit: config.unit ?? durationUnit, decimals: config.decimals } },
      theme,
    });
    return (value: number) => {
      const display = process(value);
      return `${display.prefix ?? ''}${display.text}${display.suffix ?? ''}`;
    };
  }, [config.unit, config.decimals, theme]);
}
