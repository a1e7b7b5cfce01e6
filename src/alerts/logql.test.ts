import { durationSeconds, formatSeconds } from './durations';
import { checkLogql, quoteLogQL, splitList, streamSelectorOf } from './logql';

describe('streamSelectorOf', () => {
  it('takes the stream selector of the panel query', () => {
    expect(streamSelectorOf('{job="backend_logs", env=~"prod|dev"} |~ "ollama_prompt" | json')).toEqual({
      selector: '{job="backend_logs", env=~"prod|dev"}',
      source: 'panel',
    });
  });

  it('falls back to the FoodSave streams for a missing query, variables or an unreadable one', () => {
    expect(streamSelectorOf(undefined).source).toBe('default');
    expect(streamSelectorOf('{job="$job"}').source).toBe('defaultBecauseVariables');
    expect(streamSelectorOf('not logql at all').source).toBe('defaultBecauseUnreadable');
    expect(streamSelectorOf('{job="backend_logs"').selector).toBe('{job="backend_logs"}');
  });
});

describe('quoteLogQL', () => {
  it('escapes quotes, backslashes and control characters so the literal reads back unchanged', () => {
    const value = 'a"b\\c\nd\te\u0001f ąę';
    const quoted = quoteLogQL(value);
    expect(quoted).toBe('"a\\"b\\\\c\\nd\\te\\x01f ąę"');
    expect(checkLogql(`count_over_time({job=${quoted}} [1m])`).valid).toBe(true);
  });
});

describe('checkLogql', () => {
  it('tells a log query from a metric query and finds syntax errors', () => {
    expect(checkLogql('{job="x"} | json')).toMatchObject({ valid: true, metric: false });
    expect(checkLogql('count_over_time({job="x"} [5m])')).toMatchObject({ valid: true, metric: true });
    expect(checkLogql('count_over_time({job="x"} [5m]').valid).toBe(false);
    expect(checkLogql('').valid).toBe(false);
  });
});

describe('durations', () => {
  it('reads Grafana durations and writes the shortest form back', () => {
    expect(durationSeconds('1h30m')).toBe(5400);
    expect(durationSeconds('0s')).toBe(0);
    expect(durationSeconds('5 minutes')).toBeUndefined();
    expect(durationSeconds('30m1h')).toBeUndefined();
    expect(formatSeconds(3600)).toBe('1h');
    expect(formatSeconds(5430)).toBe('1h30m30s');
  });
});

describe('splitList', () => {
  it('keeps distinct, trimmed, non-empty values', () => {
    expect(splitList(' gemma3:12b, ,bielik:11b,gemma3:12b ')).toEqual(['gemma3:12b', 'bielik:11b']);
  });
});
