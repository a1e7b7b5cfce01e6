import { urlUtil } from '@grafana/data';
import { config } from '@grafana/runtime';

import { ProvisionedAlertRule } from './types';

/**
 * A link to Grafana's new-rule form filled in with the rule: the form reads its initial values as JSON from the
 * `defaults` query parameter (the same route Grafana's own "New alert rule" panel action uses).
 */
export function ruleEditorUrl(
  rule: ProvisionedAlertRule,
  folderTitle: string,
  evaluationInterval: string,
  returnTo?: string
): string {
  const defaults = {
    type: 'grafana-alerting',
    name: rule.title,
    queries: rule.data,
    condition: rule.condition,
    folder: { kind: 'folder', uid: rule.folderUID, title: folderTitle.trim() },
    group: rule.ruleGroup,
    evaluateEvery: evaluationInterval.trim(),
    evaluateFor: rule.for,
    noDataState: rule.noDataState,
    execErrState: rule.execErrState,
    labels: Object.entries(rule.labels).map(([key, value]) => ({ key, value })),
    annotations: Object.entries(rule.annotations).map(([key, value]) => ({ key, value })),
  };
  const params: Record<string, string> = { defaults: JSON.stringify(defaults) };
  if (returnTo) {
    params.returnTo = returnTo;
  }
  return urlUtil.renderUrl(`${config.appSubUrl ?? ''}/alerting/new/alerting`, params);
}
