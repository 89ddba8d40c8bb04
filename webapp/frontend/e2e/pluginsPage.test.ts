import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { plugin } from '../src/testing/pluginFixtures';
import { FakeEngine } from './fakeEngine';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];
const DIST_DIR = resolve(import.meta.dirname, '../dist');
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../target/screenshots');
/** Long enough for two polls (every 2 s) plus rendering on a loaded machine. */
const UPDATE_TIMEOUT_MS = 8000;

const startingPlugins = [
  plugin({ kind: 'indicator', name: 'RSI', bundle: 'io.wavegrid.rsi-macd', candlesProcessed: 52_340 }),
  plugin({ kind: 'indicator', name: 'MACD', bundle: 'io.wavegrid.rsi-macd', candlesProcessed: 52_340, weight: 0.25 }),
  plugin({
    kind: 'wave-analyzer',
    name: 'Elliott wave',
    bundle: 'io.wavegrid.elliott-wave',
    category: 'elliott',
    state: 'WARMING_UP',
    candlesProcessed: 120,
  }),
  plugin({
    kind: 'exchange-adapter',
    name: 'Paper exchange',
    bundle: 'io.wavegrid.exchange-paper',
    category: null,
    weight: null,
  }),
  plugin({
    kind: 'risk-rule',
    name: 'Max drawdown',
    bundle: 'io.wavegrid.engine-core',
    category: null,
    weight: null,
    state: 'FAILED',
    errorCount: 3,
    lastError: 'IllegalStateException: equity curve unavailable',
    lastCandleTime: 0,
    candlesProcessed: 0,
  }),
];
const waveTrend = plugin({
  kind: 'signal-contributor',
  name: 'WaveTrend',
  bundle: 'io.wavegrid.wavetrend',
  category: 'technical',
  weight: 0.15,
  candlesProcessed: 0,
  lastCandleTime: 0,
  state: 'WARMING_UP',
});

function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser test needs Debian's Chromium at ${CHROMIUM}, which is absent. ` +
        'Install it with `apt-get install -y chromium` (no browser is ever downloaded by the build).',
    );
  }
}

function requireBuiltPage(): void {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(`${DIST_DIR}/index.html is missing: run \`npm run build\` before the browser test.`);
  }
}

const pluginCount = (page: Page) => page.getByTestId('plugin-count').textContent();
const rowOf = (page: Page, name: string) => page.locator(`tr[data-plugin="${name}"]`);

describe('plugins page in Chromium', () => {
  it('follows plugins coming and going and flags an unreachable or broken API', { timeout: 90_000 }, async () => {
    requireChromium();
    requireBuiltPage();
    let engine: FakeEngine | undefined;
    let context: BrowserContext | undefined;
    const profileDir = await mkdtemp(join(tmpdir(), 'wavegrid-chromium-'));
    try {
      engine = await FakeEngine.start(DIST_DIR);
      engine.answerPluginList(startingPlugins);
      context = await chromium.launchPersistentContext(profileDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1360, height: 640 },
      });
      const page = context.pages()[0] ?? (await context.newPage());
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      await page.goto(engine.url);
      expect(await page.title()).toBe('Wavegrid — plugins');
      await expect.poll(() => pluginCount(page), { timeout: UPDATE_TIMEOUT_MS }).toBe('5');
      const table = page.getByRole('table');
      expect(await table.getByRole('row', { name: /Max drawdown/ }).count()).toBe(1);
      expect(await table.getByRole('rowheader', { name: 'Risk rule 1' }).count()).toBe(1);
      expect(await table.locator('tr[data-phase="added"]').count()).toBe(0);

      // A plugin appears: it is listed, highlighted, and counted.
      engine.answerPluginList([...startingPlugins, waveTrend]);
      await expect.poll(() => pluginCount(page), { timeout: UPDATE_TIMEOUT_MS }).toBe('6');
      expect(await rowOf(page, 'WaveTrend').getAttribute('data-phase')).toBe('added');
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'plugins.png'), fullPage: true });

      // It goes away: shown as removed for a moment, then gone.
      engine.answerPluginList(startingPlugins);
      await expect.poll(() => pluginCount(page), { timeout: UPDATE_TIMEOUT_MS }).toBe('5');
      expect(await rowOf(page, 'WaveTrend').getAttribute('data-phase')).toBe('removed');
      await rowOf(page, 'WaveTrend').waitFor({ state: 'detached', timeout: UPDATE_TIMEOUT_MS });

      // Malformed JSON: a banner says so, and the last good list stays.
      engine.answerPlugins({ status: 200, body: '[{"kind": "indicator", "name": ' });
      const banner = page.getByRole('alert');
      await banner.waitFor({ timeout: UPDATE_TIMEOUT_MS });
      expect(await banner.textContent()).toMatch(/malformed data.*not JSON/);
      expect(await pluginCount(page)).toBe('5');
      expect(await page.locator('.feed-status').textContent()).toMatch(/^Stale/);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'plugins-api-error.png'), fullPage: true });

      // The engine goes away: the banner says it is unreachable.
      engine.answerPlugins('hang-up');
      await expect.poll(() => banner.textContent(), { timeout: UPDATE_TIMEOUT_MS }).toMatch(/unreachable/);
      expect(await table.locator('tbody tr[data-plugin]').count()).toBe(5);

      // An HTTP error status is named.
      engine.answerPlugins({ status: 503, body: 'starting' });
      await expect.poll(() => banner.textContent(), { timeout: UPDATE_TIMEOUT_MS }).toMatch(/HTTP 503/);

      // It comes back: the banner goes.
      engine.answerPluginList(startingPlugins);
      await banner.waitFor({ state: 'detached', timeout: UPDATE_TIMEOUT_MS });
      expect(await page.locator('.feed-status').textContent()).toMatch(/^Live/);
      expect(pageErrors).toEqual([]);
    } finally {
      await context?.close();
      await engine?.close();
      await rm(profileDir, { recursive: true, force: true });
    }
  });
});
