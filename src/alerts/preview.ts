import { dataFrameFromJSON, DataFrameJSON, FieldType } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';

import { Comparison, ProvisionedAlertRule } from './types';

/** The current value of one series of the rule's query, and whether the rule would fire on it now. */
export interface PreviewSeries {
  /** Labels as `name=value` pairs, or empty for a query without grouping. */
  labels: string;
  value: number;
  firing: boolean;
}

interface QueryResponse {
  results?: Record<string, { frames?: DataFrameJSON[]; error?: string }>;
}

function crosses(value: number, comparison: Comparison, threshold: number): boolean {
  return comparison === 'gt' ? value > threshold : value < threshold;
}

/** The last numeric value of every series in the response, read the Grafana way (by field type, never position). */
export function previewSeries(response: QueryResponse, comparison: Comparison, threshold: number): PreviewSeries[] {
  const result = response.results?.A;
  if (result?.error) {
    throw new Error(result.error);
  }
  const series: PreviewSeries[] = [];
  for (const frame of (result?.frames ?? []).map(dataFrameFromJSON)) {
    for (const field of frame.fields.filter((candidate) => candidate.type === FieldType.number)) {
      const values = field.values.filter((value): value is number => typeof value === 'number' && !Number.isNaN(value));
      if (values.length === 0) {
        continue;
      }
      const value = values[values.length - 1];
      const labels = Object.entries(field.labels ?? {})
        .map(([name, labelValue]) => `${name}=${labelValue}`)
        .join(', ');
      series.push({ labels, value, firing: crosses(value, comparison, threshold) });
    }
  }
  return series;
}

/** Runs the rule's Loki query once through Grafana, as the rule would at this moment. */
export async function previewRule(
  rule: ProvisionedAlertRule,
  comparison: Comparison,
  threshold: number,
  now = Date.now()
): Promise<PreviewSeries[]> {
  const [query] = rule.data;
  const lookbackMs = (query.relativeTimeRange?.from ?? 600) * 1000;
  const response: QueryResponse = await getBackendSrv().post(
    '/api/ds/query',
    { queries: [query.model], from: String(now - lookbackMs), to: String(now) },
    { showErrorAlert: false, showSuccessAlert: false }
  );
  return previewSeries(response, comparison, threshold);
}
