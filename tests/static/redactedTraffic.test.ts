/**
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { buildConversations, lokiFrameFromJsonl } from '../../src/data';
import { createAlloyRedactor, readAlloyStages } from '../../src/pii/alloySimulation';
import { generateTraffic } from '../../demo-writer/traffic';
import { readText } from './stackFiles';

/**
 * What Loki stores is the demo traffic after Alloy's redaction stages. It must still read as the same chats:
 * the stages may replace personal data, never break the JSON, the ids or the history that pairs and threads calls.
 */

const redact = createAlloyRedactor(readAlloyStages(readText('alloy', 'pii-redaction.alloy')));

function read(lines: string[]) {
  const frame = lokiFrameFromJsonl(lines.map((line) => `${line}\n`).join(''), { labels: { job: 'backend_logs' } });
  return buildConversations([frame]);
}

function summary(result: ReturnType<typeof buildConversations>) {
  const exchanges = result.conversations.flatMap((conversation) => conversation.exchanges);
  return {
    skipped: result.account.skipped,
    conversations: result.conversations.length,
    threadedById: result.conversations.filter((conversation) => conversation.threadedBy === 'id').length,
    exchanges: exchanges.length,
    failed: exchanges.filter((exchange) => exchange.status === 'failed').length,
    streamed: exchanges.filter((exchange) => exchange.streamed).length,
    withCounters: exchanges.filter((exchange) => exchange.outputTokens !== undefined).length,
  };
}

describe('demo traffic after the Alloy redaction stages', () => {
  // Chats six minutes apart, so the comparison is about redaction alone, not about calls in flight at once.
  const { entries, counts } = generateTraffic({
    seed: 31,
    conversations: 100,
    startMs: Date.UTC(2026, 11, 1),
    gapMs: 360000,
  });
  const original = entries.map((entry) => entry.line);
  const redacted = original.map(redact);

  it('keeps every chat, turn, failure, id and counter the original lines give', () => {
    expect(summary(read(redacted))).toEqual(summary(read(original)));
    expect(summary(read(redacted)).conversations).toBe(counts.conversations);
  });

  it('leaves no e-mail address, phone number, PESEL or IBAN the writer put into prompts', () => {
    const text = redacted.join('\n');
    expect(counts.personalDataPrompts).toBeGreaterThanOrEqual(5);
    expect(counts.hostilePrompts).toBeGreaterThan(0);
    expect(text).not.toMatch(/[a-z]+\.[a-z]+\d+@(?:poczta\.)?example\.(?:pl|com|org)/);
    expect(text).not.toMatch(/PESEL to \d{11}/);
    expect(text).not.toMatch(/PL\d{2}(?: \d{4}){6}/);
    expect(text).not.toMatch(/\+48 \d{3} \d{3} \d{3}/);
    expect(text).toContain('[email]');
  });
});
