/**
 * The one zod import of the project: `zod/mini`, the tree-shakable functional API
 * (`z.string().check(z.minLength(1))`, `z.optional(x)`, `z.pipe(x, z.transform(f))`…).
 *
 * Unlike classic `zod`, `zod/mini` has no default messages: without a locale every built-in issue reads
 * "Invalid input". The app's own checks carry message keys, so only the mock backend, whose 400 answers quote
 * zod's messages, configures the English locale (mocks/http.ts).
 *
 * `jitless`: zod compiles a parser per object schema with `new Function` on its first parse. The responses here are
 * small, so the compiling cost more than it saved (~10 ms of the first screen's main thread went to it), and an
 * enterprise Content-Security-Policy without `'unsafe-eval'` forbids it anyway. Set before any schema is built.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
