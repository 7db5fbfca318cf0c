// Page-view figures taken in Debian's Chromium against the built browser shell on a fresh sample
// workspace: open to first painted page (warm: the layout worker has its faces; cold: a new page
// straight on the page's address), keystroke to repainted canvas while editing A1's lead in the
// split editor, and the renderer's memory after all eight pages have been shown (and, for
// comparison, after the editing measures).
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { startShell } from '../e2e/support/shell-process';
import { dragLine, measureDrag, type DragFigures } from './drag-figures';
import { percentile, sleep } from './timing';

export const CHROMIUM = '/usr/bin/chromium';
const ISSUE = '2025-05-09-14';
const LABELS = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'];
/** One hundred characters typed into A1's lead, one at a time. */
const TYPED =
  '园区新建的公共检测中心已经投入使用中小企业不出园区就能完成多项检测周期由半个月缩短到三天以内今年还将新增两条检测线并与高校共建联合实验室面向企业开放共享大型仪器设备让科技型企业留得住长得大为园区添后劲';
const KEY_GAP_MS = 30;

export interface RendererProcess {
  pid: number;
  /** VmRSS: resident pages, the Chromium binary's and fonts' shared, file-backed pages included. */
  rssMb: number;
  /**
   * RssAnon + VmSwap: the memory this process alone holds, what Chromium's task manager shows as
   * its memory footprint (shared library pages, counted again in every renderer's VmRSS, left out).
   */
  privateMb: number;
  /** Whether the process runs the page's layout worker (a DedicatedWorker thread): the page's renderer. */
  page: boolean;
}

export interface PageViewFigures {
  /** kfq:first-page-paint − kfq:page-view-open after 打开版面, the faces already loaded (kfq:fonts-ready). */
  openMs: number;
  /** Where that time went: reading the sources from the services, the first layout answer, painting it. */
  openSteps: { sourcesMs: number; layoutMs: number; paintMs: number };
  /** kfq:layout-prepared since navigation start: the issue screen's head start was done. */
  preparedMs: number;
  /** kfq:fonts-ready since navigation start of that page (the worker starts with the app). */
  fontsReadyMs: number;
  /** What the worker reports it took to load the four faces (the mark's detail). */
  fontsWorkerMs: number;
  /** A new page (new browser context) loaded straight on …/pages/A1: kfq:first-page-paint since navigation start. */
  coldOpenMs: number;
  /** The same cold page: kfq:first-page-paint − kfq:page-view-open. */
  coldMountToPaintMs: number;
  keystroke: { typed: number; measures: number; medianMs: number; p95Ms: number; maxMs: number };
  drag: DragFigures;
  memory: {
    pageHeapMb: number;
    workerHeapMb: number;
    workers: number;
    /** Private memory (RssAnon + VmSwap) of the page's renderer process (workers run inside it): the target's figure. */
    rendererPrivateMb: number;
    /** VmRSS of the same process at the same moment (shared pages of the binary and fonts included). */
    rendererRssMb: number;
    /** Private memory once garbage has been collected in the page and its workers (HeapProfiler.collectGarbage). */
    rendererPrivateAfterGcMb: number;
    /** Private memory after the keystroke and drag measures (a hundred relayouts' garbage not yet returned). */
    rendererPrivateAfterEditingMb: number;
    /** Every renderer process of the bench's browser except Chromium's own UI (spare renderers included). */
    renderers: RendererProcess[];
  };
  wallMs: number;
}

const MB = 1024 * 1024;

function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', deviceScaleFactor: 1 });
}

function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, name);
}

async function waitForMark(page: Page, name: string, timeout = 60_000): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout, polling: 20 });
  return markTime(page, name);
}

