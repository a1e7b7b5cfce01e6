import React, { useMemo, useState } from 'react';

import { t } from '@grafana/i18n';
import { Alert, Drawer } from '@grafana/ui';

import { streamSelectorOf } from '../../alerts/logql';
import { personalDataDetectors } from '../../alerts/personalDataDetectors';
import { buildAlertRule, defaultParameters, RuleContext, validateParameters } from '../../alerts/rule';
import { findTemplate } from '../../alerts/templates';
import { AlertParameters, AlertTemplateId } from '../../alerts/types';
import { TurnMarkerOptions } from '../../types';
import { AlertParametersForm } from './AlertParametersForm';
import { GeneratedQuery } from './GeneratedQuery';
import { QueryPreview } from './QueryPreview';
import { RuleActions } from './RuleActions';
import { TemplatePicker } from './TemplatePicker';

export interface AlertsDrawerProps {
  onClose: () => void;
  dataSourceUid?: string;
  queryExpr?: string;
  dashboardUid?: string;
  panelId?: number;
  markers: TurnMarkerOptions;
}

/** The data source the provisioned FoodSave dashboard uses, for a panel whose data source is not known. */
const fallbackDataSourceUid = 'loki_foodsave_logs';

/** Alert-rule templates for the panel's logs: pick one, adjust it, and create the rule or take it elsewhere. */
export function AlertsDrawer({ onClose, dataSourceUid, queryExpr, dashboardUid, panelId, markers }: AlertsDrawerProps) {
  const [templateId, setTemplateId] = useState<AlertTemplateId>('slowResponses');
  const template = findTemplate(templateId);
  const [parameters, setParameters] = useState<AlertParameters>(() => defaultParameters(template, markers));

  const { selector, source } = useMemo(() => streamSelectorOf(queryExpr), [queryExpr]);
  const detectors = useMemo(() => personalDataDetectors(), []);
  const context: RuleContext = {
    dataSourceUid: dataSourceUid || fallbackDataSourceUid,
    selector,
    dashboardUid,
    panelId,
    detectors,
  };
  const problems = validateParameters(template, parameters, context);
  const rule = buildAlertRule(template, parameters, context);
  const blocked = problems.length > 0;

  const chooseTemplate = (id: AlertTemplateId) => {
    setTemplateId(id);
    // The folder and group usually stay the same across rules; everything else belongs to the template.
    setParameters({
      ...defaultParameters(findTemplate(id), markers),
      folderTitle: parameters.folderTitle,
      ruleGroup: parameters.ruleGroup,
      evaluationInterval: parameters.evaluationInterval,
    });
  };

  return (
    <Drawer
      title={t('alerts.drawer.title', 'Alert rules for these logs')}
      subtitle={t('alerts.drawer.subtitle', 'Grafana-managed rules over the panel’s Loki data source.')}
      onClose={onClose}
      size="md"
    >
      {!dataSourceUid && (
        <Alert severity="info" title={t('alerts.drawer.no-datasource-title', 'Data source assumed')}>
          {t(
            'alerts.drawer.no-datasource',
            'The panel did not say which data source it reads; the rules use the FoodSave Loki data source ({{uid}}).',
            { uid: fallbackDataSourceUid }
          )}
        </Alert>
      )}
      <TemplatePicker value={templateId} onChange={chooseTemplate} />
      <AlertParametersForm template={template} parameters={parameters} problems={problems} onChange={setParameters} />
      <GeneratedQuery expr={String(rule.data[0].model.expr)} selectorSource={source} />
      {problems
        .filter((problem) => problem.field === 'query')
        .map((problem) => (
          <Alert key={problem.message} severity="warning" title={problem.message} />
        ))}
      <QueryPreview rule={rule} comparison={template.comparison} threshold={parameters.threshold} disabled={blocked} />
      <RuleActions rule={rule} template={template} parameters={parameters} context={context} disabled={blocked} />
    </Drawer>
  );
}
