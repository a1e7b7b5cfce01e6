import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const repoFixtures = join(__dirname, '..', 'fixtures');
const sharedRoot = join(__dirname, '..', '..', '..', 'shared');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// The master copy only exists on the team's machines and in CI; a user's clone has just the repository copy.
const describeWithShared = existsSync(sharedRoot) ? describe : describe.skip;

describeWithShared('reference fixtures kept in the repository', () => {
  const pairs: Array<[string, string]> = [
    ['foodsave-logs', join(sharedRoot, 'fixtures', 'foodsave-logs')],
    ['grafana-loki-frames', join(sharedRoot, 'fixtures', 'grafana-loki-frames')],
    ['schemas', join(sharedRoot, 'schemas')],
  ];

  it.each(pairs)('%s matches the team master copy file for file', (folder, masterDir) => {
    const local = join(repoFixtures, folder);
    const names = (dir: string) =>
      filesUnder(dir)
        .map((file) => relative(dir, file))
        .sort();
    expect(names(local)).toEqual(names(masterDir));
    for (const name of names(masterDir)) {
      expect(readFileSync(join(local, name), 'utf8')).toBe(readFileSync(join(masterDir, name), 'utf8'));
    }
  });
});
