/**
 * The one zod import of the project: `zod/mini`, the tree-shakable functional API
 * (`z.string().check(z.minLength(1))`, `z.optional(x)`, `z.pipe(x, z.transform(f))`…).
 *
 * Unlike classic `zod`, `zod/mini` has no default messages: without a locale every built-in issue reads
 * "Invalid input". The English locale is configured here, once, so the messages of checks without a
 * custom message (they reach 400 responses of the mock backend) stay the ones classic zod gave.
 * App and mock backend both import `z` from here, so the locale is set before anything is parsed.
 *
 * `jitless`: zod compiles a parser per object schema with `new Function` on its first parse. The responses here are
 * small, so the compiling cost more than it saved (~10 ms of the first screen's main thread went to it), and an
 * enterprise Content-Security-Policy without `'unsafe-eval'` forbids it anyway. Set before any schema is built.
 */
import * as z from 'zod/mini';

z.config({ ...z.locales.en(), jitless: true });

export { z };
