import { parser } from '@grafana/lezer-logql';

import { alertSchemaValidator } from '../../scripts/alert-schemas';
import { checkLogql, defaultStreamSelector } from './logql';
import { buildAlertRule, defaultParameters, RuleContext, validateParameters } from './rule';
import { alertTemplates, findTemplate } from './templates';
import { defaultInjectionPhrasesText, defaultLongPromptChars } from './turnMarkers';
import { AlertParameters, AlertTemplate } from './types';

const markers = { injectionPhrases: defaultInjectionPhrasesText, longPromptChars: defaultLongPromptChars };
const context: RuleContext = {
  dataSourceUid: 'loki_foodsave_logs',
  selector: defaultStreamSelector,
  dashboardUid: 'ollama-conversations',
  panelId: 3,
  detectors: [
    { name: 'email', pattern: '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}' },
    { name: 'pesel', pattern: '\\b[0-9]{11}\\b' },
  ],
};

function setup(template: AlertTemplate, overrides: Partial<AlertParameters> = {}) {
  const parameters = { ...defaultParameters(template, markers), ...overrides };
  const rule = buildAlertRule(template, parameters, context);
  const expr = String(rule.data[0].model.expr);
  return { parameters, rule, expr };
}

/** Decodes a Go double-quoted string literal the way Loki does. */
function unquote(literal: string): string {
  return JSON.parse(literal.replace(/\\x([0-9a-f]{2})/g, '\\u00$1'));
}

/** Every string literal of a query, decoded, in order. */
function stringLiterals(expr: string): string[] {
  const values: string[] = [];
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.name === 'String') {
        values.push(unquote(expr.slice(node.from, node.to)));
      }
    },
  });
  return values;
}

describe.each(alertTemplates.map((template) => [template.id, template] as const))(
  'the %s template',
  (_id, template) => {
    it('writes a LogQL metric query that parses without errors', () => {
      const { expr } = setup(template);
      expect(checkLogql(expr)).toEqual({ valid: true, metric: true, errorOffsets: [] });
      expect(expr).toContain(defaultStreamSelector);
    });

    it('builds a rule body that the provisioning API schema accepts', () => {
      const { rule } = setup(template);
      const validate = alertSchemaValidator('grafana-provisioned-alert-rule');
      expect(validate.errors ?? validate(rule)).toBe(true);
    });

    it('chains the Loki query, a reduction and a threshold, with the condition on the threshold', () => {
      const { rule, parameters } = setup(template);
      const byRef = new Map(rule.data.map((query) => [query.refId, query]));
      expect(byRef.has(rule.condition)).toBe(true);
      const threshold = byRef.get(rule.condition)!;
      expect(threshold.model).toMatchObject({ type: 'threshold', expression: 'B' });
      expect(threshold.model.conditions).toEqual([
        { evaluator: { type: template.comparison, params: [parameters.threshold] } },
      ]);
      const reduce = byRef.get(String(threshold.model.expression))!;
      expect(reduce).toMatchObject({ datasourceUid: '__expr__', model: { type: 'reduce', expression: 'A' } });
      const loki = byRef.get(String(reduce.model.expression))!;
      expect(loki.datasourceUid).toBe('loki_foodsave_logs');
      expect(loki.relativeTimeRange!.from).toBeGreaterThan(0);
    });

    it('links the rule back to the dashboard panel and carries the summary and labels', () => {
      const { rule } = setup(template, { labels: 'team=foodsave\nseverity=critical' });
      expect(rule.annotations).toMatchObject({ __dashboardUid__: 'ollama-conversations', __panelId__: '3' });
      expect(rule.annotations.summary).toBe(template.summary());
      expect(rule.annotations.description).toContain('$values.B.Value');
      expect(rule.labels).toEqual({ team: 'foodsave', severity: 'critical' });
    });

    it('has valid default parameters', () => {
      expect(validateParameters(template, defaultParameters(template, markers), context)).toEqual([]);
    });
  }
);

