import { Browser, CDPSession, chromium, Page } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';

import { assertPluginBuilt, buildHostPage } from '../tests/host/buildHost';
import { chromiumArgs, chromiumExecutable } from '../tests/host/chromium';
import { buildDir, distDir, pageDir } from '../tests/host/hostPaths';
import { startHostServer } from '../tests/host/server';
import {
  closeConversations,
  countDomNodes,
  installMarks,
  OpenTiming,
  readMarks,
  SearchTiming,
  settle,
  timeOpenFirstConversation,
  timeSearch,
  triggerRerender,
} from './browserPage';
import { SourceLookup } from './bundleSize';
import { BenchCorpusFile } from './corpus';
import { HotFunction } from './profileChild';
import { median } from './stats';
import { pauseText } from './table';

export interface RefreshTiming {
  scriptMs: number;
  wallMs: number;
  /** CPU time of the renderer processes in the same window: unlike the others, not inflated by a busy machine. */
  cpuMs: number;
}

export interface BrowserFigures {
  corpus: { rows: number; bytes: number; exchanges: number; conversations: number };
  panelSize: { width: number; height: number };
  loads: Array<{ firstRenderMs: number; firstPaintMs: number; completeMs: number; longestPauseMs: number }>;
  firstRenderMs: number;
  firstPaintMs: number;
  /** Until every row was read and the complete list shown. */
  completeMs: number;
  /**
   * The longest the page was held by one task between the first paint and the complete list, over all loads (the
   * worst case is what a user feels). The browser reports only tasks over 50 ms, so 0 means none was that long.
   */
  longestPauseMs: number;
  domNodes: { panel: number; document: number };
  domNodesWith50TurnsOpen: { panel: number; document: number };
  open50Turns: Array<OpenTiming & { cpuMs: number }>;
  open50TurnsMs: number;
  searches: Array<SearchTiming & { query: string; cpuMs: number }>;
  searchMs: number;
  /** A re-render with new frames holding the same rows, as a dashboard refresh delivers them. */
  refreshEqualFrames: RefreshTiming;
  /** A re-render with the same data and a copy of the same options. */
  rerenderSameData: RefreshTiming;
  /** An idle window of the same shape, to read the figures above against. */
  idleWindow: RefreshTiming;
  /** Where the main thread spent a first render, by source file of the plugin (from a CPU profile). */
  firstRenderProfile: HotFunction[];
  /** The same for one search (the first query), and for one refresh with equal frames. */
  searchProfile: HotFunction[];
  refreshProfile: HotFunction[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const panelSize = { width: 1000, height: 700 };
const SEARCH_QUERIES = ['kurczak', 'szpinak jogurt', '[c7 t3]', 'bez wyników xyz'];
const FIFTY_TURN_QUERY = '[c0 t49]';

function hostPageIsCurrent(): boolean {
  const built = path.join(buildDir, 'main.js');
  if (!fs.existsSync(built)) {
    return false;
  }
  const builtAt = fs.statSync(built).mtimeMs;
  return fs.readdirSync(pageDir).every((file) => fs.statSync(path.join(pageDir, file)).mtimeMs <= builtAt);
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? NaN;
}

async function openPanel(browser: Browser, baseUrl: string, corpusUrl: string, profile = false) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  page.on('crash', () => process.stderr.write('  the page crashed\n'));
  page.on('pageerror', (error) => process.stderr.write(`  page error: ${error.message}\n`));
  const cdp = await context.newCDPSession(page);
  const profiled = new Promise<CpuProfile>((resolve) =>
    cdp.on('Profiler.consoleProfileFinished', (event) => resolve(event.profile))
  );
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  }
  // tsx compiles this file with esbuild's keepNames, so functions handed to the page call a `__name` helper.
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await page.addInitScript(installMarks);
  const query = new URLSearchParams({
    fixture: corpusUrl,
    width: String(panelSize.width),
    height: String(panelSize.height),
  });
  await page.goto(`${baseUrl}/?${query}`);
  await page.waitForFunction(() => {
    const host = (window as unknown as { host?: { state: { status: string } } }).host;
    return host !== undefined && host.state.status !== 'loading';
  });
  const state = await page.evaluate(
    () => (window as unknown as { host: { state: { status: string; errors: string[] } } }).host.state
  );
  if (state.status !== 'ready') {
    throw new Error(`the host page could not render the panel: ${state.errors.join('; ')}`);
  }
  await page.waitForFunction(
    () => {
      const marks = (window as unknown as { benchMarks: { listPaintedAt?: number; completeAt?: number } }).benchMarks;
      return marks.listPaintedAt !== undefined && marks.completeAt !== undefined;
    },
    undefined,
    { timeout: 120_000 }
  );
  // Long tasks are reported after they end; one more idle moment lets the last of them arrive.
  await page.evaluate(settle);
  const marks = await page.evaluate(readMarks);
  if (
    marks.dataReadyAt === undefined ||
    marks.listAt === undefined ||
    marks.listPaintedAt === undefined ||
    marks.completeAt === undefined
  ) {
    throw new Error('the page never marked the data or the list');
  }
  return {
    page,
    cdp,
    profiled,
    close: () => context.close(),
    firstRenderMs: marks.listAt - marks.dataReadyAt,
    firstPaintMs: marks.listPaintedAt - marks.dataReadyAt,
    completeMs: marks.completeAt - marks.dataReadyAt,
    longestPauseMs: Math.max(0, ...marks.longTasksMs),
  };
}

