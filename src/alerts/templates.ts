import { t } from '@grafana/i18n';

import { labelInFilter, quoteLogQL } from './logql';
import { durationSeconds, formatSeconds } from './durations';
import { defaultLongPromptChars, phrasePattern } from './turnMarkers';
import { AlertTemplate, AlertTemplateId, QueryInput } from './types';

// Summaries and descriptions hold Grafana's own `{{ $labels.model }}` templates, which i18next must leave alone.
const keepTemplates = { skipInterpolation: true };

/** Ollama logs its counters in nanoseconds. */
const nanosecondsPerSecond = 1000000000;

/** Extracts only the named keys: a bare `| json` would turn every message of the history into a label. */
function json(...keys: string[]): string {
  return ` | json ${keys.map((key) => `${key}=${quoteLogQL(key)}`).join(', ')}`;
}

// The line filter before the parser spares Loki from parsing every other line of the stream.
function responses(input: QueryInput, ...keys: string[]): string {
  return (
    `${input.selector} |= "ollama_response"${json('event', 'model', ...keys)} | event="ollama_response"` +
    labelInFilter('model', input.models)
  );
}

/** Prompts, each call once: a streamed call logs its prompt a second time with `options.system` filled in. */
function prompts(input: QueryInput, lineFilter = ''): string {
  return (
    `${input.selector} |= "ollama_prompt"${lineFilter}${json('event', 'model')}, options_system="options.system"` +
    ` | event="ollama_prompt" | options_system=""${labelInFilter('model', input.models)}`
  );
}

/** The unwrapped counter, without the lines where it is missing or not a number. */
function unwrap(key: string): string {
  return ` | unwrap ${key} | __error__=""`;
}

// The greedy prefix makes the capture the LAST user message of the history, which is the newest question.
// FoodSave's structlog writes `"role": "user", "content": "..."` in that order; compact JSON works too.
const lastUserMessagePattern = '.*"role": ?"user", ?"content": ?"(?P<user_content>(?:[^"\\\\]|\\\\.)*)"';

/** The volume-spike baseline spans this many windows before the current one. */
const baselineWindows = 12;

// Failed calls log no `model` key; the model is named in the event text: "Error in LLM request to MODEL: ...".
const failedCallModelPattern = 'Error in LLM request to (?P<model>[^\\s"]+?): ';