/** Fails the figure rather than measuring a page that reports errors. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** The article block of A1 nearest the top below the masthead: the lead. */
async function leadBlockId(page: Page): Promise<string> {
  const id = await page.evaluate(() => {
    const sheet = document.querySelector('[data-page-label="A1"]');
    const top = (element: Element) => element.getBoundingClientRect().top;
    const masthead = sheet?.querySelector('.block-kind-masthead');
    const below = masthead ? masthead.getBoundingClientRect().bottom - 1 : -Infinity;
    const articles = Array.from(sheet?.querySelectorAll('[data-block-id].block-kind-article') ?? []).filter((block) => top(block) >= below);
    articles.sort((a, b) => top(a) - top(b) || a.getBoundingClientRect().left - b.getBoundingClientRect().left);
    return articles[0]?.getAttribute('data-block-id') ?? '';
  });
  if (!id) throw new Error('A1 has no article block below its masthead');
  return id;
}

async function measureKeystrokes(page: Page): Promise<PageViewFigures['keystroke']> {
  const lead = await leadBlockId(page);
  await page.locator(`[data-block-id="${lead}"]`).dblclick();
  const paragraph = page.locator('aside.split-editor [data-testid="article-editor"] .el-paragraph').first();
  await paragraph.waitFor();
  await paragraph.click();
  await page.evaluate(() => performance.clearMeasures('kfq:keystroke-to-paint'));
  const characters = [...TYPED];
  for (const character of characters) {
    await page.keyboard.insertText(character);
    await sleep(KEY_GAP_MS);
  }
  // The last repaint lands a moment after the last key; wait until no new measure comes.
  const count = () => page.evaluate(() => performance.getEntriesByName('kfq:keystroke-to-paint').length);
  let seen = -1;
  for (let round = 0; round < 40; round += 1) {
    const now = await count();
    if (now === seen && now > 0) break;
    seen = now;
    await sleep(250);
  }
  const durations = await page.evaluate(() => performance.getEntriesByName('kfq:keystroke-to-paint').map((entry) => entry.duration));
  if (durations.length === 0) throw new Error('no kfq:keystroke-to-paint measure after typing into the split editor');
  // Escape closes the editor (saving first) so the pages can be turned with the strip.
  await page.keyboard.press('Escape');
  await page.locator('aside.split-editor').waitFor({ state: 'detached' });
  return {
    typed: characters.length,
    measures: durations.length,
    medianMs: percentile(durations, 0.5),
    p95Ms: percentile(durations, 0.95),
    maxMs: Math.max(...durations),
  };
}

async function visitAllPages(page: Page): Promise<void> {
  for (const label of LABELS) {
    await page.locator(`[data-strip-page="${label}"]`).click();
    await page.locator(`canvas[data-page-canvas="${label}"]`).waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
}

/**
 * Sends one CDP command to each dedicated worker through the browser's session (Playwright gives
 * workers no session of their own) and returns each answer's result.
 */
async function inWorkers<T>(browserSession: CDPSession, method: string): Promise<T[]> {
  const { targetInfos } = await browserSession.send('Target.getTargets');
  const results: T[] = [];
  for (const target of targetInfos.filter((info) => info.type === 'worker')) {
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const answer = new Promise<T>((resolve, reject) => {
      const onMessage = (event: { sessionId?: string; message: string }) => {
        const message = JSON.parse(event.message) as { id?: number; result?: T; error?: { message: string } };
        if (event.sessionId !== sessionId || message.id !== 1) return;
        browserSession.off('Target.receivedMessageFromTarget', onMessage);
        if (message.error) reject(new Error(`${method} in a worker: ${message.error.message}`));
        else resolve(message.result as T);
      };
      browserSession.on('Target.receivedMessageFromTarget', onMessage);
    });
    await browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method }) });
    results.push(await answer);
    await browserSession.send('Target.detachFromTarget', { sessionId });
  }
  return results;
}

