const start = Date.parse('2026-11-01T00:00:00Z');
const models = ['gemma3:12b', 'bielik:11b', 'llama3.1:8b'];

/**
 * `conversations` conversations of `turns` turns each, threaded by `session_id`, as JSONL: one prompt
 * and one response line per turn. The text is short so the file stays small; the count is what matters.
 */
export function manyExchangesJsonl(conversations: number, turns: number): string {
  const lines: string[] = [];
  for (let conversation = 0; conversation < conversations; conversation++) {
    const model = models[conversation % models.length];
    const history: Array<{ role: string; content: string }> = [];
    for (let turn = 0; turn < turns; turn++) {
      const at = start + (conversation * turns + turn) * 10_000;
      history.push({ role: 'user', content: `Pytanie ${turn} w rozmowie ${conversation}` });
      const ids = { session_id: `session-${conversation}` };
      lines.push(
        JSON.stringify({
          event: 'ollama_prompt',
          model,
          messages: history,
          timestamp: new Date(at).toISOString(),
          ...ids,
        })
      );
      const answer = { role: 'assistant', content: `Odpowiedź ${turn} w rozmowie ${conversation}` };
      lines.push(
        JSON.stringify({
          event: 'ollama_response',
          model,
          messages: history,
          response: { message: answer, response: answer.content },
          duration: ((conversation * 7 + turn * 3) % 200) / 10,
          timestamp: new Date(at + 2000).toISOString(),
          ...ids,
        })
      );
      history.push(answer);
    }
  }
  return lines.join('\n') + '\n';
}
