import { Locator, Page } from '@playwright/test';

import { expect, test } from './hostTest';

async function themeColor(page: Page, name: string): Promise<string> {
  const resolved = await page.evaluate(
    (colorName) => (window as unknown as { host: { colorOf: (n: string) => string } }).host.colorOf(colorName),
    name
  );
  // Compare as the browser computes it.
  return page.evaluate((color) => {
    const probe = document.createElement('span');
    probe.style.background = color;
    document.body.appendChild(probe);
    const computed = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return computed;
  }, resolved);
}

function slowestBadge(page: Page, model: string): Locator {
  return page.getByTestId('conversation-row').filter({ hasText: model }).first().getByTestId('slowest-duration-badge');
}

async function expectStep(page: Page, badge: Locator, colorName: string) {
  await expect(badge).toHaveAttribute('data-threshold-color', colorName);
  await expect(badge).toHaveCSS('background-color', await themeColor(page, colorName));
}

test.describe('duration colours follow the field-config thresholds', () => {
  test('default thresholds: the streamed 14.9 s turn is orange, a 2.1 s turn green', async ({ openPanel, page }) => {
    await openPanel();
    await expectStep(page, slowestBadge(page, 'bielik:11b'), 'orange');
    await expectStep(page, slowestBadge(page, 'llama3.1:8b'), 'green');
  });

  test('changing the thresholds in field config recolours the badges', async ({ openPanel, page }) => {
    await openPanel({
      fieldConfig: {
        thresholds: {
          mode: 'absolute',
          steps: [
            { value: null, color: 'green' },
            { value: 1, color: 'orange' },
            { value: 10, color: 'red' },
          ],
        },
      },
    });
    await expectStep(page, slowestBadge(page, 'bielik:11b'), 'red');
    await expectStep(page, slowestBadge(page, 'llama3.1:8b'), 'orange');
    await expectStep(page, page.getByTestId('conversation-row').nth(1).getByTestId('slowest-duration-badge'), 'green');
  });

  test('the standard decimals option changes how durations read', async ({ openPanel, page }) => {
    await openPanel({ fieldConfig: { decimals: 3 } });
    await expect(slowestBadge(page, 'bielik:11b')).toHaveText('14.902 s');
  });
});
