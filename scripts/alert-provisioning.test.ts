import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { parse } from 'yaml';

import { checkLogql } from '../src/alerts/logql';
import { AlertingProvisioningFile } from '../src/alerts/provisioningFile';
import { alertTemplates } from '../src/alerts/templates';
import { alertSchemaValidator } from './alert-schemas';
import { ALERTING_PROVISIONING_PATH, CONVERSATIONS_PANEL_ID, renderAlertingProvisioning } from './alert-provisioning';
import { CHAT_PANEL_TYPE, DASHBOARD_UID, PROVISIONED_PATH } from './dashboard-source';

const root = resolve(__dirname, '..');
const alertingDirectory = resolve(root, 'provisioning', 'alerting');
const files = readdirSync(alertingDirectory).filter((name) => /\.ya?ml$/.test(name));

/** Grafana's reading of the file: YAML, then `$$` back to `$` after environment expansion. */
function readProvisioning(text: string): AlertingProvisioningFile {
  return parse(text.replace(/\$\$/g, '$'));
}

describe('provisioning/alerting', () => {
  it('matches what the templates generate (run npm run alerts:provisioning after changing them)', () => {
    expect(readFileSync(resolve(root, ALERTING_PROVISIONING_PATH), 'utf8')).toBe(renderAlertingProvisioning());
  });

  it.each(files)('%s validates against the file provisioning schema', (name) => {
    const validate = alertSchemaValidator('grafana-alerting-file-provisioning');
    const document = parse(readFileSync(resolve(alertingDirectory, name), 'utf8'));
    expect(validate(document) ? [] : validate.errors).toEqual([]);
  });

  it('ships one rule per template, each a complete chain over a valid LogQL metric query', () => {
    const file = readProvisioning(readFileSync(resolve(root, ALERTING_PROVISIONING_PATH), 'utf8'));
    const rules = file.groups.flatMap((group) => group.rules);
    expect(rules).toHaveLength(alertTemplates.length);
    for (const rule of rules) {
      const byRef = new Map(rule.data.map((query) => [query.refId, query]));
      const threshold = byRef.get(rule.condition)!;
      expect(threshold.model.type).toBe('threshold');
      const reduce = byRef.get(String(threshold.model.expression))!;
      expect(reduce.model.type).toBe('reduce');
      const loki = byRef.get(String(reduce.model.expression))!;
      expect(loki.datasourceUid).toBe('loki_foodsave_logs');
      expect(checkLogql(String(loki.model.expr))).toMatchObject({ valid: true, metric: true });
    }
  });

  it('keeps template placeholders and regex anchors literal through environment expansion', () => {
    const text = readFileSync(resolve(root, ALERTING_PROVISIONING_PATH), 'utf8');
    expect(text).not.toMatch(/(^|[^$])\$(?!\$)/m);
    const file = readProvisioning(text);
    expect(file.groups[0].rules[0].annotations.summary).toContain('{{ $labels.model }}');
  });

  it('links every rule to the conversations panel of the provisioned dashboard', () => {
    const dashboard = JSON.parse(readFileSync(resolve(root, PROVISIONED_PATH), 'utf8'));
    expect(dashboard.uid).toBe(DASHBOARD_UID);
    const panel = dashboard.panels.find((candidate: { id: number }) => candidate.id === CONVERSATIONS_PANEL_ID);
    expect(panel.type).toBe(CHAT_PANEL_TYPE);
    const file = readProvisioning(readFileSync(resolve(root, ALERTING_PROVISIONING_PATH), 'utf8'));
    for (const rule of file.groups.flatMap((group) => group.rules)) {
      expect(rule).toMatchObject({ dashboardUid: DASHBOARD_UID, panelId: CONVERSATIONS_PANEL_ID });
    }
  });
});
