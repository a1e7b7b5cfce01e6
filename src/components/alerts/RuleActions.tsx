import { css } from '@emotion/css';
import React, { useState } from 'react';

import { GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, Button, ClipboardButton, LinkButton, Stack, useStyles2 } from '@grafana/ui';

import { createAlertRule, CreateRuleResult } from '../../alerts/createRule';
import { ruleEditorUrl } from '../../alerts/editorLink';
import { provisioningFile, provisioningYaml } from '../../alerts/provisioningFile';
import { RuleContext } from '../../alerts/rule';
import { AlertParameters, AlertTemplate, ProvisionedAlertRule } from '../../alerts/types';

interface Props {
  rule: ProvisionedAlertRule;
  template: AlertTemplate;
  parameters: AlertParameters;
  context: RuleContext;
  disabled: boolean;
}

/** The three ways out: create the rule now, finish it in Grafana's editor, or keep it as a provisioning file. */
export function RuleActions({ rule, template, parameters, context, disabled }: Props) {
  const styles = useStyles2(getStyles);
  const [creating, setCreating] = useState(false);
  const [result, setResult] = useState<CreateRuleResult>();

  const create = async () => {
    setCreating(true);
    setResult(undefined);
    setResult(await createAlertRule(rule, parameters.folderTitle, parameters.evaluationInterval));
    setCreating(false);
  };
  const yaml = () => provisioningYaml(provisioningFile([{ template, parameters }], context));

  return (
    <section aria-label={t('alerts.actions.label', 'Create the rule')} className={styles.section}>
      <Stack wrap="wrap" gap={1}>
        <Button icon="bell" onClick={create} disabled={disabled || creating}>
          {creating ? t('alerts.actions.creating', 'Creating…') : t('alerts.actions.create', 'Create alert rule')}
        </Button>
        <LinkButton
          variant="secondary"
          icon="external-link-alt"
          href={ruleEditorUrl(rule, parameters.folderTitle, parameters.evaluationInterval)}
          target="_blank"
          disabled={disabled}
        >
          {t('alerts.actions.editor', 'Open in alert rule editor')}
        </LinkButton>
        <ClipboardButton variant="secondary" icon="copy" getText={yaml} disabled={disabled}>
          {t('alerts.actions.yaml', 'Copy as provisioning YAML')}
        </ClipboardButton>
      </Stack>
      {result?.ok === true && (
        <Alert severity="success" title={t('alerts.actions.created', 'Alert rule created')}>
          {result.folderCreated
            ? t('alerts.actions.created-folder', 'The rule “{{title}}” is in the new folder “{{folder}}”.', {
                title: rule.title,
                folder: parameters.folderTitle,
                interpolation: { escapeValue: false },
              })
            : t('alerts.actions.created-in-folder', 'The rule “{{title}}” is in the folder “{{folder}}”.', {
                title: rule.title,
                folder: parameters.folderTitle,
                interpolation: { escapeValue: false },
              })}
          {result.warning && <p>{result.warning}</p>}
        </Alert>
      )}
      {result?.ok === false && (
        <Alert severity="error" title={t('alerts.actions.failed', 'The rule was not created')}>
          {result.message}
        </Alert>
      )}
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  section: css({
    marginTop: theme.spacing(2),
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
  }),
});
