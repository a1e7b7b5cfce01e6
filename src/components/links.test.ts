import { conversationLink, conversationUrlParameter, exploreUrl } from './links';
import { conversation, exchange } from './testing/fixtures';

const source = {
  dataSourceUid: 'loki_foodsave_logs',
  dataSourceType: 'loki',
  refId: 'A',
  expr: '{job="backend_logs"} |~ "ollama_prompt|ollama_response"',
};

function pane(url: string) {
  const panes = JSON.parse(new URL(url, 'http://grafana.local').searchParams.get('panes') ?? '{}');
  return Object.values(panes)[0] as {
    datasource: string;
    queries: Array<{ expr: string }>;
    range: { from: string; to: string };
  };
}

describe('links', () => {
  const thread = conversation([exchange({ startMs: 1_000_000 }), exchange({ startMs: 1_060_000 })]);

  it('opens Explore with the panel query over the conversation time range', () => {
    const opened = pane(exploreUrl(thread, undefined, source)!);
    expect(opened.datasource).toBe('loki_foodsave_logs');
    expect(opened.queries[0].expr).toBe(source.expr);
    expect(Number(opened.range.from)).toBeLessThanOrEqual(1_000_000);
    expect(Number(opened.range.to)).toBeGreaterThanOrEqual(1_060_000);
  });

  it('narrows the Explore query by the conversation id, quoted so it cannot change the query', () => {
    expect(pane(exploreUrl(thread, 'web-7781', source)!).queries[0].expr).toBe(`${source.expr} |= \`web-7781\``);
    expect(pane(exploreUrl(thread, 'a`b"c', source)!).queries[0].expr).toBe(`${source.expr} |= "a\`b\\"c"`);
  });

  it('offers no Explore link without a data source and query', () => {
    expect(exploreUrl(thread, undefined, {})).toBeUndefined();
  });

  it('links to the dashboard with the conversation time range and key', () => {
    const link = new URL(conversationLink('web-7781', thread, '/d/ollama', { orgId: 1 }, 'http://grafana.local'));
    expect(link.pathname).toBe('/d/ollama');
    expect(link.searchParams.get(conversationUrlParameter)).toBe('web-7781');
    expect(link.searchParams.get('orgId')).toBe('1');
    expect(Number(link.searchParams.get('from'))).toBeLessThanOrEqual(1_000_000);
  });
});
