import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { t } from '@grafana/i18n';

import type { PanelOptions } from '../types';
import { defaultOptions } from './defaultOptions';

const defaults = defaultOptions.privacy;

export function addPrivacyOptions(builder: PanelOptionsEditorBuilder<PanelOptions>) {
  const category = [t('options.privacy.category', 'Privacy')];
  builder
    .addBooleanSwitch({
      path: 'privacy.maskingEnabled',
      name: t('options.privacy.masking-enabled.name', 'Mask personal data'),
      description: t(
        'options.privacy.masking-enabled.description',
        'Hide e-mails, phone numbers, ids and keys on screen and in copies; data already stored in Loki is unchanged.'
      ),
      category,
      defaultValue: defaults.maskingEnabled,
    })
    .addSelect({
      path: 'privacy.revealRole',
      name: t('options.privacy.reveal-role.name', 'Who may reveal'),
      description: t(
        'options.privacy.reveal-role.description',
        'Lowest organisation role allowed to reveal masked text of one conversation.'
      ),
      category,
      defaultValue: defaults.revealRole,
      settings: {
        options: [
          { value: 'Viewer', label: t('options.privacy.reveal-role.viewer', 'Viewer') },
          { value: 'Editor', label: t('options.privacy.reveal-role.editor', 'Editor') },
          { value: 'Admin', label: t('options.privacy.reveal-role.admin', 'Admin') },
          { value: 'nobody', label: t('options.privacy.reveal-role.nobody', 'Nobody') },
        ],
      },
      showIf: (options) => options.privacy?.maskingEnabled !== false,
    })
    .addTextInput({
      path: 'privacy.customPatterns',
      name: t('options.privacy.custom-patterns.name', 'Custom patterns'),
      description: t(
        'options.privacy.custom-patterns.description',
        'Extra detectors, one per line as name: regular expression.'
      ),
      category,
      defaultValue: defaults.customPatterns,
      settings: { useTextarea: true, rows: 4 },
      showIf: (options) => options.privacy?.maskingEnabled !== false,
    });
}
