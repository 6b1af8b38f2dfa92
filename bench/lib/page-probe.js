// Injected before any page script (Playwright addInitScript). Records, in page time (performance.now()):
// when the first table rows are painted, keystrokes, directory requests and DOM changes. Plain browser JS.
(() => {
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  /** The next frame's start (rAF) and the moment right after it was painted (a task queued from its rAF). */
  const afterFrame = () =>
    new Promise((r) =>
      requestAnimationFrame((frameAt) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => r({ frameAt, paintedAt: performance.now() });
        ch.port2.postMessage(0);
      }),
    );
  const b = {
    firstRowsAt: null,
    lastKeyAt: null,
    lastMutationAt: 0,
    requests: [],
    mutations: [],
  };
  window.__bench = b;
  const rowSelector = 'main tbody tr td, main [role="row"] [role="cell"], main [role="row"] [role="gridcell"]';
  const start = () => {
    new MutationObserver(() => {
      const now = performance.now();
      b.lastMutationAt = now;
      b.mutations.push(now);
      if (b.mutations.length > 500) b.mutations.splice(0, 250);
      if (b.firstRowsAt === null && !b.rowsPending && document.querySelector(rowSelector)) {
        b.rowsPending = true;
        requestAnimationFrame(() => (b.firstRowsAt = performance.now()));
      }
    }).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  };
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
  document.addEventListener('keydown', () => (b.lastKeyAt = performance.now()), true);
  document.addEventListener('pointerdown', () => (b.lastPointerAt = performance.now()), true);

  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const u = new URL(url, location.href);
    if (!/^\/api\/users\/?$/.test(u.pathname) || !u.searchParams.get('q')) return realFetch(input, init);
    const rec = { q: u.searchParams.get('q'), startAt: performance.now(), endAt: null };
    b.requests.push(rec);
    return realFetch(input, init).then((res) => {
      rec.endAt = performance.now();
      return res;
    });
  };

  /** Wait for the suggestions of query `q` to be painted: its response, then the DOM change it causes, then a frame. */
  b.waitSuggestions = async (q, timeoutMs) => {
    const t0 = performance.now();
    const keyAt = b.lastKeyAt;
    for (;;) {
      const rec = [...b.requests].reverse().find((r) => r.q === q && r.startAt >= keyAt - 1 && r.endAt !== null);
      if (rec) {
        const since = rec.endAt;
        const until = performance.now() + 200;
        // Painted = just after the first frame that rendered the DOM change (not one frame later).
        let frame = await afterFrame();
        let mutatedAt = b.mutations.find((m) => m >= since) ?? null;
        while ((mutatedAt === null || mutatedAt > frame.frameAt) && performance.now() < until) {
          frame = await afterFrame();
          mutatedAt = b.mutations.find((m) => m >= since) ?? null;
        }
        return { keyAt, requestAt: rec.startAt, responseAt: rec.endAt, mutatedAt, paintedAt: frame.paintedAt };
      }
      if (performance.now() - t0 > timeoutMs) return null;
      await nextFrame();
    }
  };

  /** Wait until a listbox with at least one option is painted after the last pointer-down. */
  b.waitOptions = async (timeoutMs) => {
    const t0 = performance.now();
    const from = b.lastPointerAt;
    for (;;) {
      const n = document.querySelectorAll('[role="listbox"] [role="option"]').length;
      if (n > 0) {
        const paintedAt = await nextFrame();
        return { from, paintedAt, options: n };
      }
      if (performance.now() - t0 > timeoutMs) return null;
      await new Promise((r) => setTimeout(r, 0));
    }
  };
})();
