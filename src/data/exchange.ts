import { LlmEvent } from './events';
import { PairedCall } from './pairing';
import { compareInstants, Instant, instantToNs } from './time';
import { Exchange, ExchangeIds, ExchangeStatus } from './types';

/** Per-exchange figures from the rows of one call. Threading fills `newMessagesFrom` and `historyRewritten`. */
export function buildExchange(call: PairedCall, key: string): Exchange {
  const prompt: LlmEvent | undefined = call.prompts[0];
  const response = call.response;
  const first = (prompt ?? response ?? call.error) as LlmEvent;
  const endEvent = response ?? call.error;
  const start = first.instant;

  const exchange: Exchange = {
    key,
    model: prompt?.model || response?.model || call.error?.model || '',
    status: 'pending',
    startMs: start.ms,
    startNs: instantToNs(start),
    unfinished: response?.done === false,
    streamed: call.prompts.length > 1 || call.prompts.some((event) => event.streamed) || response?.streamed === true,
    messages: prompt?.messages ?? response?.messages ?? [],
    newMessagesFrom: 0,
    historyRewritten: false,
    ids: mergeIds(call),
    labels: stringLabels(first.record.labels),
    promptMissing: prompt === undefined && response?.selfContained !== true,
    rowIds: rowIdsOf(call),
  };
  if (endEvent) {
    exchange.endMs = endEvent.instant.ms;
    exchange.endNs = instantToNs(endEvent.instant);
  }
  if (response) {
    copyResponseFigures(exchange, response);
  }
  if (exchange.durationMs === undefined && prompt && endEvent) {
    const elapsedMs = elapsedBetween(start, endEvent.instant);
    if (elapsedMs >= 0) {
      exchange.durationMs = elapsedMs;
      exchange.durationFromTimestamps = true;
    }
  }
  const errorText = call.error?.errorText ?? response?.errorText;
  if (errorText !== undefined) {
    exchange.errorText = errorText;
  }
  exchange.status = statusOf(errorText, response);
  return exchange;
}

function statusOf(errorText: string | undefined, response: LlmEvent | undefined): ExchangeStatus {
  if (errorText !== undefined) {
    return 'failed';
  }
  return response ? 'ok' : 'pending';
}

function copyResponseFigures(exchange: Exchange, response: LlmEvent): void {
  const { durationMs, loadMs, promptEvalMs, evalMs, inputTokens, outputTokens, doneReason } = response;
  Object.assign(
    exchange,
    definedOnly({ durationMs, loadMs, promptEvalMs, evalMs, inputTokens, outputTokens, doneReason })
  );
  if (response.response) {
    exchange.response = response.response;
  }
  if (outputTokens !== undefined && evalMs !== undefined && evalMs > 0) {
    exchange.tokensPerSecond = outputTokens / (evalMs / 1000);
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  const result: Partial<T> = {};
  for (const key of Object.keys(values) as Array<keyof T>) {
    if (values[key] !== undefined) {
      result[key] = values[key];
    }
  }
  return result;
}

function elapsedBetween(start: Instant, end: Instant): number {
  return end.ms - start.ms + (end.subMsNs - start.subMsNs) / 1e6;
}

function mergeIds(call: PairedCall): ExchangeIds {
  const ids: ExchangeIds = {};
  for (const event of [...call.prompts, call.response, call.error]) {
    if (event) {
      for (const name of Object.keys(event.ids) as Array<keyof ExchangeIds>) {
        ids[name] ??= event.ids[name];
      }
    }
  }
  return ids;
}

function rowIdsOf(call: PairedCall): string[] {
  const events = [...call.prompts];
  if (call.response) {
    events.push(call.response);
  }
  if (call.error) {
    events.push(call.error);
  }
  events.sort((a, b) => compareInstants(a.instant, b.instant));
  return events.map((event) => event.record.rowId);
}

/** Labels as text: Loki's are strings already; anything else a data source sends is shown as JSON. */
function stringLabels(labels: Record<string, unknown> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (!labels) {
    return result;
  }
  for (const key of Object.keys(labels)) {
    const value = labels[key];
    if (typeof value === 'string') {
      result[key] = value;
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      result[key] = String(value);
    }
  }
  return result;
}
