import { hostilePayloads, hostileShortValues } from './hostilePayloads';

const start = Date.parse('2026-12-01T10:00:00Z');

function line(record: Record<string, unknown>): string {
  return JSON.stringify(record);
}

/**
 * FoodSave-style log lines carrying the hostile payloads in every field the panel renders: user and
 * assistant text, thinking, tool names and arguments, tool results, model names, ids and error text.
 */
export function hostileJsonl(): string {
  const lines: string[] = [];
  hostilePayloads.forEach((payload, index) => {
    const at = (offsetMs: number) => new Date(start + index * 60_000 + offsetMs).toISOString();
    const short = hostileShortValues[index % hostileShortValues.length];
    const model = index % 7 === 0 ? short : 'gemma3:12b';
    const ids = { session_id: `s-${index}`, request_id: `r-${index}`, user_id: index % 5 === 0 ? short : `u-${index}` };
    const messages = [
      { role: 'system', content: `System prompt ${payload}` },
      { role: 'user', content: `Question ${index}: ${payload}` },
    ];
    lines.push(line({ event: 'ollama_prompt', model, messages, stream: false, timestamp: at(0), ...ids }));
    if (index % 6 === 5) {
      lines.push(
        line({ event: `Error in LLM request to ${model}: ${payload}`, level: 'error', timestamp: at(200), ...ids })
      );
      return;
    }
    const withTools = index % 4 === 1;
    const message = withTools
      ? {
          role: 'assistant',
          content: '',
          thinking: `Thinking about ${payload}`,
          tool_calls: [{ function: { name: short, arguments: { query: payload } } }],
        }
      : { role: 'assistant', content: `Answer ${index}: ${payload}`, thinking: `Thinking ${payload}` };
    lines.push(
      line({
        event: 'ollama_response',
        model,
        messages,
        response: { message, response: message.content },
        duration: 1.5 + index / 10,
        timestamp: at(1500),
        ...ids,
      })
    );
    if (withTools) {
      const history = [...messages, message, { role: 'tool', content: `Tool result ${payload}`, tool_name: short }];
      lines.push(
        line({ event: 'ollama_prompt', model, messages: history, stream: false, timestamp: at(2000), ...ids })
      );
      const answer = { role: 'assistant', content: `After the tool: ${payload}` };
      lines.push(
        line({
          event: 'ollama_response',
          model,
          messages: history,
          response: { message: answer, response: answer.content },
          duration: 0.8,
          timestamp: at(2800),
          ...ids,
        })
      );
    }
  });
  return lines.join('\n') + '\n';
}
