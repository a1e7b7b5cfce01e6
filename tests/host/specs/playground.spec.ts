import fs from 'node:fs';
import path from 'node:path';

import { dataFrameToJSON } from '@grafana/data';

import { lokiFrameFromJsonl } from '../../../src/data/lokiFrame';
import { sharedFixturesDir } from '../hostPaths';
import { expect, test } from './hostTest';

const sampleText = fs.readFileSync(path.join(sharedFixturesDir, 'foodsave-logs', 'backend.jsonl'), 'utf8');

test.describe('the playground', () => {
  test('opens a downloaded data frames JSON file', async ({ openPanel, page }) => {
    await openPanel({ playground: true });
    // Everything but the bielik conversation, so the panel visibly changes from the sample's five.
    const withoutBielik = sampleText
      .split('\n')
      .filter((line) => !line.includes('bielik:11b'))
      .join('\n');
    const frames = {
      frames: [dataFrameToJSON(lokiFrameFromJsonl(withoutBielik, { labels: { job: 'backend_logs' } }))],
    };
    await page.getByLabel('Open a data file').setInputFiles({
      name: 'panel-data.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(frames)),
    });
    await expect(page.getByTestId('playground-source')).toContainText('panel-data.json');
    await expect(page.getByTestId('summary')).toContainText('4 conversations');
    await expect(page.getByTestId('conversation-row').filter({ hasText: 'bielik:11b' })).toHaveCount(0);
  });

  test('opens a JSONL log file', async ({ openPanel, page }) => {
    await openPanel({ playground: true });
    await expect(page.getByTestId('summary')).toContainText('5 conversations');
    const bielikLines = sampleText.split('\n').filter((line) => line.includes('bielik:11b'));
    await page.getByLabel('Open a data file').setInputFiles({
      name: 'bielik.jsonl',
      mimeType: 'text/plain',
      buffer: Buffer.from(bielikLines.join('\n')),
    });
    await expect(page.getByTestId('playground-source')).toContainText('bielik.jsonl');
    await expect(page.getByTestId('summary')).toContainText('1 conversation');
    await expect(page.getByTestId('conversation-row')).toContainText('bielik:11b');
  });
});
