import type { PanelOptionsEditorBuilder } from '@grafana/data';

import type { PanelOptions } from '../types';
import { addDisplayOptions } from './displayOptions';
import { addLogFormatOptions } from './logFormatOptions';
import { addMarkerOptions } from './markerOptions';
import { addPrivacyOptions } from './privacyOptions';

export function addPanelOptions(builder: PanelOptionsEditorBuilder<PanelOptions>) {
  addDisplayOptions(builder);
  addPrivacyOptions(builder);
  addMarkerOptions(builder);
  addLogFormatOptions(builder);
  return builder;
}
