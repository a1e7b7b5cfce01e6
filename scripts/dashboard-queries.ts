/**
 * The LogQL behind the "Ollama Prompts & Responses" dashboard. Every query starts from the one stream
 * selector Alloy produces (`job="backend_logs"`) and reads everything else from the line with `| json`, so
 * the dashboard also works where a collector only sets `job`. `$model` and `$event` are dashboard variables;
 * `$__auto` is Grafana's automatic step for metric queries.
 */

export const BACKEND_SELECTOR = '{job="backend_logs"}';

/** The query the README recommends for the panel in any dashboard. */
export const RECOMMENDED_PANEL_QUERY = `${BACKEND_SELECTOR} |~ "ollama_prompt|ollama_response"`;

/**
 * Prompts, responses and the backend's error events, which turn a call without an answer into a failed
 * one. Error events carry no `model` field, so they pass the model filter through their level.
 */
export const CHAT_QUERY =
  `${BACKEND_SELECTOR} |~ "ollama_prompt|ollama_response|Error in LLM request"` +
  ` | json model="model", level="level" | model=~"$model" or level="error"`;

/** The guide's classic logs panel, narrowed by the event and model variables. */
export const LOGS_QUERY =
  `${BACKEND_SELECTOR} |~ "ollama_prompt|ollama_response"` +
  ` | json event="event", model="model" | event=~"$event" | model=~"$model"`;

/**
 * One row per response. The prompt is the last user message of the history, taken by a greedy regular
 * expression because LogQL's json parser cannot index an array from its end. A streamed response is a
 * plain string, a non-streamed one an object: label_format picks whichever is there.
 */
export const TABLE_QUERY =
  `${BACKEND_SELECTOR} |= "ollama_response"` +
  ` | json event="event", model="model", duration="duration", answer="response.message.content", streamed_answer="response"` +
  ` | event="ollama_response" | model=~"$model"` +
  ' | regexp `.*"role":\\s*"user",\\s*"content":\\s*"(?P<prompt>(?:[^"\\\\]|\\\\.)*)"`' +
  ' | label_format response=`{{ if .answer }}{{ .answer }}{{ else }}{{ .streamed_answer }}{{ end }}`';

/** Latency quantile per model from the response's `duration` (seconds, as the FoodSave backend logs it). */
export function latencyQuery(quantile: number): string {
  return (
    `quantile_over_time(${quantile}, ${BACKEND_SELECTOR} |= "ollama_response"` +
    ` | json event="event", model="model", duration="duration" | event="ollama_response" | model=~"$model"` +
    ' | unwrap duration | __error__="" [$__auto]) by (model)'
  );
}

/**
 * Calls per model. A streamed call logs its prompt twice, the second time with the system message copied
 * into `options.system`; only the first copy is counted.
 */
export const REQUESTS_QUERY =
  `sum by (model) (count_over_time(${BACKEND_SELECTOR} |= "ollama_prompt"` +
  ` | json event="event", model="model", options_system="options.system"` +
  ' | event="ollama_prompt" | options_system="" | model=~"$model" [$__auto]))';

/** Failed calls per model: the backend names the model only inside the error text. */
export const ERRORS_QUERY =
  `sum by (failed_model) (count_over_time(${BACKEND_SELECTOR} |= "Error in LLM request to"` +
  ' | json level="level" | level="error"' +
  ' | regexp `Error in LLM request to (?P<failed_model>\\S+?): ` | failed_model=~"$model" [$__auto]))';

/** Values of the model variable: the `model` label Alloy sets from each line. */
export const MODEL_VARIABLE_QUERY = `label_values(${BACKEND_SELECTOR}, model)`;

export const EVENT_VALUES = ['ollama_prompt', 'ollama_response'];
