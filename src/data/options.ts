import { ConversationOptions, DurationUnit } from './types';

/** Defaults that fit the FoodSave format and common producers; the panel options start from these. */
export const defaultConversationOptions: ConversationOptions = {
  lineField: '',
  timeField: '',
  eventKey: 'event',
  promptEvent: 'ollama_prompt',
  responseEvent: 'ollama_response',
  modelKey: 'model',
  messagesKey: 'messages',
  requestIdKeys: ['request_id', 'trace_id'],
  conversationIdKeys: ['session_id', 'conversation_id', 'thread_id', 'gen_ai.conversation.id', 'trace_id'],
  userIdKey: 'user_id',
  durationUnit: 'auto',
  errorWindowMs: 60000,
};

const DURATION_UNITS: DurationUnit[] = ['auto', 's', 'ms', 'ns'];

/**
 * Completes partial options with the defaults. A value of the wrong type (a saved dashboard from another
 * version, say) falls back to the default rather than breaking the build.
 */
export function resolveOptions(options: Partial<ConversationOptions> | undefined): ConversationOptions {
  const resolved: ConversationOptions = { ...defaultConversationOptions };
  if (!options || typeof options !== 'object') {
    return resolved;
  }
  const target = resolved as unknown as Record<string, unknown>;
  for (const key of Object.keys(defaultConversationOptions) as Array<keyof ConversationOptions>) {
    const value: unknown = options[key];
    const fallback = defaultConversationOptions[key];
    if (Array.isArray(fallback)) {
      if (Array.isArray(value)) {
        target[key] = value.filter((item): item is string => typeof item === 'string' && item !== '');
      }
    } else if (typeof value === typeof fallback && (typeof value !== 'number' || Number.isFinite(value))) {
      target[key] = key === 'eventKey' || key === 'modelKey' || key === 'messagesKey' ? value || fallback : value;
    }
  }
  if (!DURATION_UNITS.includes(resolved.durationUnit)) {
    resolved.durationUnit = defaultConversationOptions.durationUnit;
  }
  return resolved;
}
