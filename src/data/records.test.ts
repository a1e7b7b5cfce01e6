import { createDataFrame, dataFrameFromJSON, DataFrameJSON, FieldType } from '@grafana/data';

import { buildConversations } from './buildConversations';
import { defaultConversationOptions } from './options';
import { readLogRecords } from './records';
import { readFixtureText, readGrafanaFrames } from './testing/fixtures';
import { instantToNs } from './time';

function recordTimes(fileName: string): string[] {
  const { records } = readLogRecords(readGrafanaFrames(fileName), defaultConversationOptions);
  return records.map((record) => (record.instant ? instantToNs(record.instant) : 'none'));
}

const PROMPT = '{"event":"ollama_prompt","model":"m","messages":[{"role":"user","content":"hi"}]}';
const RESPONSE = '{"event":"ollama_response","model":"m","messages":[{"role":"user","content":"hi"}],"response":"yo"}';

describe('reading Grafana Loki frames', () => {
  it('reads LabeledTimeValues frames with nanosecond times from tsNs', () => {
    expect(recordTimes('labeled-time-values.json')).toEqual([
      '1704895296244577000',
      '1704895267503906000',
      '1704895245190222000',
    ]);
  });

  it('reads dataplane log-lines frames with nanosecond times from the time field nanos', () => {
    expect(recordTimes('log-lines-dataplane.json')).toEqual([
      '1704895296244577000',
      '1704895267503906000',
      '1704895245190222000',
    ]);
  });

  it('counts the JSON lines that are no LLM events as skipped, with their row ids', () => {
    for (const fileName of ['labeled-time-values.json', 'log-lines-dataplane.json']) {
      const { conversations, account } = buildConversations(readGrafanaFrames(fileName));

      expect(conversations).toEqual([]);
      expect(account.rowsIn).toBe(3);
      expect(account.rowsUsed).toBe(0);
      expect(account.skipped).toEqual({ notJson: 0, notLlmEvent: 3, duplicate: 0, unreadable: 0 });
      expect(account.skippedExamples.notLlmEvent).toContain('1704895296244577000_194597ad');
      expect(account.observedKeys).toEqual(['field1', 'field2']);
    }
  });

  it('counts lines that failed Loki parsing and are not JSON as not JSON', () => {
    const { account } = buildConversations(readGrafanaFrames('labeled-time-values-parse-errors.json'));

    expect(account.rowsIn).toBe(4);
    expect(account.skipped).toEqual({ notJson: 4, notLlmEvent: 0, duplicate: 0, unreadable: 0 });
    expect(account.skippedExamples.notJson).toHaveLength(4);
  });

  it('keeps nanosecond precision of a dataplane frame through to the exchange', () => {
    const fixture: { frames: DataFrameJSON[] } = JSON.parse(
      readFixtureText('grafana-loki-frames/log-lines-dataplane.json')
    );
    const frameJson = fixture.frames[0];
    const values = frameJson.data?.values ?? [];
    values[2] = [RESPONSE, PROMPT, 'plain text'];
    const { conversations, account } = buildConversations([dataFrameFromJSON(frameJson)]);

    expect(account.skipped.notJson).toBe(1);
    expect(conversations).toHaveLength(1);
    expect(conversations[0].exchanges[0]).toMatchObject({
      startNs: '1704895267503906000',
      endNs: '1704895296244577000',
      durationMs: 28740.671,
      durationFromTimestamps: true,
    });
  });

  it('flags a frame whose length reached its line limit', () => {
    const frames = readGrafanaFrames('labeled-time-values.json');
    frames[0].meta = { ...frames[0].meta, limit: 3 };
    const { account } = buildConversations(frames);

    expect(account.frames[0]).toMatchObject({ rows: 3, limit: 3, limitReached: true });
  });

  it('reads any frame with a text field, with the line and time fields chosen by name', () => {
    const frame = createDataFrame({
      refId: 'elastic',
      fields: [
        { name: 'host', type: FieldType.string, values: ['a', 'b'] },
        { name: 'payload', type: FieldType.string, values: [PROMPT, RESPONSE] },
        { name: '@timestamp', type: FieldType.string, values: ['2026-01-01T00:00:01Z', '2026-01-01T00:00:03.5Z'] },
      ],
    });
    const chosen = buildConversations([frame], { lineField: 'payload', timeField: '@timestamp' });

    expect(chosen.conversations[0].exchanges[0]).toMatchObject({ durationMs: 2500, status: 'ok' });
    expect(chosen.account.skipped.notJson).toBe(0);
    // Without a choice, the first text field holds no JSON: every row is counted, none is lost.
    const unchosen = buildConversations([frame]);
    expect(unchosen.account.skipped.notJson).toBe(2);
  });

  it('picks the chosen line and time fields by the display names the options pane offers', () => {
    const frame = createDataFrame({
      refId: 'elastic',
      fields: [
        { name: 'host', type: FieldType.string, values: ['a', 'b'] },
        { name: 'payload', type: FieldType.string, values: [PROMPT, RESPONSE], config: { displayName: 'Log line' } },
        { name: 'ts', type: FieldType.string, values: ['2026-01-01T00:00:01Z', '2026-01-01T00:00:02Z'] },
      ],
    });
    const { conversations, account } = buildConversations([frame], { lineField: 'Log line', timeField: 'ts' });

    expect(conversations[0].exchanges[0]).toMatchObject({ durationMs: 1000, status: 'ok' });
    expect(account.skipped.notJson).toBe(0);
    // A name that is neither a field's own nor its display name matches nothing, and the frame says so.
    const missing = buildConversations([frame], { lineField: 'message' });
    expect(missing.account.frames[0].unreadableReason).toBe('no field named "message"');
    expect(missing.account.skipped.unreadable).toBe(2);
  });

  it('counts the rows of a frame without any text field as unreadable and says why', () => {
    const series = createDataFrame({
      refId: 'rate',
      fields: [
        { name: 'Time', type: FieldType.time, values: [1, 2, 3] },
        { name: 'Value', type: FieldType.number, values: [1, 2, 3] },
      ],
    });
    const { account } = buildConversations([series]);

    expect(account.rowsIn).toBe(3);
    expect(account.skipped.unreadable).toBe(3);
    expect(account.frames[0].unreadableReason).toMatch(/no text field/);
  });

  it('reads several frames at once and drops an entry delivered twice as a duplicate', () => {
    const frames = readGrafanaFrames('labeled-time-values.json');
    const again = readGrafanaFrames('labeled-time-values.json');
    const { account } = buildConversations([...frames, ...again]);

    expect(account.rowsIn).toBe(6);
    expect(account.skipped.duplicate).toBe(3);
    expect(account.skipped.notLlmEvent).toBe(3);
  });
});
