/**
 * `npm run bench`: the data pipeline in Node (fresh process per run) and the built panel in Chromium, against the
 * limits of issue 8. Prints one table and writes `bench/results.json`.
 *
 * Options: --runs N (pipeline runs per size, default 5), --sizes 1000,10000,100000, --loads N (browser page
 * loads, default 3), --browser-rows N (default 23,300: about 10,000 exchanges), --skip-node, --skip-browser.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';

import { distDir } from '../tests/host/hostPaths';
import { benchBrowser, BrowserFigures } from './browser';
import { bundleForNode } from './bundleForNode';
import { BundleSize, measureBundle } from './bundleSize';
import { ensureCorpusFile } from './corpus';
import { describeMachine, finishMachine } from './machine';
import { benchPipeline, PipelineSize } from './pipeline';
import { HotFunction } from './profileChild';
import { median } from './stats';
import { count, formatTable, megabytes, ms, pauseText, ratio, TableRow } from './table';
import { TARGETS, Target, verdict } from './targets';

interface Settings {
  runs: number;
  sizes: number[];
  loads: number;
  browserRows: number;
  node: boolean;
  browser: boolean;
}

/** About 10,000 exchanges: the mix averages 2.3 rows per exchange. */
const BROWSER_CORPUS_ROWS = 23_300;
const resultsFile = path.join(__dirname, 'results.json');

function readSettings(argv: string[]): Settings {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  return {
    runs: Number(value('runs') ?? 5),
    sizes: (value('sizes') ?? '1000,10000,100000').split(',').map(Number),
    loads: Number(value('loads') ?? 3),
    browserRows: Number(value('browser-rows') ?? BROWSER_CORPUS_ROWS),
    node: !argv.includes('--skip-node'),
    browser: !argv.includes('--skip-browser'),
  };
}

const log = (message: string) => process.stderr.write(`${message}\n`);

