import { Page } from '@playwright/test';

import { copiedTexts, instrumentPage } from './pageChecks';
import { expect, test } from './hostTest';

/** Personal data in the FoodSave sample's prompt (e-mail, phone number, PESEL). */
const personalData = ['jan.kowalski@example.pl', '601 234 567', '44051401359'];

function piiConversation(page: Page) {
  // Only a conversation with something masked (or revealed) carries a count.
  return page.getByTestId('conversation-row').filter({ has: page.getByTestId('masked-count') });
}

async function openAll(page: Page) {
  const headers = page.getByTestId('conversation-header');
  for (let index = 0; index < (await headers.count()); index++) {
    if ((await headers.nth(index).getAttribute('aria-expanded')) !== 'true') {
      await headers.nth(index).click();
    }
  }
}

async function panelText(page: Page): Promise<string> {
  return page.getByTestId('host-panel').evaluate((element) => element.textContent ?? '');
}

test.describe('personal data', () => {
  test('is masked everywhere on screen and in copies by default', async ({ openPanel, page }) => {
    await instrumentPage(page);
    await openPanel({ height: 2400, options: { display: { showSystemPrompt: true, showFullHistory: true } } });
    await openAll(page);
    await expect(piiConversation(page).getByTestId('masked-count')).toHaveText(/3 masked/);
    await expect(page.getByTestId('masked-count')).toHaveCount(1);
    await expect(page.getByTestId('masked-total')).toHaveText(/3 personal data items masked/);
    const text = await panelText(page);
    for (const value of personalData) {
      expect(text).not.toContain(value);
    }
    expect(text).toContain('[email]');

    const row = piiConversation(page);
    await row.getByTestId('copy-markdown').click();
    await row.getByTestId('copy-json').click();
    const copies = await copiedTexts(page);
    expect(copies).toHaveLength(2);
    for (const copy of copies) {
      expect(copy).toContain('[email]');
      for (const value of personalData) {
        expect(copy).not.toContain(value);
      }
    }
  });

  test('search never finds masked text', async ({ openPanel, page }) => {
    await openPanel();
    await page.getByRole('textbox', { name: 'Search messages' }).fill('kowalski');
    await expect(page.getByTestId('conversation-row')).toHaveCount(0);
  });

  test('a viewer cannot reveal it; the default reveal role is Admin', async ({ openPanel, page }) => {
    await openPanel({ role: 'Viewer' });
    await piiConversation(page).getByTestId('conversation-header').click();
    await expect(piiConversation(page).getByTestId('conversation-body')).toBeVisible();
    await expect(page.getByTestId('reveal-button')).toHaveCount(0);
  });

  test('an admin reveals one conversation explicitly, visibly marked, and it is masked again after reload', async ({
    openPanel,
    page,
  }) => {
    await openPanel({ role: 'Admin' });
    const row = piiConversation(page);
    await row.getByTestId('conversation-header').click();
    expect(await panelText(page)).not.toContain(personalData[0]);
    await row.getByTestId('reveal-button').click();
    await expect(page.locator('[data-revealed="true"]')).toHaveCount(1);
    await expect(page.locator('[data-revealed="true"]')).toContainText(personalData[0]);
    await page.reload();
    await page.waitForFunction(
      () => (window as unknown as { host?: { state: { status: string } } }).host?.state.status === 'ready'
    );
    expect(await panelText(page)).not.toContain(personalData[0]);
  });
});
