import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { t } from '@grafana/i18n';

import type { PanelOptions } from '../types';
import { defaultOptions } from './defaultOptions';

const defaults = defaultOptions.markers;

/** The detectors behind the injection and long-prompt alert templates, shown as badges on turns. */
export function addMarkerOptions(builder: PanelOptionsEditorBuilder<PanelOptions>) {
  const category = [t('options.markers.category', 'Turn markers')];
  builder
    .addTextInput({
      path: 'markers.injectionPhrases',
      name: t('options.markers.injection-phrases.name', 'Injection phrases'),
      description: t(
        'options.markers.injection-phrases.description',
        'Phrases that suggest prompt injection, one per line, matched ignoring case.'
      ),
      category,
      defaultValue: defaults.injectionPhrases,
      settings: { useTextarea: true, rows: 5 },
    })
    .addNumberInput({
      path: 'markers.longPromptChars',
      name: t('options.markers.long-prompt-chars.name', 'Long prompt length'),
      description: t(
        'options.markers.long-prompt-chars.description',
        'A user message longer than this many characters is marked as unusually long.'
      ),
      category,
      defaultValue: defaults.longPromptChars,
      settings: { min: 1, integer: true },
    });
}
