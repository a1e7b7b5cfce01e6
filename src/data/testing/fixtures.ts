import { readFileSync } from 'fs';
import { join } from 'path';

import { dataFrameFromJSON, DataFrame, DataFrameJSON } from '@grafana/data';

/** The shared fixtures live beside the project: /work/shared/fixtures from the repository at ../shared. */
const FIXTURES_DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures');

export function readFixtureText(relativePath: string): string {
  return readFileSync(join(FIXTURES_DIR, relativePath), 'utf8');
}

export function readGrafanaFrames(fileName: string): DataFrame[] {
  const parsed: { frames: DataFrameJSON[] } = JSON.parse(readFixtureText(join('grafana-loki-frames', fileName)));
  return parsed.frames.map((frame) => dataFrameFromJSON(frame));
}
