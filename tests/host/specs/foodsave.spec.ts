import { Locator, Page } from '@playwright/test';

import { expect, test } from './hostTest';

/** The sample's conversations, newest activity first: model, turn count, slowest turn as the badge shows it. */
const expectedConversations = [
  { model: 'llama3.1:8b', turns: 1, slowest: '2.1 s' },
  { model: 'gemma3:12b', turns: 1, slowest: '931.1 ms' },
  { model: 'gemma3:12b', turns: 1, slowest: '231.1 ms' },
  { model: 'bielik:11b', turns: 1, slowest: '14.9 s' },
  { model: 'gemma3:12b', turns: 2, slowest: '2.8 s' },
];

function rows(page: Page): Locator {
  return page.getByTestId('conversation-row');
}

function rowByModel(page: Page, model: string, turns: number): Locator {
  return rows(page)
    .filter({ hasText: model })
    .filter({ hasText: `${turns} turn` });
}

test.describe('the FoodSave sample', () => {
  test('renders its five conversations and six turns, newest first', async ({ openPanel, page }) => {
    await openPanel();
    await expect(page.getByTestId('summary')).toContainText('5 conversations');
    await expect(page.getByTestId('summary')).toContainText('6 turns');
    await expect(rows(page)).toHaveCount(expectedConversations.length);
    for (const [index, expected] of expectedConversations.entries()) {
      const header = rows(page).nth(index).getByTestId('conversation-header');
      await expect(header).toContainText(expected.model);
      await expect(header).toContainText(`${expected.turns} turn`);
      await expect(header.getByTestId('slowest-duration-badge')).toHaveText(expected.slowest);
    }
  });

  test('opens a conversation into its turns, with the user question and the Markdown answer', async ({
    openPanel,
    page,
  }) => {
    await openPanel();
    const row = rowByModel(page, 'gemma3:12b', 2);
    await row.getByTestId('conversation-header').click();
    await expect(row.getByTestId('conversation-header')).toHaveAttribute('aria-expanded', 'true');
    const turns = row.getByTestId('turn');
    await expect(turns).toHaveCount(2);
    await expect(turns.nth(0)).toContainText('Co mogę ugotować z ryżu, marchewki i jajek?');
    // The answer's **bold** arrives as Markdown and is shown as emphasis, its list as a list.
    await expect(turns.nth(0).locator('strong', { hasText: 'smażony ryż z warzywami' })).toBeVisible();
    await expect(turns.nth(0).locator('ol > li')).toHaveCount(3);
    // The second turn shows only what is new since the first: the follow-up question and its answer.
    await expect(turns.nth(1)).toContainText('A ile to ma kalorii na porcję?');
    await expect(turns.nth(1)).toContainText('420 kcal');
    await expect(turns.nth(1)).not.toContainText('Co mogę ugotować z ryżu');
  });

  test('marks the failed call and the streamed answer', async ({ openPanel, page }) => {
    await openPanel();
    const failed = rows(page).nth(2);
    await expect(failed.getByTestId('conversation-status')).toHaveText(/failed/i);
    await failed.getByTestId('conversation-header').click();
    await expect(failed.getByTestId('turn-error')).toBeVisible();
    await expect(rowByModel(page, 'bielik:11b', 1).getByTestId('conversation-status')).toHaveText(/ok/i);
  });

  test('moves between conversations with the arrow keys and toggles with Enter', async ({ openPanel, page }) => {
    await openPanel();
    const headers = page.getByTestId('conversation-header');
    await headers.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(headers.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(headers.last()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(headers.last()).toHaveAttribute('aria-expanded', 'true');
    await expect(rows(page).last().getByTestId('turn')).toHaveCount(2);
    await page.keyboard.press('Enter');
    await expect(headers.last()).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Home');
    await expect(headers.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(headers.first()).toBeFocused();
  });

  test('search for "ryż" finds the turns with "ryżu" and "ryż" and highlights them', async ({ openPanel, page }) => {
    await openPanel();
    await page.getByRole('textbox', { name: 'Search messages' }).fill('ryż');
    await expect(rows(page)).toHaveCount(1);
    const row = rows(page).first();
    await expect(row).toContainText('gemma3:12b');
    await expect(page.getByTestId('match-count')).toBeVisible();
    if ((await row.getByTestId('conversation-header').getAttribute('aria-expanded')) !== 'true') {
      await row.getByTestId('conversation-header').click();
    }
    const marks = row.getByTestId('search-match');
    await expect(marks.first()).toBeVisible();
    const texts = (await marks.allTextContents()).map((text) => text.toLowerCase());
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(texts)).toEqual(new Set(['ryż']));
    // The matched words in context: "ryżu" in the question, "ryż" in the answer.
    await expect(row.locator('mark', { hasText: /ryż/i }).first()).toBeVisible();
    await expect(row).toContainText('ryżu');
    // Without the diacritic and in capitals it finds the same conversation.
    await page.getByRole('textbox', { name: 'Search messages' }).fill('RYZ');
    await expect(rows(page)).toHaveCount(1);
    await page.getByRole('textbox', { name: 'Search messages' }).fill('nothing like this anywhere');
    await expect(rows(page)).toHaveCount(0);
  });
});