/** The renderer processes below this process (Playwright starts the browser as our child), Chromium's own UI left out. */
function rendererProcesses(): RendererProcess[] {
  const processes = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        // Chromium rewrites its children's command lines into one string: read it as words either way.
        const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split(/[\0 ]/);
        return [{ pid: Number(entry), parent, args }];
      } catch {
        return [];
      }
    });
  const ours = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const entry of processes) {
      if (!ours.has(entry.pid) && ours.has(entry.parent)) {
        ours.add(entry.pid);
        grew = true;
      }
    }
  }
  return processes
    .filter((entry) => ours.has(entry.pid) && entry.args.includes('--type=renderer') && !entry.args.includes('--top-chrome-webui'))
    .flatMap((entry) => {
      try {
        const status = readFileSync(`/proc/${entry.pid}/status`, 'utf8');
        const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
        const threads = readdirSync(`/proc/${entry.pid}/task`).map((task) => {
          try {
            return readFileSync(`/proc/${entry.pid}/task/${task}/comm`, 'utf8').trim();
          } catch {
            return '';
          }
        });
        return [
          {
            pid: entry.pid,
            rssMb: kb('VmRSS') / 1024,
            privateMb: (kb('RssAnon') + (kb('VmSwap') || 0)) / 1024,
            page: threads.some((name) => name.startsWith('DedicatedWorker')),
          },
        ];
      } catch {
        return [];
      }
    });
}

function pageRenderer(renderers: RendererProcess[] = rendererProcesses()): { rssMb: number; privateMb: number } {
  const pages = renderers.filter((entry) => entry.page);
  return {
    rssMb: pages.reduce((sum, entry) => sum + entry.rssMb, 0),
    privateMb: pages.reduce((sum, entry) => sum + entry.privateMb, 0),
  };
}

/** The renderer's memory with the issue opened and all eight pages shown, then once garbage is collected. */
async function memoryAfterOpening(
  pageSession: CDPSession,
  browserSession: CDPSession,
): Promise<Omit<PageViewFigures['memory'], 'rendererPrivateAfterEditingMb'>> {
  const pageHeap = (await pageSession.send('Runtime.getHeapUsage')).usedSize;
  const heaps = (await inWorkers<{ usedSize: number }>(browserSession, 'Runtime.getHeapUsage')).map((usage) => usage.usedSize);
  const renderers = rendererProcesses();
  const opened = pageRenderer(renderers);
  await pageSession.send('HeapProfiler.collectGarbage');
  await inWorkers(browserSession, 'HeapProfiler.collectGarbage');
  await sleep(500);
  return {
    pageHeapMb: pageHeap / MB,
    workerHeapMb: heaps.reduce((sum, size) => sum + size, 0) / MB,
    workers: heaps.length,
    rendererPrivateMb: opened.privateMb,
    rendererRssMb: opened.rssMb,
    rendererPrivateAfterGcMb: pageRenderer().privateMb,
    renderers,
  };
}

export async function measurePageView(root: string, workspaceDir: string): Promise<PageViewFigures> {
  const started = performance.now();
  const shell = await startShell(workspaceDir, root);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    // Warm: the app opens on 期次与版面, its worker loads the faces, then 打开版面.
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${shell.url}#/issues`);
    const fontsReadyMs = await waitForMark(page, 'kfq:fonts-ready');
    const fontsWorkerMs = await page.evaluate(() => {
      const mark = performance.getEntriesByName('kfq:fonts-ready')[0] as PerformanceMark | undefined;
      return Number((mark?.detail as { ms?: number } | null)?.ms ?? Number.NaN);
    });
    // The issue screen lays out its issue in the worker while it is read (a person takes longer than
    // that before clicking 打开版面); the click waits for it, as the cold figure below does not.
    const preparedMs = await waitForMark(page, 'kfq:layout-prepared');
    await page.getByTestId('open-pages').click();
    const paint = await waitForMark(page, 'kfq:first-page-paint');
    const opened = await markTime(page, 'kfq:page-view-open');
    const openMs = paint - opened;
    const openSteps = {
      sourcesMs: (await markTime(page, 'kfq:layout-sources')) - opened,
      layoutMs: (await markTime(page, 'kfq:first-layout')) - (await markTime(page, 'kfq:layout-sources')),
      paintMs: paint - (await markTime(page, 'kfq:first-layout')),
    };

    // Memory first, as the target states it: the issue opened and its eight pages shown.
    await visitAllPages(page);
    const pageSession = await context.newCDPSession(page);
    const browserSession = await browser.newBrowserCDPSession();
    const memory = await memoryAfterOpening(pageSession, browserSession);
    await page.locator('[data-strip-page="A1"]').click();
    await page.locator('canvas[data-page-canvas="A1"]').waitFor();
    const keystroke = await measureKeystrokes(page);
    const drag = await measureDrag(page, await leadBlockId(page));
    // For comparison: the same process after the hundred keystrokes and the drag above.
    const rendererPrivateAfterEditingMb = pageRenderer().privateMb;
    if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
    await context.close();

    // Cold: a new context (nothing cached) loads the page's address directly.
    const coldContext = await newContext(browser);
    const cold = await coldContext.newPage();
    const coldErrors = watchErrors(cold);
    await cold.goto(`${shell.url}#/issues/${ISSUE}/pages/A1`);
    const coldOpenMs = await waitForMark(cold, 'kfq:first-page-paint');
    const coldMountToPaintMs = coldOpenMs - (await markTime(cold, 'kfq:page-view-open'));
    if (coldErrors.length > 0) throw new Error(`the cold page reported errors:\n${coldErrors.join('\n')}`);
    await coldContext.close();

    return {
      openMs,
      openSteps,
      preparedMs,
      fontsReadyMs,
      fontsWorkerMs,
      coldOpenMs,
      coldMountToPaintMs,
      keystroke,
      drag,
      memory: { ...memory, rendererPrivateAfterEditingMb },
      wallMs: performance.now() - started,
    };
  } finally {
    await browser.close();
    await shell.stop();
  }
}

