import { t } from '@grafana/i18n';

import { TurnMarkerOptions } from '../types';
import { durationSeconds } from './durations';
import { checkLogql, splitList } from './logql';
import { parsePhrases } from './turnMarkers';
import {
  AlertParameters,
  AlertQuery,
  AlertRuleCore,
  AlertTemplate,
  PatternDetector,
  ProvisionedAlertRule,
  QueryInput,
} from './types';

/** Where a rule comes from and what it reads, beyond what the user types. */
export interface RuleContext {
  dataSourceUid: string;
  /** Stream selector the queries start from. */
  selector: string;
  dashboardUid?: string;
  panelId?: number;
  detectors: PatternDetector[];
  orgId?: number;
}

export const defaultFolderTitle = 'Ollama alerts';
export const defaultRuleGroup = 'ollama-conversations';
export const defaultEvaluationInterval = '1m';

/** The template's defaults as form values; the panel's marker settings feed the two templates that share them. */
export function defaultParameters(template: AlertTemplate, markers?: TurnMarkerOptions): AlertParameters {
  const threshold =
    template.id === 'longPrompts' && markers && markers.longPromptChars > 0
      ? markers.longPromptChars
      : template.defaults.threshold;
  return {
    title: template.title(),
    threshold,
    window: template.defaults.window,
    evaluationInterval: defaultEvaluationInterval,
    pendingPeriod: template.defaults.pendingPeriod,
    models: '',
    folderTitle: defaultFolderTitle,
    ruleGroup: defaultRuleGroup,
    labels: `severity=${template.defaults.severity}`,
    summary: template.summary(),
    description: template.description(),
    phrases: markers?.injectionPhrases ?? '',
  };
}

/** A uid Grafana accepts (letters, digits, dashes; at most 40), derived from a title so it is the same every time. */
export function uidFromTitle(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug === '' ? fallback : slug;
}

/** The folder a title lands in when the drawer has to create it. */
export function folderUidFor(title: string): string {
  return uidFromTitle(title, 'ollama-alerts');
}

const labelNamePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `key=value` pairs, one per line or comma-separated; unreadable pairs are reported, not dropped silently. */
export function parseLabels(text: string): { labels: Record<string, string>; invalid: string[] } {
  const labels: Record<string, string> = {};
  const invalid: string[] = [];
  for (const pair of text.split(/[\n,]/).map((part) => part.trim())) {
    if (pair === '') {
      continue;
    }
    const separator = pair.indexOf('=');
    const key = separator > 0 ? pair.slice(0, separator).trim() : '';
    if (!labelNamePattern.test(key) || key.startsWith('__')) {
      invalid.push(pair);
      continue;
    }
    labels[key] = pair.slice(separator + 1).trim();
  }
  return { labels, invalid };
}

export function queryInput(parameters: AlertParameters, context: RuleContext): QueryInput {
  return {
    selector: context.selector,
    models: splitList(parameters.models),
    window: parameters.window.trim(),
    phrases: parsePhrases(parameters.phrases),
    detectors: context.detectors,
  };
}

/** A parameter the rule cannot be built with, and what to do about it. */
export interface ParameterProblem {
  field: keyof AlertParameters | 'query';
  message: string;
}

