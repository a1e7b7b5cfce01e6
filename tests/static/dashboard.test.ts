/**
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { parser } from '@grafana/lezer-logql';
import type { Dashboard, Panel } from '@grafana/schema';

import { generateTraffic } from '../../demo-writer/traffic';
import { ERRORS_QUERY, RECOMMENDED_PANEL_QUERY, REQUESTS_QUERY, TABLE_QUERY } from '../../scripts/dashboard-queries';
import {
  CHAT_PANEL_TYPE,
  IMPORTABLE_PATH,
  importableDashboard,
  provisionedDashboard,
  PROVISIONED_PATH,
} from '../../scripts/dashboard-source';
import { goRegExp, readJson, readYaml } from './stackFiles';

interface Query {
  panel: string;
  refId: string;
  expr: string;
  datasourceUid?: string;
}

function queries(dashboard: Dashboard): Query[] {
  return (dashboard.panels ?? []).flatMap((item) => {
    const panel = item as Panel;
    return (panel.targets ?? []).map((target) => ({
      panel: panel.title ?? '',
      refId: String(target.refId),
      expr: String(target.expr),
      datasourceUid: (target.datasource as { uid?: string } | undefined)?.uid,
    }));
  });
}

/** What Grafana sends to Loki: variables replaced the way the Loki data source formats them. */
function interpolate(expr: string): string {
  return expr
    .replace(/\$__auto/g, '1m')
    .replace(/\$model/g, '(gemma3:12b|llama3\\\\.1:8b)')
    .replace(/\$event/g, 'ollama_prompt|ollama_response');
}

function parseErrors(expr: string): string[] {
  const errors: string[] = [];
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.type.isError) {
        errors.push(`at ${node.from}: ${expr.slice(Math.max(0, node.from - 15), node.to + 15)}`);
      }
    },
  });
  return errors;
}

