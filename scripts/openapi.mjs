// npm run openapi: writes openapi.json from the route registry and the shared zod schemas (src/api/contract).
// The registry is TypeScript with the app's path aliases: Vite's module runner loads it (Node 20 runs no .ts).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../openapi.json', import.meta.url));

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const { module } = await runnerImport('/src/api/contract/openapi.ts', {
  root,
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
});
const options = { ...(await resolveConfig(out)), filepath: out };
const text = await format(JSON.stringify(module.buildOpenApi(version)), options);
await writeFile(out, text);
console.log(`openapi.json: ${Object.keys(JSON.parse(text).paths).length} paths`);
