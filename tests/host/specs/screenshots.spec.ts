import fs from 'node:fs';
import path from 'node:path';

import { artifactsDir, docsScreenshotsDir } from '../hostPaths';
import { expect, HostPageOptions, test } from './hostTest';

/** Screenshots saved on every run; with SCREENSHOTS_TO_DOCS=1 they also replace the README's copies. */
const shots: Array<{ name: string; description: string; page: HostPageOptions }> = [
  { name: 'light', description: 'FoodSave sample, light theme', page: { theme: 'light', width: 1100, height: 900 } },
  { name: 'dark', description: 'FoodSave sample, dark theme', page: { theme: 'dark', width: 1100, height: 900 } },
  { name: 'narrow', description: 'FoodSave sample, narrow panel', page: { theme: 'light', width: 420, height: 900 } },
];

const screenshotsDir = path.join(artifactsDir, 'screenshots');

for (const shot of shots) {
  test(`screenshot: ${shot.description}`, async ({ openPanel, page }) => {
    await page.setViewportSize({ width: (shot.page.width ?? 1000) + 40, height: (shot.page.height ?? 700) + 40 });
    await openPanel({ ...shot.page, options: { display: { expandFirst: false } } });
    const panel = page.getByTestId('host-panel');
    // The slow streamed answer and the two-turn chat with a Markdown answer show the most at once.
    for (const [model, turns] of [
      ['bielik:11b', '1 turn'],
      ['gemma3:12b', '2 turns'],
    ]) {
      const row = page.getByTestId('conversation-row').filter({ hasText: model }).filter({ hasText: turns });
      await row.getByTestId('conversation-header').click();
      await expect(row.getByTestId('turn').first()).toBeVisible();
    }
    // Opening scrolls the second conversation into view on a narrow panel; Home brings the list back to its top,
    // and neither a focus ring nor a hover highlight from the last click stays in the picture.
    await page.keyboard.press('Home');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(0, 0);
    fs.mkdirSync(screenshotsDir, { recursive: true });
    const file = path.join(screenshotsDir, `panel-${shot.name}.png`);
    await panel.screenshot({ path: file, animations: 'disabled' });
    if (process.env.SCREENSHOTS_TO_DOCS === '1') {
      fs.mkdirSync(docsScreenshotsDir, { recursive: true });
      fs.copyFileSync(file, path.join(docsScreenshotsDir, `panel-${shot.name}.png`));
    }
  });
}
