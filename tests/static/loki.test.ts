/**
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { provisionedDashboard } from '../../scripts/dashboard-source';
import { readYaml } from './stackFiles';

interface LokiConfig {
  limits_config: Record<string, string | number | boolean>;
  compactor: Record<string, string | number | boolean>;
  server: { http_listen_port: number };
}

interface DataSource {
  uid: string;
  type: string;
  url: string;
  jsonData: { maxLines: number };
}

const loki = readYaml<LokiConfig>('loki', 'loki-config.yaml');
const datasource = readYaml<{ datasources: DataSource[] }>('provisioning/datasources/loki.yaml').datasources.find(
  (item) => item.uid === 'loki_foodsave_logs'
);

/** Loki durations in hours, as written in this file (`168h`). */
function hours(value: string | number | boolean | undefined): number {
  return Number(/^(\d+)h$/.exec(String(value))?.[1] ?? NaN);
}

describe('Loki and its data source', () => {
  it('provisions the Loki data source under the uid everything refers to, pointing at the compose service', () => {
    expect(datasource).toMatchObject({ type: 'loki', url: `http://loki:${loki.server.http_listen_port}` });
  });

  it('never asks Loki for more lines than Loki allows per query', () => {
    const cap = Number(loki.limits_config.max_entries_limit_per_query);
    expect(datasource?.jsonData.maxLines).toBeGreaterThan(0);
    expect(datasource?.jsonData.maxLines).toBeLessThanOrEqual(cap);
    for (const panel of provisionedDashboard().panels ?? []) {
      for (const target of 'targets' in panel ? (panel.targets ?? []) : []) {
        expect(Number(target.maxLines ?? 0)).toBeLessThanOrEqual(cap);
      }
    }
  });

  it('deletes old logs: retention is set and the compactor applies it', () => {
    expect(hours(loki.limits_config.retention_period)).toBeGreaterThan(0);
    expect(hours(loki.limits_config.retention_period)).toBeLessThanOrEqual(24 * 31);
    expect(loki.compactor).toMatchObject({ retention_enabled: true, delete_request_store: 'filesystem' });
    expect(hours(loki.limits_config.reject_old_samples_max_age)).toBeLessThanOrEqual(
      hours(loki.limits_config.retention_period)
    );
  });

  it('keeps long prompt lines as truncated records instead of dropping them', () => {
    expect(loki.limits_config).toMatchObject({ max_line_size_truncate: true });
  });
});
