import type { Plugin, Rollup } from 'vite';

/**
 * The steps of src/main.tsx's boot for the landing screen (`/users/administrators`), in boot order, each named by the
 * module it imports dynamically. For each step, the chunks that module needs (and that no earlier step or the entry
 * brought) are listed dependencies first. A small script in index.html:
 * - announces them all to the browser (`<link rel="modulepreload">`), one link per task, once the first frame has
 *   painted; `window.__landing.ready` settles when the last is added;
 * - hands the lists to the boot (`window.__landing.steps`), which evaluates a step's chunks one per task before
 *   importing its module (`evaluateInTasks` in src/boot.ts).
 *
 * Why: an `import()` evaluates every module of the graph it brings in one task. The landing screen's ~25 chunks
 * evaluated a step at a time made tasks of 15-30 ms here (60-120 ms at Lighthouse's 4x CPU, all counted as blocking),
 * chunk by chunk they stay short. Vite's preload helper would add the same links from the boot in one go (one 45 ms
 * task: each costs ~1 ms). Static `<link>` tags in the HTML would cost no script, but the browser then fetches them
 * before the first paint, and Lighthouse counts what finishes before the largest paint as needed for it
 * (LCP 1.3 s -> 2.2-3.0 s measured).
 */
export const LANDING_STEPS = {
  'mock-backend': /\/mocks\/browser\.ts$/,
  clock: /\/mocks\/clock\.ts$/,
  providers: /\/src\/app\/providers\.tsx$/,
  session: /\/src\/session\/session-api\.ts$/,
  app: /\/src\/app\/app\.tsx$/,
  administrators: /\/src\/features\/administrators\/routes\/administrators-page\.tsx$/,
} as const;

export type LandingStep = keyof typeof LANDING_STEPS;

/** The step only the landing screen needs (other routes load that screen's code only if they open it). */
const LANDING_SCREEN_STEP: LandingStep = 'administrators';

export function landingPreload(): Plugin {
  let base = '/';
  return {
    name: 'landing-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = new Map<string, Rollup.OutputChunk>();
        for (const out of Object.values(bundle)) if (out.type === 'chunk') chunks.set(out.fileName, out);
        const entry = [...chunks.values()].find((c) => c.isEntry);
        // Chunks listed in dependency order (a chunk after the ones it imports), each once. The entry and its static
        // imports are evaluated before the boot runs: Vite announces those already.
        const listed = new Set<string>();
        const postOrder = (file: string, into: string[]) => {
          if (listed.has(file)) return;
          listed.add(file);
          for (const dep of chunks.get(file)?.imports ?? []) postOrder(dep, into);
          into.push(file);
        };
        if (entry) postOrder(entry.fileName, []);
        const steps: Record<string, string[]> = {};
        for (const [step, re] of Object.entries(LANDING_STEPS)) {
          const chunk = [...chunks.values()].find((c) =>
            c.moduleIds.some((id) => re.test(id.replaceAll('\\', '/'))),
          );
          // A renamed or moved module must not silently drop out of the first load.
          if (!chunk)
            throw new Error(`landing-preload: no chunk for ${re} (src/main.tsx's boot imports changed?)`);
          const files: string[] = [];
          postOrder(chunk.fileName, files);
          steps[step] = files.map((f) => `${base}${f}`);
        }
        return [{ tag: 'script', children: preloaderScript(steps), injectTo: 'head' as const }];
      },
    },
  };
}

/**
 * One link per task, from the second frame on (after the first has painted); each costs ~1 ms here, ~5 ms under
 * Lighthouse's tracing. A hidden tab paints no frame: a timer starts the same chain then (started once). The
 * `administrators` step is announced on the landing screen only (`window.__landingScreen`, set by index.html's
 * frame script from the path).
 */
function preloaderScript(steps: Record<string, string[]>): string {
  return `window.__landing=(function(steps){var u,i=0,started=!1;return{steps:steps,ready:new Promise(function(done){function next(){if(i<u.length){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=u[i++];document.head.appendChild(l)}i<u.length?setTimeout(next,0):done()}function start(){started||(started=!0,u=[].concat.apply([],Object.keys(steps).filter(function(k){return k!==${JSON.stringify(LANDING_SCREEN_STEP)}||window.__landingScreen}).map(function(k){return steps[k]})),next())}requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(start,0)})});setTimeout(start,200)})}})(${JSON.stringify(steps)});`;
}
