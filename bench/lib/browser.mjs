import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { gzipBytes } from './server.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const PROBE = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');

export function percentiles(samples) {
  const s = samples.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  const at = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { p50: at(0.5), p95: at(0.95), n: s.length };
}
const median = (xs) => percentiles(xs)?.p50 ?? null;

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

/** Page time of the first table rows painted in this document, or null when none appear in time. */
async function firstRows(page, timeoutMs = 60_000) {
  const rows = page
    .waitForFunction(() => window.__bench?.firstRowsAt != null, null, { timeout: timeoutMs, polling: 50 })
    .then(
      () => true,
      () => false,
    );
  // Until the Administrators table exists: give up once the page has settled without rows.
  const settled = page
    .getByRole('heading', { name: /Administrators/ })
    .first()
    .waitFor({ timeout: timeoutMs })
    .then(() => page.waitForLoadState('networkidle'))
    .then(() => page.waitForTimeout(3000))
    .then(
      () => false,
      () => false,
    );
  if (!(await Promise.race([rows, settled]))) {
    if (!(await page.evaluate(() => window.__bench?.firstRowsAt != null))) return null;
  }
  return page.evaluate(() => window.__bench.firstRowsAt);
}

async function mockPost(page, path, body) {
  return page.evaluate(
    async ([p, b]) =>
      (
        await fetch(p, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(b ?? {}),
        })
      ).status,
    [path, body],
  );
}

/** First-load JavaScript of a URL: every JS response of a fresh visit, with its gzip size, classified. */
export async function firstLoadJs(browser, url, distDir, classify, waitFor) {
  const { context, page } = await newPage(browser);
  const files = new Map();
  context.on('request', (req) => {
    const u = new URL(req.url());
    if (u.origin === new URL(url).origin && /\.m?js$/.test(u.pathname)) files.set(u.pathname, null);
  });
  await page.goto(url, { waitUntil: 'load' });
  if (waitFor) await waitFor(page);
  await page.waitForLoadState('networkidle');
  // Service worker scripts (the mock backend) are fetched by the browser, not by the page: count each one.
  for (const sw of context.serviceWorkers()) {
    const u = new URL(sw.url());
    if (u.origin === new URL(url).origin) files.set(u.pathname, null);
  }
  await context.close();
  const out = { app: 0, mock: 0, files: [] };
  for (const path of files.keys()) {
    const kind = classify ? classify(path) : 'app';
    const bytes = gzipBytes(readFileSync(`${distDir}${path}`));
    out[kind] += bytes;
    out.files.push({ path, kind, gzip: bytes });
  }
  out.total = out.app + out.mock;
  out.files.sort((a, b) => b.gzip - a.gzip);
  return out;
}

/**
 * Navigation → first rows painted on /users/administrators, for each scenario, median of `runs`. The scenarios
 * take turns run by run (a load spike on the shared machine then hits all of them, not the one measured at
 * that moment); the page not being measured waits on about:blank, so none of its work runs meanwhile.
 */
export async function adminFirstRows(browser, base, scenarios, runs = 5) {
  const subjects = [];
  try {
    for (const scenario of scenarios) {
      const { context, page } = await newPage(browser);
      const subject = { scenario, context, page, samples: [], url: null, note: null, renderedRows: null };
      subjects.push(subject);
      await page.goto(`${base}/users/administrators?scenario=${scenario}&panel=off`);
      if ((await firstRows(page)) === null) subject.note = 'no table rows on /users/administrators';
      else {
        subject.renderedRows = await page.locator('main tbody tr, main [role="row"]').count();
        // The app applied and dropped `?scenario=`: the same address loads the same scenario again.
        subject.url = page.url();
      }
      await page.goto('about:blank');
    }
    for (let i = 0; i < runs; i += 1) {
      for (const subject of subjects) {
        if (!subject.url) continue;
        await subject.page.goto(subject.url);
        subject.samples.push(await firstRows(subject.page));
        await subject.page.goto('about:blank');
      }
    }
  } finally {
    for (const subject of subjects) await subject.context.close();
  }
  return Object.fromEntries(
    subjects.map((x) => [
      x.scenario,
      x.note
        ? { ms: null, note: x.note }
        : { ms: median(x.samples), samples: x.samples, renderedRows: x.renderedRows },
    ]),
  );
}