function profileBuild(targetRows: number): HotFunction[] {
  const corpus = ensureCorpusFile(targetRows);
  const warmUp = ensureCorpusFile(1000);
  const child = spawnSync(process.execPath, [bundleForNode('profileChild.ts'), corpus.path, warmUp.path], {
    cwd: path.resolve(__dirname, '..'),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const lastLine = child.stdout.trim().split('\n').pop() ?? '';
  return lastLine.startsWith('[') ? JSON.parse(lastLine) : [];
}

function checked(measure: string, figure: string, value: number | undefined, target: Target): TableRow {
  return { measure, figure, target: target.text, verdict: verdict(value, target) };
}

function pipelineRows(sizes: PipelineSize[], growth: number | undefined): TableRow[] {
  const rows: TableRow[] = [];
  const largest = sizes[sizes.length - 1];
  for (const size of sizes) {
    const { median, corpus } = size;
    const label = `${size.targetRows.toLocaleString('en-US')} rows`;
    const isTargetSize = size === largest && size.targetRows >= 100_000;
    const cpuRatio = median.buildCpuMs / median.floorCpuMs;
    const timeFigure =
      `${ms(median.buildMs)} vs floor ${ms(median.floorMs)} = ${ratio(size.floorRatio)}` +
      ` (CPU ${ratio(cpuRatio)})${size.correct ? '' : ` WRONG RESULT: ${size.mismatch}`}`;
    rows.push(
      isTargetSize
        ? checked(`buildConversations, ${label}`, timeFigure, size.floorRatio, TARGETS.floorRatio100k)
        : { measure: `buildConversations, ${label}`, figure: timeFigure }
    );
    const heapFigure =
      `${megabytes(median.buildPeakHeapBytes)} = ${ratio(size.peakHeapPerInputByte)} of ${megabytes(corpus.bytes)}` +
      ` lines (floor ${ratio(median.floorPeakHeapBytes / corpus.bytes)}, result keeps ${megabytes(median.buildRetainedHeapBytes)})`;
    rows.push(
      isTargetSize
        ? checked(`  peak heap, ${label}`, heapFigure, size.peakHeapPerInputByte, TARGETS.peakHeap100k)
        : { measure: `  peak heap, ${label}`, figure: heapFigure }
    );
  }
  if (growth !== undefined) {
    rows.push(
      checked(
        `growth (time/row ${sizes[sizes.length - 1].targetRows / 1000}k ÷ ${sizes[0].targetRows / 1000}k)`,
        ratio(growth),
        growth,
        TARGETS.growth
      )
    );
  }
  return rows;
}

function browserRows(figures: BrowserFigures): TableRow[] {
  const corpus = `${figures.corpus.exchanges.toLocaleString('en-US')} exchanges`;
  const refreshMs = figures.refreshEqualFrames.scriptMs - figures.idleWindow.scriptMs;
  const rerenderMs = figures.rerenderSameData.scriptMs - figures.idleWindow.scriptMs;
  const slowestSearch = Math.max(...figures.searches.map((search) => search.commitMs));
  const searchCpu = median(figures.searches.map((search) => search.cpuMs));
  const openCpu = median(figures.open50Turns.map((open) => open.cpuMs));
  const firstOpen = figures.open50Turns[0];
  return [
    checked(
      `first list after data, ${corpus}`,
      `${ms(figures.firstRenderMs)} (painted ${ms(figures.firstPaintMs)})`,
      figures.firstRenderMs,
      TARGETS.firstRender
    ),
    {
      measure: '  complete list (every row read)',
      figure: `${ms(figures.completeMs)} (${pauseText(figures.longestPauseMs)} meanwhile, worst of all loads)`,
      target: 'none set',
    },
    checked('DOM nodes in the panel (list)', count(figures.domNodes.panel), figures.domNodes.panel, TARGETS.domNodes),
    checked(
      `DOM nodes with a ${firstOpen?.turns ?? '?'}-turn conversation open`,
      count(figures.domNodesWith50TurnsOpen.panel),
      figures.domNodesWith50TurnsOpen.panel,
      TARGETS.domNodes
    ),
    {
      measure: `open a ${firstOpen?.turns ?? '?'}-turn conversation`,
      figure: `${ms(figures.open50TurnsMs)} (first ${ms(firstOpen?.commitMs ?? NaN)}; CPU ${ms(openCpu)})`,
      target: 'none set',
    },
    checked(
      `search, ${corpus} (median of ${figures.searches.length})`,
      `${ms(figures.searchMs)} (slowest ${ms(slowestSearch)}; CPU ${ms(searchCpu)})`,
      figures.searchMs,
      TARGETS.search
    ),
    checked(
      'refresh with equal data (new frames)',
      `${ms(refreshMs)} script (CPU ${ms(figures.refreshEqualFrames.cpuMs)})`,
      refreshMs,
      TARGETS.unchangedRefresh
    ),
    {
      measure: '  re-render, same data, copied options',
      figure: `${ms(rerenderMs)} script (CPU ${ms(figures.rerenderSameData.cpuMs)})`,
    },
  ];
}

function bundleRows(bundle: BundleSize | undefined): TableRow[] {
  if (!bundle) {
    return [
      {
        measure: 'dist/module.js',
        figure: 'missing: run npm run build',
        target: TARGETS.bundle.text,
        verdict: 'not measured',
      },
    ];
  }
  const largest = bundle.largest.slice(0, 4).map((part) => `${part.origin} ${Math.round(part.bytes / 1000)} KB`);
  return [
    checked(
      'dist/module.js minified',
      `${Math.round(bundle.minifiedBytes / 1000)} KB (${largest.join(', ')})`,
      bundle.minifiedBytes,
      TARGETS.bundle
    ),
    { measure: 'dist/module.js gzipped', figure: `${Math.round(bundle.gzippedBytes / 1000)} KB` },
  ];
}

interface PipelinePart {
  measuredAt: string;
  /** Load averages while this part ran. */
  load: string;
  runs: number;
  sizes: PipelineSize[];
  /** Time per row at the largest size over time per row at the smallest (wall clock, and CPU). */
  growth?: number;
  growthCpu?: number;
  /** Self time per function of one build of the 10,000-row corpus. */
  buildProfile10k: HotFunction[];
}

interface BrowserPart {
  measuredAt: string;
  load: string;
  loads: number;
  figures?: BrowserFigures;
  error?: string;
}

/** A part skipped in this run keeps its figures from the previous `results.json`, with their own date. */
function previousPart<K extends 'pipeline' | 'browser'>(key: K) {
  if (!fs.existsSync(resultsFile)) {
    return undefined;
  }
  const previous = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  return previous[key] as (K extends 'pipeline' ? PipelinePart : BrowserPart) | undefined;
}

function loadNow(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
}

function runPipeline(settings: Settings): PipelinePart {
  const load = loadNow();
  const sizes = settings.sizes.map((size) => {
    log(`pipeline, ${size} rows:`);
    return benchPipeline(size, settings.runs, log);
  });
  log('profiling one build of the 10,000-row corpus ...');
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const perRow = (size: PipelineSize, key: 'buildMs' | 'buildCpuMs') => size.median[key] / size.corpus.rows;
  return {
    measuredAt: new Date().toISOString(),
    load: `${load} at start, ${loadNow()} at end`,
    runs: settings.runs,
    sizes,
    ...(sizes.length > 1
      ? {
          growth: perRow(last, 'buildMs') / perRow(first, 'buildMs'),
          growthCpu: perRow(last, 'buildCpuMs') / perRow(first, 'buildCpuMs'),
        }
      : {}),
    buildProfile10k: profileBuild(10_000),
  };
}

async function runBrowser(settings: Settings): Promise<BrowserPart> {
  const load = loadNow();
  log('browser, host page:');
  const part = { loads: settings.loads, measuredAt: new Date().toISOString() };
  try {
    const figures = await benchBrowser(ensureCorpusFile(settings.browserRows), settings.loads, log);
    return { ...part, load: `${load} at start, ${loadNow()} at end`, figures };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  browser part failed: ${message}`);
    return { ...part, load: `${load} at start, ${loadNow()} at end`, error: message };
  }
}

async function main(): Promise<void> {
  const settings = readSettings(process.argv.slice(2));
  const machineAtStart = describeMachine();
  log(`bench on ${machineAtStart.cpuModel} (${machineAtStart.cores} cores), node ${machineAtStart.node}`);
  log(machineAtStart.uptime);

  const pipeline = settings.node ? runPipeline(settings) : previousPart('pipeline');
  const browser = settings.browser ? await runBrowser(settings) : previousPart('browser');
  const bundle = measureBundle(distDir);
  const machine = finishMachine(machineAtStart);

  const carried = (part: { measuredAt: string } | undefined, fresh: boolean) =>
    part && !fresh ? ` (carried over from ${part.measuredAt})` : '';
  const rows = [
    ...(pipeline ? pipelineRows(pipeline.sizes, pipeline.growth) : []),
    ...(browser?.figures ? browserRows(browser.figures) : []),
    ...(browser?.error ? [{ measure: 'browser figures', figure: `not measured: ${browser.error}` }] : []),
    ...bundleRows(bundle),
  ];
  process.stdout.write(
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, node ${machine.node}` +
      `${machine.chromium ? `, ${machine.chromium}` : ''}\nLoad: ${machine.uptime}\n` +
      (pipeline
        ? `Pipeline: median of ${pipeline.runs} fresh processes per size, load ${pipeline.load}` +
          `${carried(pipeline, settings.node)}; CPU growth ${ratio(pipeline.growthCpu ?? NaN)}\n`
        : '') +
      (browser
        ? `Browser: median of ${browser.loads} page loads, load ${browser.load}${carried(browser, settings.browser)}\n`
        : '') +
      `\n${formatTable(rows)}\n`
  );
  const results = { generatedAt: new Date().toISOString(), machine, settings, pipeline, browser, bundle, table: rows };
  // Formatted as the repository's Prettier check expects, so the committed results pass `prettier --check`.
  const config = (await prettier.resolveConfig(resultsFile)) ?? {};
  fs.writeFileSync(resultsFile, await prettier.format(JSON.stringify(results), { ...config, parser: 'json' }));
  log(`wrote ${path.relative(process.cwd(), resultsFile)}`);
}

main().catch((error) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
