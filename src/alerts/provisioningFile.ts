import { stringify } from 'yaml';

import { durationSeconds } from './durations';
import { alertRuleCore, RuleContext, uidFromTitle } from './rule';
import { AlertParameters, AlertRuleCore, AlertTemplate } from './types';

/** One rule as Grafana's file provisioning reads it (a different shape from the HTTP API body). */
export interface FileProvisionedRule extends AlertRuleCore {
  uid: string;
  dashboardUid?: string;
  panelId?: number;
}

export interface FileProvisionedGroup {
  orgId: number;
  name: string;
  /** Folder title: file provisioning creates the folder by title. */
  folder: string;
  interval: string;
  rules: FileProvisionedRule[];
}

export interface AlertingProvisioningFile {
  apiVersion: 1;
  groups: FileProvisionedGroup[];
}

export interface FileRuleSource {
  template: AlertTemplate;
  parameters: AlertParameters;
  /** Stable uid so re-provisioning updates the rule instead of adding a copy; derived from the title when absent. */
  uid?: string;
}

function fileRule({ template, parameters, uid }: FileRuleSource, context: RuleContext): FileProvisionedRule {
  // File provisioning has its own fields for the panel link, so the annotations keep only what people read.
  const { annotations, ...core } = alertRuleCore(template, parameters, context);
  const { __dashboardUid__, __panelId__, ...readable } = annotations;
  return {
    uid: uid ?? uidFromTitle(parameters.title, template.id.toLowerCase()),
    ...core,
    annotations: readable,
    ...(__dashboardUid__ && __panelId__ ? { dashboardUid: __dashboardUid__, panelId: Number(__panelId__) } : {}),
  };
}

/**
 * Rules grouped as Grafana expects: one group per folder and rule group. A group has one evaluation interval, so
 * the shortest one asked for wins rather than evaluating some rules less often than their author wanted.
 */
export function provisioningFile(sources: FileRuleSource[], context: RuleContext): AlertingProvisioningFile {
  const groups = new Map<string, FileProvisionedGroup>();
  for (const source of sources) {
    const { folderTitle, ruleGroup, evaluationInterval } = source.parameters;
    const key = JSON.stringify([folderTitle.trim(), ruleGroup.trim()]);
    const group = groups.get(key) ?? {
      orgId: context.orgId ?? 1,
      name: ruleGroup.trim(),
      folder: folderTitle.trim(),
      interval: evaluationInterval.trim(),
      rules: [],
    };
    if ((durationSeconds(evaluationInterval) ?? Infinity) < (durationSeconds(group.interval) ?? Infinity)) {
      group.interval = evaluationInterval.trim();
    }
    group.rules.push(fileRule(source, context));
    groups.set(key, group);
  }
  return { apiVersion: 1, groups: [...groups.values()] };
}

/** Doubles every `$`: Grafana expands `$NAME` in provisioning files as environment variables, and `$$` is a literal `$`. */
function escapeDollars(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$/g, '$$$$');
  }
  if (Array.isArray(value)) {
    return value.map(escapeDollars);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeDollars(item)]));
  }
  return value;
}

/**
 * The file as YAML. Long queries stay on one line so they can be copied into Explore, and every `$` is doubled so
 * that `{{ $labels.model }}` and regex anchors survive Grafana's environment variable expansion.
 */
export function provisioningYaml(file: AlertingProvisioningFile, header?: string): string {
  const body = stringify(escapeDollars(file), { lineWidth: 0, aliasDuplicateObjects: false, singleQuote: true });
  return header ? `${header.replace(/^/gm, '# ')}\n${body}` : body;
}
