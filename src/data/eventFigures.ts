import { durationToMs, NumericUnit, readCount } from './durations';
import { FieldSource, JsonObject, readFlag, readKey } from './lineObject';
import { isObject } from './messages';
import { ConversationOptions } from './types';

/** What a response line says about the call: Ollama's counters, OTel usage, the producer's own duration. */
export interface ResponseFigures {
  durationMs?: number;
  loadMs?: number;
  promptEvalMs?: number;
  evalMs?: number;
  inputTokens?: number;
  outputTokens?: number;
  doneReason?: string;
  done?: boolean;
}

type Reader = (key: string) => unknown;

const INPUT_TOKEN_KEYS = ['prompt_eval_count', 'gen_ai.usage.input_tokens', 'input_tokens'];
const OUTPUT_TOKEN_KEYS = ['eval_count', 'gen_ai.usage.output_tokens', 'output_tokens'];

/** Where the total duration may be, in order; `duration` is in the unit the options give (seconds by default). */
function durationKeys(unit: NumericUnit): Array<[string, NumericUnit]> {
  return [
    ['duration', unit],
    ['duration_ms', 'ms'],
    ['latency_ms', 'ms'],
    ['total_duration', 'ns'],
    ['gen_ai.client.operation.duration', 's'],
  ];
}

const DURATION_KEYS_S = durationKeys('s');

/**
 * Reads a key from the line, else from the `response` object (producers that log Ollama's whole answer there).
 * For `| json` labels the nested answer was flattened to `response_<key>`.
 */
function figureReader(object: JsonObject, source: FieldSource): Reader {
  const response = object.response;
  return (key) => {
    const value = readKey(object, key, source);
    if (value !== undefined) {
      return value;
    }
    if (source === 'labels') {
      return object[`response_${key}`];
    }
    return isObject(response) ? response[key] : undefined;
  };
}

function firstDuration(read: Reader, candidates: Array<[string, NumericUnit]>): number | undefined {
  for (const [key, unit] of candidates) {
    const ms = durationToMs(read(key), unit);
    if (ms !== undefined) {
      return ms;
    }
  }
  return undefined;
}

function firstCount(read: Reader, keys: string[]): number | undefined {
  for (const key of keys) {
    const count = readCount(read(key));
    if (count !== undefined) {
      return count;
    }
  }
  return undefined;
}

export function readResponseFigures(
  object: JsonObject,
  source: FieldSource,
  options: Pick<ConversationOptions, 'durationUnit'>
): ResponseFigures {
  const read = figureReader(object, source);
  const durationUnit: NumericUnit = options.durationUnit === 'auto' ? 's' : options.durationUnit;
  const usage = isObject(object.usage) ? object.usage : undefined;
  const figures: ResponseFigures = {
    durationMs: firstDuration(read, durationUnit === 's' ? DURATION_KEYS_S : durationKeys(durationUnit)),
    loadMs: durationToMs(read('load_duration'), 'ns'),
    promptEvalMs: durationToMs(read('prompt_eval_duration'), 'ns'),
    evalMs: durationToMs(read('eval_duration'), 'ns'),
    inputTokens: firstCount(read, INPUT_TOKEN_KEYS) ?? readCount(usage?.prompt_tokens ?? usage?.input_tokens),
    outputTokens: firstCount(read, OUTPUT_TOKEN_KEYS) ?? readCount(usage?.completion_tokens ?? usage?.output_tokens),
    done: readFlag(read('done')),
  };
  const doneReason = read('done_reason') ?? firstOf(read('gen_ai.response.finish_reasons'));
  if (typeof doneReason === 'string' && doneReason !== '') {
    figures.doneReason = doneReason;
  }
  return figures;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}
