import { Message, ToolCall } from './types';

type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of a message's content: plain text, or the text parts of a multi-part content (OpenAI and OTel shapes). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') {
    return content;
  }
  if (content === null || content === undefined) {
    return '';
  }
  if (Array.isArray(content)) {
    const texts: string[] = [];
    for (const part of content) {
      if (typeof part === 'string') {
        texts.push(part);
      } else if (isObject(part)) {
        const text = part.text ?? part.content;
        if (typeof text === 'string') {
          texts.push(text);
        }
      }
    }
    return texts.join('\n');
  }
  return typeof content === 'number' || typeof content === 'boolean' ? String(content) : safeStringify(content);
}

function safeStringify(value: unknown, indent?: number): string {
  try {
    return JSON.stringify(value, null, indent) ?? '';
  } catch {
    return '';
  }
}

function readToolCalls(value: unknown): ToolCall[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    return undefined;
  }
  const calls: ToolCall[] = [];
  for (const item of value) {
    if (!isObject(item)) {
      continue;
    }
    // Ollama and OpenAI nest the call in `function`; OTel parts carry `name` and `arguments` directly.
    const call = isObject(item.function) ? item.function : item;
    const args = call.arguments;
    calls.push({
      name: typeof call.name === 'string' ? call.name : '',
      argumentsJson: typeof args === 'string' ? args : safeStringify(args ?? {}, 2),
      ...(typeof item.id === 'string' ? { id: item.id } : {}),
    });
  }
  return calls.length > 0 ? calls : undefined;
}

/** Reads one chat message in Ollama, OpenAI or OTel GenAI shape; undefined when it is not a message at all. */
export function readMessage(value: unknown, defaultRole = 'unknown'): Message | undefined {
  if (typeof value === 'string') {
    return { role: defaultRole, content: value };
  }
  if (!isObject(value)) {
    return undefined;
  }
  const message: Message = {
    role: typeof value.role === 'string' && value.role !== '' ? value.role : defaultRole,
    content: contentText(value.content ?? value.parts),
  };
  if (typeof value.thinking === 'string' && value.thinking !== '') {
    message.thinking = value.thinking;
  }
  const toolCalls = readToolCalls(value.tool_calls) ?? readToolCallParts(value.parts);
  if (toolCalls) {
    message.toolCalls = toolCalls;
  }
  // OpenAI allows `name` on any message (a participant's name); only a tool message's name is a tool's.
  const toolName = value.tool_name ?? (message.role === 'tool' ? value.name : undefined);
  if (typeof toolName === 'string' && toolName !== '') {
    message.toolName = toolName;
  }
  return message;
}

function readToolCallParts(parts: unknown): ToolCall[] | undefined {
  if (!Array.isArray(parts)) {
    return undefined;
  }
  return readToolCalls(parts.filter((part) => isObject(part) && part.type === 'tool_call'));
}

/** Reads a message list; OTel attributes often hold it as JSON text. Undefined when the value is no list. */
export function readMessages(value: unknown): Message[] | undefined {
  let list = value;
  if (typeof value === 'string' && value.charCodeAt(0) === 91) {
    try {
      list = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(list)) {
    return undefined;
  }
  const messages: Message[] = [];
  for (const item of list) {
    const message = readMessage(item);
    if (message) {
      messages.push(message);
    }
  }
  return messages;
}