export const alertTemplates: AlertTemplate[] = [
  {
    id: 'slowResponses',
    title: () => t('alerts.template.slow-responses.title', 'Slow responses'),
    explanation: () =>
      t(
        'alerts.template.slow-responses.explanation',
        'The 95th percentile of response time per model rises above the threshold.'
      ),
    valueUnit: () => t('alerts.template.slow-responses.unit', 'seconds (p95)'),
    comparison: 'gt',
    lookbackWindows: 1,
    defaults: { threshold: 10, window: '10m', pendingPeriod: '5m', severity: 'warning', noDataState: 'OK' },
    summary: () => t('alerts.template.slow-responses.summary', 'Slow answers from {{ $labels.model }}', keepTemplates),
    description: () =>
      t(
        'alerts.template.slow-responses.description',
        '95% of the answers from {{ $labels.model }} took up to {{ humanize $values.B.Value }} s.',
        keepTemplates
      ),
    query: (input) =>
      `quantile_over_time(0.95, ${responses(input, 'duration')}${unwrap('duration')} [${input.window}]) by (model)`,
  },
  {
    id: 'failedCalls',
    title: () => t('alerts.template.failed-calls.title', 'Failed calls'),
    explanation: () =>
      t('alerts.template.failed-calls.explanation', 'Calls to the model end in an error event (no answer is logged).'),
    valueUnit: () => t('alerts.template.failed-calls.unit', 'errors per window'),
    comparison: 'gt',
    lookbackWindows: 1,
    defaults: { threshold: 0, window: '5m', pendingPeriod: '0s', severity: 'critical', noDataState: 'OK' },
    summary: () => t('alerts.template.failed-calls.summary', 'Calls to {{ $labels.model }} are failing', keepTemplates),
    description: () =>
      t(
        'alerts.template.failed-calls.description',
        '{{ $values.B.Value }} calls to {{ $labels.model }} ended in "Error in LLM request" within the window.',
        keepTemplates
      ),
    query: (input) =>
      `sum by (model) (count_over_time(${input.selector} |= "Error in LLM request"${json('level', 'event')}` +
      ` | level="error"` +
      ` | event=~"Error in LLM request.*" | regexp ${quoteLogQL(failedCallModelPattern)}` +
      `${labelInFilter('model', input.models)} [${input.window}]))`,
  },
  {
    id: 'volumeSpike',
    title: () => t('alerts.template.volume-spike.title', 'Request volume spike'),
    explanation: () =>
      t(
        'alerts.template.volume-spike.explanation',
        'Prompts arrive this many times faster than over the preceding twelve windows.'
      ),
    valueUnit: () => t('alerts.template.volume-spike.unit', 'times the usual rate'),
    comparison: 'gt',
    lookbackWindows: baselineWindows + 1,
    defaults: { threshold: 3, window: '5m', pendingPeriod: '5m', severity: 'warning', noDataState: 'OK' },
    summary: () =>
      t('alerts.template.volume-spike.summary', 'Prompt volume spike for {{ $labels.model }}', keepTemplates),
    description: () =>
      t(
        'alerts.template.volume-spike.description',
        '{{ $labels.model }} receives {{ humanize $values.B.Value }} times its usual number of prompts.',
        keepTemplates
      ),
    query: (input) => {
      const baseline = formatSeconds((durationSeconds(input.window) ?? 300) * baselineWindows);
      // A silent baseline would divide by zero; `> 0` drops it, so a first burst after silence is not a spike.
      return (
        `sum by (model) (rate(${prompts(input)} [${input.window}]))` +
        ` / (sum by (model) (rate(${prompts(input)} [${baseline}] offset ${input.window})) > 0)`
      );
    },
  },
  {
    id: 'longPrompts',
    title: () => t('alerts.template.long-prompts.title', 'Unusually long prompts'),
    explanation: () =>
      t(
        'alerts.template.long-prompts.explanation',
        'The newest user message of a prompt is longer than the threshold (the same check marks turns in the panel).'
      ),
    valueUnit: () => t('alerts.template.long-prompts.unit', 'characters'),
    comparison: 'gt',
    lookbackWindows: 1,
    defaults: {
      threshold: defaultLongPromptChars,
      window: '10m',
      pendingPeriod: '0s',
      severity: 'warning',
      noDataState: 'OK',
    },
    summary: () =>
      t('alerts.template.long-prompts.summary', 'Unusually long prompt to {{ $labels.model }}', keepTemplates),
    description: () =>
      t(
        'alerts.template.long-prompts.description',
        'A user message of {{ $values.B.Value }} characters was sent to {{ $labels.model }}.',
        keepTemplates
      ),
    query: (input) =>
      `max by (model) (max_over_time(${prompts(input)} | regexp ${quoteLogQL(lastUserMessagePattern)}` +
      ` | label_format user_chars="{{ len .user_content }}"${unwrap('user_chars')} [${input.window}]))`,
  },
  {
    id: 'promptInjection',
    title: () => t('alerts.template.prompt-injection.title', 'Suspected prompt injection'),
    explanation: () =>
      t(
        'alerts.template.prompt-injection.explanation',
        'A prompt contains one of the listed phrases, in any letter case (the same list marks turns in the panel).'
      ),
    valueUnit: () => t('alerts.template.prompt-injection.unit', 'prompts per window'),
    comparison: 'gt',
    lookbackWindows: 1,
    defaults: { threshold: 0, window: '10m', pendingPeriod: '0s', severity: 'critical', noDataState: 'OK' },
    needs: 'phrases',
    summary: () =>
      t(
        'alerts.template.prompt-injection.summary',
        'Possible prompt injection against {{ $labels.model }}',
        keepTemplates
      ),
    description: () =>
      t(
        'alerts.template.prompt-injection.description',
        '{{ $values.B.Value }} prompts to {{ $labels.model }} contained a phrase typical of prompt injection.',
        keepTemplates
      ),
    query: (input) => {
      const pattern = `(?i)(?:${input.phrases.map(phrasePattern).join('|')})`;
      return `sum by (model) (count_over_time(${prompts(input, ` |~ ${quoteLogQL(pattern)}`)} [${input.window}]))`;
    },
  },
  {
    id: 'personalData',
    title: () => t('alerts.template.personal-data.title', 'Personal data in the logs'),
    explanation: () =>
      t(
        'alerts.template.personal-data.explanation',
        'A log line matches one of the personal-data detectors: masking before Loki did not catch it.'
      ),
    valueUnit: () => t('alerts.template.personal-data.unit', 'lines per window'),
    comparison: 'gt',
    lookbackWindows: 1,
    defaults: { threshold: 0, window: '10m', pendingPeriod: '0s', severity: 'critical', noDataState: 'OK' },
    needs: 'detectors',
    summary: () => t('alerts.template.personal-data.summary', 'Personal data reached the Ollama logs', keepTemplates),
    description: () =>
      t(
        'alerts.template.personal-data.description',
        '{{ $values.B.Value }} log lines matched a personal-data detector; check the masking in the log pipeline.',
        keepTemplates
      ),
    // Lines that are not JSON can leak data too, so this one counts raw lines and does not split by model.
    query: (input) => {
      const pattern = input.detectors.map((detector) => `(?:${detector.pattern})`).join('|');
      return `sum(count_over_time(${input.selector} |~ ${quoteLogQL(pattern)} [${input.window}]))`;
    },
  },
  {
    id: 'coldStarts',
    title: () => t('alerts.template.cold-starts.title', 'Model cold starts'),
    explanation: () =>
      t(
        'alerts.template.cold-starts.explanation',
        'Loading the model took longer than the threshold (Ollama load_duration, logged in nanoseconds).'
      ),
    valueUnit: () => t('alerts.template.cold-starts.unit', 'seconds of loading'),
    comparison: 'gt',
    lookbackWindows: 1,
    defaults: { threshold: 5, window: '15m', pendingPeriod: '0s', severity: 'warning', noDataState: 'OK' },
    summary: () => t('alerts.template.cold-starts.summary', 'Slow model load for {{ $labels.model }}', keepTemplates),
    description: () =>
      t(
        'alerts.template.cold-starts.description',
        'Loading {{ $labels.model }} took {{ humanize $values.B.Value }} s; the model was probably evicted from memory.',
        keepTemplates
      ),
    query: (input) =>
      `max by (model) (max_over_time(${responses(input, 'load_duration')}${unwrap('load_duration')}` +
      ` [${input.window}])) / ${nanosecondsPerSecond}`,
  },
  {
    id: 'slowGeneration',
    title: () => t('alerts.template.slow-generation.title', 'Generation speed drop'),
    explanation: () =>
      t(
        'alerts.template.slow-generation.explanation',
        'Tokens generated per second fall below the threshold (needs Ollama eval_count and eval_duration in the logs).'
      ),
    valueUnit: () => t('alerts.template.slow-generation.unit', 'tokens per second'),
    comparison: 'lt',
    lookbackWindows: 1,
    defaults: { threshold: 5, window: '15m', pendingPeriod: '5m', severity: 'warning', noDataState: 'OK' },
    summary: () => t('alerts.template.slow-generation.summary', '{{ $labels.model }} generates slowly', keepTemplates),
    description: () =>
      t(
        'alerts.template.slow-generation.description',
        '{{ $labels.model }} produced {{ humanize $values.B.Value }} tokens per second.',
        keepTemplates
      ),
    // Total tokens over total generation time weighs long answers properly, unlike an average of per-call speeds.
    query: (input) =>
      `sum by (model) (sum_over_time(${responses(input, 'eval_count')}${unwrap('eval_count')} [${input.window}]))` +
      ` / (sum by (model) (sum_over_time(${responses(input, 'eval_duration')}${unwrap('eval_duration')}` +
      ` [${input.window}])) / ${nanosecondsPerSecond})`,
  },
];

export function findTemplate(id: AlertTemplateId): AlertTemplate {
  const template = alertTemplates.find((candidate) => candidate.id === id);
  if (!template) {
    throw new Error(`Unknown alert template ${id}`);
  }
  return template;
}
