import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT =
  /(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('the data core', () => {
  it('imports neither React nor the Grafana runtime, so it runs and benchmarks in plain Node', () => {
    const offending: string[] = [];
    const files = sourceFiles(__dirname);
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2] ?? match[3];
        if (/^(react|react-dom|@grafana\/runtime|@grafana\/ui)(\/|$)/.test(specifier)) {
          offending.push(`${relative(__dirname, file)} imports ${specifier}`);
        }
      }
    }

    expect(files.length).toBeGreaterThan(10);
    expect(offending).toEqual([]);
  });
});
