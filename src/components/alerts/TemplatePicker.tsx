import { css } from '@emotion/css';
import React from 'react';

import { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { RadioButtonList, useStyles2 } from '@grafana/ui';

import { alertTemplates } from '../../alerts/templates';
import { AlertTemplateId } from '../../alerts/types';

interface Props {
  value: AlertTemplateId;
  onChange: (id: AlertTemplateId) => void;
}

/** The templates, each with the one line that says what it catches. */
export function TemplatePicker({ value, onChange }: Props) {
  const styles = useStyles2(getStyles);
  const options = alertTemplates.map((template) => ({
    value: template.id,
    label: template.title(),
    description: template.explanation(),
  }));
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('alerts.drawer.templates', 'Template')}</legend>
      <RadioButtonList<AlertTemplateId> name="alert-template" value={value} options={options} onChange={onChange} />
    </fieldset>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  fieldset: css({
    border: 'none',
    margin: 0,
    padding: 0,
    marginBottom: theme.spacing(2),
  }),
  legend: css({
    ...theme.typography.h5,
    marginBottom: theme.spacing(1),
  }),
});
