import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';
import { ROOT, TMP } from './build.mjs';

/**
 * Lighthouse's score of one page load moves a lot from run to run here (the same build scored 0.76 to 0.95: the
 * simulated main thread replays this machine's task timings, ×4). The bench takes the median of several runs,
 * app and floor alternating so both see the same machine.
 */
export async function lighthouseMedians(pages, runs) {
  const all = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of Object.entries(pages)) all[name].push(await lighthouse(url, name));
  }
  const out = {};
  for (const [name, list] of Object.entries(all)) {
    const ok = list.filter((r) => typeof r.score === 'number').sort((a, b) => a.score - b.score);
    // The run with the median score (its metrics belong together), plus every run's score and metrics.
    const median = ok.length ? ok[Math.floor((ok.length - 1) / 2)] : list[0];
    out[name] = {
      ...median,
      runs: list.length,
      scores: list.map((r) => r.score),
      min: ok[0]?.score ?? null,
      max: ok.at(-1)?.score ?? null,
      all: list,
    };
  }
  return out;
}

/** Lighthouse (default mobile settings, simulated throttling), performance only, in a fresh Chromium. */
export function lighthouse(url, name) {
  const out = `${TMP}/lighthouse-${name}.json`;
  rmSync(out, { force: true });
  const args = [
    `${ROOT}node_modules/lighthouse/cli/index.js`,
    url,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    `--chrome-flags=${[...CHROMIUM_ARGS, '--headless=new'].join(' ')}`,
  ];
  return new Promise((resolve) => {
    let stderr = '';
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        const r = JSON.parse(readFileSync(out, 'utf8'));
        const a = r.audits;
        resolve({
          score: r.categories.performance.score,
          fcpMs: a['first-contentful-paint']?.numericValue,
          lcpMs: a['largest-contentful-paint']?.numericValue,
          tbtMs: a['total-blocking-time']?.numericValue,
          cls: a['cumulative-layout-shift']?.numericValue,
          siMs: a['speed-index']?.numericValue,
          runtimeError: r.runtimeError?.message,
        });
      } catch {
        resolve({
          score: null,
          error: `lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
        });
      }
    });
  });
}