async function rendererCpuMs(browserSession: CDPSession): Promise<number> {
  const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo');
  return processInfo.filter((info) => info.type === 'renderer').reduce((sum, info) => sum + info.cpuTime, 0) * 1000;
}

/** Runs an action and adds the renderer CPU time it took. */
async function withCpu<T>(browserSession: CDPSession, action: () => Promise<T>): Promise<T & { cpuMs: number }> {
  const before = await rendererCpuMs(browserSession);
  const result = await action();
  return { ...result, cpuMs: (await rendererCpuMs(browserSession)) - before };
}

async function timeWindow(
  page: Page,
  cdp: CDPSession,
  browserSession: CDPSession,
  action: () => Promise<unknown>
): Promise<RefreshTiming> {
  await page.evaluate(settle);
  const before = await scriptSeconds(cdp);
  const start = Date.now();
  const { cpuMs } = await withCpu(browserSession, async () => {
    await action();
    await page.evaluate(settle);
    return {};
  });
  const wallMs = Date.now() - start;
  return { scriptMs: ((await scriptSeconds(cdp)) - before) * 1000, wallMs, cpuMs };
}

function medianTiming(timings: RefreshTiming[]): RefreshTiming {
  return {
    scriptMs: median(timings.map((t) => t.scriptMs)),
    wallMs: median(timings.map((t) => t.wallMs)),
    cpuMs: median(timings.map((t) => t.cpuMs)),
  };
}

async function measureRerenders(page: Page, cdp: CDPSession, browserSession: CDPSession, repeats: number) {
  const idle: RefreshTiming[] = [];
  const frames: RefreshTiming[] = [];
  const options: RefreshTiming[] = [];
  for (let i = 0; i < repeats; i++) {
    idle.push(await timeWindow(page, cdp, browserSession, async () => undefined));
    frames.push(
      await timeWindow(page, cdp, browserSession, async () => {
        if (!(await page.evaluate(triggerRerender, 'frames' as const))) {
          throw new Error('could not find the panel props in the host page');
        }
      })
    );
    options.push(await timeWindow(page, cdp, browserSession, () => page.evaluate(triggerRerender, 'options' as const)));
  }
  return {
    idleWindow: medianTiming(idle),
    refreshEqualFrames: medianTiming(frames),
    rerenderSameData: medianTiming(options),
  };
}

