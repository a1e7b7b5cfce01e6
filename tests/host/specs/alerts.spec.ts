import { Page } from '@playwright/test';

import { alertSchemaValidator } from '../../../scripts/alert-schemas';
import { checkLogql } from '../../../src/alerts/logql';
import { expect, test } from './hostTest';

interface RecordedRequest {
  method: string;
  url: string;
  data?: unknown;
}

interface RuleQuery {
  refId: string;
  datasourceUid: string;
  model: Record<string, unknown>;
}

async function recordedRequests(page: Page): Promise<RecordedRequest[]> {
  return page.evaluate(() => (window as unknown as { host: { requests: RecordedRequest[] } }).host.requests);
}

async function openDrawer(page: Page) {
  await page.getByTestId('alerts-button').click();
  const drawer = page.getByRole('dialog', { name: /Alert rules for these logs/ });
  await expect(drawer).toBeVisible();
  return drawer;
}

async function createdRules(page: Page): Promise<unknown[]> {
  const requests = await recordedRequests(page);
  return requests
    .filter((request) => request.method === 'POST' && request.url === '/api/v1/provisioning/alert-rules')
    .map((request) => request.data);
}

/** What the schema cannot check: the condition names a step, and the steps chain threshold → reduce → Loki. */
function expectCompleteChain(rule: { condition: string; data: RuleQuery[] }) {
  const byRef = new Map(rule.data.map((query) => [query.refId, query]));
  const threshold = byRef.get(rule.condition);
  expect(threshold?.model.type).toBe('threshold');
  const reduce = byRef.get(String(threshold?.model.expression));
  expect(reduce?.model.type).toBe('reduce');
  const loki = byRef.get(String(reduce?.model.expression));
  expect(loki?.datasourceUid).not.toBe('__expr__');
  expect(checkLogql(String(loki?.model.expr))).toMatchObject({ valid: true, metric: true });
}

test.describe('the alerts drawer', () => {
  test('creates a rule whose request body Grafana’s provisioning API schema accepts', async ({ openPanel, page }) => {
    await openPanel();
    const drawer = await openDrawer(page);
    await expect(drawer.getByRole('radio')).toHaveCount(8);
    await expect(drawer.getByTestId('alert-query')).toContainText('quantile_over_time(0.95');

    await drawer.getByRole('button', { name: 'Create alert rule' }).click();
    await expect(drawer.getByText('Alert rule created')).toBeVisible();

    const requests = await recordedRequests(page);
    const folderCreation = requests.find((request) => request.method === 'POST' && request.url === '/api/folders');
    expect(folderCreation?.data).toEqual({ uid: 'ollama-alerts', title: 'Ollama alerts' });
    const [rule] = await createdRules(page);
    const validate = alertSchemaValidator('grafana-provisioned-alert-rule');
    expect(validate(rule) ? [] : validate.errors).toEqual([]);
    expect(rule).toMatchObject({ title: 'Slow responses', folderUID: 'ollama-alerts', condition: 'C' });
    expectCompleteChain(rule as { condition: string; data: RuleQuery[] });
  });

  test('sends a valid rule for a hostile model filter and another template', async ({ openPanel, page }) => {
    await openPanel();
    const drawer = await openDrawer(page);
    await drawer.getByRole('radio', { name: /Failed calls/ }).check();
    await drawer.getByRole('textbox', { name: /^Models/ }).fill('gemma3:12b") or vector(1) #.*');
    await drawer.getByRole('button', { name: 'Create alert rule' }).click();
    await expect(drawer.getByText('Alert rule created')).toBeVisible();

    const [rule] = await createdRules(page);
    const validate = alertSchemaValidator('grafana-provisioned-alert-rule');
    expect(validate(rule) ? [] : validate.errors).toEqual([]);
    expect(rule).toMatchObject({ title: 'Failed calls' });
    expectCompleteChain(rule as { condition: string; data: RuleQuery[] });
  });
});
