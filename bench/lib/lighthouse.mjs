import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';
import { ROOT, TMP } from './build.mjs';

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
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
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
        resolve({ score: null, error: `lighthouse exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` });
      }
    });
  });
}
