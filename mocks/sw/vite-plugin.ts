/**
 * Vite plugin: builds the mock backend's service worker (service-worker.ts) into one classic script at the site's
 * root, `/mock-sw.js` (a worker's scope is its folder, and a classic script works in every browser), and starts its
 * registration from index.html before any other script, so it downloads in parallel with the app.
 * - `vite build`: emitted next to index.html; `VITE_API_MOCKING=off` builds neither emit nor register it.
 * - `vite` (dev): bundled on request, rebuilt after a change under mocks/ or src/api/.
 */
import { fileURLToPath } from 'node:url';
import { build, loadEnv, type Plugin, type ResolvedConfig } from 'vite';
import { MOCK_SW_URL } from './protocol.ts';

const ENTRY = fileURLToPath(new URL('./service-worker.ts', import.meta.url));

async function bundle(config: ResolvedConfig, production: boolean): Promise<string> {
  const result = await build({
    configFile: false,
    root: config.root,
    logLevel: 'warn',
    mode: production ? 'production' : 'development',
    resolve: { alias: config.resolve.alias },
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
    build: {
      write: false,
      minify: production,
      target: 'es2022',
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry: ENTRY,
        formats: ['iife'],
        name: 'mockServiceWorker',
        fileName: () => MOCK_SW_URL.slice(1),
      },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  for (const o of Array.isArray(result) ? result : [result]) {
    const chunk = 'output' in o ? o.output.find((c) => c.type === 'chunk') : undefined;
    if (chunk?.type === 'chunk') return chunk.code;
  }
  throw new Error('mock service worker: the bundle has no code');
}

const REGISTER = `navigator.serviceWorker&&(window.__mockSw=navigator.serviceWorker.register(${JSON.stringify(MOCK_SW_URL)},{scope:"/"}));`;

export function mockServiceWorker(): Plugin {
  let config: ResolvedConfig;
  let enabled = true;
  let devBundle: Promise<string> | null = null;
  return {
    name: 'admin-console:mock-service-worker',
    apply: (_config, env) => !env.isSsrBuild && !process.env.VITEST,
    configResolved(resolved) {
      config = resolved;
      enabled = loadEnv(config.mode, config.envDir || config.root, 'VITE_').VITE_API_MOCKING !== 'off';
    },
    transformIndexHtml: () => (enabled ? [{ tag: 'script', children: REGISTER, injectTo: 'head' }] : []),
    async generateBundle() {
      if (!enabled || config.command !== 'build') return;
      this.emitFile({ type: 'asset', fileName: MOCK_SW_URL.slice(1), source: await bundle(config, true) });
    },
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (/[\\/](mocks|src[\\/]api)[\\/]/.test(file)) devBundle = null;
      });
      server.middlewares.use(MOCK_SW_URL, (req, res, next) => {
        if (!enabled || (req.url && req.url !== '/' && !req.url.startsWith('/?'))) return next();
        (devBundle ??= bundle(config, false)).then(
          (code) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(code);
          },
          (error: unknown) => {
            devBundle = null;
            next(error);
          },
        );
      });
    },
  };
}
