import { hostileJsonl } from '../corpus/hostileLines';
import { hostilePayloads } from '../corpus/hostilePayloads';
import { liveMarkupViolations, instrumentPage, payloadRuns } from './pageChecks';
import { expect, test } from './hostTest';

const hostileUrl = '/generated/hostile.jsonl';

for (const textFormat of ['markdown', 'raw'] as const) {
  test(`hostile markup in every field stays inert when shown as ${textFormat}`, async ({
    openPanel,
    page,
    remoteRequests,
  }) => {
    test.setTimeout(240_000);
    await instrumentPage(page);
    await page.route(`**${hostileUrl}`, (route) => route.fulfill({ body: hostileJsonl(), contentType: 'text/plain' }));
    page.on('dialog', (dialog) => dialog.dismiss());
    await openPanel({
      fixture: hostileUrl,
      height: 900,
      options: { display: { textFormat, showSystemPrompt: true, showThinking: true, showFullHistory: true } },
    });
    const headers = page.getByTestId('conversation-header');
    await expect(page.getByTestId('summary')).toContainText(`${hostilePayloads.length} conversations`);

    // Open each conversation in turn from the keyboard, so the virtualised list brings it on screen.
    await headers.first().focus();
    const questionsSeen = new Set<string>();
    const focusedHeader = page.locator('[data-testid="conversation-header"]:focus');
    for (let index = 0; index < hostilePayloads.length; index++) {
      await expect(focusedHeader, `focus is on a conversation before step ${index}`).toHaveCount(1);
      const key = await focusedHeader.evaluate(
        (element) => element.closest('[data-conversation-key]')?.getAttribute('data-conversation-key') ?? ''
      );
      const row = page.locator(`[data-testid="conversation-row"][data-conversation-key="${key}"]`);
      await page.keyboard.press('Enter');
      await expect(row.getByTestId('conversation-header')).toHaveAttribute('aria-expanded', 'true');
      await expect(row.getByTestId('turn').first()).toBeVisible();
      const question = (await row.textContent())?.match(/Question \d+/)?.[0];
      expect(question, `conversation ${index} shows its question`).toBeDefined();
      questionsSeen.add(question ?? '');
      expect(await liveMarkupViolations(page), `conversation ${index}`).toEqual([]);
      expect(await payloadRuns(page), `conversation ${index}`).toEqual([]);
      // Focus must still be on this header after reading a tall conversation: Enter closes it from the keyboard.
      await expect(row.getByTestId('conversation-header')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(row.getByTestId('conversation-header')).toHaveAttribute('aria-expanded', 'false');
      await expect(row.getByTestId('conversation-header')).toBeFocused();
      await page.keyboard.press('ArrowDown');
    }
    // Nothing is lost: every question is on screen, whatever it carried.
    expect(questionsSeen.size).toBe(hostilePayloads.length);
    expect(remoteRequests, 'remote content loaded without a click').toEqual([]);
    expect(await payloadRuns(page)).toEqual([]);
  });
}

test('raw text shows the markup itself as text', async ({ openPanel, page }) => {
  await instrumentPage(page);
  await page.route(`**${hostileUrl}`, (route) => route.fulfill({ body: hostileJsonl(), contentType: 'text/plain' }));
  await openPanel({ fixture: hostileUrl, options: { display: { textFormat: 'raw', expandFirst: false } } });
  await page.getByRole('textbox', { name: 'Search messages' }).fill('Question 0:');
  const row = page.getByTestId('conversation-row').first();
  await row.getByTestId('conversation-header').click();
  await expect(row.getByTestId('turn').first()).toContainText("<script>window.__xssRuns.push('script')</script>");
  expect(await payloadRuns(page)).toEqual([]);
});
