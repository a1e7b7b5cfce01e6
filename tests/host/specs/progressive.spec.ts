import { manyExchangesJsonl } from '../corpus/manyExchanges';
import { expect, test } from './hostTest';

const conversations = 3000;
const turnsEach = 5;
const generatedUrl = '/generated/progressive.jsonl';

interface PartialView {
  progress: string;
  rows: number;
  summary: string;
}

/**
 * 30,000 lines take far longer to read than the panel's first step (50 ms once 300 rows are read) on any machine,
 * so the panel must show the newest conversations before it has read them all, and then all of them.
 */
test('a large result lists its newest conversations while the rest is read, then all of them', async ({
  openPanel,
  page,
}) => {
  test.setTimeout(180_000);
  const body = manyExchangesJsonl(conversations, turnsEach);
  await page.route(`**${generatedUrl}`, (route) => route.fulfill({ body, contentType: 'text/plain' }));
  // Recorded inside the page as it changes: a poll from the test could miss a state that lasts a second.
  await page.addInitScript(() => {
    const seen: PartialView[] = [];
    Object.assign(window, { partialViews: seen });
    new MutationObserver(() => {
      const progress = document.querySelector('[data-testid="build-progress"]');
      const rows = document.querySelectorAll('[data-testid="conversation-row"]').length;
      if (progress && rows > 0 && seen.length < 50) {
        const summary = document.querySelector('[data-testid="summary"]')?.textContent ?? '';
        seen.push({ progress: progress.textContent ?? '', rows, summary });
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await openPanel({ fixture: generatedUrl, options: { display: { expandFirst: false } } });

  const summary = page.getByTestId('summary');
  await expect(summary).toContainText(/3[,.\s\u00a0\u202f]?000 conversations/, { timeout: 60_000 });
  await expect(summary).toContainText(/15[,.\s\u00a0\u202f]?000 turns/);
  await expect(page.getByTestId('build-progress')).toHaveCount(0);

  const partial = await page.evaluate(() => (window as unknown as { partialViews: PartialView[] }).partialViews);
  expect(partial.length).toBeGreaterThan(0);
  const first = partial[0];
  expect(first.progress).toMatch(/Reading logs: [\d,]+ of 30,000 rows · showing the newest conversations/);
  expect(first.rows).toBeGreaterThan(0);
  // The partial list is the newest part: fewer conversations than in the end.
  const partialCount = Number(/^([\d,]+) conversations?/.exec(first.summary)?.[1].replace(/,/g, ''));
  expect(partialCount).toBeGreaterThan(0);
  expect(partialCount).toBeLessThan(conversations);
  // The newest conversation is listed first in both.
  await expect(page.getByTestId('conversation-row').first()).toHaveAttribute(
    'data-conversation-key',
    `session-${conversations - 1}`
  );
});
