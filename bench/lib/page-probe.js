// Injected before any page script (Playwright addInitScript). Records, in page time (performance.now()):
// when the first table rows are painted, keystrokes, directory requests and DOM changes. Plain browser JS.
(() => {
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  /**
   * The next frame: when its rAF callbacks run (anything changed in the DOM before then is rendered by it) and
   * the moment right after it was rendered (a task queued from its rAF callback).
   */
  const afterFrame = () =>
    new Promise((r) =>
      requestAnimationFrame(() => {
        const frameAt = performance.now();
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
    /** Timers of 100 ms or more (a debounce): armed, fired, delay. */
    timers: [],
  };
  window.__bench = b;
  const rowSelector =
    'main tbody tr td, main [role="row"] [role="cell"], main [role="row"] [role="gridcell"]';
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
    }).observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  };
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
  document.addEventListener('keydown', () => (b.lastKeyAt = performance.now()), true);
  document.addEventListener('pointerdown', () => (b.lastPointerAt = performance.now()), true);

  const realSetTimeout = window.setTimeout.bind(window);
  window.setTimeout = (fn, delay, ...args) => {
    if (typeof fn !== 'function' || !(delay >= 100)) return realSetTimeout(fn, delay, ...args);
    const rec = { armedAt: performance.now(), delay, firedAt: null };
    b.timers.push(rec);
    if (b.timers.length > 500) b.timers.splice(0, 250);
    return realSetTimeout(
      (...a) => {
        rec.firedAt = performance.now();
        fn(...a);
      },
      delay,
      ...args,
    );
  };

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

  /**
   * Wait for the suggestions of query `q` to be painted. Each frame is checked from inside its own rAF callback
   * (before it renders): the first frame that starts after the response's DOM change is the one that paints
   * it, and `paintedAt` is a task queued from that callback (it runs once that frame is rendered). Waiting for
   * the response first and only then for "the next frame" counted one frame too many whenever the response
   * and its DOM change came before the frame in which the wait noticed them.
   */
  b.waitSuggestions = async (q, timeoutMs) => {
    const t0 = performance.now();
    const keyAt = b.lastKeyAt;
    for (;;) {
      const frame = await afterFrame();
      const rec = [...b.requests]
        .reverse()
        .find((r) => r.q === q && r.startAt >= keyAt - 1 && r.endAt !== null && r.endAt <= frame.frameAt);
      if (rec) {
        const mutatedAt = b.mutations.find((m) => m >= rec.endAt) ?? null;
        const changed = mutatedAt !== null && mutatedAt <= frame.frameAt;
        // No DOM change 1 s after the response: report that frame, without a render figure.
        if (changed || frame.frameAt - rec.endAt > 1000) {
          // The debounce: the last timer of 100 ms or more armed after the key and fired before the request.
          const timer = b.timers
            .filter((t) => t.armedAt >= keyAt - 1 && t.firedAt !== null && t.firedAt <= rec.startAt + 0.5)
            .at(-1);
          return {
            keyAt,
            debounceMs: timer ? timer.delay : 0,
            debounceFiredAt: timer ? timer.firedAt : null,
            requestAt: rec.startAt,
            responseAt: rec.endAt,
            mutatedAt: changed ? mutatedAt : null,
            frameAt: frame.frameAt,
            paintedAt: frame.paintedAt,
          };
        }
      }
      if (performance.now() - t0 > timeoutMs) return null;
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