describe('hostile values', () => {
  const hostileModels = [
    'gemma3:12b" [5m])) or vector(1) #',
    'llama3.1:8b|.*',
    'a\\"b\\',
    'line\nbreak\ttab\u0001',
    '(?:x)+{2}[^]$',
  ];

  it.each(hostileModels)('keeps the model filter %j a literal, anchored match of that one model', (model) => {
    for (const template of alertTemplates.filter((candidate) => candidate.id !== 'personalData')) {
      const { expr } = setup(template, { models: model });
      expect(checkLogql(expr)).toMatchObject({ valid: true, metric: true });
      const filters = stringLiterals(expr).filter((value) => value.startsWith('(?:') && !value.startsWith('(?:ig'));
      expect(filters.length).toBeGreaterThan(0);
      for (const filter of filters) {
        // Loki anchors label regexes at both ends.
        const anchored = new RegExp(`^${filter}$`, 's');
        expect(anchored.test(model)).toBe(true);
        expect(anchored.test(`${model}x`)).toBe(false);
        expect(anchored.test('gemma3:12b')).toBe(false);
      }
    }
  });

  it('turns hostile injection phrases into a literal, case-insensitive line filter', () => {
    const phrases = 'ignore "all" rules\n.* | json\nback\\slash [5m])';
    const { expr } = setup(findTemplate('promptInjection'), { phrases });
    expect(checkLogql(expr)).toMatchObject({ valid: true, metric: true });
    const [lineFilter] = stringLiterals(expr).filter((value) => value.startsWith('(?i)'));
    const matcher = new RegExp(lineFilter.replace('(?i)', ''), 'i');
    expect(matcher.test('please IGNORE "ALL"   rules now')).toBe(true);
    expect(matcher.test('prefix .* | JSON suffix')).toBe(true);
    expect(matcher.test('back\\slash [5m])')).toBe(true);
    expect(matcher.test('anything at all')).toBe(false);
    expect(matcher.test('backslash [5m])')).toBe(false);
  });

  it('keeps a rule title, summary and labels with quotes and braces out of the query', () => {
    const template = findTemplate('slowResponses');
    const plain = setup(template).expr;
    const { rule, expr } = setup(template, { title: '"} or vector(1)', summary: '{{ evil }}', labels: 'x=a"b' });
    expect(expr).toBe(plain);
    expect(rule.title).toBe('"} or vector(1)');
    expect(rule.labels).toEqual({ x: 'a"b' });
  });
});

describe('the template queries', () => {
  it('read response time as float seconds through unwrap, per model', () => {
    expect(setup(findTemplate('slowResponses')).expr).toBe(
      'quantile_over_time(0.95, {job="backend_logs"} |= "ollama_response" | json event="event", model="model", duration="duration"' +
        ' | event="ollama_response" | unwrap duration | __error__="" [10m]) by (model)'
    );
  });

  it('convert Ollama nanosecond counters to seconds', () => {
    expect(setup(findTemplate('coldStarts')).expr).toMatch(/unwrap load_duration .*\) \/ 1000000000$/);
    expect(setup(findTemplate('slowGeneration')).expr).toMatch(/unwrap eval_duration .*\/ 1000000000\)$/);
  });

  it('count error events whose text starts with "Error in LLM request"', () => {
    const { expr } = setup(findTemplate('failedCalls'), { models: 'gemma3:12b' });
    expect(expr).toContain('| level="error" | event=~"Error in LLM request.*"');
    expect(stringLiterals(expr)).toContain('(?:gemma3:12b)');
  });

  it('compare the current prompt rate with a baseline twelve windows long', () => {
    expect(setup(findTemplate('volumeSpike'), { window: '10m' }).expr).toContain('[2h] offset 10m');
  });

  it('watch for personal data with every detector as one alternative', () => {
    const { expr } = setup(findTemplate('personalData'));
    expect(stringLiterals(expr)).toContain(`(?:${context.detectors[0].pattern})|(?:${context.detectors[1].pattern})`);
  });

  it('alert on generation speed when it falls below the threshold', () => {
    expect(findTemplate('slowGeneration').comparison).toBe('lt');
  });
});

describe('validateParameters', () => {
  it('explains which parameters are unusable', () => {
    const template = findTemplate('promptInjection');
    const parameters = {
      ...defaultParameters(template, markers),
      window: '5 minutes',
      pendingPeriod: 'soon',
      threshold: Number.NaN,
      phrases: '  \n ',
      labels: 'ok=1, =x, __reserved=1',
    };
    const fields = validateParameters(template, parameters, context).map((problem) => problem.field);
    expect(fields).toEqual(['window', 'pendingPeriod', 'threshold', 'labels', 'phrases']);
  });

  it('refuses the personal-data template when no detector is available', () => {
    const template = findTemplate('personalData');
    const problems = validateParameters(template, defaultParameters(template), { ...context, detectors: [] });
    expect(problems.map((problem) => problem.field)).toEqual(['query']);
  });
});