export function validateParameters(
  template: AlertTemplate,
  parameters: AlertParameters,
  context: RuleContext
): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  const requireDuration = (field: 'window' | 'evaluationInterval' | 'pendingPeriod', allowZero: boolean) => {
    const seconds = durationSeconds(parameters[field]);
    if (seconds === undefined || (!allowZero && seconds <= 0)) {
      problems.push({
        field,
        message: t('alerts.problem.duration', 'Use a duration such as 30s, 5m or 1h.'),
      });
    }
  };
  requireDuration('window', false);
  requireDuration('evaluationInterval', false);
  requireDuration('pendingPeriod', true);
  if (!Number.isFinite(parameters.threshold)) {
    problems.push({ field: 'threshold', message: t('alerts.problem.threshold', 'The threshold must be a number.') });
  }
  if (parameters.title.trim() === '' || parameters.title.length > 190) {
    problems.push({
      field: 'title',
      message: t('alerts.problem.title', 'Give the rule a name of up to 190 characters.'),
    });
  }
  if (parameters.folderTitle.trim() === '') {
    problems.push({ field: 'folderTitle', message: t('alerts.problem.folder', 'Name the folder for the rule.') });
  }
  if (parameters.ruleGroup.trim() === '' || parameters.ruleGroup.length > 190) {
    problems.push({
      field: 'ruleGroup',
      message: t('alerts.problem.group', 'Name the rule group (up to 190 characters).'),
    });
  }
  const { invalid } = parseLabels(parameters.labels);
  if (invalid.length > 0) {
    problems.push({
      field: 'labels',
      message: t('alerts.problem.labels', 'Labels must be name=value with a name of letters, digits and _: {{pairs}}', {
        pairs: invalid.join(', '),
        interpolation: { escapeValue: false },
      }),
    });
  }
  if (template.needs === 'phrases' && parsePhrases(parameters.phrases).length === 0) {
    problems.push({ field: 'phrases', message: t('alerts.problem.phrases', 'List at least one phrase.') });
  }
  if (template.needs === 'detectors' && context.detectors.length === 0) {
    problems.push({
      field: 'query',
      message: t('alerts.problem.detectors', 'No personal-data detectors are available to build this query from.'),
    });
  }
  if (problems.length === 0 && !checkLogql(template.query(queryInput(parameters, context))).valid) {
    problems.push({ field: 'query', message: t('alerts.problem.query', 'The generated query is not valid LogQL.') });
  }
  return problems;
}

/** The three steps every template uses: the Loki query, its last value per series, the comparison. */
export function alertQueries(template: AlertTemplate, parameters: AlertParameters, context: RuleContext): AlertQuery[] {
  const windowSeconds = durationSeconds(parameters.window) ?? 600;
  const expression = { type: '__expr__', uid: '__expr__' };
  return [
    {
      refId: 'A',
      queryType: 'instant',
      relativeTimeRange: { from: Math.max(600, Math.ceil(windowSeconds * template.lookbackWindows)), to: 0 },
      datasourceUid: context.dataSourceUid,
      model: {
        refId: 'A',
        datasource: { type: 'loki', uid: context.dataSourceUid },
        editorMode: 'code',
        expr: template.query(queryInput(parameters, context)),
        queryType: 'instant',
        intervalMs: 1000,
        maxDataPoints: 43200,
      },
    },
    {
      refId: 'B',
      datasourceUid: '__expr__',
      model: {
        refId: 'B',
        datasource: expression,
        type: 'reduce',
        expression: 'A',
        reducer: 'last',
        settings: { mode: 'dropNN' },
      },
    },
    {
      refId: 'C',
      datasourceUid: '__expr__',
      model: {
        refId: 'C',
        datasource: expression,
        type: 'threshold',
        expression: 'B',
        conditions: [{ evaluator: { type: template.comparison, params: [parameters.threshold] } }],
      },
    },
  ];
}

/** Annotations shown with the alert, linking back to the dashboard panel when both ends are known. */
export function ruleAnnotations(parameters: AlertParameters, context: RuleContext): Record<string, string> {
  const annotations: Record<string, string> = {};
  if (parameters.summary.trim() !== '') {
    annotations.summary = parameters.summary;
  }
  if (parameters.description.trim() !== '') {
    annotations.description = parameters.description;
  }
  if (context.dashboardUid && context.panelId !== undefined) {
    annotations.__dashboardUid__ = context.dashboardUid;
    annotations.__panelId__ = String(context.panelId);
  }
  return annotations;
}

/** The rule itself, before it is addressed to the HTTP API or written into a file. */
export function alertRuleCore(
  template: AlertTemplate,
  parameters: AlertParameters,
  context: RuleContext
): AlertRuleCore {
  return {
    title: parameters.title.trim(),
    condition: 'C',
    data: alertQueries(template, parameters, context),
    noDataState: template.defaults.noDataState,
    execErrState: 'Error',
    for: parameters.pendingPeriod.trim(),
    annotations: ruleAnnotations(parameters, context),
    labels: parseLabels(parameters.labels).labels,
    isPaused: false,
  };
}

/** The body for Grafana's provisioning API. Check `validateParameters` first: this does not. */
export function buildAlertRule(
  template: AlertTemplate,
  parameters: AlertParameters,
  context: RuleContext,
  folderUid: string = folderUidFor(parameters.folderTitle)
): ProvisionedAlertRule {
  return {
    orgID: context.orgId ?? 1,
    folderUID: folderUid,
    ruleGroup: parameters.ruleGroup.trim(),
    ...alertRuleCore(template, parameters, context),
  };
}
