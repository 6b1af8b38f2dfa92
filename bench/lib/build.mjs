import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** BENCH_TMP lets two benches run side by side without rebuilding each other's files. */
export const TMP = process.env.BENCH_TMP ?? `${ROOT}bench/tmp`;
/** The bench builds into its own folder: other work may rebuild dist/ meanwhile. */
export const APP_DIST = `${TMP}/app-dist`;
/**
 * The Node half imports its packages (msw, zod) from node_modules, so it must sit inside the project whatever
 * BENCH_TMP says: one folder per BENCH_TMP.
 */
export const NODE_DIST = TMP.startsWith(ROOT)
  ? `${TMP}/node`
  : `${ROOT}bench/tmp/node-${TMP.replace(/[^\w-]+/g, '_')}`;

/** The production bundle, exactly as `npm run build` makes it, plus Vite's manifest to tell mock chunks apart. */
export async function buildApp() {
  await build({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'error',
    build: { manifest: true, outDir: APP_DIST, emptyOutDir: true },
  });
  return JSON.parse(readFileSync(`${APP_DIST}/.vite/manifest.json`, 'utf8'));
}

export async function buildFloor() {
  await build({
    configFile: `${ROOT}bench/floor/vite.config.mjs`,
    logLevel: 'error',
    build: { outDir: `${TMP}/floor-dist`, emptyOutDir: true },
  });
  return `${TMP}/floor-dist`;
}

/** The Node half (search timings, the 10,000-change state), bundled for Node with the app's aliases. */
export async function buildNodeBench() {
  await build({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'error',
    build: {
      ssr: `${ROOT}bench/node/entry.ts`,
      outDir: NODE_DIST,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'entry.mjs' } },
    },
  });
  return `${NODE_DIST}/entry.mjs`;
}

/**
 * Classify built files: a chunk is "mock backend" when only the mock backend's dynamic entries (mocks/…)
 * reach it through static imports; everything the app's own entry and screens reach is "app".
 */
export function classifyChunks(manifest) {
  const closure = (keys) => {
    const seen = new Set();
    const walk = (k) => {
      if (seen.has(k) || !manifest[k]) return;
      seen.add(k);
      for (const i of manifest[k].imports ?? []) walk(i);
    };
    keys.forEach(walk);
    return new Set([...seen].map((k) => manifest[k].file));
  };
  const keys = Object.keys(manifest);
  const isMockKey = (k) => (manifest[k].src ?? '').startsWith('mocks/');
  const appRoots = keys.filter((k) => (manifest[k].isEntry || manifest[k].isDynamicEntry) && !isMockKey(k));
  const mockRoots = keys.filter((k) => manifest[k].isDynamicEntry && isMockKey(k));
  const app = closure(appRoots);
  const mock = new Set([...closure(mockRoots)].filter((f) => !app.has(f)));
  // The mock backend's service worker (mocks/sw), one script built outside the manifest.
  mock.add('mock-sw.js');
  return (file) => (mock.has(file.replace(/^\//, '')) ? 'mock' : 'app');
}