/** Stage argument of a LogQL `| regexp \`...\`` in a query. */
function regexpStage(expr: string): RegExp {
  return goRegExp(/\| regexp `([^`]+)`/.exec(expr)?.[1] ?? '(?!)');
}

const provisioned = provisionedDashboard();
const datasources = readYaml<{ datasources: Array<{ uid: string; type: string }> }>(
  'provisioning/datasources/loki.yaml'
).datasources;

describe('Ollama Prompts & Responses dashboard', () => {
  it('is generated from its source: the committed JSON files match it (run npm run dashboard:generate)', () => {
    expect(readJson(PROVISIONED_PATH)).toEqual(JSON.parse(JSON.stringify(provisioned)));
    expect(readJson(IMPORTABLE_PATH)).toEqual(JSON.parse(JSON.stringify(importableDashboard())));
  });

  it('has the chat panel as its main view, with the plugin id as its type', () => {
    const pluginId = readJson<{ id: string }>('src/plugin.json').id;
    const first = (provisioned.panels ?? [])[0] as Panel;
    expect(first.type).toBe(pluginId);
    expect(CHAT_PANEL_TYPE).toBe(pluginId);
    expect(first.gridPos).toMatchObject({ x: 0, y: 0, w: 24 });
  });

  it('keeps the monitoring guide panels with their titles and the table columns', () => {
    const panels = (provisioned.panels ?? []) as Panel[];
    const titles = panels.map((panel) => panel.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Ollama Prompts & Responses (Backend)', 'Ollama Responses Table (Backend)'])
    );
    const table = panels.find((panel) => panel.title === 'Ollama Responses Table (Backend)');
    const filter = table?.transformations?.find((transformation) => transformation.id === 'filterFieldsByName');
    expect((filter?.options as { include?: { names?: string[] } } | undefined)?.include?.names).toEqual([
      'Time',
      'model',
      'prompt',
      'response',
      'duration',
    ]);
  });

  it.each(queries(provisioned).map((query) => [`${query.panel} ${query.refId}`, query.expr]))(
    'query of %s parses as LogQL without errors',
    (_, expr) => {
      expect(parseErrors(interpolate(expr))).toEqual([]);
    }
  );

  it('would notice a broken query', () => {
    expect(parseErrors('{job="backend_logs"} | json model= | unwrap [1m]')).not.toEqual([]);
  });

  it('uses the model and event variables it defines, and defines no unused ones', () => {
    const text = queries(provisioned)
      .map((query) => query.expr)
      .join('\n');
    const names = (provisioned.templating?.list ?? []).map((variable) => variable.name);
    expect(names).toEqual(['model', 'event']);
    for (const name of names) {
      expect(text).toContain(`$${name}`);
    }
    const used = [...text.matchAll(/\$([a-zA-Z_]+)/g)].map(([, name]) => name).filter((name) => !name.startsWith('__'));
    expect(new Set(used)).toEqual(new Set(names));
  });

  it('points every panel, query and variable at a provisioned data source', () => {
    const uids = new Set(datasources.map((datasource) => datasource.uid));
    expect(uids.has('loki_foodsave_logs')).toBe(true);
    for (const panel of (provisioned.panels ?? []) as Panel[]) {
      expect(uids.has(panel.datasource?.uid ?? '')).toBe(true);
    }
    for (const query of queries(provisioned)) {
      expect(uids.has(query.datasourceUid ?? '')).toBe(true);
    }
    for (const variable of provisioned.templating?.list ?? []) {
      expect(variable.datasource === undefined || uids.has(variable.datasource?.uid ?? '')).toBe(true);
    }
  });

  it('asks for the Loki data source on import instead of naming one', () => {
    const exported = importableDashboard();
    const text = JSON.stringify(exported);
    expect(exported.__inputs).toEqual([
      expect.objectContaining({ name: 'DS_LOKI', type: 'datasource', pluginId: 'loki' }),
    ]);
    expect(exported.id).toBeNull();
    expect(text).not.toContain('loki_foodsave_logs');
    for (const query of queries(exported)) {
      expect(query.datasourceUid).toBe('${DS_LOKI}');
    }
    expect(exported.__requires).toEqual(expect.arrayContaining([expect.objectContaining({ id: CHAT_PANEL_TYPE })]));
  });

  it('is provisioned from its own folder, so the import copy is not loaded as a second dashboard', () => {
    const provider = readYaml<{ providers: Array<{ options: { path: string } }> }>(
      'provisioning/dashboards/default.yaml'
    ).providers[0];
    const folder = PROVISIONED_PATH.slice(0, PROVISIONED_PATH.lastIndexOf('/')).replace(/^provisioning\//, '');
    expect(provider.options.path).toBe(`/etc/grafana/provisioning/${folder}`);
    expect(IMPORTABLE_PATH.startsWith(`provisioning/${folder}/`)).toBe(false);
  });

  describe('on the demo traffic', () => {
    const lines = generateTraffic({
      seed: 17,
      conversations: 120,
      startMs: Date.UTC(2026, 11, 1),
      gapMs: 20000,
    }).entries.map((entry) => entry.line);
    const records = lines.flatMap((line) => {
      try {
        return [{ line, object: JSON.parse(line) as Record<string, unknown> }];
      } catch {
        return [];
      }
    });

    it('the table takes the last user message of each response as its prompt', () => {
      const responses = records.filter(({ object }) => object.event === 'ollama_response');
      expect(responses.length).toBeGreaterThan(100);
      for (const { line, object } of responses) {
        const messages = object.messages as Array<{ role: string; content: string }>;
        const lastUser = [...messages].reverse().find((message) => message.role === 'user');
        const captured = regexpStage(TABLE_QUERY).exec(line)?.groups?.prompt;
        expect(JSON.parse(`"${captured}"`)).toBe(lastUser?.content);
      }
    });

    it('the errors panel finds the model in every error event', () => {
      const errors = records.filter(({ object }) => object.level === 'error');
      expect(errors.length).toBeGreaterThan(5);
      for (const { line, object } of errors) {
        const model = regexpStage(ERRORS_QUERY).exec(line)?.groups?.failed_model;
        expect(String(object.event)).toContain(`Error in LLM request to ${model}: `);
        expect(['gemma3:12b', 'bielik:11b', 'llama3.1:8b']).toContain(model);
      }
    });

    it('the requests panel counts a streamed call once and the latency panels find a duration on every response', () => {
      const { counts } = generateTraffic({
        seed: 17,
        conversations: 120,
        startMs: Date.UTC(2026, 11, 1),
        gapMs: 20000,
      });
      const counted = records.filter(
        ({ object }) => object.event === 'ollama_prompt' && (object.options as { system?: string }).system === undefined
      );
      expect(counted).toHaveLength(counts.exchanges);
      expect(REQUESTS_QUERY).toContain('options_system=""');
      const responses = records.filter(({ object }) => object.event === 'ollama_response');
      expect(responses.every(({ object }) => typeof object.duration === 'number')).toBe(true);
    });

    it('the recommended panel query keeps every prompt and response line', () => {
      const filter = goRegExp(/\|~ "([^"]+)"/.exec(RECOMMENDED_PANEL_QUERY)?.[1] ?? '(?!)');
      const llmLines = records.filter(({ object }) => String(object.event).startsWith('ollama_'));
      expect(llmLines.every(({ line }) => filter.test(line))).toBe(true);
    });
  });
});
