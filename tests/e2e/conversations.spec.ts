import { expect, type PanelEditPage, test } from '@grafana/plugin-e2e';

/**
 * Runs against the compose stack (`npm run server`, then `npm run e2e`): Grafana with the plugin, Loki and the
 * demo writer, whose traffic gives the provisioned dashboard conversations within a minute of start-up.
 */
const dashboardFile = 'foodsave/ollama-prompts-responses.json';
const panelTitle = 'Conversations';
/** Loki needs a moment after start-up before the demo writer's first lines can be queried. */
const firstDataTimeout = 90_000;

test('the provisioned dashboard opens and its panel shows conversations from Loki', async ({
  gotoDashboardPage,
  readProvisionedDashboard,
}) => {
  const dashboard = await readProvisionedDashboard({ fileName: dashboardFile });
  const dashboardPage = await gotoDashboardPage({ uid: dashboard.uid, timeRange: { from: 'now-1h', to: 'now' } });
  const panel = dashboardPage.getPanelByTitle(panelTitle);
  await expect(panel.locator.getByTestId('conversation-row').first()).toBeVisible({ timeout: firstDataTimeout });
  await expect(panel.locator.getByTestId('summary')).toContainText(/\d+ conversations?/);
  await expect(panel.locator.getByTestId('slowest-duration-badge').first()).toBeVisible();
});

test.describe('in the panel editor', () => {
  let panelEditPage: PanelEditPage;

  test.beforeEach(async ({ gotoPanelEditPage, readProvisionedDashboard }) => {
    const dashboard = await readProvisionedDashboard({ fileName: dashboardFile });
    panelEditPage = await gotoPanelEditPage({ dashboard, id: '1' });
    await expect(panelEditPage.panel.locator.getByTestId('conversation-row').first()).toBeVisible({
      timeout: firstDataTimeout,
    });
  });

  test('turning on "Expand first conversation" opens the first conversation', async () => {
    const panel = panelEditPage.panel.locator;
    const expandFirst = panelEditPage.getCustomOptions('Display').getSwitch('Expand first conversation');
    await expandFirst.uncheck();
    await expect(panel.getByTestId('conversation-body')).toHaveCount(0);
    await expandFirst.check();
    await expect(panel.getByTestId('conversation-body').first()).toBeVisible();
  });

  test('showing message text raw turns Markdown into plain text', async () => {
    const display = panelEditPage.getCustomOptions('Display');
    await display.getSwitch('Expand first conversation').check();
    await display.getRadioGroup('Message text').check('Raw text');
    await expect(panelEditPage.panel.locator.locator('pre[data-testid="message-text"]').first()).toBeVisible();
  });
});
