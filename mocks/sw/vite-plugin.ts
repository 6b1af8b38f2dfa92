/**
 * Vite plugin: builds the mock backend's service worker (mocks/sw/service-worker.ts) into one classic script,
 * `/mock-sw.js` (service workers cannot load chunks with `import()`), and starts its registration from index.html
 * before any other script, so it downloads in parallel with the app.
 * - `vite build`: emitted next to index.html; `VITE_API_MOCKING=off` builds neither emit nor register it.
 * - `vite` (dev): bundled on request, rebuilt after a change under mocks/ or src/api/.
 */
import { fileURLToPath } from 'node:url';
import { build, loadEnv, type AliasOptions, type Plugin } from 'vite';
import { MOCK_SW_URL } from './protocol.ts';

const ENTRY = fileURLToPath(new URL('./service-worker.ts', import.meta.url));

async function bundle(root: string, alias: AliasOptions, production: boolean): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: production ? 'production' : 'development',
    resolve: { alias },
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
  const outputs = Array.isArray(result) ? result : [result];
  for (const o of outputs) {
    if (!('output' in o)) continue;
    const chunk = o.output.find((c) => c.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('mock service worker: the bundle has no code');
}

const REGISTER = `navigator.serviceWorker&&(window.__mockSw=navigator.serviceWorker.register(${JSON.stringify(MOCK_SW_URL)},{scope:"/"}));`;

export function mockServiceWorker(options: { alias: AliasOptions }): Plugin {
  let root = process.cwd();
  let enabled = true;
  let production = true;
  let devBundle: Promise<string> | null = null;
  return {
    name: 'admin-console:mock-service-worker',
    apply: (_config, env) => !env.isSsrBuild && !process.env.VITEST,
    configResolved(config) {
      root = config.root;
      production = config.command === 'build';
      enabled = loadEnv(config.mode, config.envDir || root, 'VITE_').VITE_API_MOCKING !== 'off';
    },
    transformIndexHtml() {
      if (!enabled) return [];
      return [{ tag: 'script', children: REGISTER, injectTo: 'head' }];
    },
    async generateBundle() {
      if (!enabled || !production) return;
      this.emitFile({
        type: 'asset',
        fileName: MOCK_SW_URL.slice(1),
        source: await bundle(root, options.alias, true),
      });
    },
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (/[\\/](mocks|src[\\/]api)[\\/]/.test(file)) devBundle = null;
      });
      server.middlewares.use(MOCK_SW_URL, (req, res, next) => {
        if (!enabled || (req.url && req.url !== '/' && !req.url.startsWith('/?'))) return next();
        (devBundle ??= bundle(root, options.alias, false)).then(
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
