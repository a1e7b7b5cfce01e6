/** The alert templates the panel offers. */
export type AlertTemplateId =
  | 'slowResponses'
  | 'failedCalls'
  | 'volumeSpike'
  | 'longPrompts'
  | 'promptInjection'
  | 'personalData'
  | 'coldStarts'
  | 'slowGeneration';

/** A detector of personal data as a regular expression in RE2 syntax, the dialect Loki's line filters use. */
export interface PatternDetector {
  name: string;
  pattern: string;
}

/** Everything a template needs to write its LogQL. */
export interface QueryInput {
  /** Stream selector such as `{job="backend_logs"}`. */
  selector: string;
  /** Models to watch; empty means all. */
  models: string[];
  /** LogQL range, for example `5m`. */
  window: string;
  /** Prompt-injection phrases. */
  phrases: string[];
  /** Personal-data detectors. */
  detectors: PatternDetector[];
}

export type Comparison = 'gt' | 'lt';
export type NoDataState = 'Alerting' | 'NoData' | 'OK' | 'KeepLast';
export type ExecErrState = 'Alerting' | 'Error' | 'OK' | 'KeepLast';

/** Defaults that fit the FoodSave traffic. */
export interface TemplateDefaults {
  threshold: number;
  window: string;
  pendingPeriod: string;
  severity: 'warning' | 'critical';
  noDataState: NoDataState;
}

export interface AlertTemplate {
  id: AlertTemplateId;
  /** Translated at call time: `t()` must not run when the module loads. */
  title: () => string;
  explanation: () => string;
  /** What the number the rule compares is, for the threshold label. */
  valueUnit: () => string;
  comparison: Comparison;
  defaults: TemplateDefaults;
  /** How many windows back the query reads (a baseline reads further than the window). */
  lookbackWindows: number;
  /** Which optional input the query cannot do without. */
  needs?: 'phrases' | 'detectors';
  summary: () => string;
  description: () => string;
  query: (input: QueryInput) => string;
}

/** What a user can set in the drawer, as the form holds it. */
export interface AlertParameters {
  title: string;
  threshold: number;
  window: string;
  evaluationInterval: string;
  pendingPeriod: string;
  /** Comma-separated model names; empty means all models. */
  models: string;
  /** Folder title; the uid is derived from it when the folder has to be created. */
  folderTitle: string;
  ruleGroup: string;
  /** `key=value` pairs, one per line or comma-separated. */
  labels: string;
  summary: string;
  description: string;
  /** Prompt-injection phrases, one per line. */
  phrases: string;
}

/** One step of a Grafana-managed rule's query chain. */
export interface AlertQuery {
  refId: string;
  queryType?: string;
  relativeTimeRange?: { from: number; to: number };
  datasourceUid: string;
  model: { refId: string } & Record<string, unknown>;
}

/** What a rule is, whether it travels through the HTTP API or a provisioning file. */
export interface AlertRuleCore {
  title: string;
  condition: string;
  data: AlertQuery[];
  noDataState: NoDataState;
  execErrState: ExecErrState;
  for: string;
  annotations: Record<string, string>;
  labels: Record<string, string>;
  isPaused: boolean;
}

/** The body of `POST /api/v1/provisioning/alert-rules`. */
export interface ProvisionedAlertRule extends AlertRuleCore {
  uid?: string;
  orgID: number;
  folderUID: string;
  ruleGroup: string;
}