/** Where a sample's time goes: the plugin's source file, the host bundle's function, or the engine. */
function areaOf(frame: ProfileNode['callFrame'], lookup: SourceLookup | undefined): string {
  if (frame.url.endsWith('/dist/module.js')) {
    return `plugin: ${lookup ? lookup.originAt(frame.lineNumber, frame.columnNumber) : 'module.js'}`;
  }
  if (frame.url.endsWith('/host/main.js')) {
    return `host (Grafana, React): ${frame.functionName || '(anonymous)'}`;
  }
  return frame.functionName || frame.url || '(native)';
}

/** Self time by area, biggest first. The page's own mark function absorbs the profiler's start-up: left out. */
function attributeProfile(profile: CpuProfile, lookup: SourceLookup | undefined): HotFunction[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let totalMs = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, index) => {
    const frame = byNode.get(id)?.callFrame;
    const deltaMs = (deltas[index] ?? 0) / 1000;
    if (!frame || frame.functionName === '(idle)' || frame.functionName.endsWith('getElementById')) {
      return;
    }
    const area = areaOf(frame, lookup);
    totals.set(area, (totals.get(area) ?? 0) + deltaMs);
    totalMs += deltaMs;
  });
  const rows = [...totals.entries()].map(([name, selfMs]) => ({ name, where: '', selfMs, share: selfMs / totalMs }));
  // Per area first (all plugin files of a folder, all of the host), then the top single entries.
  const groups = new Map<string, number>();
  for (const row of rows) {
    const group = row.name.startsWith('plugin: src/')
      ? `plugin: ${row.name.split('/').slice(0, 2).join('/').replace('plugin: ', '')}/ (all)`
      : row.name.startsWith('plugin: ')
        ? 'plugin: bundled packages (all)'
        : row.name.startsWith('host')
          ? 'host (Grafana, React) (all)'
          : undefined;
    if (group) {
      groups.set(group, (groups.get(group) ?? 0) + row.selfMs);
    }
  }
  const grouped = [...groups.entries()].map(([name, selfMs]) => ({
    name,
    where: 'area',
    selfMs,
    share: selfMs / totalMs,
  }));
  const byTime = (a: HotFunction, b: HotFunction) => b.selfMs - a.selfMs;
  return [...grouped.sort(byTime), ...rows.sort(byTime).slice(0, 15)];
}

/** A separate load under the sampling profiler, so the profiler's overhead stays out of the timed loads. */
async function profileFirstRender(browser: Browser, baseUrl: string, corpusUrl: string) {
  const opened = await openPanel(browser, baseUrl, corpusUrl, true);
  const profile = await opened.profiled;
  await opened.close();
  return attributeProfile(profile, sourceLookup());
}

function sourceLookup(): SourceLookup | undefined {
  const mapFile = path.join(distDir, 'module.js.map');
  return fs.existsSync(mapFile) ? new SourceLookup(JSON.parse(fs.readFileSync(mapFile, 'utf8'))) : undefined;
}

/** Samples the page while an action runs (the profiler's overhead makes these timings unusable as figures). */
async function profileAction(cdp: CDPSession, lookup: SourceLookup | undefined, action: () => Promise<void>) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return attributeProfile(profile, lookup);
}

/**
 * Serves the corpus file from a second local port. The host server only serves its own folders, and handing an
 * 80 MB body through Playwright's request interception closes the page.
 */
function serveCorpus(file: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'access-control-allow-origin': '*' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/${path.basename(file)}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    })
  );
}

