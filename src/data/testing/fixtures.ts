import { readFileSync } from 'fs';
import { join } from 'path';

import { dataFrameFromJSON, DataFrame, DataFrameJSON } from '@grafana/data';

/** Reference data restated from Grafana's and the producer's sources, kept in the repository (see tests/fixtures/README.md). */
const FIXTURES_DIR = join(__dirname, '..', '..', '..', 'tests', 'fixtures');

export function readFixtureText(relativePath: string): string {
  return readFileSync(join(FIXTURES_DIR, relativePath), 'utf8');
}

export function readGrafanaFrames(fileName: string): DataFrame[] {
  const parsed: { frames: DataFrameJSON[] } = JSON.parse(readFixtureText(join('grafana-loki-frames', fileName)));
  return parsed.frames.map((frame) => dataFrameFromJSON(frame));
}
