import { FieldColorModeId, FieldConfigProperty, type SetFieldConfigOptionsArgs } from '@grafana/data';

import { defaultDurationThresholds, durationUnit } from './defaultOptions';

/**
 * Turn durations are the panel's only numeric field, so Grafana's standard unit, decimals,
 * thresholds and colour options style them; the rest of the standard options mean nothing here.
 */
export const fieldConfigOptions: SetFieldConfigOptionsArgs = {
  standardOptions: {
    [FieldConfigProperty.Unit]: { defaultValue: durationUnit },
    [FieldConfigProperty.Decimals]: { defaultValue: 1 },
    [FieldConfigProperty.Thresholds]: { defaultValue: defaultDurationThresholds },
    [FieldConfigProperty.Color]: { defaultValue: { mode: FieldColorModeId.Thresholds } },
  },
  disableStandardOptions: [
    FieldConfigProperty.Min,
    FieldConfigProperty.Max,
    FieldConfigProperty.FieldMinMax,
    FieldConfigProperty.DisplayName,
    FieldConfigProperty.Mappings,
    FieldConfigProperty.Links,
    FieldConfigProperty.Actions,
    FieldConfigProperty.Filterable,
  ],
};
