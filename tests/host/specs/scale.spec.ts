import { Page } from '@playwright/test';

import { manyExchangesJsonl } from '../corpus/manyExchanges';
import { expect, test } from './hostTest';

const conversations = 2500;
const turnsEach = 4;
const generatedUrl = '/generated/many-exchanges.jsonl';
/** Generous for a screenful of rows, far below what 2,500 rendered conversations would need. */
const maxPanelNodes = 4000;

async function panelNodeCount(page: Page): Promise<number> {
  return page.getByTestId('host-panel').evaluate((element) => element.querySelectorAll('*').length);
}

test('10,000 exchanges render and scroll with a bounded number of DOM nodes', async ({ openPanel, page }) => {
  test.setTimeout(180_000);
  const body = manyExchangesJsonl(conversations, turnsEach);
  await page.route(`**${generatedUrl}`, (route) => route.fulfill({ body, contentType: 'text/plain' }));
  await openPanel({ fixture: generatedUrl, options: { display: { expandFirst: false } } });

  const summary = page.getByTestId('summary');
  await expect(summary).toContainText(/2[,.\s\u00a0\u202f]?500 conversations/);
  await expect(summary).toContainText(/10[,.\s\u00a0\u202f]?000 turns/);
  const rows = page.getByTestId('conversation-row');
  expect(await rows.count()).toBeLessThan(60);
  expect(await panelNodeCount(page)).toBeLessThan(maxPanelNodes);
  await expect(rows.first()).toContainText(`4 turns`);

  // Scroll to the end: the oldest conversation is rendered, the node count stays bounded.
  const list = page.getByTestId('conversation-list');
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(page.locator('[data-conversation-key="session-0"]')).toBeVisible();
  expect(await rows.count()).toBeLessThan(60);
  expect(await panelNodeCount(page)).toBeLessThan(maxPanelNodes);

  // Opening a conversation down there renders its turns only.
  await page.locator('[data-conversation-key="session-0"]').getByTestId('conversation-header').click();
  await expect(page.locator('[data-conversation-key="session-0"]').getByTestId('turn')).toHaveCount(turnsEach);
  expect(await panelNodeCount(page)).toBeLessThan(maxPanelNodes);

  // And back to the middle.
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight / 2 }));
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(60);
});