/** The figures as the bench prints them, each with its target. */
export function pageViewLines(figures: PageViewFigures): string[] {
  const { keystroke, memory } = figures;
  const others = memory.renderers.filter((entry) => !entry.page);
  return [
    `版面视图（Debian Chromium，1440×900，样例期次）：${(figures.wallMs / 1000).toFixed(1)} s`,
    `  打开版面到首版绘出  ${figures.openMs.toFixed(0)} ms（目标 ≤ 1000 ms；取数 ${figures.openSteps.sourcesMs.toFixed(0)} + 排版 ${figures.openSteps.layoutMs.toFixed(0)} + 绘制 ${figures.openSteps.paintMs.toFixed(0)} ms；字库已载入：导航后 ${figures.fontsReadyMs.toFixed(0)} ms 就绪，worker 载入用 ${figures.fontsWorkerMs.toFixed(0)} ms，期次页预排于 ${figures.preparedMs.toFixed(0)} ms 完成）`,
    `  冷打开（直达 A1）   ${figures.coldOpenMs.toFixed(0)} ms（新页面，自导航开始；挂载到绘出 ${figures.coldMountToPaintMs.toFixed(0)} ms）`,
    `  击键到重绘          中位数 ${keystroke.medianMs.toFixed(1)} ms（目标 ≤ 16 ms），p95 ${keystroke.p95Ms.toFixed(1)} ms（目标 ≤ 50 ms），最长 ${keystroke.maxMs.toFixed(0)} ms；${keystroke.typed} 字，${keystroke.measures} 次重绘`,
    dragLine(figures.drag),
    `  渲染进程内存        ${memory.rendererPrivateMb.toFixed(0)} MB（目标 ≤ 300 MB；打开期次、看过 8 版后的私有内存 RssAnon，VmRSS 连同共享页 ${memory.rendererRssMb.toFixed(0)} MB；强制回收垃圾后 ${memory.rendererPrivateAfterGcMb.toFixed(0)} MB；再经百次击键与拖动后 ${memory.rendererPrivateAfterEditingMb.toFixed(0)} MB）；JS 堆：页面 ${memory.pageHeapMb.toFixed(1)} MB，排版 worker ${memory.workerHeapMb.toFixed(1)} MB（${memory.workers} 个）${others.length > 0 ? `；另有 ${others.length} 个备用渲染进程 ${others.reduce((sum, entry) => sum + entry.privateMb, 0).toFixed(0)} MB` : ''}`,
  ];
}
