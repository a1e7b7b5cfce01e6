import { FieldType } from '@grafana/data';

import { lokiFrameFromJsonl, lokiFrameFromLines } from './lokiFrame';
import { readFixtureText } from './testing/fixtures';

function fieldValues(frame: ReturnType<typeof lokiFrameFromJsonl>, name: string): unknown[] {
  const field = frame.fields.find((candidate) => candidate.name === name);
  if (!field) {
    throw new Error(`no field ${name}`);
  }
  return field.values;
}

describe('lokiFrameFromJsonl', () => {
  it('builds a LabeledTimeValues frame with the fields Loki returns, newest first', () => {
    const frame = lokiFrameFromJsonl(readFixtureText('foodsave-logs/backend.jsonl'), {
      refId: 'logs',
      labels: { job: 'backend_logs' },
    });

    expect(frame.refId).toBe('logs');
    expect(frame.meta?.custom?.frameType).toBe('LabeledTimeValues');
    expect(frame.fields.map((field) => `${field.name}:${field.type}`)).toEqual([
      'labels:other',
      'Time:time',
      'Line:string',
      'tsNs:string',
      'labelTypes:other',
      'id:string',
    ]);
    expect(frame.length).toBe(13);
    const tsNs = fieldValues(frame, 'tsNs') as string[];
    // The newest line is the response with Ollama's counters at 19:00:02.143Z.
    expect(tsNs[0]).toBe('1796065202143000000');
    // The oldest is the first prompt, logged without a zone and read as UTC, with its microseconds kept.
    expect(tsNs[12]).toBe('1796061731402311000');
    expect(String(fieldValues(frame, 'Line')[12])).toContain('"ollama_prompt"');
    expect(fieldValues(frame, 'labels')[0]).toEqual({ job: 'backend_logs' });
    expect(fieldValues(frame, 'labelTypes')[0]).toEqual({ job: 'I' });
  });

  it('keeps sub-millisecond time in nanos of the Time field and in tsNs', () => {
    const frame = lokiFrameFromLines(['{"timestamp": "2026-11-30T18:02:11.402311789+01:00", "event": "x"}']);
    const time = frame.fields.find((field) => field.type === FieldType.time);

    expect(time?.values[0]).toBe(Date.UTC(2026, 10, 30, 17, 2, 11, 402));
    expect(time?.nanos?.[0]).toBe(311789);
    expect(fieldValues(frame, 'tsNs')[0]).toBe(`${Date.UTC(2026, 10, 30, 17, 2, 11, 402)}311789`);
  });

  it("takes the Docker envelope's time when the line itself has no timestamp", () => {
    const frame = lokiFrameFromJsonl(readFixtureText('foodsave-logs/backend-docker.jsonl'));

    expect(fieldValues(frame, 'tsNs')).toEqual(['1796061734244001000', '1796061734244001000']);
    // Same time: the later line counts as newer, and ids stay unique.
    expect(String(fieldValues(frame, 'Line')[0])).toContain('ollama_response');
    expect(new Set(fieldValues(frame, 'id')).size).toBe(2);
  });

  it('ignores blank lines and gives lines without time a deterministic time next to their neighbour', () => {
    const text = ['not json at all', '', '{"timestamp": "2026-01-01T00:00:00Z"}', '   ', 'also not json'].join('\n');
    const frame = lokiFrameFromJsonl(text);

    expect(fieldValues(frame, 'Line')).toEqual([
      'also not json',
      '{"timestamp": "2026-01-01T00:00:00Z"}',
      'not json at all',
    ]);
    const base = Date.UTC(2026, 0, 1);
    expect(fieldValues(frame, 'tsNs')).toEqual([`${base}001000`, `${base}000000`, `${base - 1}999000`]);
  });

  it('falls back to consecutive milliseconds when no line carries a time', () => {
    const frame = lokiFrameFromLines(['a', 'b'], { fallbackStartMs: 5000 });

    expect(fieldValues(frame, 'Time')).toEqual([5001, 5000]);
  });

  it('keeps only the newest lines up to the limit and records the limit', () => {
    const lines = [1, 2, 3, 4].map((second) => `{"timestamp": "2026-01-01T00:00:0${second}Z", "n": ${second}}`);
    const frame = lokiFrameFromLines(lines, { limit: 2 });

    expect(frame.meta?.limit).toBe(2);
    expect(frame.length).toBe(2);
    expect(fieldValues(frame, 'Line')).toEqual([lines[3], lines[2]]);
  });
});
