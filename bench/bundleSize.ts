import { decode } from '@jridgewell/sourcemap-codec';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface BundleSize {
  file: string;
  /** As built: the production build is minified by Terser. */
  minifiedBytes: number;
  gzippedBytes: number;
  /** Largest contributors by minified bytes, from the source map (package or source folder). */
  largest: Array<{ origin: string; bytes: number }>;
}

/** `../node_modules/@scope/pkg/...` becomes `@scope/pkg`; our own files group by their folder under `src/`. */
function originOf(source: string): string {
  const relative = source.replace(/^webpack:\/\/[^/]*\//, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(relative);
  if (inModules) {
    return inModules[1];
  }
  if (relative.startsWith('webpack/') || relative.startsWith('external ')) {
    return 'webpack runtime';
  }
  return `src/${relative.replace(/^\.\//, '')}`;
}

function attribute(code: string, map: { sources: string[]; mappings: string }): Map<string, number> {
  const bytes = new Map<string, number>();
  const add = (origin: string, text: string) => {
    // Our own files add up per folder (`src/pii`), packages per package.
    const group = origin.startsWith('src/') ? origin.split('/').slice(0, 2).join('/') : origin;
    bytes.set(group, (bytes.get(group) ?? 0) + Buffer.byteLength(text));
  };
  const lookup = new SourceLookup(map);
  code.split('\n').forEach((line, lineIndex) => {
    // Each segment owns the generated text from its column up to the next segment's column.
    const segments = lookup.segmentsOf(lineIndex);
    segments.forEach(([column, origin], index) => {
      const next = segments[index + 1];
      add(origin, next ? line.slice(column, next[0]) : line.slice(column));
    });
  });
  return bytes;
}

/** Reads the built `dist/module.js`; never builds it (the build belongs to the lead and the browser tests). */
export function measureBundle(distDir: string): BundleSize | undefined {
  const file = path.join(distDir, 'module.js');
  if (!fs.existsSync(file)) {
    return undefined;
  }
  const code = fs.readFileSync(file);
  const mapFile = `${file}.map`;
  const largest = fs.existsSync(mapFile)
    ? [...attribute(code.toString('utf8'), JSON.parse(fs.readFileSync(mapFile, 'utf8'))).entries()]
        .map(([origin, bytes]) => ({ origin, bytes }))
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 8)
    : [];
  return {
    file: path.relative(path.resolve(distDir, '..'), file),
    minifiedBytes: code.length,
    gzippedBytes: zlib.gzipSync(code, { level: 9 }).length,
    largest,
  };
}

/** Finds the source file behind a position in the built bundle, for attributing CPU profile samples. */
export class SourceLookup {
  private readonly lines: Array<Array<[number, string]>>;

  constructor(map: { sources: string[]; mappings: string }) {
    // Decoded segments hold absolute values: generated column, then (when mapped) the source index.
    const origins = map.sources.map(originOf);
    this.lines = decode(map.mappings).map((segments) =>
      segments.map(([column, sourceIndex]): [number, string] => [
        column,
        sourceIndex === undefined ? 'unmapped' : (origins[sourceIndex] ?? '?'),
      ])
    );
  }

  /** The decoded segments of one generated line: start column and origin, in column order. */
  segmentsOf(line: number): ReadonlyArray<[number, string]> {
    return this.lines[line] ?? [];
  }

  /** Zero-based line and column, as the DevTools protocol reports them. */
  originAt(line: number, column: number): string {
    const segments = this.segmentsOf(line);
    let low = 0;
    let high = segments.length - 1;
    let found = 'unmapped';
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (segments[middle][0] <= column) {
        found = segments[middle][1];
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }
}