/** Loads the panel with the corpus `loads` times in fresh pages, then times search, opening and refreshes. */
export async function benchBrowser(
  corpus: BenchCorpusFile,
  loads: number,
  log: (message: string) => void
): Promise<BrowserFigures> {
  assertPluginBuilt();
  if (!hostPageIsCurrent()) {
    log('  building the host page (tests/host) ...');
    await buildHostPage();
  }
  const server = await startHostServer();
  const corpusServer = await serveCorpus(corpus.path);
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  try {
    const loadTimings: BrowserFigures['loads'] = [];
    let last: Awaited<ReturnType<typeof openPanel>> | undefined;
    for (let i = 0; i < loads; i++) {
      await last?.close();
      const opened = await openPanel(browser, server.url, corpusServer.url);
      last = opened;
      const { firstRenderMs, firstPaintMs, completeMs, longestPauseMs } = opened;
      loadTimings.push({ firstRenderMs, firstPaintMs, completeMs, longestPauseMs });
      log(
        `  load ${i + 1}/${loads}: first list after ${firstRenderMs.toFixed(0)} ms, complete after ` +
          `${completeMs.toFixed(0)} ms, ${pauseText(longestPauseMs)}`
      );
    }
    if (!last) {
      throw new Error('no page was loaded');
    }
    const { page, cdp } = last;
    await cdp.send('Performance.enable');
    await page.evaluate(settle);
    const domNodes = await page.evaluate(countDomNodes);

    const browserSession = await browser.newBrowserCDPSession();
    const rerenders = await measureRerenders(page, cdp, browserSession, 5);
    log(`  refresh with equal frames: ${rerenders.refreshEqualFrames.scriptMs.toFixed(0)} ms of script`);

    const searches: BrowserFigures['searches'] = [];
    for (const query of SEARCH_QUERIES) {
      await page.evaluate(settle);
      searches.push({ query, ...(await withCpu(browserSession, () => page.evaluate(timeSearch, query))) });
      await page.evaluate(timeSearch, '').catch(() => undefined);
    }
    log(`  search: ${searches.map((s) => `${s.query} ${s.commitMs.toFixed(0)} ms`).join(', ')}`);

    const lookup = sourceLookup();
    const searchProfile = await profileAction(cdp, lookup, async () => {
      await page.evaluate(timeSearch, SEARCH_QUERIES[0]);
      await page.evaluate(settle);
    });
    await page.evaluate(timeSearch, '').catch(() => undefined);
    const refreshProfile = await profileAction(cdp, lookup, async () => {
      await page.evaluate(triggerRerender, 'frames' as const);
      await page.evaluate(settle);
    });

    await page.evaluate(timeSearch, FIFTY_TURN_QUERY);
    await page.evaluate(closeConversations);
    const opens: BrowserFigures['open50Turns'] = [];
    for (let i = 0; i < 3; i++) {
      await page.evaluate(settle);
      opens.push(await withCpu(browserSession, () => page.evaluate(timeOpenFirstConversation)));
      await page.evaluate(settle);
      if (i < 2) {
        await page.evaluate(closeConversations);
      }
    }
    const domNodesWith50TurnsOpen = await page.evaluate(countDomNodes);
    log(`  open a ${opens[0].turns}-turn conversation: ${opens.map((o) => o.commitMs.toFixed(0)).join(', ')} ms`);
    await last.close();

    const firstRenderProfile = await profileFirstRender(browser, server.url, corpusServer.url);
    return {
      corpus: {
        rows: corpus.rows,
        bytes: corpus.bytes,
        exchanges: corpus.expected.exchanges,
        conversations: corpus.expected.conversations,
      },
      panelSize,
      loads: loadTimings,
      firstRenderMs: median(loadTimings.map((load) => load.firstRenderMs)),
      firstPaintMs: median(loadTimings.map((load) => load.firstPaintMs)),
      completeMs: median(loadTimings.map((load) => load.completeMs)),
      longestPauseMs: Math.max(...loadTimings.map((load) => load.longestPauseMs)),
      domNodes,
      domNodesWith50TurnsOpen,
      open50Turns: opens,
      open50TurnsMs: median(opens.map((open) => open.commitMs)),
      searches,
      searchMs: median(searches.map((search) => search.commitMs)),
      ...rerenders,
      firstRenderProfile,
      searchProfile,
      refreshProfile,
    };
  } finally {
    await browser.close();
    await server.close();
    await corpusServer.close();
  }
}