/** The mock backend's service worker of a context (the newest one), or null. */
async function mockWorker(context, timeoutMs = 10_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const sw = context
      .serviceWorkers()
      .filter((w) => w.url().endsWith('/mock-sw.js'))
      .at(-1);
    if (sw) return sw;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

/** Stop every service worker of the page's browser (like the browser does after idle time or a restart). */
async function stopServiceWorkers(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * Cold start of the mock backend: its service worker stopped (as after idle time or a browser restart), then a
 * reload, which starts it and restores the seed plus the stored changes from IndexedDB. With the seed, then with
 * 10,000 stored changes (the product's own storage format). Reports the restore time measured inside the worker
 * and navigation → first rows.
 */
export async function coldStart(browser, base, changes, runs = 5) {
  const { context, page } = await newPage(browser);
  const measure = async (before) => {
    const samples = [];
    const restore = [];
    for (let i = 0; i < runs; i += 1) {
      await stopServiceWorkers(page);
      if (before) await before();
      await page.reload();
      samples.push(await firstRows(page));
      const sw = await mockWorker(context);
      restore.push(
        sw
          ? await sw.evaluate(() => {
              const m = performance.getEntriesByName('mock-db:restore', 'measure').at(-1);
              return m ? m.duration : null;
            })
          : null,
      );
    }
    return { firstRowsMs: median(samples), restoreMs: median(restore), samples, restoreSamples: restore };
  };
  try {
    await page.goto(`${base}/users/administrators?scenario=default&panel=off`);
    await firstRows(page);
    await mockPost(page, '/__mock/reset');
    const seed = await measure();
    // Written straight into the backend's IndexedDB while its worker is stopped: what it finds when it starts.
    const inject = () =>
      page.evaluate(
        ([k, v]) =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('admin-console-mock');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction('kv', 'readwrite');
              tx.objectStore('kv').put(v, k);
              tx.oncomplete = () => {
                open.result.close();
                resolve(true);
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        [changes.key, changes.value],
      );
    const changed = await measure(inject);
    const count = await page.evaluate(async () => (await (await fetch('/__mock/state')).json()).changeCount);
    await mockPost(page, '/__mock/reset');
    return { seed, changed, changeCount: count };
  } finally {
    await context.close();
  }
}

async function openAddAdmin(page) {
  await page.getByRole('button', { name: 'Add admin', exact: true }).first().click({ timeout: 10_000 });
  const dialog = page.getByRole('dialog', { name: 'Add admin' });
  await dialog.waitFor({ timeout: 10_000 });
  const combo = dialog.getByRole('combobox', { name: 'Email or username' });
  await combo.waitFor({ timeout: 10_000 });
  return { dialog, combo };
}

/**
 * Keystroke → suggestions painted for each query, typed key by key in `Email or username`.
 * "Debounce excluded" takes away the debounce's own delay (the timer the app armed after the last key, e.g.
 * 250 ms) and nothing else: rendering the keystroke, the render when the timer fires and starting the request
 * are the app's work and count.
 */
export async function keystrokeToSuggestions(browser, base, scenario, queries) {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(`${base}/users/administrators?scenario=${scenario}&panel=off`);
    if ((await firstRows(page)) === null) return { note: 'no Administrators table' };
    let combo;
    try {
      ({ combo } = await openAddAdmin(page));
    } catch {
      return { note: 'no Add admin dialog with combobox "Email or username" yet' };
    }
    const total = [];
    const debounce = [];
    const net = [];
    const beforeRequest = [];
    const response = [];
    const render = [];
    const paint = [];
    let missed = 0;
    for (const q of queries) {
      await combo.fill('');
      await page.waitForTimeout(400);
      await combo.pressSequentially(q, { delay: 25 });
      const r = await page.evaluate(([qq]) => window.__bench.waitSuggestions(qq, 5000), [q]);
      if (!r) {
        missed += 1;
        continue;
      }
      total.push(r.paintedAt - r.keyAt);
      debounce.push(r.debounceMs);
      net.push(r.paintedAt - r.keyAt - r.debounceMs);
      beforeRequest.push(r.requestAt - r.keyAt - r.debounceMs);
      response.push(r.responseAt - r.requestAt);
      if (r.mutatedAt !== null) {
        render.push(r.mutatedAt - r.responseAt);
        paint.push(r.paintedAt - r.mutatedAt);
      }
    }
    const sw = await mockWorker(context);
    const answers = sw
      ? await sw.evaluate(() =>
          performance.getEntriesByName('mock-sw:answer', 'measure').map((e) => e.duration),
        )
      : [];
    return {
      /** Last key → suggestions painted, minus the debounce timer's delay. */
      withoutDebounce: percentiles(net),
      /** The debounce timer's delay (what the app waits on purpose). */
      debounce: percentiles(debounce),
      withDebounce: percentiles(total),
      /** Last key → request, beyond the debounce delay: the keystroke's render, the timer's lateness, the render it causes, the query start. */
      beforeRequest: percentiles(beforeRequest),
      /** Request → response headers (mock service worker round trip and handler). */
      response: percentiles(response),
      /** Inside the mock backend's worker: request received → response ready (every request of the typing). */
      workerAnswer: percentiles(answers),
      /** Response headers → the DOM changes (body, parse, state, React render and commit). */
      render: percentiles(render),
      /** DOM changed → the frame that shows it is rendered. */
      paint: percentiles(paint),
      missed,
    };
  } finally {
    await context.close();
  }
}

async function timeOpen(page, combo, runs = 5) {
  const samples = [];
  let options = 0;
  for (let i = 0; i < runs; i += 1) {
    await combo.click();
    const r = await page.evaluate(() => window.__bench.waitOptions(5000));
    if (r) {
      samples.push(r.paintedAt - r.from);
      options = r.options;
    }
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
  }
  return { ...percentiles(samples), options };
}

/** Step 2 pickers of the Add admin wizard in large-org: open → options painted. */
export async function pickers(browser, base) {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(`${base}/users/administrators?scenario=large-org&panel=off`);
    if ((await firstRows(page)) === null) return { note: 'no Administrators table' };
    let dialog, combo;
    try {
      ({ dialog, combo } = await openAddAdmin(page));
      await combo.pressSequentially('ava', { delay: 25 });
      await page.getByRole('option').first().click({ timeout: 10_000 });
      await dialog.getByRole('button', { name: 'Next' }).click({ timeout: 10_000 });
      await dialog.getByText('Select admin roles').first().waitFor({ timeout: 10_000 });
    } catch (e) {
      return { note: `Add admin wizard step 2 not reachable (${String(e.message).split('\n')[0]})` };
    }
    const out = {};
    try {
      await dialog.getByLabel('Support administrator', { exact: true }).check();
      await dialog.getByLabel('Product support administrator', { exact: true }).check();
      out.instances = await timeOpen(
        page,
        dialog.getByRole('combobox', { name: 'Marketo Engage instances' }),
      );
    } catch (e) {
      out.instances = { note: String(e.message).split('\n')[0] };
    }
    try {
      await dialog.getByLabel('Product profile administrator', { exact: true }).check();
      out.profiles = await timeOpen(page, dialog.getByRole('combobox', { name: 'Product profiles' }));
    } catch (e) {
      out.profiles = { note: String(e.message).split('\n')[0] };
    }
    return out;
  } finally {
    await context.close();
  }
}

/** Used JS heap (after a forced GC) of a service worker, over the browser's CDP connection. */
async function workerHeap(browser, scriptUrlEnd) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith(scriptUrlEnd));
    if (!target) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    let id = 0;
    const call = (method, params = {}) =>
      new Promise((resolve, reject) => {
        const mine = ++id;
        const onMessage = (e) => {
          if (e.sessionId !== sessionId) return;
          const msg = JSON.parse(e.message);
          if (msg.id !== mine) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          if (msg.error) reject(new Error(msg.error.message));
          else resolve(msg.result);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: mine, method, params }),
        });
      });
    await call('HeapProfiler.enable');
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = await call('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * JS heap (after a forced GC) once /users/administrators has loaded with large-org: the page's, plus the mock
 * backend's service worker's (where the 100,000 users live). The budget applies to the sum.
 */
export async function heapLargeOrg(browser, base) {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(`${base}/users/administrators?scenario=large-org&panel=off`);
    const rows = await firstRows(page);
    if (rows === null) {
      // No table yet: wait until the mock backend has built large-org (the session request is served).
      await page.waitForLoadState('networkidle');
    }
    // The directory index is built ~1.5 s after start: measure with it in memory (a search makes sure).
    await page.evaluate(() => fetch('/api/users?q=ava').catch(() => null));
    await page.waitForTimeout(4000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
    const workerUsed = await workerHeap(browser, '/mock-sw.js');
    return {
      usedMB: (usedSize + (workerUsed ?? 0)) / 1e6,
      pageMB: usedSize / 1e6,
      workerMB: workerUsed === null ? null : workerUsed / 1e6,
      totalMB: totalSize / 1e6,
      afterRows: rows !== null,
    };
  } finally {
    await context.close();
  }
}
