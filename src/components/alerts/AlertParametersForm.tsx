import { css } from '@emotion/css';
import React from 'react';

import { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Field, Input, TextArea, useStyles2 } from '@grafana/ui';

import { ParameterProblem } from '../../alerts/rule';
import { AlertParameters, AlertTemplate } from '../../alerts/types';

interface Props {
  template: AlertTemplate;
  parameters: AlertParameters;
  problems: ParameterProblem[];
  onChange: (parameters: AlertParameters) => void;
}

type TextKey = Exclude<keyof AlertParameters, 'threshold'>;

/** Everything a user can set on a rule; problems show next to the field they concern. */
export function AlertParametersForm({ template, parameters, problems, onChange }: Props) {
  const styles = useStyles2(getStyles);
  const errorOf = (field: keyof AlertParameters) => problems.find((problem) => problem.field === field)?.message;
  const set = (key: TextKey) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    onChange({ ...parameters, [key]: event.currentTarget.value });

  const textField = (key: TextKey, label: string, description: string, placeholder?: string) => (
    <Field label={label} description={description} invalid={Boolean(errorOf(key))} error={errorOf(key)}>
      <Input id={`alert-${key}`} value={parameters[key]} placeholder={placeholder} onChange={set(key)} />
    </Field>
  );

  return (
    <div>
      {textField(
        'title',
        t('alerts.form.title', 'Rule name'),
        t('alerts.form.title-description', 'Shown in alert lists and notifications.')
      )}
      <div className={styles.row}>
        <Field
          label={t('alerts.form.threshold', 'Threshold')}
          description={
            template.comparison === 'gt'
              ? t('alerts.form.threshold-above', 'Fires above this value, in {{unit}}.', { unit: template.valueUnit() })
              : t('alerts.form.threshold-below', 'Fires below this value, in {{unit}}.', { unit: template.valueUnit() })
          }
          invalid={Boolean(errorOf('threshold'))}
          error={errorOf('threshold')}
        >
          <Input
            id="alert-threshold"
            type="number"
            value={Number.isFinite(parameters.threshold) ? parameters.threshold : ''}
            onChange={(event) => onChange({ ...parameters, threshold: parseFloat(event.currentTarget.value) })}
          />
        </Field>
        {textField(
          'window',
          t('alerts.form.window', 'Window'),
          t('alerts.form.window-description', 'How far back each evaluation looks.'),
          '5m'
        )}
      </div>
      <div className={styles.row}>
        {textField(
          'evaluationInterval',
          t('alerts.form.interval', 'Evaluate every'),
          t('alerts.form.interval-description', 'Applies to the whole rule group.'),
          '1m'
        )}
        {textField(
          'pendingPeriod',
          t('alerts.form.pending', 'Pending period'),
          t(
            'alerts.form.pending-description',
            'How long the condition must hold before the alert fires; 0s fires at once.'
          ),
          '5m'
        )}
      </div>
      {template.id !== 'personalData' &&
        textField(
          'models',
          t('alerts.form.models', 'Models'),
          t('alerts.form.models-description', 'Comma-separated model names to watch; empty watches all models.'),
          'gemma3:12b, bielik:11b'
        )}
      {template.needs === 'phrases' && (
        <Field
          label={t('alerts.form.phrases', 'Phrases')}
          description={t('alerts.form.phrases-description', 'One per line, matched in any letter case.')}
          invalid={Boolean(errorOf('phrases'))}
          error={errorOf('phrases')}
        >
          <TextArea id="alert-phrases" rows={4} value={parameters.phrases} onChange={set('phrases')} />
        </Field>
      )}
      <div className={styles.row}>
        {textField(
          'folderTitle',
          t('alerts.form.folder', 'Folder'),
          t('alerts.form.folder-description', 'Created when it does not exist.')
        )}
        {textField(
          'ruleGroup',
          t('alerts.form.group', 'Rule group'),
          t('alerts.form.group-description', 'Rules in a group are evaluated together.')
        )}
      </div>
      <Field
        label={t('alerts.form.labels', 'Labels')}
        description={t(
          'alerts.form.labels-description',
          'name=value, one per line; notification policies route on them.'
        )}
        invalid={Boolean(errorOf('labels'))}
        error={errorOf('labels')}
      >
        <TextArea id="alert-labels" rows={2} value={parameters.labels} onChange={set('labels')} />
      </Field>
      {textField(
        'summary',
        t('alerts.form.summary', 'Summary'),
        t('alerts.form.summary-description', 'One line for notifications; {{ $labels.model }} names the model.', {
          skipInterpolation: true,
        })
      )}
      <Field
        label={t('alerts.form.description', 'Description')}
        description={t('alerts.form.description-description', 'More detail for whoever handles the alert.')}
      >
        <TextArea id="alert-description" rows={2} value={parameters.description} onChange={set('description')} />
      </Field>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({
    display: 'grid',
    gridTemplateColumns: `repeat(auto-fit, minmax(${theme.spacing(30)}, 1fr))`,
    columnGap: theme.spacing(2),
  }),
});
